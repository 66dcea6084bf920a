"""A coordinator's day: the plan, the task list filtered by unit, a status change."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

# The filter label as Django writes it, "Đơn vị:", and not "Đơn vị chủ trì".
UNIT_LABEL = re.compile(r"^Đơn vị:?$")

# The unit picker says when a unit ended: the Department merged on 1 March 2025.
DIC = "Sở Thông tin và Truyền thông tỉnh Sóc Trăng (đến 28/02/2025)"


def test_coordinator_plan_filter_and_status(
    live_server, transactional_db, province, page: Page, log_in, screenshot
) -> None:
    log_in(page, "dieuphoi")
    mainnav = page.get_by_role("navigation", name="Điều hướng chính")

    # The plans list, then plan 81/KH-UBND with its five tasks and its target.
    mainnav.get_by_role("link", name="Kế hoạch", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kế hoạch")
    page.get_by_role("link", name="81/KH-UBND", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Triển khai Đề án truyền thông về quyền con người ở Việt Nam "
        "trên địa bàn tỉnh Sóc Trăng năm 2024"
    )
    expect(page.get_by_text("Kế hoạch số 81/KH-UBND")).to_be_visible()
    expect(page.get_by_role("heading", name="Chỉ tiêu", exact=True)).to_be_visible()
    expect(page.locator("#targets tbody td.num")).to_have_text(["70 đại biểu"])
    expect(page.locator("#targets tbody")).to_contain_text(
        "70 đại biểu là lực lượng trực tiếp tham gia công tác thông tin đối ngoại"
    )
    expect(page.get_by_role("heading", name="Nhiệm vụ", exact=True)).to_be_visible()
    expect(page.locator("#tasks tbody tr td:first-child")).to_have_text(
        ["II.1", "II.2", "II.3.a", "II.3.b", "II.3.c"]
    )
    expect(page.get_by_role("link", name="Sản xuất, đăng phát các sản phẩm truyền thông")
           ).to_be_visible()
    screenshot(page, "plan-page.png")

    # The task list, filtered by a unit without reloading the page (htmx).
    mainnav.get_by_role("link", name="Nhiệm vụ", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhiệm vụ")
    expect(page.locator("#task-results tbody tr")).to_have_count(5)
    page.evaluate("window.__marker = 1")
    page.get_by_label(UNIT_LABEL).select_option(label=DIC)
    expect(page).to_have_url(re.compile(r"[?&]unit=\d+"))
    results = page.locator("#task-results")
    expect(results.locator("tbody tr td:first-child")).to_have_text(
        ["II.1", "II.2", "II.3.b", "II.3.c"]
    )
    expect(results).to_contain_text("4 nhiệm vụ")
    expect(results.get_by_role("cell", name="II.3.a", exact=True)).to_have_count(0)
    assert page.evaluate("window.__marker") == 1, "the filter reloaded the whole page"
    expect(page.get_by_label(UNIT_LABEL).locator("option:checked")).to_have_text(DIC)

    # Task II.2: 40% recorded moves it from "Chưa bắt đầu" to "Đang thực hiện", and the
    # change of status is in the history.
    results.get_by_role("link", name="Tập huấn, bồi dưỡng kiến thức").click()
    expect(page.get_by_text("Nhiệm vụ II.2", exact=True)).to_be_visible()
    facts = page.locator("dl.facts")
    expect(facts.locator(".status")).to_have_text("Chưa bắt đầu")
    progress_form = page.locator("form.progress-form")
    progress_form.get_by_label("Tiến độ (%)").fill("40")
    progress_form.get_by_role("button", name="Ghi nhận tiến độ").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Đã ghi nhận tiến độ nhiệm vụ II.2: 40%. Trạng thái nhiệm vụ: Đang thực hiện.")
    expect(facts.locator(".status")).to_have_text("Đang thực hiện")

    history = page.locator("#history")
    expect(history.get_by_role("heading", name="Lịch sử thay đổi")).to_be_visible()
    change = history.locator("li", has_text="Trần Thị Bình").locator(
        "table.changes tbody tr", has_text="Đang thực hiện"
    )
    expect(change.locator("td")).to_have_text(
        [re.compile("trạng thái", re.IGNORECASE), "Chưa bắt đầu", "Đang thực hiện"]
    )
    expect(change).to_be_visible()
