@echo off
rem kehoach on Windows: the same as `make run` (README, "Running it for real").
rem Creates .venv with Python 3.11 or later (python.org, with the "py" launcher), installs the
rem pinned dependencies, then runs python -m kehoach.serve: waitress with DEBUG off, the task
rem runner and the daily reminders, on http://127.0.0.1:8000. Ctrl-C stops everything.
rem Arguments go to kehoach.serve, e.g.  run.bat --no-demo  or  run.bat --bind 0.0.0.0:8000
chcp 65001 >nul
setlocal
cd /d "%~dp0"
if not exist .venv\Scripts\python.exe (
  py -3 -m venv .venv || python -m venv .venv || goto :failed
)
.venv\Scripts\python.exe -m pip install --quiet --disable-pip-version-check -e . || goto :failed
.venv\Scripts\python.exe -m kehoach.serve %*
exit /b %errorlevel%

:failed
echo kehoach: cài đặt chưa xong. Hãy cài Python 3.11 trở lên từ python.org (chọn "py launcher"), rồi chạy lại run.bat.
exit /b 1
