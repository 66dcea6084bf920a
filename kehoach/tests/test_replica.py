"""A read replica named by a setting: read-only pages read it, changes go to the primary, and
whoever just changed something reads the primary until the replica has caught up.

Real processes on database files of the test's own: the "replica" is first a copy of the
primary taken before a change (so a page read from it visibly lacks the change), then the
primary itself, as a deployment without lag or a test of the wiring would have it.
"""

import json
import os
import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

from kehoach.tests.live import PASSWORD, Browser, free_port, manage, start, wait_until_up

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="runs its own servers on SQLite files; the routing is the same on PostgreSQL")

TITLE = "Tin kiểm tra bản sao đọc: quyền con người ở cơ sở"
_SETUP = """
import json
from accounts.models import User
from records.models import Language
from units.models import Unit
user = User.objects.get(username="baosoctrang")
user.set_password("{password}")
user.save()
print(json.dumps({{"vi": Language.objects.get(code="vi").pk,
                  "bao": Unit.objects.get(code="ST-BAO").pk}}))
"""


@pytest.fixture(scope="module")
def primary(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The demo, migrated into a file, with a known password for Báo Sóc Trăng's reporter."""
    folder = tmp_path_factory.mktemp("replica")
    env = _env(folder, folder / "primary.sqlite3")
    manage(env, "migrate", "--noinput")
    manage(env, "demo_load")
    ids = json.loads(manage(env, "shell", "--no-imports", "-c",
                            _SETUP.format(password=PASSWORD)).splitlines()[-1])
    return folder, ids


def _env(folder: Path, database: Path, replica: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "KEHOACH_VAR_DIR":
           str(folder), "DEBUG": "true", "LOG_LEVEL": "ERROR", "REPLICA_PIN_SECONDS": "600"}
    if replica is not None:
        env["DATABASE_REPLICA_URL"] = f"sqlite:///{replica}"
    env.pop("TASKS_BACKEND", None)
    return env


@pytest.fixture
def served(primary: tuple[Path, dict[str, int]], request: pytest.FixtureRequest
           ) -> Iterator[tuple[str, dict[str, int]]]:
    """A server whose replica is a copy taken now ("copy") or the primary itself."""
    folder, ids = primary
    database = folder / "primary.sqlite3"
    replica = database
    if request.param == "copy":
        replica = folder / "replica.sqlite3"
        shutil.copyfile(database, replica)
    port = free_port()
    server = start(_env(folder, database, replica), "runserver", f"127.0.0.1:{port}",
                   "--noreload")
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        yield f"http://127.0.0.1:{port}", ids
    finally:
        server.terminate()
        server.wait(timeout=30)


def _record(browser: Browser, ids: dict[str, int], title: str) -> None:
    browser.log_in("baosoctrang")
    browser.post("/records/products/new/", {
        "title": title, "kind": "news", "channel": "online", "languages": [str(ids["vi"])],
        "unit": str(ids["bao"]), "published_on": "2024-06-03"})


def _listed(browser: Browser, title: str) -> bool:
    """Whether the product list shows `title` (searched by a part of it, so that the search
    box's own text is not taken for the row)."""
    query = urllib.parse.urlencode({"q": "bản sao đọc", "unit": ""})
    return title in browser.send(f"/records/products/?{query}")


@pytest.mark.parametrize("served", ["copy"], indirect=True)
def test_pages_read_the_replica_once_the_writer_is_no_longer_pinned(served) -> None:
    base, ids = served
    browser = Browser(base)
    _record(browser, ids, TITLE + " (bản sao)")
    assert _listed(browser, TITLE + " (bản sao)"), "the writer reads the primary"
    assert "kehoach_primary" in {cookie.name for cookie in browser.jar}
    stranger = Browser(base)  # logs in (a change: pinned), then forgets the pin
    stranger.log_in("baosoctrang")
    stranger.jar.clear(domain="127.0.0.1", path="/", name="kehoach_primary")
    assert not _listed(stranger, TITLE + " (bản sao)"), "a read-only page read the replica"
    assert all(status < 400 for _path, status in browser.statuses + stranger.statuses)


@pytest.mark.parametrize("served", ["primary"], indirect=True)
def test_with_the_replica_on_the_primary_every_page_sees_every_change(served) -> None:
    base, ids = served
    browser = Browser(base)
    _record(browser, ids, TITLE)
    browser.jar.clear(domain="127.0.0.1", path="/", name="kehoach_primary")
    assert _listed(browser, TITLE)
    for page in ("/", "/plans/", "/records/activities/", "/reporting/"):
        browser.send(page)
    assert all(status < 400 for _path, status in browser.statuses), browser.statuses
