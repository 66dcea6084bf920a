"""Everyone's profile page: own name, e-mail, phone, language; the password from there."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests import TEST_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("who", ["administrator", "coordinator", "reporter", "viewer"])
def test_everyone_edits_their_own_profile(client_as, who) -> None:
    client = client_as(who)
    page = client.get(reverse("profile")).text
    assert "Thông tin cá nhân" in page and "Đổi mật khẩu" in page
    response = client.post(reverse("profile"), {
        "full_name": "Trương Thị Mỹ Hạnh", "email": "myhanh.tt@soctrang.gov.vn",
        "phone": "0913 456 789", "language": "vi"}, follow=True)
    assert "Đã lưu thông tin cá nhân." in response.text
    user = User.objects.get(pk=response.wsgi_request.user.pk)
    assert (user.full_name, user.email, user.phone) == (
        "Trương Thị Mỹ Hạnh", "myhanh.tt@soctrang.gov.vn", "0913 456 789")


def test_the_language_chosen_is_kept_and_used_at_log_in(client_as, reporter) -> None:
    client = client_as("reporter")
    response = client.post(reverse("profile"), {"full_name": reporter.full_name,
                                                "email": "", "phone": "", "language": "en"})
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    reporter.refresh_from_db()
    assert reporter.language == "en"
    fresh = Client()
    logged = fresh.post(reverse("login"), {"username": "baosoctrang",
                                           "password": TEST_PASSWORD})
    assert logged.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert '<html lang="en">' in fresh.get(reverse("profile")).text
    # Vietnamese chosen with the switch on this browser before logging in stays Vietnamese.
    switched = Client()
    switched.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    switched.post(reverse("login"), {"username": "baosoctrang", "password": TEST_PASSWORD})
    assert '<html lang="vi">' in switched.get(reverse("profile")).text


def test_an_e_mail_already_used_is_refused(client_as, coordinator) -> None:
    User.objects.filter(pk=coordinator.pk).update(email="binh.tt@soctrang.gov.vn")
    response = client_as("reporter").post(reverse("profile"), {
        "full_name": "Lê Văn Cường", "email": "Binh.TT@soctrang.gov.vn", "phone": "",
        "language": "vi"})
    assert "Đã có tài khoản dùng địa chỉ e-mail này." in response.text


def test_a_profile_change_is_in_the_history(client_as, reporter) -> None:
    client_as("reporter").post(reverse("profile"), {
        "full_name": "Lê Văn Cường", "email": "cuong.lv@baosoctrang.vn", "phone": "0299 111",
        "language": "vi"})
    page = client_as("administrator").get(reverse("person_detail", args=[reporter.pk])).text
    assert "cuong.lv@baosoctrang.vn" in page and "Điện thoại" in page


def test_a_password_change_from_the_profile_keeps_the_session(client_as, reporter) -> None:
    client = client_as("reporter")
    response = client.post(reverse("password_change"), {
        "old_password": TEST_PASSWORD, "new_password1": "song-hau-chay-qua-ke-sach",
        "new_password2": "song-hau-chay-qua-ke-sach"})
    assert response.status_code == 302
    assert client.get(reverse("profile")).status_code == 200
    reporter.refresh_from_db()
    assert reporter.check_password("song-hau-chay-qua-ke-sach")


def test_the_page_needs_a_log_in() -> None:
    response = Client().get(reverse("profile"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
