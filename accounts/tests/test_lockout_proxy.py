"""The lock-out behind a reverse proxy: keyed on the client's address, not the proxy's."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from accounts.models import User
from kehoach.network import client_ip
from tests import TEST_PASSWORD

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


def log_in(password: str, forwarded: str) -> int:
    return Client().post(reverse("login"), {"username": "dieuphoi", "password": password},
                         REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded).status_code


def test_behind_a_trusted_proxy_an_attacker_does_not_lock_the_user_out(
        coordinator: User, settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(5):
        status = log_in("sai-mat-khau-roi", "203.0.113.5")
    assert status == 429
    assert log_in(TEST_PASSWORD, "203.0.113.5") == 429
    assert log_in(TEST_PASSWORD, "198.51.100.7") == 302  # the real user, elsewhere


def test_without_a_trusted_proxy_the_header_changes_nothing(coordinator: User) -> None:
    """X-Forwarded-For written by the client itself cannot dodge the lock."""
    for attempt in range(5):
        log_in("sai-mat-khau-roi", f"203.0.113.{attempt}")
    assert log_in(TEST_PASSWORD, "198.51.100.7") == 429


@pytest.mark.parametrize("count,forwarded,expected", [
    (0, "203.0.113.5", PROXY),
    (1, "203.0.113.5", "203.0.113.5"),
    (1, "1.2.3.4, 203.0.113.5", "203.0.113.5"),  # the client wrote the first one
    (2, "1.2.3.4, 203.0.113.5, 10.0.0.1", "203.0.113.5"),
    (2, "203.0.113.5", PROXY),  # shorter than the proxies: misconfigured, not believed
    (1, "not-an-address", PROXY),
    (1, "2001:db8::1", "2001:db8::1"),
])
def test_it_reads_the_address_the_outermost_proxy_wrote(settings, count: int, forwarded: str,
                                                        expected: str) -> None:
    settings.TRUSTED_PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
