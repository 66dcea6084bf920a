"""Real processes for the tests that need them: management commands, servers and workers
on a database of the test's own, and a person's session against a live server."""

import http.cookiejar
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "concurrency-test-password-31"


def manage(env: dict[str, str], *args: str) -> str:
    """Run a management command on the test's database; its standard output."""
    done = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args],  # noqa: S603
                          env=env, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def start(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(ROOT / "manage.py"), *args],  # noqa: S603
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(base: str) -> None:
    for _attempt in range(100):
        try:
            urllib.request.urlopen(base + "/accounts/login/", timeout=5)  # noqa: S310
            return
        except OSError:  # refused, reset or timed out while it starts
            time.sleep(0.2)
    pytest.fail("the server did not start")


class Browser:
    """One person's session: cookies, the CSRF token, and every status the server gave."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.statuses: list[tuple[str, int]] = []

    def token(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def send(self, path: str, data: bytes | None = None, content_type: str = "") -> str:
        request = urllib.request.Request(self.base + path, data=data)  # noqa: S310
        if data is not None:
            request.add_header("Content-Type", content_type or
                               "application/x-www-form-urlencoded")
            request.add_header("X-CSRFToken", self.token())
            request.add_header("Referer", self.base + path)
        try:
            with self.opener.open(request, timeout=120) as response:
                status, location = response.status, ""
                body = response.read().decode()
        except urllib.error.HTTPError as error:
            status, location = error.code, error.headers.get("Location", "")
            body = error.read().decode(errors="replace")
        self.statuses.append((path, status))
        return location or body

    def post(self, path: str, fields: dict[str, str | list[str]]) -> str:
        pairs = [(k, v) for k, values in fields.items()
                 for v in (values if isinstance(values, list) else [values])]
        pairs.append(("csrfmiddlewaretoken", self.token()))
        return self.send(path, urllib.parse.urlencode(pairs).encode())

    def log_in(self, username: str) -> None:
        self.send("/accounts/login/")
        self.post("/accounts/login/", {"username": username, "password": PASSWORD})

    def upload(self, path: str, name: str, content: bytes) -> str:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrfmiddlewaretoken\""
                f"\r\n\r\n{self.token()}\r\n--{boundary}\r\nContent-Disposition: form-data; "
                f"name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n"
                ).encode() + content + f"\r\n--{boundary}--\r\n".encode()
        return self.send(path, body, f"multipart/form-data; boundary={boundary}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None
