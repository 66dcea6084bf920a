"""The product list's plan filter in a real browser: htmx swaps in the plan's tasks, and the
same works with JavaScript off through the "Lọc" button."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PLAN = "81/KH-UBND · Triển khai Đề án truyền thông về quyền con người…"
TASK = "81/KH-UBND · II.1. Sản xuất, đăng phát các sản phẩm truyền thông"
HINT = "— Chọn kế hoạch trước —"


@pytest.fixture
def articles(product) -> None:
    product("ST-BAO", "Chùa Khmer, nơi lưu giữ văn hóa của đồng bào", ["km"], date(2024, 6, 18))
    product("ST-BAO", "Tin ngắn về lễ hội Oóc Om Bóc", ["vi"], date(2024, 11, 14), task=None)


def test_choosing_a_plan_offers_its_tasks_without_reloading(
    live_server, transactional_db, province, articles, page, log_in
) -> None:
    log_in(page, "lanhdao")  # no unit, so no plan of their own: the tasks wait for a plan
    page.goto(f"{live_server.url}/records/products/")
    expect(page.locator("#id_task option")).to_have_text([HINT])
    page.evaluate("window.__marker = 1")
    page.locator("#id_plan").select_option(label=PLAN)
    expect(page.locator("#id_task option")).to_have_count(6)
    expect(page.locator("#product-results")).to_contain_text("1 sản phẩm")
    expect(page.locator("#filter-count")).to_have_text(" (1)")  # the phone's filter button
    page.locator("#id_task").select_option(label=TASK)
    expect(page).to_have_url(re.compile(r"task=\d+"))
    expect(page.locator("#filter-count")).to_have_text(" (2)")
    expect(page.locator("#product-results")).to_contain_text("Chùa Khmer")
    assert page.evaluate("window.__marker") == 1


def test_without_javascript_lọc_offers_the_plans_tasks(
    live_server, transactional_db, province, articles, new_page, log_in
) -> None:
    page = new_page(java_script_enabled=False)
    log_in(page, "lanhdao")
    page.goto(f"{live_server.url}/records/products/")
    page.locator("#id_plan").select_option(label=PLAN)
    expect(page.locator("#id_task option")).to_have_text([HINT])  # nothing happens on change
    page.get_by_role("button", name="Lọc", exact=True).click()
    expect(page).to_have_url(re.compile(r"plan=\d+"))
    expect(page.locator("#id_task option")).to_have_count(6)
    expect(page.locator("#product-results")).to_contain_text("1 sản phẩm")
    page.locator("#id_task").select_option(label=TASK)
    page.get_by_role("button", name="Lọc", exact=True).click()
    expect(page.locator("#id_task option:checked")).to_have_text(TASK)


def test_choosing_the_records_unit_offers_its_plans_tasks(
    live_server, transactional_db, province, page, log_in
) -> None:
    from plans.services import plan_create, task_create
    from units.services import unit_create

    committee = unit_create(code="HG", name="Ủy ban nhân dân tỉnh Hậu Giang", kind="province")
    unit_create(code="HG-BAO", name="Báo Hậu Giang", kind="press", parent=committee)
    hau_giang = plan_create(
        doc_type="KH", number="57", symbol="KH-UBND", issuer=committee, place="Hậu Giang",
        issued_on=date(2024, 3, 12), year_start=2024, year_end=2024,
        title="Thông tin, truyền thông về quyền con người trên địa bàn tỉnh Hậu Giang năm 2024")
    task_create(plan=hau_giang, code="1", title="Tuyên truyền trên Báo Hậu Giang")
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/records/products/new/")
    boxes = page.locator("#id_tasks input[type=checkbox]")
    expect(boxes.first).to_be_visible()
    assert page.locator("#id_tasks").get_by_text("57/KH-UBND").count() == 0
    page.get_by_label(TASK).check()
    page.locator("#id_unit").select_option(label="Báo Hậu Giang")
    expect(page.locator("#id_tasks")).to_contain_text(
        "57/KH-UBND · 1. Tuyên truyền trên Báo Hậu Giang")
    expect(page.get_by_label(TASK)).to_be_checked()
