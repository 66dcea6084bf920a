"""The units a period asks, as its page shows them: the counts by state first, then one page
of units, filtered by state or a name typed without marks.

A ministry's period asks 10,000 units; the page reads the counts in two grouped queries and
the reports of the fifty units shown, never all of them.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.db import vi_order
from kehoach.vntext.text import fold
from reporting import permissions
from reporting.models import ReportingPeriod, Submission, SubmissionStatus
from reporting.selectors.periods import UnitReport
from units.models import Unit

PAGE_SIZE = 50
NOT_OPENED = "not_opened"
STATES = (NOT_OPENED, *SubmissionStatus.values)


@dataclass(frozen=True)
class StateCount:
    state: str
    label: str
    count: int


def period_unit_states(period: ReportingPeriod, user: User) -> list[StateCount]:
    """How many of the units `user` sees are in each state, "not opened" first."""
    units = _visible_units(period, user)
    by_status = dict(Submission.objects.filter(period=period, unit__in=units).order_by()
                     .values_list("status").annotate(n=Count("pk")))
    opened = sum(by_status.values())
    counts = [StateCount(NOT_OPENED, _("Chưa soạn"), units.count() - opened)]
    counts += [StateCount(value, str(label), by_status.get(value, 0))
               for value, label in SubmissionStatus.choices]
    return counts


def period_unit_page(period: ReportingPeriod, user: User, *, state: str = "", query: str = "",
                     page: str | None = None) -> Page:
    """One page of the units `user` sees, with their reports, in Vietnamese name order."""
    units = _visible_units(period, user).order_by(vi_order("name"), "pk")
    reports = Submission.objects.filter(period=period, unit=OuterRef("pk"))
    if state == NOT_OPENED:
        units = units.filter(~Exists(reports))
    elif state in SubmissionStatus.values:
        units = units.filter(Exists(reports.filter(status=state)))
    if query.strip():
        units = units.filter(search_text__contains=fold(query))
    shown = Paginator(units, PAGE_SIZE).get_page(page)
    submissions = {s.unit_id: s for s in Submission.objects.filter(
        period=period, unit__in=[u.pk for u in shown]).select_related(
        "submitted_by", "approved_by")}
    shown.object_list = [_row(period, unit, submissions.get(unit.pk), user) for unit in shown]
    return shown


def _visible_units(period: ReportingPeriod, user: User) -> QuerySet[Unit]:
    units = period.units.all()
    if permissions.sees_own_units_only(user):
        units = units.filter(pk__in=permissions.own_unit_ids(user))
    return units


def _row(period: ReportingPeriod, unit: Unit, submission: Submission | None,
         user: User) -> UnitReport:
    return UnitReport(
        period, unit, submission,
        can_read=submission is not None and permissions.can_read_submission(user, submission),
        can_open=submission is None and not period.is_closed
        and permissions.can_write_submission(user, unit.pk))
