"""What reporting asks for now: the open periods, a unit's report in each with how many of
its parts are written, and the reports waiting for a reviewer.

The start page reads these. Each costs a fixed number of queries whatever the number of
periods, units or parts.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, QuerySet

from accounts.models import User
from reporting import permissions
from reporting.models import (
    FormSection,
    ReportingPeriod,
    Submission,
    SubmissionSection,
    SubmissionStatus,
)
from units.models import Unit

PeriodUnit = ReportingPeriod.units.through
WRITE, CONTINUE, VIEW = "write", "continue", "view"


def open_periods(on: date, *, receiving_unit_ids: Collection[int] | None = None
                 ) -> QuerySet[ReportingPeriod]:
    """Periods not closed whose data window has begun by `on`, the nearest deadline first.

    A period of next quarter, opened early with the rest of the year, is not asked yet.
    `receiving_unit_ids` keeps the periods those units receive (None: every one).
    """
    periods = ReportingPeriod.objects.filter(closed_at__isnull=True, first_day__lte=on)
    if receiving_unit_ids is not None:
        periods = periods.filter(receiving_unit_id__in=list(receiving_unit_ids))
    return periods.select_related("receiving_unit").order_by("deadline", "pk")


@dataclass(frozen=True)
class DueReport:
    """A unit's report in an open period: its state and how many of its parts hold text
    (the form's parts when the report is not opened yet, none of them written)."""

    period: ReportingPeriod
    unit: Unit
    submission: Submission | None
    parts: int
    filled: int

    @property
    def empty(self) -> int:
        return self.parts - self.filled

    @property
    def action(self) -> str:
        """WRITE to open it, CONTINUE while the unit may still change it, else VIEW."""
        if self.submission is None:
            return WRITE
        return CONTINUE if self.submission.is_editable else VIEW

    @property
    def pending(self) -> bool:
        """Still to be sent by the unit: not opened, being written or given back."""
        return self.action != VIEW


def _part_counts(submission_ids: Collection[int]) -> dict[int, tuple[int, int]]:
    """Each report's (parts, parts holding more than white space), in one query.

    The texts are read and stripped here: SQL's TRIM leaves line breaks and tabs, and a part
    holding only those is as empty to the reader as a blank one. A unit has a few reports open
    at a time, of a few parts each.
    """
    found: dict[int, tuple[int, int]] = {}
    for pk, text in SubmissionSection.objects.filter(
            submission_id__in=list(submission_ids)).values_list("submission_id", "text"):
        parts, filled = found.get(pk, (0, 0))
        found[pk] = (parts + 1, filled + bool(text.strip()))
    return found


def _form_parts(form_ids: Collection[int]) -> dict[int, int]:
    rows = (FormSection.objects.filter(form_id__in=list(form_ids)).order_by().values("form_id")
            .annotate(n=Count("pk")).values_list("form_id", "n"))
    return dict(rows)


def reports_due(user: User, on: date) -> list[DueReport]:
    """The reports the open periods ask of `user`'s units, one per period and unit, the
    nearest deadline first: five queries, however many periods and units."""
    own = permissions.own_unit_ids(user)
    links = list(PeriodUnit.objects.filter(
        unit_id__in=own, reportingperiod__in=open_periods(on).values("pk"),
    ).select_related("reportingperiod__receiving_unit", "unit").order_by(
        "reportingperiod__deadline", "reportingperiod_id", "unit__name", "unit_id"))
    periods = {link.reportingperiod_id for link in links}
    submissions = {(s.period_id, s.unit_id): s for s in Submission.objects.filter(
        unit_id__in=own, period_id__in=periods)}
    parts = _part_counts([s.pk for s in submissions.values()])
    form_parts = _form_parts({link.reportingperiod.form_id for link in links})
    found = []
    for link in links:
        submission = submissions.get((link.reportingperiod_id, link.unit_id))
        if submission is not None:
            total, filled = parts.get(submission.pk, (0, 0))
        else:
            total, filled = form_parts.get(link.reportingperiod.form_id, 0), 0
        found.append(DueReport(link.reportingperiod, link.unit, submission, total, filled))
    return found


def awaiting_review(user: User) -> QuerySet[Submission]:
    """Reports sent and waiting for `user` to review them, the longest waiting first."""
    return Submission.objects.filter(permissions.reviewable_submissions(user),
                                     status=SubmissionStatus.SUBMITTED).select_related(
        "period", "unit").order_by("submitted_at", "pk")


def awaiting_review_by_period(waiting: QuerySet[Submission]
                              ) -> list[tuple[ReportingPeriod, int]]:
    """How many of the reports `waiting` (awaiting_review()) each period holds, the nearest
    deadline first: the links to each period's own list of reports sent. Two queries."""
    counts = dict(waiting.order_by().values("period_id").annotate(
        n=Count("pk")).values_list("period_id", "n"))
    periods = ReportingPeriod.objects.filter(pk__in=list(counts)).order_by("deadline", "pk")
    return [(period, counts[period.pk]) for period in periods]
