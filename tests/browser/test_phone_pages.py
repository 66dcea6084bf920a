"""Every page of the app, as the role that uses it, on a 390 px phone and a 1280 px screen.

At 390 px no page may scroll sideways; no page's HTML weighs over 100 KB compressed; at
both widths axe-core (the npm package, vendored
under tests/browser/vendor/axe-core with its licence) finds no violation of any impact.
The pages are the GET pages of the access matrix (tests/test_access_matrix.py RULES); each
page opens with the demo's objects, as the role of PAGES. A GET page of the matrix that is
neither here nor in NOT_PAGES fails the test, so a new page is checked from its first day.
"""

import gzip
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from playwright.sync_api import Page, expect

from accounts.models import User
from accounts.people_import import people_import_start
from accounts.tests.builders import people_workbook
from demo.reports import demo_period
from demo.services import demo_load_records
from documents.services import ingestion_start
from documents.tests.conftest import sample_text
from guidance.models import Guidance
from guides.topics import TOPICS
from indicators.services import entered_value_create, indicator_create
from plans.models import Plan
from plans.services import target_create
from records.import_services import import_start
from records.models import Activity, Product, Topic
from records.tests.builders import FIVE_ROWS, filled
from reporting.models import ReportForm, Submission, SubmissionStatus
from reporting.services.consolidated import consolidated_build
from reporting.services.drafts import submission_open
from reporting.tests.builders import open_period
from tests.test_access_matrix import RULES
from units.models import Unit

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
MAX_WEIGHT = 100 * 1024  # each page's HTML, gzip-compressed as the server sends it
DESKTOP = {"width": 1280, "height": 900}

# Addresses of the matrix that are no page to look at, and why.
NOT_PAGES = {
    "set_language": "a redirect after choosing a language",
    "password_change_done": "a sentence after the password form, shown by the password test",
    "password_reset_done": "a sentence after the reset form",
    "password_reset_confirm": "needs a fresh e-mailed link",
    "invitation_accept": "needs a fresh e-mailed link",
    "two_factor_verify": "asked only in the middle of a two-step log-in",
    "people_template": "an .xlsx file",
    "units:pick": "a fragment for the unit pickers' search",
    "records:task_options": "a fragment: the lists' task filter for the plan chosen",
    "records:record_tasks": "a fragment: a record form's task checklist for the unit chosen",
    "units:sheet_template": "an .xlsx file",
    "documents:file": "a file",
    "records:product_file": "a file",
    "records:import_template": "an .xlsx file",
    "guidance:coverage_xlsx": "an .xlsx file",
    "guidance:qr_png": "an image",
    "guidance:qr_svg": "an image",
    "indicators:export": "an .xlsx file",
    "api:token_revoke": "needs a token; the tokens page is checked",
    "reporting:section_save": "a fragment of the report page",
    "reporting:submission_download": "a .docx file",
    "reporting:rate_xlsx": "an .xlsx file",
    "reporting:consolidated_progress": "a fragment of the consolidated report's page",
    "reporting:consolidated_download": "a .docx file",
    "signing:download": "a PDF file",
    "reporting:calendar": "an .ics calendar file",
    "reporting:calendar_feed": "an .ics calendar file behind a secret address",
}

