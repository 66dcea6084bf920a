"""Two app servers and two task workers against one PostgreSQL, as a national installation
runs behind a load balancer: a session opened on one server works on the other, a plan
uploaded through either is read by exactly one worker, none is lost and none read twice.

Each "machine" has its own var/ folder (nothing there must survive); uploaded files live in
one shared folder (KEHOACH_MEDIA_ROOT), sessions and the task queue in the database.
"""

import json
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import Popen

import psycopg
import pytest
from django.conf import settings

from kehoach.tests.live import PASSWORD, ROOT, Browser, free_port, manage, start, wait_until_up

SAMPLE = ROOT / "kehoach" / "ingest" / "tests" / "documents" / "soctrang-81-KH-UBND-2024.txt"
UPLOADS = 8

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="several machines share a PostgreSQL server; SQLite is one office's database")

_SETUP = f"""
from accounts.models import User
user = User.objects.get(username="dieuphoi")
user.set_password("{PASSWORD}")
user.save()
"""
_RESULTS = """
import json
from django_tasks_db.models import DBTaskResult
from documents.models import Ingestion
ids = {ids!r}
print(json.dumps({{
    "states": sorted(set(Ingestion.objects.filter(pk__in=ids).values_list("status", flat=True))),
    "tasks": [[r.status, r.worker_ids] for r in DBTaskResult.objects.all()],
}}))
"""


def _database_url() -> str:
    """A database of this test's own on the suite's PostgreSQL server."""
    database = settings.DATABASES["default"]
    server = (f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
              f"{database['PORT'] or 5432}")
    name = f"kehoach_two_machines_{os.getpid()}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def _gunicorn(env: dict[str, str], port: int) -> Popen[bytes]:
    return Popen([sys.executable, "-m", "gunicorn", "kehoach.wsgi", "--workers", "2",  # noqa: S603
                  "--bind", f"127.0.0.1:{port}", "--log-level", "error"],
                 cwd=ROOT, env=env)


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[tuple[list[str], dict[str, str]]]:
    url = _database_url()
    base_env = {**os.environ, "DATABASE_URL": url, "DEBUG": "true", "LOG_LEVEL": "ERROR",
                "KEHOACH_MEDIA_ROOT": str(tmp_path / "shared-media")}
    base_env.pop("TASKS_BACKEND", None)
    setup_env = {**base_env, "KEHOACH_VAR_DIR": str(tmp_path / "setup")}
    manage(setup_env, "migrate", "--noinput")
    manage(setup_env, "demo_load")
    manage(setup_env, "shell", "--no-imports", "-c", _SETUP)
    processes, bases = [], []
    for name in ("a", "b"):
        env = {**base_env, "KEHOACH_VAR_DIR": str(tmp_path / name)}
        port = free_port()
        processes.append(_gunicorn(env, port))
        processes.append(start(env, "db_worker", "--interval", "0.05", "--worker-id",
                               f"worker-{name}", "--no-startup-delay"))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base in bases:
            wait_until_up(base)
        yield bases, setup_env
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)


def test_two_servers_and_two_workers_read_every_upload_once(machines) -> None:
    (first, second), env = machines
    browser = Browser(first)
    browser.log_in("dieuphoi")
    ingestions = []
    for number in range(UPLOADS):
        browser.base = (first, second)[number % 2]  # the balancer sends each to either
        location = browser.upload("/documents/import/", f"ke-hoach-81-{number}.txt",
                                  SAMPLE.read_bytes())
        found = re.search(r"/documents/import/(\d+)/", location)
        assert found, location
        ingestions.append(int(found.group(1)))
    assert all(status < 400 for _path, status in browser.statuses), browser.statuses
    results = _wait_for_the_workers(env, ingestions)
    assert results["states"] == ["ready"]
    tasks = results["tasks"]
    assert len(tasks) == UPLOADS, "a task lost or queued twice"
    assert all(status == "SUCCESSFUL" and len(workers) == 1 for status, workers in tasks), (
        "a task failed or was taken by two workers")


def _wait_for_the_workers(env: dict[str, str], ingestions: list[int]) -> dict[str, list]:
    for _attempt in range(180):
        out = json.loads(manage(env, "shell", "--no-imports", "-c",
                                _RESULTS.format(ids=ingestions)).splitlines()[-1])
        if len(out["tasks"]) >= UPLOADS and all(s in ("SUCCESSFUL", "FAILED")
                                                for s, _w in out["tasks"]):
            return out
        time.sleep(1)
    pytest.fail(f"the workers did not finish: {out}")
