"""The start page by role, on a desktop (1280 px) and a phone (390 px): each item once with
its count and its one button, and no sideways scrolling.

The Sóc Trăng demo with an open half-year period asking Báo Sóc Trăng, which has written two
of its five parts, and the radio-TV station, which has sent its report; and a request asking
Báo Sóc Trăng alone, not opened yet.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.services import user_create
from plans.models import Plan
from reporting.models import ReportForm, ReportingPeriod
from reporting.services.drafts import section_save, submission_open
from reporting.services.workflow import submission_submit
from tests import TEST_PASSWORD
from units.models import Unit

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
SIZES = {"desktop": {}, "phone": PHONE}


def _period(asked: list[str], *, title: str, days_left: int, **fields: object
            ) -> ReportingPeriod:
    today = timezone.localdate()
    period = ReportingPeriod.objects.create(
        kind="six_month", year=today.year, number=2, first_day=today - timedelta(days=170),
        last_day=today - timedelta(days=5), deadline=today + timedelta(days=days_left),
        title=title, receiving_unit=Unit.objects.get(code="ST-STTTT"),
        plan=Plan.objects.get(number="81"), form=ReportForm.objects.order_by("pk").first(),
        **fields)
    period.units.set(Unit.objects.filter(code__in=asked))
    return period


@pytest.fixture
def reports_under_way(province) -> None:
    from accounts.models import User

    bao, dai = Unit.objects.get(code="ST-BAO"), Unit.objects.get(code="ST-DAI")
    station = user_create(username="daisoctrang", password=TEST_PASSWORD, role="reporter",
                          full_name="Danh Thị Sà Rươne", units=[dai])
    reporter = User.objects.get(username="baosoctrang")
    half = _period(["ST-BAO", "ST-DAI"], title="Báo cáo 6 tháng cuối năm", days_left=10)
    _period(["ST-BAO"], title="Báo cáo kết quả tuyên truyền UPR", days_left=3,
            request="Công văn số 1125/BCĐNQ của Ban Chỉ đạo Nhân quyền tỉnh")
    draft = submission_open(user=reporter, period=half, unit=bao)
    for section, text in zip(draft.sections.order_by("position"), [
            "Báo mở chuyên mục “Quyền con người và cuộc sống”.",
            "Đăng 52 tin, bài; 9 phóng sự tiếng Khmer."], strict=False):
        section_save(user=reporter, section=section, text=text, version=section.version)
    sent = submission_open(user=station, period=half, unit=dai)
    for section in sent.sections.order_by("position"):
        section_save(user=station, section=section, version=section.version,
                     text=f"Đài Phát thanh và Truyền hình: {section.title.lower()}.")
    submission_submit(user=station, submission=sent)


def _fits(page: Page, width: int) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"the start page scrolls sideways: {scroll}px wide"


def _width(size: str) -> int:
    return 390 if size == "phone" else 1280


@pytest.mark.parametrize("size", SIZES)
def test_a_reporter_starts_from_what_is_due(
    live_server, transactional_db, reports_under_way, new_page, log_in, screenshot, size
) -> None:
    page = new_page(**SIZES[size])
    log_in(page, "baosoctrang")

    reports = page.locator("#reports")
    expect(reports.get_by_role("heading", name="Báo cáo của đơn vị")).to_be_visible()
    expect(reports.locator(".home-count")).to_have_text("2 cần gửi")
    expect(reports.get_by_role("button", name="Viết báo cáo")).to_have_count(1)
    expect(reports.get_by_role("link", name="Tiếp tục")).to_have_count(1)
    expect(reports).to_contain_text("2/5 phần đã viết, 3 phần còn trống")
    expect(page.locator("#next-deadline")).to_contain_text("còn 3 ngày")
    late = page.locator("#late")
    expect(late.locator(".home-count")).to_have_text("1")
    expect(late.get_by_role("link", name="Ghi tiến độ")).to_have_count(1)
    expect(page.get_by_text("Đài Phát thanh")).to_have_count(0)
    _fits(page, _width(size))
    screenshot(page, f"home-reporter-{size}.png")

    reports.get_by_role("link", name="Tiếp tục").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Báo Sóc Trăng")
    expect(page.locator(".kicker")).to_have_text("Báo cáo 6 tháng cuối năm")


@pytest.mark.parametrize("size", SIZES)
def test_a_coordinator_starts_from_reviews_rates_late_tasks_and_targets(
    live_server, transactional_db, reports_under_way, new_page, log_in, screenshot, size
) -> None:
    page = new_page(**SIZES[size])
    log_in(page, "dieuphoi")

    review = page.locator("#review")
    expect(review.locator(".home-count")).to_have_text("1")
    expect(review).to_contain_text("Đài Phát thanh")
    expect(review.get_by_role("link", name=re.compile("^Duyệt"))).to_have_count(1)
    rates = page.locator("#rates")
    expect(rates.locator(".home-count")).to_have_text("2")
    expect(rates).to_contain_text("Đã gửi 1/2 đơn vị (50%)")
    expect(page.locator("#late .home-count")).not_to_have_text("0")
    targets = page.locator("#targets")
    expect(targets.get_by_role("heading")).to_contain_text("Chỉ tiêu của kế hoạch 81/KH-UBND")
    expect(targets).to_contain_text("70 đại biểu")
    _fits(page, _width(size))
    screenshot(page, f"home-coordinator-{size}.png")

    review.get_by_role("link", name=re.compile("^Duyệt")).click()
    expect(page.get_by_role("button", name="Duyệt")).to_be_visible()


def test_a_leader_lands_on_the_plans_summary_on_a_phone(
    live_server, transactional_db, reports_under_way, new_page, log_in
) -> None:
    page = new_page(**PHONE)
    log_in(page, "lanhdao")
    expect(page.locator("#targets")).to_contain_text("70 đại biểu")
    expect(page.locator("#review")).to_have_count(0)
    _fits(page, 390)
    page.get_by_role("link", name="Mở bảng điều khiển kế hoạch 81/KH-UBND").click()
    expect(page.get_by_role("heading", name="Chỉ tiêu")).to_be_visible()


def test_a_reporter_writes_a_report_from_the_start_page_without_javascript(
    live_server, transactional_db, reports_under_way, new_page, log_in
) -> None:
    page = new_page(java_script_enabled=False)
    log_in(page, "baosoctrang")
    page.get_by_role("button", name="Viết báo cáo").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Báo Sóc Trăng")
    expect(page.locator(".kicker")).to_contain_text("Báo cáo kết quả tuyên truyền UPR")