# Who opens each page, and the object it is about (a key of `objects`); None for none.
Page_ = tuple[str, str | None]
PAGES: dict[str | None, list[Page_]] = {
    None: [("login", None), ("password_reset", None), ("privacy", None),
           ("guidance:public", "guidance_key")],
    "quantri": [
        ("home", None), ("audit", None), ("people", None), ("person_create", None),
        ("person_detail", "person"), ("people_upload", None), ("units:create", None),
        ("units:edit", "unit"), ("units:catalogue", None), ("units:catalogue_report", None),
        ("units:sheet", None), ("units:bodies", "committee"), ("reporting:forms", None),
        ("reporting:form_edit", "form"),
        ("signing:roots", None), ("password_change", None), ("two_factor_setup", None)],
    "dieuphoi": [
        ("home", None), ("plans:list", None), ("plans:create", None), ("plans:detail", "plan"),
        ("plans:edit", "plan"), ("plans:target_create", "plan"),
        ("plans:target_edit", "plan_target"), ("plans:task_create", "plan"),
        ("plans:task_list", None), ("plans:task_detail", "task"), ("plans:task_edit", "task"),
        ("plans:tasks_attention", None), ("documents:import", None),
        ("records:product_list", None), ("records:product_create", None),
        ("records:product_detail", "product"), ("records:product_edit", "product"),
        ("records:product_delete", "product"), ("records:activity_list", None),
        ("records:activity_create", None), ("records:activity_detail", "activity"),
        ("records:activity_edit", "activity"), ("records:activity_delete", "activity"),
        ("records:topic_list", None), ("records:topic_create", None),
        ("records:topic_edit", "topic"), ("records:import_upload", None),
        ("guidance:list", None), ("guidance:create", None), ("guidance:detail", "guidance"),
        ("guidance:edit", "guidance"), ("indicators:dashboard", "plan"),
        ("indicators:edit", "target"), ("indicators:values", "indicator"),
        ("indicators:value_edit", "entered_value"), ("units:list", None),
        ("units:detail", "unit"), ("reporting:periods", None),
        ("reporting:period_create", None), ("reporting:periods_generate", None),
        ("reporting:period", "period"), ("reporting:period_edit", "period"),
        ("reporting:submission", "sent"), ("reporting:rate", "period"),
        ("reporting:consolidated", "period"), ("reporting:consolidated_edit", "period"),
        ("reporting:notices", None), ("api:tokens", None), ("profile", None),
        ("documents:ingestion", "ingestion"), ("documents:detail", "document"),
        ("people_import_preview", "people_import"), ("search:results", None),
        ("help:index", None), ("help:topic", "guide")],
    "baosoctrang": [
        ("home", None), ("records:product_list", None), ("reporting:periods", None),
        ("reporting:submission", "approved"), ("reporting:period", "quarter"),
        ("reporting:submission", "draft"), ("records:import_preview", "import")],
    "lanhdao": [("home", None), ("indicators:dashboard", "plan"), ("help:index", None)],
}


def objects() -> dict[str, list[Any]]:
    """The demo's objects each page is about, as the page's positional arguments."""
    plan = Plan.objects.get(number="81")
    target = plan.targets.order_by("pk").first()
    task = plan.tasks.order_by("pk").first()
    period = demo_period()
    assert target is not None and task is not None and period is not None
    consolidated_build(user=User.objects.get(username="dieuphoi"), period=period)
    guidance = Guidance.objects.filter(published_at__isnull=False).order_by("pk").first()
    approved = Submission.objects.filter(
        period=period, unit__code="ST-BAO", status=SubmissionStatus.APPROVED).first()
    sent = Submission.objects.filter(period=period, status=SubmissionStatus.SUBMITTED).first()
    coordinator = User.objects.get(username="dieuphoi")
    indicator = indicator_create(
        user=coordinator, name="Số cán bộ được tập huấn", method="entered",
        target=target_create(plan=plan, text="70% cán bộ chủ chốt được tập huấn",
                             value=Decimal(70), unit_of_measure="%"))
    entered = entered_value_create(
        user=coordinator, indicator=indicator, unit=Unit.objects.get(code="ST-BAO"),
        period_start=date(2024, 1, 1), period_end=date(2024, 6, 30), numerator=Decimal(35))
    found = {
        "plan": plan, "task": task, "target": target, "period": period,
        "product": Product.objects.filter(unit__code="ST-BAO").order_by("pk").first(),
        "activity": Activity.objects.order_by("pk").first(),
        "topic": Topic.objects.order_by("pk").first(), "guidance": guidance,
        "unit": Unit.objects.get(code="ST-BAO"), "person": User.objects.get(username="sotttt"),
        "form": ReportForm.objects.order_by("pk").first(), "approved": approved, "sent": sent,
        "indicator": indicator, "entered_value": entered}
    found.update(waiting(coordinator))
    missing = [name for name, value in found.items() if value is None]
    assert not missing, f"the demo has no {missing}"
    args: dict[str, list[Any]] = {name: [value.pk] for name, value in found.items()}
    args["plan_target"] = [plan.pk, target.pk]
    args["guidance_key"] = [guidance.public_key]  # type: ignore[union-attr]
    args["guide"] = [TOPICS[0].slug]
    return args


