"""Reads of reporting periods: defaults for a new period, the lists and the period page."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q, QuerySet

from accounts.models import User
from kehoach.db import vi_order
from kehoach.listing import Sorting
from plans.models import Plan, TaskUnit
from reporting import permissions
from reporting.models import ReportForm, ReportingPeriod, Submission, SubmissionStatus
from units.models import Unit
from units.selectors import units_carried_on

PeriodUnit = ReportingPeriod.units.through
SENT = (SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED)


def default_plan() -> Plan | None:
    """The latest plan: the one a new period most likely reports on."""
    return Plan.objects.order_by("-issued_on", "-pk").first()


def default_form() -> ReportForm | None:
    return ReportForm.objects.order_by("pk").first()


def plan_unit_ids(plan: Plan | None) -> set[int]:
    """The units the plan's tasks name, as lead or coordinating units."""
    if plan is None:
        return set()
    return set(TaskUnit.objects.filter(task__plan=plan, unit__isnull=False).order_by()
               .values_list("unit_id", flat=True).distinct())


def default_units(plan: Plan | None, *, on: date) -> list[Unit]:
    """The units asked by default: every unit the plan's tasks name as it stands on the
    window's last day (the receiving unit too, when a task names it). A unit merged away
    since is replaced by the units that carry on its work, so a 2026 period of the 2024 plan
    asks today's lead and coordinating units rather than nobody."""
    named = Unit.objects.filter(pk__in=plan_unit_ids(plan)).prefetch_related("successors")
    return units_carried_on(named, on=on)


def period_unit_choices(*, plan: Plan | None, receiving_unit: Unit | None, on: date,
                        include: Collection[int] = ()) -> QuerySet[Unit]:
    """Units worth offering as the units asked, valid on `on`, the plan's units first.

    The plan's task units, the receiving unit and the units beside it and under it (a
    department asks the province's departments, press and districts), and those chosen
    already. A country has ten thousand units; a period's checklist shows its few dozen.
    """
    named = plan_unit_ids(plan)
    wanted = Q(pk__in=named) | Q(pk__in=list(include))
    if receiving_unit is not None:
        wanted |= Q(pk=receiving_unit.pk) | Q(parent_id=receiving_unit.pk)
        if receiving_unit.parent_id is not None:
            wanted |= Q(parent_id=receiving_unit.parent_id)
    units = Unit.objects.filter(wanted).filter(
        Q(pk__in=list(include)) | Q(pk__in=Unit.objects.valid_on(on).values("pk")))
    return units.order_by(vi_order("name"), "pk")


@dataclass
class UnitReport:
    """A unit asked by a period, with its report if it opened one."""

    period: ReportingPeriod
    unit: Unit
    submission: Submission | None
    can_read: bool = False
    can_open: bool = False


@dataclass
class PeriodCounts:
    period: ReportingPeriod
    asked: int
    sent: int
    approved: int


def period_list() -> QuerySet[ReportingPeriod]:
    return ReportingPeriod.objects.select_related("receiving_unit").order_by("-last_day", "-pk")


def period_counts(periods: list[ReportingPeriod]) -> list[PeriodCounts]:
    """How many units each period asks, how many have sent and how many are approved; two
    grouped queries for a page of periods."""
    ids = [p.pk for p in periods]
    asked = dict(PeriodUnit.objects.filter(reportingperiod_id__in=ids).order_by().values(  # type: ignore[misc]
        "reportingperiod_id").annotate(n=Count("pk")).values_list("reportingperiod_id", "n"))
    statuses: dict[tuple[int, str], int] = {
        (pk, status): n for pk, status, n in Submission.objects.filter(
            period_id__in=ids).order_by().values("period_id", "status").annotate(
            n=Count("pk")).values_list("period_id", "status", "n")}
    return [PeriodCounts(
        p, asked.get(p.pk, 0), sum(statuses.get((p.pk, s), 0) for s in SENT),
        statuses.get((p.pk, SubmissionStatus.APPROVED), 0)) for p in periods]


def reporter_rows(user: User, sorting: Sorting | None = None) -> list[UnitReport]:
    """The periods asking the reporter's units, one row per period and unit, with the
    unit's report if it was opened: three queries, however many periods. The latest period
    first, unless `sorting` (reporting.listing.REPORTER_SORTS) asks for another order."""
    own = permissions.own_unit_ids(user)
    links = PeriodUnit.objects.filter(unit_id__in=own).select_related(
        "reportingperiod__receiving_unit", "unit").order_by(
        "-reportingperiod__last_day", "-reportingperiod_id", "unit__name")
    if sorting is not None:
        links = sorting.apply(links)
    submissions = {(s.period_id, s.unit_id): s for s in Submission.objects.filter(
        unit_id__in=own, period_id__in=links.values("reportingperiod_id"))}
    return [UnitReport(link.reportingperiod, link.unit,
                       submissions.get((link.reportingperiod_id, link.unit_id)))
            for link in links]


def parent_choices(period: ReportingPeriod | None = None) -> QuerySet[ReportingPeriod]:
    """Periods a period can report up to: any other period, the latest first."""
    periods = period_list()
    return periods.exclude(pk=period.pk) if period is not None and period.pk else periods
