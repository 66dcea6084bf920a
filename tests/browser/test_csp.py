"""The Content-Security-Policy holds on the main pages: no violation, no console error, and what
used to be inline (confirm dialogs, the language switch, bars, sums, htmx) still works."""

import re
from collections.abc import Callable
from datetime import date

import pytest
from django.urls import reverse
from playwright.sync_api import Dialog, Page, expect

from plans.models import Plan, Task
from reporting.tests.builders import make_submission, workflow_period

pytestmark = pytest.mark.browser

# Collects violations from the first script on: Playwright's init scripts are not subject to
# the page's policy.
LISTEN = """window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":"
                           + e.lineNumber);
});"""


class Watched:
    """A page whose policy violations and console errors are kept, page after page."""

    def __init__(self, page: Page, base: str) -> None:
        self.page, self.base, self.problems = page, base, []
        page.add_init_script(LISTEN)
        page.on("console", lambda m: self.problems.append(f"console: {m.text} {m.location}")
                if m.type == "error" and not m.location.get("url", "").endswith("/favicon.ico")
                else None)
        page.on("pageerror", lambda e: self.problems.append(f"error: {e}"))

    def visit(self, path: str) -> Page:
        self.check()
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        self.page.wait_for_load_state("networkidle")
        self.check(path)
        return self.page

    def check(self, where: str = "") -> None:
        violations = self.page.evaluate("window.__violations || []")
        assert violations + self.problems == [], where
        self.problems.clear()


@pytest.fixture
def watch(live_server, new_page) -> Callable[[], Watched]:
    return lambda: Watched(new_page(), live_server.url)


@pytest.fixture
def reporting_period(unit, reporter):
    period = workflow_period(unit, codes=("ST-BAO", "ST-STTTT"))
    make_submission(period, unit("ST-BAO"))
    return period


def test_the_main_pages_keep_the_policy(live_server, transactional_db, province, log_in, watch,
                                        plan: Plan, training_target, define, activity,
                                        reporting_period) -> None:
    define(training_target, "participants", activity_kinds=["training"])
    activity("ST-STTTT", "Lớp tập huấn về quyền con người", date(2024, 8, 22),
             {"key_officials": 30})
    task = plan.tasks.get(code="II.1")
    coordinator = watch()
    page = coordinator.page
    coordinator.visit(reverse("login"))
    log_in(page, "dieuphoi")
    for path in [
        reverse("home"), reverse("plans:list"), reverse("plans:detail", args=[plan.pk]),
        reverse("plans:task_detail", args=[task.pk]), reverse("plans:tasks_attention"),
        reverse("records:product_list"), reverse("records:product_create"),
        reverse("records:activity_list"), reverse("guidance:list"),
        reverse("reporting:periods"), reverse("reporting:rate", args=[reporting_period.pk]),
        reverse("units:list"), reverse("api:tokens"), reverse("password_change"),
        reverse("privacy"), "/api/docs", reverse("profile"), reverse("two_factor_setup"),
        reverse("people"), reverse("person_create"), reverse("people_upload"),
    ]:
        coordinator.visit(path)

    # The dashboard's bars get their widths from data attributes.
    coordinator.visit(reverse("indicators:dashboard", args=[plan.pk]))
    bar = page.locator(".progress .fill").first
    expect(bar).to_have_attribute("style", re.compile(r"width: \d"))

    # htmx: the task list filters without reloading the page.
    coordinator.visit(reverse("plans:task_list"))
    page.evaluate("window.__marker = 1")
    page.get_by_label(re.compile(r"^Đơn vị:?$")).select_option(
        label="Sở Thông tin và Truyền thông tỉnh Sóc Trăng (đến 28/02/2025)")
    expect(page.locator("#task-results")).to_contain_text("4 nhiệm vụ")
    assert page.evaluate("window.__marker") == 1

    # The participants' total follows the typing.
    page = coordinator.visit(reverse("records:activity_create"))
    counts = page.locator("fieldset.participants input")
    counts.nth(0).fill("12")
    counts.nth(1).fill("30")
    expect(page.locator("fieldset.participants output")).to_have_text("42")

    # A delete asks first: cancelled, nothing happens; accepted, the task is gone.
    page = coordinator.visit(reverse("plans:task_edit", args=[task.pk]))
    asked: list[str] = []

    def answer(accept: bool) -> Callable[[Dialog], None]:
        def handle(dialog: Dialog) -> None:
            asked.append(dialog.message)
            dialog.accept() if accept else dialog.dismiss()
        return handle

    page.once("dialog", answer(False))
    page.get_by_role("button", name="Xóa nhiệm vụ").click()
    assert asked == ["Xóa nhiệm vụ này?"]
    expect(page).to_have_url(re.compile(reverse("plans:task_edit", args=[task.pk]) + "$"))
    assert Task.objects.filter(pk=task.pk).exists()
    page.once("dialog", answer(True))
    page.get_by_role("button", name="Xóa nhiệm vụ").click()
    expect(page).not_to_have_url(re.compile(reverse("plans:task_edit", args=[task.pk]) + "$"))
    assert len(asked) == 2 and not Task.objects.filter(pk=task.pk).exists()

    # The language switch sends its form on change.
    page.get_by_label("Ngôn ngữ").select_option("en")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    coordinator.check("after the language switch")


def test_a_unit_report_and_the_admin_keep_the_policy(live_server, transactional_db, province,
                                                     log_in, watch, reporting_period) -> None:
    reporter = watch()
    log_in(reporter.page, "baosoctrang")
    submission = reporting_period.submissions.get(unit__code="ST-BAO")
    page = reporter.visit(reverse("reporting:submission", args=[submission.pk]))
    page.locator("textarea[data-autosave]").first.fill("Đăng 46 tin, bài về quyền con người.")
    expect(page.locator("body")).to_contain_text("Đã lưu", timeout=15_000)
    reporter.check("autosave")

    administrator = watch()
    log_in(administrator.page, "quantri")
    for path in [reverse("admin:index"), reverse("admin:accounts_user_changelist"),
                 reverse("admin:accounts_user_change", args=[1])]:
        administrator.visit(path)