def waiting(coordinator: User) -> dict[str, Any]:
    """What waits for someone: a reporter's draft, a plan read and a sheet of products and
    a list of people uploaded, not yet confirmed; a committee whose bodies can be listed."""
    reporter = User.objects.get(username="baosoctrang")
    bao = Unit.objects.get(code="ST-BAO")
    quarter = open_period("quarterly", 2024, 3, units=["ST-BAO", "ST-STTTT"])
    ingestion = ingestion_start(user=coordinator, upload=SimpleUploadedFile(
        "ke-hoach.txt", sample_text()))
    committee = Unit.objects.get(code="CT")
    Unit.objects.filter(pk=committee.pk).update(official_code="92")
    return {
        "quarter": quarter, "committee": committee,
        "draft": submission_open(user=reporter, period=quarter, unit=bao),
        "ingestion": ingestion, "document": ingestion.document,
        "import": import_start(user=reporter, upload=SimpleUploadedFile(
            "san-pham.xlsx", filled(reporter, FIVE_ROWS))),
        "people_import": people_import_start(user=coordinator, upload=SimpleUploadedFile(
            "nguoi-dung.xlsx", people_workbook(coordinator, [
                ("Lâm Quốc Việt", "viet.lq@soctrang.gov.vn", "", bao.name, "Người xem")])))}


def matrix_pages() -> set[str]:
    """The GET pages of the access matrix: every address a browser opens."""
    return {name for name, rule in RULES.items()
            if rule.get is not None and not rule.api and "GET" in rule.methods}


def test_every_page_is_listed_or_excused() -> None:
    listed = {name for pages in PAGES.values() for name, _on in pages}
    assert not (listed & set(NOT_PAGES))
    assert matrix_pages() - listed - set(NOT_PAGES) == set(), "pages this test never opens"
    assert listed - matrix_pages() == set(), "pages that are no longer in the matrix"


