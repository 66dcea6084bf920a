"""An administrator sets up Cần Thơ: its 103 communes from the catalogue, then its bodies,
and finds them in the unit tree, which opens and closes without JavaScript too."""

import pytest
from playwright.sync_api import Page, expect

from units.models import Unit

pytestmark = pytest.mark.browser


def test_administrator_imports_can_tho_and_its_bodies(
    live_server, transactional_db, province, page: Page, log_in, new_page
) -> None:
    log_in(page, "quantri")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Đơn vị", exact=True).click()
    page.get_by_role("link", name="Nhập từ danh mục hành chính").click()
    page.get_by_role("combobox", name="Tỉnh, thành phố").select_option(label="Thành phố Cần Thơ")
    page.get_by_role("button", name="Nhập xã, phường, đặc khu").click()

    totals = page.locator("#import-totals")
    expect(totals).to_contain_text("93 đơn vị tạo mới")
    expect(totals).to_contain_text("10 đơn vị đã có, được gắn mã hành chính")
    committee = Unit.objects.get(official_code="92")
    assert committee.children.exclude(official_code=None).count() == 103

    page.get_by_role("link", name="Thêm các cơ quan cấp tỉnh").first.click()
    page.get_by_role("textbox").and_(page.locator("[value='Báo Cần Thơ']")).fill(
        "Báo và Phát thanh, Truyền hình Cần Thơ")
    page.get_by_label("Tạo Đài Phát thanh và Truyền hình Cần Thơ").uncheck()
    page.get_by_role("button", name="Tạo các cơ quan đã chọn").click()
    expect(page.get_by_text("8 đã có từ trước nên không tạo lại")).to_be_visible()
    assert Unit.objects.filter(name="Sở Tư pháp thành phố Cần Thơ", parent=committee).exists()
    assert not Unit.objects.filter(name="Đài Phát thanh và Truyền hình Cần Thơ").exists()

    # The tree, searched without marks and opened without JavaScript.
    plain = new_page(java_script_enabled=False)
    log_in(plain, "quantri")
    plain.goto(f"{live_server.url}/units/?q=ninh+kieu")
    expect(plain.get_by_role("link", name="Ủy ban nhân dân phường Ninh Kiều")).to_be_visible()
    plain.goto(f"{live_server.url}/units/")
    node = plain.locator("details", has_text="Ủy ban nhân dân thành phố Cần Thơ").first
    child = node.get_by_role("link", name="Sở Tư pháp thành phố Cần Thơ")
    expect(child).to_be_hidden()
    node.locator("summary").click(position={"x": 2, "y": 2})
    expect(child).to_be_visible()
    node.get_by_role("link", name="Xem cả").click()
    expect(plain.get_by_role("navigation", name="Vị trí trong cây đơn vị")).to_contain_text(
        "Ủy ban nhân dân thành phố Cần Thơ")

