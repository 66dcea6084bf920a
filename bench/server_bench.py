"""Requests per second and p95 through a real server, on SQLite and on PostgreSQL.

The demo (with its half year of records and reports) is loaded into a database of its own,
served by gunicorn with three workers and DEBUG off, as a province would run it; then 1 and
20 people at once, each with their own session, open the plan's dashboard and the product
list for a few seconds each. Every answer must be a 200: the line says how many were not.

Prints one line per engine, page and number of people: requests per second, median and p95,
errors, and the load average beside them (this VM's neighbours slow everything without
showing in it). SERVER_BENCH_DATABASE_URL names the PostgreSQL database to drop and create
(default kehoach_server_bench on the local server); the SQLite file goes under var/bench.
"""

from __future__ import annotations

import http.client
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("SERVER_BENCH_DATABASE_URL",
                        "postgres://postgres@127.0.0.1:5432/kehoach_server_bench")
SECONDS = float(os.environ.get("SERVER_BENCH_SECONDS", "8"))
PEOPLE = (1, 20)
WORKERS = 3
PASSWORD = secrets.token_urlsafe(16)
SETUP = f"""
from accounts.models import User
from plans.models import Plan
user = User.objects.get(username="dieuphoi")
user.set_password("{PASSWORD}")
user.save()
print(Plan.objects.get(number="81", symbol="KH-UBND").pk)
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(url: str, var: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("KEHOACH_DEV", "DEBUG", "DJANGO_SETTINGS_MODULE")}
    env.update({"DATABASE_URL": url, "KEHOACH_VAR_DIR": str(var), "LOG_LEVEL": "ERROR",
                "SECRET_KEY": "server-bench-" + secrets.token_hex(24),
                "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "false"})
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args],  # noqa: S603
                          env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip()


def _prepare(name: str) -> dict[str, str]:
    var = ROOT / "var" / "bench" / f"server-{name}"
    var.mkdir(parents=True, exist_ok=True)
    if name == "sqlite":
        url = f"sqlite:///{var / 'kehoach.sqlite3'}"
        for suffix in ("", "-wal", "-shm"):
            (var / f"kehoach.sqlite3{suffix}").unlink(missing_ok=True)
    else:
        url = PG_URL
        _recreate_postgres(url)
    env = _environment(url, var)
    _manage(env, "migrate", "--noinput")
    _manage(env, "demo_load")
    _manage(env, "collectstatic", "--noinput")
    env["BENCH_PLAN"] = _manage(env, "shell", "--no-imports", "-c", SETUP).splitlines()[-1]
    return env


def _recreate_postgres(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


class Session:
    """One person: their cookies, sent over plain HTTP as a TLS-terminating proxy would."""

    HEADERS = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str = "",
                extra: dict[str, str] | None = None) -> tuple[int, bytes]:
        """The status and the body as sent (still compressed, when the server compressed)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = dict(self.HEADERS) | (extra or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://127.0.0.1{path}"
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        data = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _sep, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        connection.close()
        return response.status, data

    def log_in(self, username: str = "dieuphoi", password: str = PASSWORD) -> None:
        _status, page = self.request("GET", "/accounts/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        body = urllib.parse.urlencode({"username": username, "password": password,
                                       "csrfmiddlewaretoken": token.group(1).decode()
                                       if token else ""})
        status, _data = self.request("POST", "/accounts/login/", body)
        if status != 302:
            raise RuntimeError(f"log-in answered {status}")


def _load(port: int, path: str, people: int) -> tuple[list[float], int]:
    sessions = [Session(port) for _ in range(people)]
    for session in sessions:
        session.log_in()
    times: list[float] = []
    errors = [0]
    stop = time.monotonic() + SECONDS
    lock = threading.Lock()

    def browse(session: Session) -> None:
        while time.monotonic() < stop:
            start = time.perf_counter()
            try:
                status, _data = session.request("GET", path)
            except OSError:
                status = 0
            elapsed = time.perf_counter() - start
            with lock:
                times.append(elapsed)
                if status != 200:
                    errors[0] += 1

    threads = [threading.Thread(target=browse, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times, errors[0]


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 -- fixed arguments on loopback
        [sys.executable, "-m", "gunicorn", "kehoach.wsgi", "--workers", str(WORKERS),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _attempt in range(100):
        try:
            Session(port).request("GET", "/accounts/login/")
            return server, port
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.national_bench import beside

    for engine in ("sqlite", "postgres"):
        env = _prepare(engine)
        server, port = _serve(env)
        try:
            pages = {"dashboard": f"/indicators/plan/{env['BENCH_PLAN']}/",
                     "product list": "/records/products/"}
            for label, path in pages.items():
                for people in PEOPLE:
                    times, errors = _load(port, path, people)
                    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
                    print(f"{engine:8} {label:12} {people:2} people: "
                          f"{len(times) / SECONDS:6.1f} req/s, median "
                          f"{statistics.median(times) * 1000:5.0f} ms, p95 {p95 * 1000:5.0f} ms,"
                          f" {errors} errors of {len(times)} | {beside()}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