def axe(page: Page) -> list[str]:
    """axe-core's violations on the page as it is, one line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']}))"
                          ".violations.map(v => [v.id, v.impact, v.nodes.length,"
                          " v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')])")
    return [f"{rule} ({impact}, {count}×): {where}" for rule, impact, count, where in found]


def check(page: Page, url: str) -> list[str]:
    """What is wrong with one page: its status, sideways scrolling at 390 px, axe at both."""
    problems = []
    page.set_viewport_size(PHONE)
    response = page.goto(url)
    if response is None or response.status >= 400:
        return [f"answers {response.status if response else 'nothing'}"]
    weight = len(gzip.compress(response.body()))
    if weight > MAX_WEIGHT:
        problems.append(f"weighs {weight / 1024:.0f} KB compressed (at most 100 KB)")
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        wide = page.evaluate(
            "() => [...document.querySelectorAll('main *')].filter(e => "
            "e.getBoundingClientRect().right > 391).slice(-3).map(e => e.tagName + '.' + "
            "e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))")
        problems.append(f"scrolls sideways at 390 px: {width} px wide ({wide})")
    problems += [f"390 px: {line}" for line in axe(page)]
    page.set_viewport_size(DESKTOP)
    problems += [f"1280 px: {line}" for line in axe(page)]
    return problems


def test_every_page_fits_a_phone_and_passes_axe(
    live_server: Any, transactional_db: None, province: None,
    new_page: Callable[..., Page], log_in: Callable[..., None],
) -> None:
    started = time.monotonic()
    demo_load_records()
    args = objects()
    print(f"objects in {time.monotonic() - started:.1f} s")
    failures = []
    for username, pages in PAGES.items():
        page = new_page(viewport=PHONE)
        if username:
            log_in(page, username)
        for name, on in pages:
            url = live_server.url + reverse(name, args=args[on] if on else [])
            failures += [f"{username or 'anonymous'} {name} {url}: {problem}"
                         for problem in check(page, url)]
    print(f"{sum(map(len, PAGES.values()))} pages in {time.monotonic() - started:.1f} s")
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures)


def test_a_phone_folds_the_menu_and_the_filters_without_javascript(
    live_server: Any, transactional_db: None, province: None,
    new_page: Callable[..., Page], log_in: Callable[..., None],
) -> None:
    demo_load_records()
    page = new_page(viewport=PHONE, java_script_enabled=False)
    log_in(page, "baosoctrang")
    page.goto(f"{live_server.url}/records/products/?kind=article&date_from=2024-01-01")

    # The header is one line: the name and one Menu button, which opens the links.
    header = page.get_by_role("banner")
    menu = header.locator("summary", has_text="Menu")
    products = header.get_by_role("link", name="Sản phẩm", exact=True)
    expect(menu).to_be_visible()
    expect(products).to_be_hidden()
    box = header.bounding_box()
    assert box is not None and box["height"] < 60, box
    menu.click()
    expect(products).to_be_visible()
    expect(header.get_by_role("button", name="Đăng xuất")).to_be_visible()

    # The filters wait behind one button; the active ones are chips, each one removable.
    kind = page.locator("#id_kind")
    expect(kind).to_be_hidden()
    chips = page.get_by_role("list", name="Đang lọc theo")
    expect(chips.get_by_role("listitem")).to_have_text(["Loại: Bài ×", "Từ ngày: 01/01/2024 ×"])
    page.locator("summary", has_text="Bộ lọc (2)").click()
    expect(kind).to_be_visible()
    chips.get_by_role("link", name="Bỏ lọc Loại").click()
    expect(chips.get_by_role("listitem")).to_have_text(["Từ ngày: 01/01/2024 ×"])
    assert "kind=&" in page.url or page.url.endswith("kind=")
    expect(page.locator("#id_kind")).to_have_value("")

    # A desktop sees the menu's links and the filters as before, and neither button.
    page.set_viewport_size(DESKTOP)
    expect(products).to_be_visible()
    expect(menu).to_be_hidden()
    expect(kind).to_be_visible()
    expect(page.locator("summary", has_text="Bộ lọc")).to_be_hidden()


def test_the_dashboards_charts_keep_their_figures_on_a_phone(
    live_server: Any, transactional_db: None, province: None,
    new_page: Callable[..., Page], log_in: Callable[..., None],
) -> None:
    demo_load_records()
    page = new_page(viewport=PHONE)
    log_in(page, "lanhdao")
    page.goto(live_server.url + reverse("indicators:dashboard", args=[Plan.objects.get(
        number="81").pk]))
    chart = page.locator("#months .chart-phone svg")
    expect(chart).to_be_visible()
    expect(page.locator("#months .chart-wide svg")).to_be_hidden()
    box = chart.bounding_box()
    assert box is not None and box["width"] <= 390
    # Every month has its line, its label and its figure, at least 10 px high on screen.
    labels = chart.locator("text")
    expect(labels.filter(has_text="06/2024")).to_be_visible()
    sizes = labels.evaluate_all("texts => texts.map(t => t.getBoundingClientRect().height)")
    assert len(sizes) >= 24 and min(sizes) >= 10, sizes
    page.set_viewport_size(DESKTOP)
    expect(page.locator("#months .chart-wide svg")).to_be_visible()
    expect(chart).to_be_hidden()
