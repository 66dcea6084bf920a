"""People in a browser: an administrator invites someone, who sets a password from the
e-mail's link and logs in; "Quên mật khẩu?" from the log-in page; the profile page."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PASSWORD = "mua-nuoc-noi-ve-tren-song-hau"


def link_in_last_mail(to: str) -> str:
    message = [m for m in mail.outbox if to in m.to][-1]
    return re.findall(r"https?://\S+/(?:invitation|password/reset)/\S+", message.body)[0]


def set_password(page: Page, link: str) -> None:
    page.goto(link)
    page.locator("input[name=new_password1]").fill(PASSWORD)
    page.locator("input[name=new_password2]").fill(PASSWORD)
    page.locator("#set-password button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập")


def test_an_invitation_leads_to_a_password_and_a_log_in(
        live_server, transactional_db, province, settings, log_in, new_page) -> None:
    settings.SITE_URL = live_server.url
    admin = new_page()
    log_in(admin, "quantri")
    admin.get_by_role("link", name="Người dùng").click()
    admin.get_by_role("link", name="Mời một người").click()
    admin.get_by_label("Họ và tên").fill("Thạch Thị Sa Rinh")
    admin.get_by_label("E-mail").fill("sarinh.tt@soctrang.gov.vn")
    admin.get_by_label("Điện thoại").fill("0299 3821 456")
    admin.get_by_label("Vai trò").select_option(label="Cán bộ báo cáo của đơn vị")
    admin.get_by_label("Báo và Phát thanh, Truyền hình Cần Thơ", exact=True).check()
    admin.get_by_role("button", name="Tạo tài khoản và gửi thư mời").click()
    expect(admin.get_by_role("status")).to_contain_text(
        "Đã tạo tài khoản và gửi thư mời đến sarinh.tt@soctrang.gov.vn")
    expect(admin.locator("#person-facts")).to_contain_text("Đã mời, chưa đặt mật khẩu")

    invited = new_page()
    set_password(invited, link_in_last_mail("sarinh.tt@soctrang.gov.vn"))
    expect(invited.get_by_role("status")).to_contain_text("Đã đặt mật khẩu")
    log_in(invited, "sarinh.tt@soctrang.gov.vn", PASSWORD)
    expect(invited.locator(".who-name")).to_have_text("Thạch Thị Sa Rinh")

    admin.reload()
    expect(admin.locator("#person-facts")).to_contain_text("Đã kích hoạt")


def test_a_forgotten_password_is_reset_from_the_log_in_page(
        live_server, transactional_db, province, settings, log_in, page: Page) -> None:
    from accounts.models import User

    settings.SITE_URL = live_server.url
    User.objects.filter(username="baosoctrang").update(email="cuong.lv@baosoctrang.vn")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("link", name="Quên mật khẩu?").click()
    page.get_by_label("Địa chỉ e-mail").fill("cuong.lv@baosoctrang.vn")
    page.get_by_role("button", name="Gửi liên kết").click()
    expect(page.locator("#reset-sent")).to_contain_text("Nếu địa chỉ e-mail vừa nhập có tài khoản")
    set_password(page, link_in_last_mail("cuong.lv@baosoctrang.vn"))
    log_in(page, "baosoctrang", PASSWORD)


def test_the_profile_keeps_ones_details_and_language(
        live_server, transactional_db, province, log_in, page: Page) -> None:
    log_in(page, "baosoctrang")
    page.locator(".who").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thông tin cá nhân")
    page.get_by_label("Điện thoại").fill("0299 3611 222")
    page.locator("#profile-form select[name=language]").select_option("en")
    page.locator("#profile-form button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("input[name=phone]")).to_have_value("0299 3611 222")
