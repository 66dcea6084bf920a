"""`make run` / run.bat (python -m kehoach.serve): DEBUG off through a real server.

The whole start is run once here through waitress, the server Windows uses (gunicorn, the
one `make run` uses on Linux, was checked by hand on a fresh clone, README): the key kept in
var/, static files with hashed names and far expiry, a Vietnamese 404, compressed pages, and
Ctrl-C's signal stopping every process.
"""

import http.client
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import brotli
import pytest

from kehoach.serve import Supervisor, environment, parse, secret_key_file, server_command

ROOT = Path(__file__).resolve().parents[2]


def test_the_secret_key_is_made_once_readable_by_its_owner_alone(tmp_path: Path) -> None:
    path = secret_key_file(tmp_path / "var")
    key = path.read_text()
    assert len(key.strip()) >= 50
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secret_key_file(tmp_path / "var").read_text() == key


def test_served_processes_get_debug_off_and_the_kept_key(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KEHOACH_DEV", "1")
    monkeypatch.setenv("DEBUG", "true")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("HTTPS", raising=False)
    env = environment(tmp_path)
    assert "KEHOACH_DEV" not in env and "DEBUG" not in env
    assert env["SECRET_KEY_FILE"] == str(tmp_path / "secret_key")
    assert env["HTTPS"] == "false" and env["KEHOACH_VAR_DIR"] == str(tmp_path)
    monkeypatch.setenv("HTTPS", "true")  # behind a TLS proxy
    assert environment(tmp_path)["HTTPS"] == "true"


def test_gunicorn_on_linux_and_waitress_on_windows_serve_the_same_application() -> None:
    gunicorn = server_command("gunicorn", "127.0.0.1:8000", 3)
    assert gunicorn[1:4] == ["-m", "gunicorn", "kehoach.wsgi:application"]
    assert gunicorn[gunicorn.index("--workers") + 1] == "3"
    waitress = server_command("waitress", "0.0.0.0:8080", 3)
    assert waitress[1:3] == ["-m", "waitress"] and "--listen=0.0.0.0:8080" in waitress
    assert waitress[-1] == "kehoach.wsgi:application"


def test_windows_gets_waitress_by_default(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert parse([]).server == "waitress"
    monkeypatch.setattr(sys, "platform", "linux")
    assert parse([]).server == "gunicorn"
    assert parse(["--server", "waitress", "--no-demo"]).no_demo


def test_when_one_process_dies_the_others_are_stopped(tmp_path: Path) -> None:
    supervisor = Supervisor(dict(os.environ))
    supervisor.start("bộ chạy tác vụ nền", [sys.executable, "-c", "import sys; sys.exit(3)"])
    supervisor.start("máy chủ web", [sys.executable, "-c", "import time; time.sleep(120)"])
    assert supervisor.wait() == 1
    supervisor.stop()
    assert supervisor.children["máy chủ web"].returncode is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(port: int, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def _wait_until_up(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("kehoach.serve stopped: " + log.read_text(errors="replace")[-3000:])
        try:
            if _get(port, "/accounts/login/")[0] == 200:
                return
        except OSError:
            time.sleep(1)
    pytest.fail("kehoach.serve did not answer in 10 minutes")


@pytest.mark.skipif(os.name != "posix", reason="stops the server with SIGINT as Ctrl-C does")
def test_the_server_answers_with_debug_off_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in {"KEHOACH_DEV", "DEBUG", "SECRET_KEY", "DATABASE_URL", "HTTPS"}}
    env.update(KEHOACH_VAR_DIR=str(tmp_path / "var"), REMINDERS_AT="23:59")
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "kehoach.serve", "--server", "waitress", "--no-demo",
             "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        _wait_until_up(port, process, log)
        status, headers, page = _get(port, "/accounts/login/", **{"Accept-Encoding": "br"})
        assert headers["content-encoding"] == "br"
        page = brotli.decompress(page)
        stylesheet = re.search(rb'href="(/static/css/app\.[0-9a-f]{12}\.css)"', page)
        assert stylesheet, "the stylesheet's name is hashed"
        status, headers, _css = _get(port, stylesheet.group(1).decode())
        assert status == 200
        assert "immutable" in headers["cache-control"]
        assert int(re.search(r"max-age=(\d+)", headers["cache-control"]).group(1)) >= 31536000

        status, _headers, missing = _get(port, "/ke-hoach/khong-co/")
        assert status == 404
        assert "Không tìm thấy trang".encode() in missing
        assert b"URLconf" not in missing and b"admin/" not in missing
        key_file = tmp_path / "var" / "secret_key"
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(60) == 0
    with pytest.raises(OSError):
        _get(port, "/accounts/login/")
