"""The plan page on a 360 px phone: no sideways scrolling, the tasks readable."""

import pytest
from playwright.sync_api import expect

from plans.models import Plan

pytestmark = pytest.mark.browser


def test_plan_page_fits_a_phone(
    live_server, transactional_db, province, new_page, log_in, screenshot
) -> None:
    page = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    log_in(page, "lanhdao")
    plan = Plan.objects.get(number="81")
    page.goto(f"{live_server.url}{plan.get_absolute_url()}")

    expect(page.get_by_role("heading", name="Nhiệm vụ", exact=True)).to_be_visible()
    title = page.get_by_role("link", name="Sản xuất, đăng phát các sản phẩm truyền thông")
    expect(title).to_be_visible()
    expect(page.locator("#tasks tbody tr")).to_have_count(5)

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page scrolls sideways: {width}px wide"
    for element in (title, page.get_by_role("heading", level=1),
                    page.locator("#targets tbody td").first):
        box = element.bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    screenshot(page, "plan-page-mobile.png")
