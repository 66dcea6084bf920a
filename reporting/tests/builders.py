"""What the reporting tests build: periods and unit reports of the Sóc Trăng plan.

Plain helpers shared by the test modules, so that no test module imports another; fixtures
live in conftest.py.
"""

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from accounts.models import User
from plans.models import Plan
from reporting.models import (
    EventAction,
    Notice,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.selectors.periods import default_units
from reporting.services.periods import period_create, period_window
from units.models import Unit

LETTER = ("Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh về báo "
          "cáo kết quả công tác nhân quyền 6 tháng đầu năm 2024")
PLAN_UNITS = ["ST-BAO", "ST-CA", "ST-DAI", "ST-DTN", "ST-HLHPN", "ST-HNCT", "ST-LDLD",
              "ST-SGDDT", "ST-STTTT"]


def plan() -> Plan:
    return Plan.objects.get(number="81", symbol="KH-UBND")


def open_period(kind: str = "six_month", year: int = 2024, number: int = 1, *,
                units: list[str] | None = None, **fields: Any) -> ReportingPeriod:
    """A period of the Department of Information and Communications, opened by dieuphoi;
    it asks the plan's units unless `units` names others."""
    fields.setdefault("plan", plan())
    fields.setdefault("form", ReportForm.objects.order_by("pk").first())
    asked = (default_units(fields["plan"], on=period_window(kind, year, number).last_day)
             if units is None else list(Unit.objects.filter(code__in=units)))
    return period_create(
        user=User.objects.get(username="dieuphoi"), kind=kind, year=year, number=number,
        receiving_unit=Unit.objects.get(code="ST-STTTT"), units=asked, **fields)



VN = ZoneInfo("Asia/Ho_Chi_Minh")
DEADLINE = date(2024, 6, 18)
COMMENT = ("Phần II chưa nêu số tin, bài bằng tiếng Khmer; đề nghị bổ sung số liệu tháng 5 "
           "và tháng 6.")


def local(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A moment on the wall clocks of Sóc Trăng."""
    return datetime(year, month, day, hour, minute, tzinfo=VN)


def workflow_period(unit, *, codes: tuple[str, ...] = ("ST-BAO", "ST-STTTT", "ST-DAI", "ST-HLHPN"),
                deadline: date = DEADLINE, **fields: object) -> ReportingPeriod:
    """The six-month report of 2024 that the Department collects from the units it names."""
    period = ReportingPeriod.objects.create(
        kind="six_month", year=2024, number=1, first_day=date(2023, 12, 15),
        last_day=date(2024, 6, 14), deadline=deadline,
        title="Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm 2024",
        receiving_unit=unit("ST-STTTT"), plan=Plan.objects.get(number="81", symbol="KH-UBND"),
        form=ReportForm.objects.first(), **fields)
    period.units.set([unit(code) for code in codes])
    return period


TEXTS = {
    1: "Ban Biên tập ban hành Kế hoạch số 12/KH-BST ngày 20/5/2024 triển khai Kế hoạch "
       "81/KH-UBND.",
    2: "Đăng 46 tin, bài về quyền con người, trong đó 9 bài bằng tiếng Khmer trên trang Báo "
       "Sóc Trăng tiếng Khmer.",
}


def make_submission(period: ReportingPeriod, unit, *, status: str = SubmissionStatus.DRAFT,
                    sent: datetime | None = None, by: User | None = None,
                    texts: dict[int, str] | None = None) -> Submission:
    """A unit's report with the form's parts; `sent` also records its first sending."""
    submission = Submission.objects.create(period=period, unit=unit, status=status,
                                           submitted_at=sent, submitted_by=by if sent else None)
    texts = TEXTS if texts is None else texts
    SubmissionSection.objects.bulk_create([
        SubmissionSection(submission=submission, position=section.position, title=section.title,
                          text=texts.get(section.position, ""))
        for section in period.form.sections.all()])
    if sent is not None:
        SubmissionEvent.objects.create(submission=submission, action=EventAction.SUBMITTED,
                                       actor=by, at=sent)
    return submission


def counts(submission: Submission) -> tuple[str, int, int]:
    """What a refused step must leave as it was: the status, the events, the notices."""
    submission.refresh_from_db()
    return submission.status, submission.events.count(), Notice.objects.count()


DIRECTION = ("Ban Biên tập Báo Sóc Trăng ban hành Kế hoạch số 12/KH-BST ngày 20/5/2024 triển "
             "khai Kế hoạch 81/KH-UBND; phân công phóng viên phụ trách chuyên mục.")
