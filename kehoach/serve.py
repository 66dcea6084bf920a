"""`make run` (and `run.bat` on Windows): kehoach served for real on one machine.

    python -m kehoach.serve                        # http://127.0.0.1:8000
    python -m kehoach.serve --bind 0.0.0.0:8000    # the office's network (set ALLOWED_HOSTS)
    python -m kehoach.serve --no-demo              # a real database: never the demo

DEBUG off, through a real server: gunicorn, or waitress on Windows where gunicorn does not run.
Before serving it keeps a secret key generated once in var/secret_key (mode 600), migrates,
collects the static files (hashed names, far expiry, .br/.gz copies) and loads the demo only
into an empty database. Beside the server it runs the task runner (`manage.py db_worker`) and
the daily reminders (kehoach.scheduler). Ctrl-C, or SIGTERM, stops all of them; if one of them
dies the others are stopped too, so a half-running app is never left behind.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import FrameType

from kehoach.scheduler import DailyReminders, parse_at, run_reminders

ROOT = Path(__file__).resolve().parent.parent
MANAGE = ROOT / "manage.py"
STOP_GRACE_SECONDS = 15


def var_dir() -> Path:
    return Path(os.environ.get("KEHOACH_VAR_DIR", ROOT / "var"))


def secret_key_file(var: Path) -> Path:
    """var/secret_key, created once with a new random key readable by its owner alone.

    Kept across runs, so sessions and password-reset links survive a restart; never in the
    repository (var/ is ignored). O_EXCL: two starts at once cannot write two keys.
    """
    path = var / "secret_key"
    if not path.exists():
        var.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_urlsafe(50) + "\n")
    return path


def environment(var: Path) -> dict[str, str]:
    """The environment of every process started here: DEBUG off, the kept key, plain HTTP.

    KEHOACH_DEV and DEBUG (which `make` exports for development) are dropped. HTTPS=false
    unless said otherwise: this serves http://127.0.0.1, where secure cookies would never
    come back; behind a TLS proxy set HTTPS=true.
    """
    env = {key: value for key, value in os.environ.items()
           if key not in {"KEHOACH_DEV", "DEBUG"}}
    env["DJANGO_SETTINGS_MODULE"] = "kehoach.settings"
    env["KEHOACH_VAR_DIR"] = str(var)
    env.setdefault("HTTPS", "false")
    env.setdefault("PYTHONUNBUFFERED", "1")
    if not env.get("SECRET_KEY"):
        env["SECRET_KEY_FILE"] = str(secret_key_file(var))
    return env


def manage(env: dict[str, str], *args: str) -> None:
    """One management command before serving; a failure stops the start with its message."""
    done = subprocess.run([sys.executable, str(MANAGE), *args], env=env,  # noqa: S603
                          check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"kehoach: lệnh “manage.py {' '.join(args)}” thất bại "
                         f"(mã {done.returncode}); chưa khởi động máy chủ.")


def prepare(env: dict[str, str], *, demo: bool) -> None:
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    if demo:
        manage(env, "demo_load", "--if-empty")


def server_command(server: str, bind: str, workers: int) -> list[str]:
    """The web server's command line: gunicorn (Linux, macOS) or waitress (Windows)."""
    if server == "gunicorn":
        return [sys.executable, "-m", "gunicorn", "kehoach.wsgi:application", "--bind", bind,
                "--workers", str(workers), "--timeout", "120", "--graceful-timeout", "10"]
    return [sys.executable, "-m", "waitress", f"--listen={bind}",
            f"--threads={max(4, workers * 2)}", "kehoach.wsgi:application"]


class Supervisor:
    """Starts the server and the task runner, runs the reminders, stops everything together."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.children: dict[str, subprocess.Popen[bytes]] = {}
        self.stopping = threading.Event()

    def start(self, name: str, command: list[str]) -> None:
        self.children[name] = subprocess.Popen(command, env=self.env, cwd=ROOT)  # noqa: S603

    def on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()

    def wait(self) -> int:
        """Until a signal or a child's death; 0 when asked to stop, 1 when a child died."""
        while not self.stopping.wait(0.5):
            for name, child in self.children.items():
                if child.poll() is not None:
                    print(f"kehoach: {name} đã dừng (mã {child.returncode}); dừng cả hệ thống.",
                          file=sys.stderr)
                    return 1
        return 0

    def stop(self) -> None:
        self.stopping.set()
        for child in self.children.values():
            if child.poll() is None:
                child.terminate()
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for child in self.children.values():
            try:
                child.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m kehoach.serve",
        description="Chạy kehoach như trên máy chủ thật (DEBUG tắt): máy chủ web, bộ chạy "
                    "tác vụ nền và lời nhắc báo cáo hằng ngày.")
    parser.add_argument("--bind", default=os.environ.get("KEHOACH_BIND", "127.0.0.1:8000"),
                        help="địa chỉ:cổng phục vụ (mặc định 127.0.0.1:8000)")
    parser.add_argument("--server", choices=["gunicorn", "waitress"],
                        default="waitress" if sys.platform == "win32" else "gunicorn",
                        help="máy chủ web (mặc định gunicorn; waitress trên Windows)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "3")),
                        help="số tiến trình gunicorn (mặc định 3)")
    parser.add_argument("--no-demo", action="store_true",
                        help="không bao giờ nạp dữ liệu mẫu, kể cả khi cơ sở dữ liệu trống")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    env = environment(var_dir())
    prepare(env, demo=not options.no_demo)
    supervisor = Supervisor(env)
    signal.signal(signal.SIGINT, supervisor.on_signal)
    signal.signal(signal.SIGTERM, supervisor.on_signal)
    try:
        supervisor.start("máy chủ web", server_command(options.server, options.bind,
                                                       options.workers))
        supervisor.start("bộ chạy tác vụ nền", [sys.executable, str(MANAGE), "db_worker",
                                               "--interval", "1", "--no-reload"])
        DailyReminders(lambda: run_reminders(MANAGE, env),
                       parse_at(os.environ.get("REMINDERS_AT", "")), supervisor.stopping).start()
        print(f"kehoach: http://{options.bind} (DEBUG tắt, máy chủ {options.server}); "
              "Ctrl-C để dừng.", flush=True)
        return supervisor.wait()
    finally:
        supervisor.stop()


if __name__ == "__main__":
    sys.exit(main())
