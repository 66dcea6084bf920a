"""Notices in a browser, at 1280 px and on a 390 px phone: a reporter chooses which notices come
by e-mail on the profile, makes the secret calendar address, and a calendar app reads it
until a new one replaces it."""

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

from accounts.models import User
from reporting.tests.builders import open_period

pytestmark = pytest.mark.browser

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("size", SIZES)
def test_a_reporter_chooses_e_mails_and_subscribes_to_the_deadlines(
        live_server, transactional_db, province, log_in, new_page, size: str) -> None:
    open_period(units=["ST-BAO"])
    page: Page = new_page(viewport=SIZES[size])
    page.on("dialog", lambda dialog: dialog.accept())
    log_in(page, "baosoctrang")
    page.goto(f"{live_server.url}/accounts/profile/")
    emails = page.get_by_role("group", name="Nhận thêm e-mail khi có thông báo về")
    new_period = emails.get_by_label("Kỳ báo cáo mới yêu cầu đơn vị báo cáo")
    expect(new_period).to_be_checked()
    new_period.uncheck()
    page.locator("#profile-form button[type=submit]").click()
    expect(page.get_by_text("Đã lưu thông tin cá nhân.")).to_be_visible()
    expect(new_period).not_to_be_checked()
    expect(emails.get_by_label("Báo cáo được duyệt hoặc bị trả lại")).to_be_checked()
    assert not User.objects.get(username="baosoctrang").email_period

    page.get_by_role("button", name="Tạo địa chỉ lịch bí mật").click()
    address = page.get_by_label("Địa chỉ lịch bí mật")
    expect(address).to_have_value(re.compile(r"/reporting/calendar/.+\.ics$"))
    first = address.input_value()
    assert first.startswith(live_server.url) and first.endswith(".ics")
    box = address.bounding_box()
    assert box is not None and box["x"] + box["width"] <= SIZES[size]["width"]
    feed = page.request.get(first)
    assert feed.status == 200
    [event] = Calendar.from_ical(feed.body()).walk("VEVENT")
    assert "Báo cáo 6 tháng đầu năm 2024" in str(event["summary"])

    page.get_by_role("button", name="Tạo địa chỉ mới").click()
    expect(page.get_by_text("Đã tạo địa chỉ lịch mới")).to_be_visible()
    assert page.get_by_label("Địa chỉ lịch bí mật").input_value() != first
    assert page.request.get(first).status == 404
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
