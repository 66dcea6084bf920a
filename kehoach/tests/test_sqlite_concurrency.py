"""SQLite as a single office runs it: a threaded web server and the task runner, writing at once.

The test starts the real thing on a database file of its own (`manage.py runserver` with its
threads, and `manage.py db_worker`), then several people upload plans and record products
while the worker reads the uploaded plans. Every answer must be a success: no 500, no
"database is locked", and every upload read to the end.
"""

import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "kehoach" / "ingest" / "tests" / "documents" / "soctrang-81-KH-UBND-2024.txt"
PASSWORD = "concurrency-test-password-31"
UPLOADERS, RECORDERS, ROUNDS = 3, 3, 5

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="about SQLite; the PostgreSQL run has row locks and no file locking")

_SETUP = """
import json
from accounts.models import User
from records.models import Language
from reporting.models import Submission
from units.models import Unit
for user in User.objects.filter(username__in=["dieuphoi", "baosoctrang"]):
    user.set_password("{password}")
    user.save()
print(json.dumps({{"vi": Language.objects.get(code="vi").pk,
                  "bao": Unit.objects.get(code="ST-BAO").pk,
                  "waiting": Submission.objects.get(status="submitted").pk}}))
"""


def _manage(env: dict[str, str], *args: str) -> str:
    """Run a management command on the test's database; its standard output."""
    done = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args],  # noqa: S603
                          env=env, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def _start(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(ROOT / "manage.py"), *args],  # noqa: S603
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[str, dict[str, int], dict[str, str]]]:
    """A migrated demo on a file database, served and worked on by real processes."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'kehoach.sqlite3'}",
           "KEHOACH_VAR_DIR": str(tmp_path), "DEBUG": "true", "LOG_LEVEL": "ERROR"}
    env.pop("TASKS_BACKEND", None)
    _manage(env, "migrate", "--noinput")
    _manage(env, "demo_load")
    found = _manage(env, "shell", "--no-imports", "-c", _SETUP.format(password=PASSWORD))
    ids = json.loads(found.splitlines()[-1])
    port = _free_port()
    server = _start(env, "runserver", f"127.0.0.1:{port}", "--noreload")
    worker = _start(env, "db_worker", "--interval", "0.05")
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base)
        yield base, ids, env
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=30)


def _wait_until_up(base: str) -> None:
    for _attempt in range(100):
        try:
            urllib.request.urlopen(base + "/accounts/login/", timeout=5)  # noqa: S310
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    pytest.fail("the server did not start")


class Browser:
    """One person's session: cookies, the CSRF token, and every status the server gave."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _uploader(base: str, found: list[str], errors: list[str]) -> None:
    browser = Browser(base)
    try:
        browser.log_in("dieuphoi")
        for _round in range(ROUNDS):
            found.append(browser.upload("/documents/import/", "ke-hoach-81.txt",
                                        SAMPLE.read_bytes()))
            browser.send("/plans/")
    except Exception as error:
        errors.append(repr(error))
    errors.extend(f"{path}: {status}" for path, status in browser.statuses if status >= 400)


def _recorder(base: str, ids: dict[str, int], number: int, errors: list[str]) -> None:
    browser = Browser(base)
    try:
        browser.log_in("baosoctrang")
        for round_ in range(ROUNDS):
            browser.post("/records/products/new/", {
                "title": f"Tin số {number}-{round_}: quyền con người ở cơ sở", "kind": "news",
                "channel": "online", "languages": [str(ids["vi"])], "unit": str(ids["bao"]),
                "published_on": "2024-06-03"})
            browser.send("/records/products/")
    except Exception as error:
        errors.append(repr(error))
    errors.extend(f"{path}: {status}" for path, status in browser.statuses if status >= 400)


def _approver(base: str, submission: int, errors: list[str], answers: list[str]) -> None:
    browser = Browser(base)
    try:
        browser.log_in("dieuphoi")
        answers.append(browser.post(f"/reporting/submissions/{submission}/approve/", {}))
    except Exception as error:
        errors.append(repr(error))
    errors.extend(f"{path}: {status}" for path, status in browser.statuses if status >= 400)


def test_web_requests_and_the_worker_write_together_without_an_error(office) -> None:
    base, ids, env = office
    locations: list[str] = []
    errors: list[str] = []
    threads = [threading.Thread(target=_uploader, args=(base, locations, errors))
               for _ in range(UPLOADERS)]
    threads += [threading.Thread(target=_recorder, args=(base, ids, n, errors))
                for n in range(RECORDERS)]
    approvals: list[str] = []  # two coordinators press "Duyệt" on one report at once
    threads += [threading.Thread(target=_approver, args=(base, ids["waiting"], errors,
                                                         approvals)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    ingestions = [int(m.group(1)) for loc in locations
                  if (m := re.search(r"/documents/import/(\d+)/", loc))]
    assert len(ingestions) == UPLOADERS * ROUNDS
    assert approvals == [f"/reporting/submissions/{ids['waiting']}/"] * 2
    _wait_for_the_worker(env, ingestions, ids["waiting"])


def _wait_for_the_worker(env: dict[str, str], ingestions: list[int], approved: int) -> None:
    script = ("from documents.models import Ingestion; from records.models import Product; "
              "from reporting.models import SubmissionEvent; "
              f"print(sorted(set(Ingestion.objects.filter(pk__in={ingestions!r})"
              ".values_list('status', flat=True))), SubmissionEvent.objects.filter("
              f"submission_id={approved}, action='approved').count(), "
              "Product.objects.filter(title__startswith='Tin số').count())")
    for _attempt in range(120):
        out = _manage(env, "shell", "--no-imports", "-c", script)
        if out.startswith("['ready']"):
            assert out.split()[-2:] == ["1", str(RECORDERS * ROUNDS)]  # approved once
            return
        time.sleep(1)
    pytest.fail(f"the worker did not read every upload: {out}")
