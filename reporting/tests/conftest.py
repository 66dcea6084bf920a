"""A six-month period of the Sóc Trăng plan with the units' records and approved reports.

Records are made through the services (the root conftest's `product` and `activity`); a unit's
report is written straight to the ORM as the workflow leaves it, its figures computed from its
records as its report would open with them.
"""

from collections.abc import Callable
from datetime import date

import pytest
from django.utils import timezone

from accounts.models import User
from plans.models import Plan
from reporting.models import (
    ConsolidatedReport,
    EventAction,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.prefill import unit_figures
from reporting.services.consolidated import consolidated_build
from units.models import Unit

REQUEST = "Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh"
BAO_TEXTS = [
    "Ban Biên tập chỉ đạo mở chuyên mục “Quyền con người và cuộc sống” trên báo in và báo "
    "điện tử.",
    "Đăng 48 tin, bài về thành tựu bảo đảm quyền con người.\n\nThực hiện 6 phóng sự bằng "
    "tiếng Khmer về chính sách cho đồng bào dân tộc.",
    "Sản phẩm bằng tiếng Khmer còn ít.",
    "Tăng số tin, bài tiếng Khmer.",
    "Đề nghị Sở Thông tin và Truyền thông tổ chức lớp bồi dưỡng kỹ năng viết về quyền con "
    "người.\nĐề nghị UBND tỉnh bố trí kinh phí cho trang tiếng Khmer.",
]
DAI_TEXTS = ["", "Phát sóng 24 chương trình phát thanh tiếng Khmer và 12 phóng sự truyền hình."]
SO_TEXTS = ["Tham mưu UBND tỉnh ban hành Kế hoạch số 81/KH-UBND ngày 06/5/2024.",
            "Tổ chức 2 cuộc triển lãm ảnh về quyền con người với 3.200 lượt người xem."]

MakePeriod = Callable[..., ReportingPeriod]
Approve = Callable[..., Submission]
Build = Callable[[User, ReportingPeriod], ConsolidatedReport]


@pytest.fixture
def make_period() -> MakePeriod:
    """make_period(receiving, asked, **fields): "Báo cáo 6 tháng đầu năm 2024" of plan 81."""

    def make(receiving: Unit, asked: list[Unit], **fields: object) -> ReportingPeriod:
        values: dict[str, object] = {
            "kind": "six_month", "year": 2024, "first_day": date(2023, 12, 15),
            "last_day": date(2024, 6, 14), "deadline": date(2024, 6, 18),
            "title": "Báo cáo 6 tháng đầu năm 2024", "receiving_unit": receiving,
            "plan": Plan.objects.filter(number="81", symbol="KH-UBND").first(),
            "form": ReportForm.objects.order_by("pk").first(),
        }
        values.update(fields)
        period = ReportingPeriod.objects.create(**values)
        period.units.set(asked)
        return period

    return make


@pytest.fixture
def approve() -> Approve:
    """approve(period, unit, texts, approver, status=...): a unit's report as the workflow
    leaves it, its figures computed from the unit's records."""

    def make(period: ReportingPeriod, unit: Unit, texts: list[str],
             approver: User | None = None, status: str = SubmissionStatus.APPROVED
             ) -> Submission:
        now = timezone.now()
        submission = Submission.objects.create(
            period=period, unit=unit, status=status,
            figures=[t.to_json() for t in unit_figures(period, unit)], figures_at=now,
            submitted_at=now, approved_at=now if status == SubmissionStatus.APPROVED else None,
            approved_by=approver)
        for form_section in period.form.sections.order_by("position"):
            text = texts[form_section.position - 1] if form_section.position <= len(texts) else ""
            SubmissionSection.objects.create(submission=submission, title=form_section.title,
                                             position=form_section.position, text=text)
        SubmissionEvent.objects.create(submission=submission, action=EventAction.SUBMITTED,
                                       at=now)
        if status == SubmissionStatus.APPROVED:
            SubmissionEvent.objects.create(submission=submission, action=EventAction.APPROVED,
                                           actor=approver, at=now)
        return submission

    return make


@pytest.fixture
def build(django_capture_on_commit_callbacks) -> Build:
    """build(user, period): start the build and let the queued merge run, as the runner would."""

    def run(user: User, period: ReportingPeriod) -> ConsolidatedReport:
        with django_capture_on_commit_callbacks(execute=True):
            report = consolidated_build(user=user, period=period)
        report.refresh_from_db()
        return report

    return run


@pytest.fixture
def period(unit, make_period: MakePeriod) -> ReportingPeriod:
    asked = [unit("ST-BAO"), unit("ST-DAI"), unit("ST-SVHTTDL"), unit("ST-KESACH")]
    return make_period(unit("ST-STTTT"), asked, request=REQUEST)


@pytest.fixture
def work(product, activity) -> None:
    """The half year's records: Báo Sóc Trăng and the radio station publish for task II.1, in
    Vietnamese, Khmer and both, and one news item for no task of the plan; the department
    trains 70 people (II.2); the culture department holds an exhibition (II.1); one news item
    falls after the window."""
    for day in (3, 10, 17):
        product("ST-BAO", f"Thành tựu bảo đảm quyền con người, kỳ {day}", ["vi"],
                date(2024, 3, day), kind="article")
    product("ST-BAO", "Chùa Khmer và đời sống cộng đồng", ["vi", "km"], date(2024, 4, 2),
            kind="reportage")
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer số 5", ["km"], date(2024, 5, 5),
            kind="radio", channel="radio")
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer số 6", ["km"], date(2024, 5, 12),
            kind="radio", channel="radio")
    product("ST-BAO", "Sóc Trăng sau hợp nhất", ["vi"], date(2024, 7, 1), kind="news")
    product("ST-BAO", "Tết Chôl Chnăm Thmây an vui", ["km"], date(2024, 4, 14), kind="news",
            task=None)
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người",
             date(2024, 5, 22), {"key_officials": 45, "press": 25})
    activity("ST-SVHTTDL", "Triển lãm ảnh “Thành tựu bảo đảm quyền con người”",
             date(2024, 4, 12), {"residents": 3200}, kind="exhibition", task="II.1")


@pytest.fixture
def reports(period: ReportingPeriod, unit, coordinator: User, work: None,
            approve: Approve) -> list[Submission]:
    """Three approved reports and one still waiting for review."""
    return [
        approve(period, unit("ST-BAO"), BAO_TEXTS, coordinator),
        approve(period, unit("ST-DAI"), DAI_TEXTS, coordinator),
        approve(period, unit("ST-SVHTTDL"), SO_TEXTS, coordinator),
        approve(period, unit("ST-KESACH"), ["Chưa duyệt: không được tổng hợp."],
                status=SubmissionStatus.SUBMITTED),
    ]
