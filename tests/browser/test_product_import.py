"""A unit reporter imports products from Excel: two bad rows are shown, the rest imported."""

import pytest
from playwright.sync_api import Page, expect

from accounts.models import User
from records.models import Product
from records.tests.builders import FIVE_ROWS, filled

pytestmark = pytest.mark.browser


def test_reporter_imports_the_good_rows_of_an_excel_file(
    live_server, transactional_db, province, page: Page, log_in, tmp_path
) -> None:
    reporter = User.objects.get(username="baosoctrang")
    workbook = tmp_path / "san-pham-bao-soc-trang.xlsx"
    workbook.write_bytes(filled(reporter, FIVE_ROWS))

    log_in(page, "baosoctrang")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Sản phẩm", exact=True).click()
    page.get_by_role("link", name="Nhập từ Excel").click()
    page.get_by_label("Tệp Excel (.xlsx)").set_input_files(str(workbook))
    page.get_by_role("button", name="Tải lên và kiểm tra").click()

    errors = page.locator("#import-errors")
    expect(errors.locator("#row-4")).to_contain_text("Báo giấy")
    expect(errors.locator("#row-5")).to_contain_text("31/02/2024")
    page.get_by_role("button", name="Nhập 3 sản phẩm").click()
    expect(page.get_by_text("Đã nhập 3 sản phẩm; bỏ qua 0 dòng đã có.")).to_be_visible()
    assert Product.objects.filter(unit__code="ST-BAO").count() == 3
