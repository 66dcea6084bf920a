"""Finding things: the header's search, the lists' sortable headers and their exports."""

import re

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_search_from_the_header_to_the_filtered_list(
    live_server, transactional_db, province, new_page, log_in
) -> None:
    page = new_page()
    log_in(page, "lanhdao")
    page.get_by_role("searchbox", name=re.compile("Tìm kế hoạch")).fill("tap huan")
    page.get_by_role("button", name="Tìm", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/search/\?q=tap\+huan"))
    tasks = page.locator("#kind-tasks")
    expect(tasks.get_by_role("heading", level=2)).to_contain_text("Nhiệm vụ")
    expect(tasks.get_by_role("link", name=re.compile(r"^II\.2\. Tập huấn"))).to_be_visible()
    tasks.get_by_role("link", name=re.compile("Xem tất cả")).click()
    expect(page).to_have_url(re.compile(r"/plans/tasks/\?q=tap\+huan"))
    expect(page.locator("#task-results tbody tr td:first-child")).to_contain_text(["II.2"])


def test_headers_sort_and_the_export_keeps_the_filters(
    live_server, transactional_db, province, new_page, log_in, tmp_path
) -> None:
    page = new_page()
    log_in(page, "lanhdao")
    page.goto(f"{live_server.url}/plans/tasks/?q=truyen+thong")
    page.get_by_role("link", name="Mã", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=truyen\+thong&sort=code"))
    header = page.get_by_role("columnheader", name=re.compile("^Mã"))
    expect(header).to_have_attribute("aria-sort", "ascending")
    page.get_by_role("link", name=re.compile("^Mã")).click()
    expect(page).to_have_url(re.compile(r"sort=-code"))
    expect(header).to_have_attribute("aria-sort", "descending")
    shown = page.locator("#task-results tbody tr td:first-child").all_inner_texts()
    with page.expect_download() as download:
        page.get_by_role("link", name="Excel (.xlsx)").click()
    path = tmp_path / "nhiem-vu.xlsx"
    download.value.save_as(path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert [row[1] for row in rows[1:]] == shown


def test_the_results_fit_a_phone(
    live_server, transactional_db, province, new_page, log_in
) -> None:
    page = new_page(viewport={"width": 390, "height": 844})
    log_in(page, "baosoctrang")
    page.goto(f"{live_server.url}/search/?q=quyen+con+nguoi")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tìm kiếm")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
