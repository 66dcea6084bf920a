"""The reporting rate of a period, as DHIS2 shows it: who sent on time, late, or not at all.

Percentages are ratios of the asked units, like DHIS2's "reporting rate" and "reporting rate
on time". A report counts as sent while it is with the receiving unit (sent and waiting, or
approved); one returned to its unit is missing again until it is sent back, but whether it was
on time is judged by its first sending, so fixing what a reviewer asked does not make a unit
late.

The page reads the counts in one grouped query and one page of units (the reports and reminders
of the fifty shown): a ministry's period asks 10,000 units. The spreadsheet reads every row,
in three queries whatever the number of units.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    F,
    FilteredRelation,
    IntegerField,
    Min,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from kehoach.db import vi_order
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
SENDING = (EventAction.SUBMITTED, EventAction.RESUBMITTED)


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
class RateCounts:
    """How many asked units are in each state, and the rates the page shows of them."""

    period: ReportingPeriod
    asked: int
    on_time: int
    late: int
    approved: int
    returned: int

    @property
    def missing(self) -> int:
        return self.asked - self.on_time - self.late

    @property
    def sent(self) -> int:
        return self.on_time + self.late

    @property
    def state_counts(self) -> list[tuple[str, str, int]]:
        """The filters of the page: missing, late, on time, each with its count."""
        return [(MISSING, _("Chưa gửi"), self.missing), (LATE, _("Muộn"), self.late),
                (ON_TIME, _("Đúng hạn"), self.on_time)]

    def count_of(self, state: str) -> int:
        """The units in `state`, or every asked unit for any other value."""
        return {MISSING: self.missing, LATE: self.late, ON_TIME: self.on_time}.get(
            state, self.asked)

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


@dataclass(frozen=True)
class RateReport(RateCounts):
    """The counts with every asked unit's row, for the spreadsheet."""

    rows: list[RateRow]

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


def _rows(period: ReportingPeriod, units: list[Unit], *, only_these: bool) -> list[RateRow]:
    """`units` as rows, with their reports and last reminders: two queries, for the units
    given (`only_these`, a page of them) or every unit of the period."""
    submissions = Submission.objects.filter(period=period).annotate(first_sent=Min(
        "events__at", filter=Q(events__action__in=SENDING)))
    reminders_sent = Reminder.objects.filter(period=period).order_by("sent_on", "pk")
    if only_these:
        ids = [unit.pk for unit in units]
        submissions, reminders_sent = (submissions.filter(unit__in=ids),
                                       reminders_sent.filter(unit__in=ids))
    by_unit = {submission.unit_id: submission for submission in submissions}
    reminders: dict[int, Reminder] = {}
    for reminder in reminders_sent:
        reminders[reminder.unit_id] = reminder
    return [_row(period, unit, by_unit.get(unit.pk), reminders.get(unit.pk)) for unit in units]


def reporting_rate(period: ReportingPeriod) -> RateReport:
    """Every asked unit's row, the missing ones first, then the late, then those on time."""
    rows = _rows(period, list(period.units.all()), only_these=False)
    rows.sort(key=lambda row: (_ORDER[row.timeliness], collation_key(row.unit.name)))
    count = {state: sum(1 for row in rows if row.timeliness == state) for state in _ORDER}
    return RateReport(period=period, asked=len(rows), on_time=count[ON_TIME], late=count[LATE],
                      approved=sum(1 for row in rows if row.approved),
                      returned=sum(1 for row in rows if row.returned), rows=rows)


def _judged_units(period: ReportingPeriod) -> QuerySet[Unit]:
    """The asked units, one row each, with the report's status and `rank` (the order of
    _ORDER), judged in SQL as _row judges in Python: on time if first sent by the end of the
    deadline's day on the local clocks, the first sending read from the events, else from the
    report. The events are joined and grouped, not read unit by unit: a correlated subquery
    per unit costs PostgreSQL three to five times as much at 10,000 units (and its JIT)."""
    end_of_deadline = timezone.make_aware(
        datetime.combine(period.deadline + timedelta(days=1), time.min))
    with_reviewer = Q(report__status__in=WITH_REVIEWER)
    return period.units.annotate(
        report=FilteredRelation("submissions", condition=Q(submissions__period=period)),
        sending=FilteredRelation("report__events",
                                 condition=Q(report__events__action__in=SENDING)),
        status=F("report__status"),
        first=Coalesce(Min("sending__at"), F("report__submitted_at")),
    ).annotate(rank=Case(
        When(with_reviewer & Q(first__lt=end_of_deadline), then=Value(_ORDER[ON_TIME])),
        When(with_reviewer, then=Value(_ORDER[LATE])),
        default=Value(_ORDER[MISSING]), output_field=IntegerField()))


def rate_counts(period: ReportingPeriod) -> RateCounts:
    """The counts of the page: one grouped query whatever the number of units."""
    return RateCounts(period=period, **_judged_units(period).aggregate(
        asked=Count("pk"), on_time=Count("pk", filter=Q(rank=_ORDER[ON_TIME])),
        late=Count("pk", filter=Q(rank=_ORDER[LATE])),
        approved=Count("pk", filter=Q(status=SubmissionStatus.APPROVED)),
        returned=Count("pk", filter=Q(status=SubmissionStatus.RETURNED))))


class _Counted(Paginator):
    """A paginator told its count, which the grouped query has read already."""

    def __init__(self, object_list: Any, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self.known = count

    @cached_property
    def count(self) -> int:
        return self.known


def rate_page(counts: RateCounts, *, state: str = "", page: str | None = None,
              size: int = 50) -> Page:
    """One page of rows in the order of reporting_rate, only those in `state` if it is one:
    the ids of the page's units in SQL, then their units, reports and reminders.

    The missing units come first, so the first pages (and the "missing" filter) hold only
    them: those are read without judging any report's sending, a third of the time."""
    units = _judged_units(counts.period)
    if state in _ORDER:
        units = units.filter(Q(rank=_ORDER[state]))
    ids = units.order_by("rank", vi_order("name"), "pk").values_list("pk", flat=True)
    shown = _Counted(ids, size, counts.count_of(state)).get_page(page)
    start = (shown.number - 1) * size
    if state == MISSING or (not state and start + size <= counts.missing):
        shown.object_list = _missing_ids(counts.period)[start:start + size]
    found = Unit.objects.in_bulk(list(shown))
    shown.object_list = _rows(counts.period, [found[pk] for pk in shown], only_these=True)
    return shown


def _missing_ids(period: ReportingPeriod) -> QuerySet[Unit, int]:
    """The missing units (rank 0 of _judged_units: no report with the receiving unit), in the
    same order."""
    sent = Submission.objects.filter(period=period, status__in=WITH_REVIEWER)
    return period.units.exclude(pk__in=sent.values("unit_id")).order_by(
        vi_order("name"), "pk").values_list("pk", flat=True)


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
