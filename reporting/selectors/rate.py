"""The reporting rate of a period, as DHIS2 shows it: who sent on time, late, or not at all.

Percentages are ratios of the asked units, like DHIS2's "reporting rate" and "reporting rate
on time". A report counts as sent while it is with the receiving unit (sent and waiting, or
approved); one returned to its unit is missing again until it is sent back, but whether it was
on time is judged by its first sending, so fixing what a reviewer asked does not make a unit
late. Three queries, whatever the number of units.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Min, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from kehoach.vntext.formats import vn_date
from kehoach.vntext.text import collation_key
from reporting.models import (
    EventAction,
    Reminder,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from units.models import Unit

ON_TIME = "on_time"
LATE = "late"
MISSING = "missing"
WITH_REVIEWER = (SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED)
_ORDER = {MISSING: 0, LATE: 1, ON_TIME: 2}


@dataclass(frozen=True)
class RateRow:
    unit: Unit
    submission: Submission | None
    first_submitted_at: datetime | None
    timeliness: str  # ON_TIME, LATE or MISSING, as counted in the totals
    first_on_time: bool | None  # the first sending by the deadline; None if never sent
    last_reminder: Reminder | None

    @property
    def status(self) -> str:
        return self.submission.status if self.submission else ""

    @property
    def status_label(self) -> str:
        if self.submission is None:
            return _("Chưa mở báo cáo")
        return str(self.submission.get_status_display())

    @property
    def approved(self) -> bool:
        return self.status == SubmissionStatus.APPROVED

    @property
    def returned(self) -> bool:
        return self.status == SubmissionStatus.RETURNED

    @property
    def missing(self) -> bool:
        return self.timeliness == MISSING


def percent(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` in percent, one decimal: 2 of 3 is 66.7; None of nothing."""
    if whole == 0:
        return None
    return (Decimal(100 * part) / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class RateReport:
    period: ReportingPeriod
    rows: list[RateRow]

    def _count(self, test: str) -> int:
        return sum(1 for row in self.rows if getattr(row, test))

    @property
    def asked(self) -> int:
        return len(self.rows)

    @property
    def missing(self) -> int:
        return sum(1 for row in self.rows if row.timeliness == MISSING)

    @property
    def sent(self) -> int:
        return self.asked - self.missing

    @property
    def on_time(self) -> int:
        return sum(1 for row in self.rows if row.timeliness == ON_TIME)

    @property
    def late(self) -> int:
        return sum(1 for row in self.rows if row.timeliness == LATE)

    @property
    def approved(self) -> int:
        return self._count("approved")

    @property
    def returned(self) -> int:
        return self._count("returned")

    @property
    def state_counts(self) -> list[tuple[str, str, int]]:
        """The filters of the page: missing, late, on time, each with its count."""
        return [(MISSING, _("Chưa gửi"), self.missing), (LATE, _("Muộn"), self.late),
                (ON_TIME, _("Đúng hạn"), self.on_time)]

    @property
    def sent_rate(self) -> Decimal | None:
        return percent(self.sent, self.asked)

    @property
    def on_time_rate(self) -> Decimal | None:
        return percent(self.on_time, self.asked)

    @property
    def late_rate(self) -> Decimal | None:
        return percent(self.late, self.asked)

    @property
    def missing_rate(self) -> Decimal | None:
        return percent(self.missing, self.asked)

    @property
    def approved_rate(self) -> Decimal | None:
        return percent(self.approved, self.asked)

    @property
    def missing_units(self) -> list[Unit]:
        return [row.unit for row in self.rows if row.missing]


def _row(period: ReportingPeriod, unit: Unit, submission: Submission | None,
         reminder: Reminder | None) -> RateRow:
    first = None
    if submission is not None:
        first = getattr(submission, "first_sent", None) or submission.submitted_at
    first_on_time = None if first is None else timezone.localdate(first) <= period.deadline
    if submission is None or submission.status not in WITH_REVIEWER:
        timeliness = MISSING
    else:
        timeliness = ON_TIME if first_on_time else LATE
    return RateRow(unit=unit, submission=submission, first_submitted_at=first,
                   timeliness=timeliness, first_on_time=first_on_time, last_reminder=reminder)


def reporting_rate(period: ReportingPeriod) -> RateReport:
    """Every asked unit's row, the missing ones first, then the late, then those on time."""
    units = list(period.units.all())
    submissions = {submission.unit_id: submission for submission in
                   Submission.objects.filter(period=period).annotate(first_sent=Min(
                       "events__at", filter=Q(events__action__in=(
                           EventAction.SUBMITTED, EventAction.RESUBMITTED))))}
    reminders: dict[int, Reminder] = {}
    for reminder in Reminder.objects.filter(period=period).order_by("sent_on", "pk"):
        reminders[reminder.unit_id] = reminder
    rows = [_row(period, unit, submissions.get(unit.pk), reminders.get(unit.pk))
            for unit in units]
    rows.sort(key=lambda row: (_ORDER[row.timeliness], collation_key(row.unit.name)))
    return RateReport(period=period, rows=rows)


def timeliness_label(row: RateRow) -> str:
    if row.timeliness == ON_TIME:
        return _("Đúng hạn")
    if row.timeliness == LATE:
        return _("Muộn")
    if row.returned:
        return _("Bị trả lại, chưa gửi lại")
    return _("Chưa gửi")


def rate_table(report: RateReport) -> tuple[list[str], list[list[object]], list[str]]:
    """The rate as a sheet: headers, one row per unit, and the totals as notes above."""
    headers = [_("STT"), _("Đơn vị"), _("Tình trạng"), _("Trạng thái báo cáo"),
               _("Ngày gửi lần đầu"), _("Đã duyệt"), _("Nhắc gần nhất")]
    rows: list[list[object]] = [[
        number, row.unit.name, timeliness_label(row), row.status_label,
        timezone.localdate(row.first_submitted_at) if row.first_submitted_at else None,
        _("Có") if row.approved else _("Chưa"),
        row.last_reminder.sent_on if row.last_reminder else None,
    ] for number, row in enumerate(report.rows, start=1)]
    notes = [
        _("Hạn gửi: %(deadline)s") % {"deadline": vn_date(report.period.deadline)},
        _("Đơn vị phải báo cáo: %(asked)d; đã gửi: %(sent)d (%(sent_rate)s%%); đúng hạn: "
          "%(on_time)d (%(on_time_rate)s%%); muộn: %(late)d; chưa gửi: %(missing)d; đã duyệt: "
          "%(approved)d.") % {
            "asked": report.asked, "sent": report.sent, "sent_rate": _number(report.sent_rate),
            "on_time": report.on_time, "on_time_rate": _number(report.on_time_rate),
            "late": report.late, "missing": report.missing, "approved": report.approved},
    ]
    return headers, rows, notes


def _number(value: Decimal | None) -> str:
    return "—" if value is None else formats.number_format(value, 1)
