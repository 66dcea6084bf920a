"""Fewer traps (issue 16, point 4) in a real browser, at 1280 and 390 px: a report with empty
parts asks before it is sent, naming them, and its send button comes after the parts; dates
are typed dd/mm/yyyy in an English browser too."""

import re

import pytest
from playwright.sync_api import expect

from documents.tests.conftest import sample_text
from reporting.models import SubmissionStatus
from reporting.tests.builders import make_submission, workflow_period
from units.models import Unit

pytestmark = pytest.mark.browser

DIRECTION = ("Ban Biên tập Báo Sóc Trăng ban hành Kế hoạch số 12/KH-BST ngày 20/5/2024 triển "
             "khai Kế hoạch 81/KH-UBND; phân công phóng viên phụ trách chuyên mục.")


def _unit(code: str) -> Unit:
    return Unit.objects.get(code=code)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_report_with_empty_parts_asks_before_it_is_sent(
        live_server, transactional_db, province, new_page, log_in, width: int) -> None:
    draft = make_submission(workflow_period(_unit), _unit("ST-BAO"), texts={1: DIRECTION})
    page = new_page(viewport={"width": width, "height": 844})
    log_in(page, "baosoctrang")
    page.goto(live_server.url + draft.get_absolute_url())
    send = page.get_by_role("button", name="Gửi báo cáo")
    last_part = page.get_by_role("textbox", name=re.compile("Đề xuất, kiến nghị"))
    assert send.bounding_box()["y"] > last_part.bounding_box()["y"]  # after the parts
    send.click()

    expect(page.get_by_role("heading", name="Báo cáo còn phần chưa viết")).to_be_visible()
    parts = page.locator(".empty-parts li")
    expect(parts).to_have_count(4)
    expect(parts.first).to_have_text("II. Kết quả thực hiện")
    expect(parts.last).to_have_text("V. Đề xuất, kiến nghị")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_role("link", name="Quay lại viết").click()
    expect(page).to_have_url(re.compile(re.escape(draft.get_absolute_url()) + "#section-"))
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT

    page.get_by_role("button", name="Gửi báo cáo").click()
    page.get_by_role("button", name="Vẫn gửi").click()
    expect(page.locator(".lock-reason")).to_contain_text("chờ duyệt")
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.SUBMITTED


@pytest.mark.parametrize("width", [1280, 390])
def test_dates_are_typed_day_first_in_an_english_browser(
        live_server, transactional_db, province, new_page, log_in, width: int) -> None:
    page = new_page(locale="en-US", viewport={"width": width, "height": 844})
    log_in(page, "baosoctrang")
    page.goto(f"{live_server.url}/records/products/new/")
    day = page.get_by_label("Ngày đăng, phát")
    expect(day).to_have_attribute("type", "text")
    expect(day).to_have_attribute("placeholder", "dd/mm/yyyy")
    expect(day).to_have_attribute("inputmode", "numeric")
    day.fill("05/06/2024")
    assert page.evaluate("el => el.checkValidity()", day.element_handle())
    day.fill("2024-06-05")  # what a pasted ISO date or an older test types
    assert page.evaluate("el => el.checkValidity()", day.element_handle())
    day.fill("5 tháng 6")
    assert not page.evaluate("el => el.checkValidity()", day.element_handle())


@pytest.mark.parametrize("width", [1280, 390])
def test_the_import_reviews_unit_choices_show_whole_names(
        live_server, transactional_db, province, new_page, log_in, width: int) -> None:
    page = new_page(viewport={"width": width, "height": 844})
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/plans/")
    page.get_by_role("link", name="Nhập từ văn bản").click()
    page.get_by_label("Tệp văn bản kế hoạch").set_input_files(files=[{
        "name": "ke-hoach-81.txt", "mimeType": "text/plain", "buffer": sample_text()}])
    page.get_by_role("button", name="Tải lên và đọc").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Xem lại trước khi nhập")
    dic = page.get_by_label("Sở Thông tin và Truyền thông", exact=True)
    expect(dic).to_have_value(str(_unit("ST-STTTT").pk))
    shown = dic.evaluate("el => el.options[el.selectedIndex].text")
    assert shown == "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"
    box = dic.bounding_box()
    assert box is not None and box["width"] >= 240  # not the 120 px that cut names off
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
