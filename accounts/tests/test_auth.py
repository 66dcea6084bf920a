import pytest
from django.conf import settings
from django.contrib.auth.hashers import identify_hasher
from django.test import Client, override_settings
from django.urls import reverse

from accounts.models import User
from tests import TEST_PASSWORD

pytestmark = pytest.mark.django_db

# As kehoach/settings.py has them; the suite itself swaps in a fast hasher.
PRODUCTION_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]


def log_in(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password},
                       REMOTE_ADDR="10.0.0.7")


def test_it_shows_the_login_page_in_vietnamese(client: Client) -> None:
    response = client.get(reverse("login"))
    assert '<html lang="vi">' in response.text
    assert "Tên đăng nhập" in response.text and "Mật khẩu" in response.text


def test_it_logs_in_and_out(client: Client, coordinator: User) -> None:
    response = log_in(client, "dieuphoi", TEST_PASSWORD)
    assert response.status_code == 302
    assert "Trần Thị Bình" in client.get(reverse("home")).text
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_it_explains_a_wrong_password_in_vietnamese(client: Client, coordinator: User) -> None:
    response = log_in(client, "dieuphoi", "sai-mat-khau")
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in response.text


def test_it_locks_out_after_five_failures_even_with_the_right_password(
    client: Client, coordinator: User
) -> None:
    for _attempt in range(5):
        response = log_in(client, "dieuphoi", "sai-mat-khau")
    assert response.status_code == 429
    assert "Bạn đã đăng nhập sai quá nhiều lần." in response.text
    locked = log_in(client, "dieuphoi", TEST_PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_it_does_not_lock_other_users(client: Client, coordinator: User, viewer: User) -> None:
    for _attempt in range(5):
        log_in(client, "dieuphoi", "sai-mat-khau")
    assert log_in(Client(), "lanhdao", TEST_PASSWORD).status_code == 302


def test_it_hashes_passwords_with_argon2(db: None) -> None:
    from accounts.services import user_create
    from kehoach import settings as configured

    assert configured.PASSWORD_HASHERS == PRODUCTION_HASHERS
    with override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS):
        user = user_create(username="kiemtra", password="Quyen-con-nguoi-2025", role="viewer")
        assert identify_hasher(user.password).algorithm == "argon2"
        assert user.check_password("Quyen-con-nguoi-2025")


def test_it_expires_sessions() -> None:
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_it_changes_the_password(client: Client, viewer: User) -> None:
    client.force_login(viewer)
    response = client.post(reverse("password_change"), {
        "old_password": TEST_PASSWORD, "new_password1": "Quyen-con-nguoi-2025",
        "new_password2": "Quyen-con-nguoi-2025",
    })
    assert response.status_code == 302
    viewer.refresh_from_db()
    assert viewer.check_password("Quyen-con-nguoi-2025")


def test_it_explains_a_weak_new_password_in_vietnamese(client: Client, viewer: User) -> None:
    client.force_login(viewer)
    response = client.post(reverse("password_change"), {
        "old_password": TEST_PASSWORD, "new_password1": "123", "new_password2": "123",
    })
    assert response.status_code == 200
    assert "Mật khẩu này quá ngắn" in response.text


@pytest.mark.parametrize("role", ["administrator", "coordinator", "reporter", "viewer"])
def test_it_shows_the_privacy_page_and_password_form_to_everyone(client_as, role: str) -> None:
    client = client_as(role)
    assert "91/2025/QH15" in client.get(reverse("privacy")).text
    assert client.get(reverse("password_change")).status_code == 200


def test_it_switches_to_english(client: Client) -> None:
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("login"))
    assert '<html lang="en">' in response.text
    assert "Log in" in response.text


def test_it_stays_vietnamese_for_an_english_browser(client: Client) -> None:
    response = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi">' in response.text


@pytest.mark.parametrize("role,allowed", [
    ("administrator", True), ("coordinator", False), ("reporter", False), ("viewer", False),
])
def test_it_opens_user_management_to_administrators_only(client_as, role: str, allowed: bool
                                                          ) -> None:
    response = client_as(role).get(reverse("admin:accounts_user_changelist"))
    assert (response.status_code == 200) is allowed
