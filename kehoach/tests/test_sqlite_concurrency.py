"""SQLite as a single office runs it: a threaded web server and the task runner, writing at once.

The test starts the real thing on a database file of its own (`manage.py runserver` with its
threads, and `manage.py db_worker`), then several people upload plans and record products
while the worker reads the uploaded plans. Every answer must be a success: no 500, no
"database is locked", and every upload read to the end.
"""

import json
import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

from kehoach.tests.live import PASSWORD, ROOT, Browser, free_port, manage, start, wait_until_up

SAMPLE = ROOT / "kehoach" / "ingest" / "tests" / "documents" / "soctrang-81-KH-UBND-2024.txt"
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


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[str, dict[str, int], dict[str, str]]]:
    """A migrated demo on a file database, served and worked on by real processes."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'kehoach.sqlite3'}",
           "KEHOACH_VAR_DIR": str(tmp_path), "DEBUG": "true", "LOG_LEVEL": "ERROR"}
    env.pop("TASKS_BACKEND", None)
    manage(env, "migrate", "--noinput")
    manage(env, "demo_load")
    found = manage(env, "shell", "--no-imports", "-c", _SETUP.format(password=PASSWORD))
    ids = json.loads(found.splitlines()[-1])
    port = free_port()
    server = start(env, "runserver", f"127.0.0.1:{port}", "--noreload")
    worker = start(env, "db_worker", "--interval", "0.05")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        yield base, ids, env
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=30)


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
        out = manage(env, "shell", "--no-imports", "-c", script)
        if out.startswith("['ready']"):
            assert out.split()[-2:] == ["1", str(RECORDERS * ROUNDS)]  # approved once
            return
        time.sleep(1)
    pytest.fail(f"the worker did not read every upload: {out}")
