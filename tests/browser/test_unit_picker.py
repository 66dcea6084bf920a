"""Unit pickers in a real browser: the live search, and the period form's units refresh."""

import pytest
from playwright.sync_api import expect

from records.models import Product

pytestmark = pytest.mark.browser


def test_the_period_form_refreshes_its_units_when_the_year_changes(
    live_server, transactional_db, province, page, log_in
) -> None:
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/reporting/periods/new/")
    units = page.locator("#period-units")
    # A 2026 period opens with today's units of the 2024 plan, not an empty list.
    expect(units.get_by_label("Báo và Phát thanh, Truyền hình Cần Thơ")).to_be_checked()
    page.get_by_label("Văn bản yêu cầu").fill("Công văn số 45/UBND-VX ngày 02/6/2024")
    page.locator("#id_year").fill("2024")
    page.locator("#id_year").press("Tab")
    expect(page.locator("#period-window")).to_contain_text("từ 15/12/2023 đến 14/06/2024")
    expect(units.get_by_label("Báo Sóc Trăng", exact=True)).to_be_checked()
    expect(units.get_by_label("Báo và Phát thanh, Truyền hình Cần Thơ")).to_have_count(0)
    # What was typed elsewhere stays.
    expect(page.get_by_label("Văn bản yêu cầu")).to_have_value(
        "Công văn số 45/UBND-VX ngày 02/6/2024")
    units.get_by_label("Báo Sóc Trăng", exact=True).uncheck()
    page.locator("#id_year").fill("2026")
    page.locator("#id_year").press("Tab")
    expect(page.locator("#period-window")).to_contain_text("từ 15/12/2025 đến 14/06/2026")
    # The radio-TV station ticked in 2024 is carried on by the merged Cần Thơ station.
    expect(units.get_by_label("Báo và Phát thanh, Truyền hình Cần Thơ")).to_be_checked()
    expect(units.get_by_label("Hội Liên hiệp Phụ nữ thành phố Cần Thơ")).to_be_checked()


def test_the_product_form_searches_units_as_one_types(
    live_server, transactional_db, province, page, log_in, settings
) -> None:
    settings.UNIT_PICKER_LIST_ALL = 3  # as at national scale: no list is shown whole
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/records/products/new/")
    expect(page.locator("main").get_by_role("button", name="Tìm", exact=True)).to_have_count(0)
    page.get_by_label("Tên sản phẩm").fill("Cần Thơ bảo đảm quyền tiếp cận thông tin")
    page.get_by_label("Ngày đăng, phát").fill("2026-11-20")
    search = page.get_by_placeholder("Tìm đơn vị khác: gõ tên, không cần dấu")
    search.press_sequentially("bao can tho", delay=30)
    found = page.locator("#id_unit_found option")
    expect(found).to_have_text(["Báo và Phát thanh, Truyền hình Cần Thơ"])
    page.locator("#id_unit").select_option(label="Báo và Phát thanh, Truyền hình Cần Thơ")
    # A second search keeps the first choice.
    search.fill("")
    search.press_sequentially("phu nu", delay=30)
    expect(found).to_have_text(["Hội Liên hiệp Phụ nữ thành phố Cần Thơ"])
    expect(page.locator("#id_unit option:checked")).to_have_text(
        "Báo và Phát thanh, Truyền hình Cần Thơ")
    page.locator("#id_kind").select_option("article")
    page.locator("#id_channel").select_option("online")
    page.get_by_label("Tiếng Việt").check()
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu sản phẩm")).to_be_visible()
    assert Product.objects.get().unit.code == "CT-BPTTH"


def test_without_javascript_tim_finds_a_unit_and_the_form_keeps_what_was_typed(
    live_server, transactional_db, province, new_page, log_in, settings
) -> None:
    settings.UNIT_PICKER_LIST_ALL = 3
    page = new_page(java_script_enabled=False)
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/records/activities/new/")
    page.get_by_label("Tên hoạt động").fill("Tọa đàm quyền của người cao tuổi năm 2026")
    page.locator("#id_kind").select_option("seminar")
    page.get_by_label("Từ ngày").fill("2026-10-01")
    page.get_by_placeholder("Tìm đơn vị khác: gõ tên, không cần dấu").fill("nguoi cao tuoi")
    page.locator("main").get_by_role("button", name="Tìm", exact=True).click()
    # The form comes back unsaved, with what was typed and the units found.
    expect(page.get_by_label("Tên hoạt động")).to_have_value(
        "Tọa đàm quyền của người cao tuổi năm 2026")
    expect(page.locator("#id_unit_found option")).to_have_text(
        ["Hội Người cao tuổi thành phố Cần Thơ"])
    page.locator("#id_unit").select_option(label="Hội Người cao tuổi thành phố Cần Thơ")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu hoạt động")).to_be_visible()
