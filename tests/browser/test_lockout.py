"""Repeated wrong passwords lock the account, even against the right password."""

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

from tests import TEST_PASSWORD

pytestmark = pytest.mark.browser

LOCKED = "Bạn đã đăng nhập sai quá nhiều lần."
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."


def submit_login(page: Page, password: str) -> None:
    page.get_by_label("Tên đăng nhập").fill("dieuphoi")
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()


def test_wrong_passwords_lock_the_account(
    live_server, transactional_db, province, page: Page
) -> None:
    login_url = f"{live_server.url}/accounts/login/"
    limit = settings.AXES_FAILURE_LIMIT
    assert limit == 5

    page.goto(login_url)
    for attempt in range(1, limit):
        submit_login(page, f"sai-mat-khau-{attempt}")
        expect(page.get_by_role("alert")).to_contain_text(WRONG)
        expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập")

    with page.expect_response(lambda r: r.request.method == "POST") as fifth:
        submit_login(page, "sai-mat-khau-5")
    assert fifth.value.status == 429
    expect(page.get_by_role("heading", level=1)).to_have_text("Tài khoản tạm khóa")
    expect(page.get_by_role("alert")).to_contain_text(LOCKED)

    # Now the right password is refused too, with the same message.
    page.goto(login_url)
    with page.expect_response(lambda r: r.request.method == "POST") as right:
        submit_login(page, TEST_PASSWORD)
    assert right.value.status == 429
    expect(page.get_by_role("alert")).to_contain_text(LOCKED)
    expect(page.get_by_role("button", name="Đăng xuất")).to_have_count(0)
    page.goto(f"{live_server.url}/plans/")
    expect(page).to_have_url(f"{login_url}?next=/plans/")
