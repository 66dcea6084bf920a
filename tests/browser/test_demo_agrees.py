"""The demo agrees with itself in the browser: the newspaper's approved six-month report and
the plan's dashboard over the same window give the same number of products.

demo/tests/test_agrees.py checks every figure; this follows what a coordinator sees, at a
desk and on a phone.
"""

import pytest
from playwright.sync_api import Page, expect

from demo.reports import demo_period
from demo.services import demo_load_records
from records.models import Product

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def test_the_newspapers_report_and_the_dashboard_count_the_same_products(
    live_server, transactional_db, province, new_page, log_in
) -> None:
    demo_load_records()
    period = demo_period()
    assert period is not None and period.plan is not None
    report = period.submissions.get(unit__code="ST-BAO")
    in_window = Product.objects.filter(published_on__range=(period.first_day, period.last_day))
    counted, everyone = in_window.filter(unit__code="ST-BAO").count(), in_window.count()
    window = (f"?start={period.first_day.isoformat()}&end={period.last_day.isoformat()}"
              "&structure=period")
    for viewport in ({"width": 1280, "height": 900}, PHONE):
        page: Page = new_page(viewport=viewport)
        log_in(page, "dieuphoi")
        page.goto(f"{live_server.url}/reporting/submissions/{report.pk}/")
        expect(page.locator(".report-section").nth(1)).to_contain_text(
            f"Báo đăng {counted} tin, bài")
        kinds = page.locator(".figure-table").filter(has=page.locator("#figure-products_by_kind"))
        expect(kinds.locator("tfoot td").first).to_have_text(str(counted))

        # The period's page leads to the plan's dashboard over the period's window.
        page.goto(f"{live_server.url}/reporting/periods/{period.pk}/")
        page.get_by_role("link", name="Số liệu của kế hoạch trong thời gian của kỳ").click()
        expect(page).to_have_url(f"{live_server.url}/indicators/plan/{period.plan.pk}/{window}")
        # Every product of the window is for a task of the plan: the dashboard counts them all.
        expect(page.locator("#months h2 .count")).to_have_text(str(everyone))
        page.locator("#units summary").click()
        row = page.locator("#units tbody tr").filter(
            has=page.get_by_role("rowheader", name="Báo Sóc Trăng", exact=True))
        expect(row.locator("td.num")).to_have_text(str(counted))
