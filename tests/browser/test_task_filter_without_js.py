"""The task filter is a plain GET form: it works with JavaScript off."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# The filter label as Django writes it, "Đơn vị:", and not "Đơn vị chủ trì".
UNIT_LABEL = re.compile(r"^Đơn vị:?$")
# The unit picker says when a unit ended: the Department merged on 1 March 2025.
DEPARTMENT = "Sở Thông tin và Truyền thông tỉnh Sóc Trăng (đến 28/02/2025)"


def test_unit_filter_without_javascript(
    live_server, transactional_db, province, new_page, log_in
) -> None:
    page = new_page(java_script_enabled=False)
    log_in(page, "lanhdao")
    page.goto(f"{live_server.url}/plans/tasks/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhiệm vụ")
    expect(page.locator("#task-results tbody tr")).to_have_count(5)

    page.get_by_label(UNIT_LABEL).select_option(label=DEPARTMENT)
    # Nothing happens on change without JavaScript: the list is still complete.
    expect(page.locator("#task-results tbody tr")).to_have_count(5)
    page.get_by_role("button", name="Lọc", exact=True).click()

    expect(page).to_have_url(re.compile(r"/plans/tasks/\?.*unit=\d+"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhiệm vụ")
    results = page.locator("#task-results")
    expect(results).to_contain_text("4 nhiệm vụ")
    expect(results.locator("tbody tr td:first-child")).to_have_text(
        ["II.1", "II.2", "II.3.b", "II.3.c"]
    )
    expect(page.get_by_label(UNIT_LABEL).locator("option:checked")).to_have_text(DEPARTMENT)
