"""Sessions: idle and absolute time-outs, a new key at log-in, an end when rights change.

Time passes by writing the session's own timestamps, as if its log-in or last request had been
that long ago.
"""

import time

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from accounts.services import membership_add
from accounts.signals import LOGIN_AT, SEEN_AT
from units.models import Unit

pytestmark = pytest.mark.django_db

EXPIRED = "Phiên làm việc đã hết hạn, xin đăng nhập lại."
PASSWORD = "mat-khau-rieng-cua-phep-thu"


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def age_session(client: Client, *, login: int = 0, seen: int = 0) -> None:
    """The log-in `login` seconds ago and the last request `seen` seconds ago."""
    session = client.session
    now = int(time.time())
    session[LOGIN_AT], session[SEEN_AT] = now - login, now - seen
    session.save()


def is_logged_in(client: Client) -> bool:
    return client.get(reverse("home")).status_code == 200


def test_a_session_lives_on_while_used(coordinator: User) -> None:
    client = logged_in(coordinator)
    age_session(client, login=11 * 3600, seen=29 * 60)
    assert is_logged_in(client)
    assert time.time() - client.session[SEEN_AT] < 5  # the request counts as activity


def test_it_ends_a_session_idle_for_30_minutes(coordinator: User) -> None:
    client = logged_in(coordinator)
    age_session(client, login=40 * 60, seen=30 * 60 + 5)
    response = client.get(reverse("plans:list"))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={reverse('plans:list')}"
    page = client.get(response["Location"])
    assert EXPIRED in page.text
    assert "_auth_user_id" not in client.session


def test_it_ends_a_session_12_hours_after_log_in_however_busy(coordinator: User) -> None:
    client = logged_in(coordinator)
    age_session(client, login=12 * 3600 + 5, seen=10)
    response = client.get(reverse("home"), follow=True)
    assert EXPIRED in response.text
    assert response.redirect_chain[0][0].startswith(reverse("login"))
    assert not is_logged_in(client)


def test_the_time_outs_are_settings(coordinator: User, settings) -> None:
    settings.SESSION_IDLE_TIMEOUT, settings.SESSION_ABSOLUTE_TIMEOUT = 120, 600
    client = logged_in(coordinator)
    age_session(client, login=100, seen=100)
    assert is_logged_in(client)
    age_session(client, login=100, seen=130)
    assert not is_logged_in(client)
    client = logged_in(coordinator)
    age_session(client, login=610, seen=0)
    assert not is_logged_in(client)


def test_an_htmx_request_is_sent_to_the_log_in_page(coordinator: User) -> None:
    client = logged_in(coordinator)
    age_session(client, login=3600, seen=3600)
    response = client.get(reverse("plans:task_list"), {"q": "x"}, HTTP_HX_REQUEST="true",
                          HTTP_HX_CURRENT_URL="http://testserver/plans/tasks/?q=x")
    assert response.status_code == 200
    assert response["HX-Redirect"] == f"{reverse('login')}?next=/plans/tasks/%3Fq%3Dx"
    assert EXPIRED in client.get(response["HX-Redirect"]).text


def test_a_session_without_its_log_in_time_has_ended(coordinator: User) -> None:
    client = logged_in(coordinator)
    session = client.session
    del session[LOGIN_AT]
    session.save()
    assert not is_logged_in(client)


def test_log_in_gives_the_session_a_new_key(coordinator: User) -> None:
    coordinator.set_password(PASSWORD)
    coordinator.save()
    client = Client()
    session = client.session
    session["chosen"] = "before log-in"
    session.save()
    before = session.session_key
    response = client.post(reverse("login"), {"username": "dieuphoi", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session.session_key != before
    assert client.session["chosen"] == "before log-in"


def test_a_role_change_ends_the_users_sessions(coordinator: User, viewer: User) -> None:
    demoted, other = logged_in(coordinator), logged_in(viewer)
    coordinator.role = "viewer"
    coordinator.save()
    assert not is_logged_in(demoted)
    assert is_logged_in(other)
    assert is_logged_in(logged_in(coordinator))  # logging in again works, with the new role


@pytest.mark.parametrize("field", ["is_active", "is_staff", "is_superuser"])
def test_a_change_of_rights_ends_the_users_sessions(viewer: User, field: str) -> None:
    client = logged_in(viewer)
    setattr(viewer, field, not getattr(viewer, field))
    viewer.save(update_fields=[field])
    assert not is_logged_in(client)


def test_a_change_of_units_ends_the_users_sessions(reporter: User) -> None:
    client = logged_in(reporter)
    membership = membership_add(user=reporter, unit=Unit.objects.get(code="ST-DAI"))
    assert not is_logged_in(client)
    client = logged_in(reporter)
    membership.delete()
    assert not is_logged_in(client)


def test_other_changes_keep_the_session(viewer: User) -> None:
    client = logged_in(viewer)
    viewer.full_name = "Lê Văn Cường (Phó Chủ tịch)"
    viewer.save()
    assert is_logged_in(client)


def test_logged_in_pages_are_not_stored(coordinator: User) -> None:
    response = logged_in(coordinator).get(reverse("plans:list"))
    assert "no-store" in response["Cache-Control"]
