"""Two-step log-in with real TOTP codes (RFC 6238, computed from the device's key as an
authenticator app does) and single-use recovery codes."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from accounts.models import User
from tests import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def log_in(username: str) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    return client


def set_up(client: Client, totp_code) -> list[str]:
    """Open the set-up page, type the app's code back, return the recovery codes shown."""
    page = client.get(reverse("two_factor_setup"))
    assert "<svg" in page.text and "otpauth" not in page.text.split("<svg")[0]
    device = TOTPDevice.objects.get(user=page.wsgi_request.user, confirmed=False)
    done = client.post(reverse("two_factor_setup"), {"token": totp_code(device)})
    assert "Mã khôi phục" in done.text
    return re.findall(r"<li><code>(\w+)</code></li>", done.text)


def test_a_reporter_sets_it_up_and_is_asked_for_a_code_at_the_next_log_in(
        reporter, totp_code) -> None:
    codes = set_up(log_in("baosoctrang"), totp_code)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert two_factor.has_two_factor(reporter)

    client = log_in("baosoctrang")
    home = client.get(reverse("records:product_list"))
    assert home.status_code == 302 and home["Location"].startswith(reverse("two_factor_verify"))
    wrong = client.post(reverse("two_factor_verify"), {"token": "000000"})
    assert "Mã không đúng" in wrong.text
    device = TOTPDevice.objects.get(user=reporter, confirmed=True)
    device.throttle_reset()
    code = totp_code(device, steps=1)
    right = client.post(reverse("two_factor_verify"), {
        "token": code, "next": reverse("records:product_list")})
    assert right.status_code == 302 and right["Location"] == reverse("records:product_list")
    assert client.get(reverse("records:product_list")).status_code == 200
    # The same code twice is refused: a code seen over someone's shoulder is already spent.
    replay = log_in("baosoctrang")
    device.refresh_from_db()
    device.throttle_reset()
    assert "Mã không đúng" in replay.post(reverse("two_factor_verify"), {"token": code}).text


def test_a_recovery_code_works_once(reporter, totp_code) -> None:
    codes = set_up(log_in("baosoctrang"), totp_code)
    client = log_in("baosoctrang")
    used = client.post(reverse("two_factor_verify"), {"token": codes[0]}, follow=True)
    assert "còn 9 mã" in used.text
    again = log_in("baosoctrang")
    assert "Mã không đúng" in again.post(reverse("two_factor_verify"),
                                         {"token": codes[0]}).text


def test_a_wrong_code_does_not_switch_it_on(reporter) -> None:
    client = log_in("baosoctrang")
    client.get(reverse("two_factor_setup"))
    response = client.post(reverse("two_factor_setup"), {"token": "123456"})
    assert "Mã không đúng" in response.text
    assert not two_factor.has_two_factor(reporter)


def test_it_can_be_switched_off_when_not_required(reporter, totp_code) -> None:
    client = log_in("baosoctrang")
    set_up(client, totp_code)
    response = client.post(reverse("two_factor_disable"), follow=True)
    assert "Đã tắt đăng nhập hai bước." in response.text
    assert not two_factor.has_two_factor(reporter)


def test_the_administrator_requires_it_of_coordinators_not_of_reporters(
        client_as, coordinator, totp_code) -> None:
    response = client_as("administrator").post(reverse("people_policy"),
                                               {"require_two_factor": "1"}, follow=True)
    assert "Đã bật yêu cầu đăng nhập hai bước" in response.text
    assert two_factor.policy().require_two_factor

    reporter = log_in("baosoctrang")
    assert reporter.get(reverse("records:product_list")).status_code == 200
    client = log_in("dieuphoi")
    blocked = client.get(reverse("reporting:periods"))
    assert blocked.status_code == 302
    assert blocked["Location"].startswith(reverse("two_factor_setup"))
    set_up(client, totp_code)
    assert client.get(reverse("reporting:periods")).status_code == 200
    refused = client.post(reverse("two_factor_disable"), follow=True)
    assert "bắt buộc" in refused.text and two_factor.has_two_factor(coordinator)


def test_the_setting_requires_it_too(settings, coordinator) -> None:
    settings.TWO_FACTOR_REQUIRED = True
    assert two_factor.is_required_for(coordinator)
    assert not two_factor.is_required_for(User.objects.get(username="baosoctrang"))


def test_switching_it_on_is_in_the_history_without_the_key(reporter, totp_code) -> None:
    from auditlog.models import LogEntry

    set_up(log_in("baosoctrang"), totp_code)
    device = TOTPDevice.objects.get(user=reporter)
    entries = LogEntry.objects.get_for_object(device)
    assert entries.exists()
    assert all(device.key not in str(entry.changes) for entry in entries)


def test_whoever_manages_an_account_switches_it_off_for_a_lost_phone(
        client_as, lead_reporter, totp_code) -> None:
    set_up(log_in("sotttt"), totp_code)
    assert client_as("reporter").post(reverse("person_two_factor_reset",
                                              args=[lead_reporter.pk])).status_code == 403
    page = client_as("coordinator").get(reverse("person_detail", args=[lead_reporter.pk])).text
    assert "Đang bật" in page
    response = client_as("coordinator").post(
        reverse("person_two_factor_reset", args=[lead_reporter.pk]), follow=True)
    assert "Đã tắt đăng nhập hai bước của Võ Thị Hạnh" in response.text
    assert not two_factor.has_two_factor(lead_reporter)
    assert log_in("sotttt").get(reverse("records:product_list")).status_code == 200
