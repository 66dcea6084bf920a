"""The profile's choices of notices by e-mail, and the secret calendar address shown there."""

import re

import pytest
from django.urls import reverse

from accounts.models import NoticeKind, User

pytestmark = pytest.mark.django_db

DETAILS = {"full_name": "Lê Văn Cường", "email": "cuong.baosoctrang@soctrang.gov.vn",
           "phone": "", "language": "vi"}


def checked(page: str) -> set[str]:
    """The kinds whose box is ticked on the profile page."""
    return {match.group(1) for match in re.finditer(
        r'<input type="checkbox" name="email_kinds" value="(\w+)"[^>]*\bchecked\b', page)}


def test_every_kind_is_on_by_default_and_shown_checked(client_as, reporter) -> None:
    assert all(reporter.wants_email(kind) for kind in NoticeKind) is False  # no address yet
    page = client_as("reporter").get(reverse("profile")).text
    assert "Nhận thêm e-mail khi có thông báo về" in page
    assert checked(page) == {kind.value for kind in NoticeKind}


def test_the_choices_are_saved_with_the_profile(client_as) -> None:
    client = client_as("reporter")
    response = client.post(reverse("profile"), {**DETAILS,
                                                "email_kinds": ["deadline", "review"]},
                           follow=True)
    assert "Đã lưu thông tin cá nhân." in response.text
    user = User.objects.get(username="baosoctrang")
    assert (user.email_period, user.email_guidance, user.email_deadline, user.email_review) == (
        False, False, True, True)
    assert user.wants_email(NoticeKind.DEADLINE) and not user.wants_email(NoticeKind.PERIOD)
    assert checked(client.get(reverse("profile")).text) == {"deadline", "review"}


def test_an_unknown_kind_is_refused(client_as) -> None:
    response = client_as("reporter").post(reverse("profile"), {**DETAILS,
                                                               "email_kinds": ["tin đồn"]})
    assert response.status_code == 200
    assert User.objects.get(username="baosoctrang").email_period is True


def test_the_calendar_address_is_made_shown_renewed_and_turned_off(client_as) -> None:
    client = client_as("reporter")
    assert "Tạo địa chỉ lịch bí mật" in client.get(reverse("profile")).text
    page = client.post(reverse("calendar_renew"), follow=True).text
    first = User.objects.get(username="baosoctrang").calendar_key
    assert first and "Đã tạo địa chỉ lịch mới" in page
    assert 'id="calendar-url"' in page and "/reporting/calendar/" in page
    client.post(reverse("calendar_renew"))
    assert User.objects.get(username="baosoctrang").calendar_key not in ("", first)
    page = client.post(reverse("calendar_remove"), follow=True).text
    assert User.objects.get(username="baosoctrang").calendar_key == ""
    assert 'id="calendar-url"' not in page
