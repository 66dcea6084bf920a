"""The test province: the Sóc Trăng demo, with one named user per role, and its records.

Records are made through the services, as units would enter them.
"""

import os
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from accounts.models import User
from demo.services import demo_load
from indicators.models import Indicator
from plans.models import Plan, Target
from records.models import Activity, Language, Product
from records.services import activity_create, product_create
from tests import TEST_PASSWORD
from tests.access import REPORTERS
from units.models import Unit


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    """Argon2 is slow by design; tests that are not about hashing skip it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def tasks_inline_and_media_aside(settings, tmp_path) -> None:
    """Background tasks run at once, and uploaded files land in a temporary directory."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def province(db: None) -> None:
    """The demo's units, plan and users; the users' password is TEST_PASSWORD."""
    demo_load(password=TEST_PASSWORD)


@pytest.fixture
def unit(province: None):
    """Units of the demo by code: unit("ST-BAO") is Báo Sóc Trăng."""
    return lambda code: Unit.objects.get(code=code)


@pytest.fixture
def administrator(province: None) -> User:
    return User.objects.get(username="quantri")


@pytest.fixture
def coordinator(province: None) -> User:
    return User.objects.get(username="dieuphoi")


@pytest.fixture
def reporter(province: None) -> User:
    """A unit reporter of Báo Sóc Trăng, which leads no task of the plan."""
    return User.objects.get(username="baosoctrang")


@pytest.fixture
def lead_reporter(province: None) -> User:
    """A unit reporter of the Department of Information and Communications, a lead unit."""
    return User.objects.get(username="sotttt")


@pytest.fixture
def viewer(province: None) -> User:
    return User.objects.get(username="lanhdao")


ROLES = ["administrator", "coordinator", "reporter", "lead_reporter", "viewer"]


@pytest.fixture(params=ROLES)
def role(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client_as(province: None):
    """A test client logged in as the demo user of a role name from ROLES."""
    usernames = {"administrator": "quantri", "coordinator": "dieuphoi",
                 "reporter": "baosoctrang", "lead_reporter": "sotttt", "viewer": "lanhdao"}

    def login(role: str) -> Client:
        client = Client()
        if role != "anonymous":
            client.force_login(User.objects.get(username=usernames[role]))
        return client

    return login


# Who asks, toward one object: each app's permissions tests ---------------------------------

@pytest.fixture
def visitor(province: None) -> Callable[..., User | AnonymousUser]:
    """visitor("own_reporter", own="ST-BAO"): the demo user playing that part, or a visitor
    who has not logged in for "anonymous"."""
    usernames = {"administrator": "quantri", "coordinator": "dieuphoi", "viewer": "lanhdao"}

    def make(name: str, *, own: str = "ST-BAO") -> User | AnonymousUser:
        if name == "anonymous":
            return AnonymousUser()
        if name == "own_reporter":
            return User.objects.get(username=REPORTERS[own])
        if name == "other_reporter":
            other = next(code for code in REPORTERS if code != own)
            return User.objects.get(username=REPORTERS[other])
        return User.objects.get(username=usernames[name])

    return make


# Records of the demo plan ------------------------------------------------------------------


@pytest.fixture
def plan(province: None) -> Plan:
    return Plan.objects.get(number="81", symbol="KH-UBND")


@pytest.fixture
def training_target(plan: Plan) -> Target:
    """"70 đại biểu ... được tập huấn", due 30/9/2024, task II.2."""
    return plan.targets.get(text__startswith="70 đại biểu")


@pytest.fixture
def product(plan: Plan, coordinator: User) -> Callable[..., Product]:
    """product("ST-BAO", "Chùa Khmer…", ["km"], date(2024, 6, 18), channel="online")."""
    tasks = {task.code: task for task in plan.tasks.all()}

    def make(unit: str, title: str, languages: Sequence[str], day: date, *,
             kind: str = "article", channel: str = "online", task: str | None = "II.1",
             **fields: Any) -> Product:
        if channel == "social":
            fields.setdefault("platform", "Facebook")
        return product_create(
            user=coordinator, unit=Unit.objects.get(code=unit), title=title, kind=kind,
            channel=channel, published_on=day,
            languages=list(Language.objects.filter(code__in=languages)),
            tasks=[tasks[task]] if task else [], **fields)

    return make


@pytest.fixture
def activity(plan: Plan, coordinator: User) -> Callable[..., Activity]:
    """activity("ST-STTTT", "Lớp tập huấn…", date(2024, 8, 22), {"key_officials": 70})."""
    tasks = {task.code: task for task in plan.tasks.all()}

    def make(unit: str, title: str, day: date, participants: dict[str, int], *,
             kind: str = "training", task: str = "II.2") -> Activity:
        return activity_create(
            user=coordinator, unit=Unit.objects.get(code=unit), title=title, kind=kind,
            start_date=day, end_date=day, participants=participants, tasks=[tasks[task]])

    return make


@pytest.fixture
def define(coordinator: User) -> Callable[..., Indicator]:
    """define(target, "product_share", share_language_groups=["minority", "foreign"])."""
    from indicators.services import indicator_create

    def make(target: Target, method: str, **fields: Any) -> Indicator:
        fields.setdefault("name", target.text[:80])
        return indicator_create(user=coordinator, target=target, method=method, **fields)

    return make


DATABASE_FIXTURES = {
    "db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """KEHOACH_DATABASE_TESTS_ONLY=1 (the PostgreSQL run of `make test`) keeps only the tests
    that touch a database: the others (the parser, OCR, text folding, document layout) answer the
    same whatever the database, and have already run in the SQLite suite."""
    if os.environ.get("KEHOACH_DATABASE_TESTS_ONLY") != "1":
        return
    kept: list[pytest.Item] = []
    skipped: list[pytest.Item] = []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        uses_database = bool(names & DATABASE_FIXTURES) or item.get_closest_marker("django_db")
        (kept if uses_database else skipped).append(item)
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = kept
