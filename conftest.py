"""The test province: the Sóc Trăng demo, with one named user per role."""

import pytest
from django.test import Client

from accounts.models import User
from demo.services import demo_load
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
    demo_load()


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
