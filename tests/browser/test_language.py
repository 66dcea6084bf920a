"""The language switch in the header turns the pages into English."""

import re

import pytest
from playwright.sync_api import Page, expect

from plans.models import Plan

pytestmark = pytest.mark.browser


def test_language_switch_to_english(
    live_server, transactional_db, province, page: Page, log_in
) -> None:
    log_in(page, "dieuphoi")
    plan_url = f"{live_server.url}{Plan.objects.get(number='81').get_absolute_url()}"
    page.goto(plan_url)
    expect(page.get_by_role("heading", name="Chỉ tiêu", exact=True)).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "vi")

    page.get_by_label("Ngôn ngữ").select_option(label="EN")

    expect(page).to_have_url(plan_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # The English headings: "Targets" and "Tasks" (or the singular, which the catalogue
    # shares with the table columns).
    expect(page.get_by_role("heading", name=re.compile(r"^Targets?$"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Tasks?$"))).to_be_visible()
    expect(page.get_by_role("heading", name="Chỉ tiêu", exact=True)).to_have_count(0)
    # The plan itself is data, and stays as written.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Triển khai Đề án")

    # The choice is kept on the next page.
    page.goto(f"{live_server.url}/plans/tasks/")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Tasks?$"))
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
