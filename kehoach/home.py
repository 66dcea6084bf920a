"""The start page by role: what each person must do or watch now, each item once, with its
count and a link to the full list it comes from.

- A unit reporter: the reports the open periods ask of their units (with how many parts are
  written), their units' late tasks and the next deadline, one button each.
- A coordinator or administrator: the current plan's targets with their live figures, the
  reporting rate of the open periods, the plan's late tasks and the reports waiting for them.
- A leader (viewer): the same summary of the plan without the review queue, and the way to
  the plan's dashboard.

Every figure is read through the apps' selectors, so the page says what the lists, the
dashboard and the rate page say; the queries stay the same in number whatever the number of
units, tasks or reports.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.permissions import is_coordinator, is_reporter, own_unit_ids, reach_unit_ids
from indicators.selectors import TargetRow, target_standings
from plans.models import Plan, Task
from plans.selectors import LateTask, current_plan, next_task_end, tasks_late
from reporting.models import ReportingPeriod, SubmissionStatus
from reporting.selectors.due import (
    DueReport,
    awaiting_review,
    awaiting_review_by_period,
    open_periods,
    reports_due,
)
from reporting.selectors.periods import PeriodCounts, period_counts
from reporting.selectors.rate import percent
from units.models import Unit
from units.selectors import units_by_pks

T = TypeVar("T")
SHOWN = 5  # the first few items of a list; its link leads to all of them
PERIODS_SHOWN = 3
REPORTER, COORDINATOR, LEADER = "reporter", "coordinator", "leader"


@dataclass(frozen=True)
class Few(Generic[T]):
    """How many there are, the first few of them, and the list with all of them."""

    total: int
    items: list[T]
    url: str

    @property
    def more(self) -> int:
        return self.total - len(self.items)


@dataclass(frozen=True)
class Deadline:
    """The next date a unit must meet: a report to send or a task to finish."""

    day: date
    days_left: int
    report: DueReport | None = None
    task: Task | None = None


@dataclass(frozen=True)
class Rate:
    """An open period's reporting rate: the counts of the rate page, with percentages."""

    counts: PeriodCounts

    @property
    def period(self) -> ReportingPeriod:
        return self.counts.period

    @property
    def waiting(self) -> int:
        """Sent counts the reports with the receiving unit: waiting for review or approved."""
        return self.counts.sent - self.counts.approved

    @property
    def sent_percent(self) -> Decimal | None:
        return percent(self.counts.sent, self.counts.asked)

    @property
    def approved_percent(self) -> Decimal | None:
        return percent(self.counts.approved, self.counts.asked)


def role_of(user: User) -> str:
    """Which start page `user` gets; an administrator runs the programme as a coordinator."""
    if is_reporter(user):
        return REPORTER
    if is_coordinator(user):
        return COORDINATOR
    return LEADER


def home_context(user: User, today: date | None = None) -> dict[str, Any]:
    """Everything home.html shows `user` on `today`."""
    day = today or timezone.localdate()
    units = units_by_pks(own_unit_ids(user))
    role = role_of(user)
    context: dict[str, Any] = {"role": role, "units": units, "today": day}
    if role == REPORTER:
        context.update(_reporter(user, units, day))
    else:
        context.update(_plan_summary(user, day, review=role == COORDINATOR))
    return context


def _late(plan: Plan | None, day: date, unit_ids: list[int] | None, url: str
          ) -> Few[LateTask]:
    """The late tasks (plans.selectors.tasks_late): how many, and the longest late."""
    late = tasks_late(plan, day, unit_ids=unit_ids)
    first = [LateTask(task, (day - task.end_date).days,  # type: ignore[operator]
                      task.latest_percent)  # type: ignore[attr-defined]
             for task in late[:SHOWN]]
    return Few(late.count(), first, url)


def _url(name: str, *args: object, **query: object) -> str:
    base = reverse(name, args=args)
    return f"{base}?{urlencode(query)}" if query else base


def _reporter(user: User, units: list[Unit], day: date) -> dict[str, Any]:
    unit_ids = [unit.pk for unit in units]
    reports = reports_due(user, day) if unit_ids else []
    if len(unit_ids) == 1:
        late_url = _url("plans:task_list", due="overdue", unit=unit_ids[0])
    else:  # the attention page lists every unit of a reporter's at once
        late_url = _url("plans:tasks_attention")
    return {
        "reports": reports,
        "reports_pending": sum(1 for report in reports if report.pending),
        "late": _late(None, day, unit_ids, late_url) if unit_ids else None,
        "next_deadline": _next_deadline(reports, unit_ids, day) if unit_ids else None,
    }


def _next_deadline(reports: list[DueReport], unit_ids: list[int], day: date
                   ) -> Deadline | None:
    """The nearest date from today on: a report still to send, or a task still to finish."""
    report = next((r for r in reports if r.pending and r.period.deadline >= day), None)
    task = next_task_end(day, unit_ids=unit_ids)
    if task is not None and task.end_date is not None and (
            report is None or task.end_date < report.period.deadline):
        return Deadline(task.end_date, (task.end_date - day).days, task=task)
    if report is not None:
        deadline = report.period.deadline
        return Deadline(deadline, (deadline - day).days, report=report)
    return None


def _plan_summary(user: User, day: date, *, review: bool) -> dict[str, Any]:
    plan = current_plan(day)
    context: dict[str, Any] = {"plan": plan, "targets": _targets(plan, day),
                               "rates": _rates(user, day, review=review)}
    if plan is not None:
        context["late"] = _late(plan, day, None,
                                _url("plans:task_list", plan=plan.pk, due="overdue"))
    if review:
        waiting = awaiting_review(user)
        context["review"] = Few(waiting.count(), list(waiting[:SHOWN]),
                                _url("reporting:periods"))
        # each period's own list of the reports sent: the full lists, filtered
        context["review_periods"] = [
            (period, count, _url("reporting:period", period.pk,
                                 state=SubmissionStatus.SUBMITTED))
            for period, count in awaiting_review_by_period(waiting)]
    return context


def _targets(plan: Plan | None, day: date) -> list[TargetRow]:
    return target_standings(plan, today=day) if plan is not None else []


def _rates(user: User, day: date, *, review: bool) -> Few[Rate]:
    """The open periods' reporting rates: those the coordinator's units receive (every one
    for an administrator or a coordinator with no unit), every one for a leader."""
    receiving = reach_unit_ids(user) if review else None
    periods = open_periods(day, receiving_unit_ids=receiving or None)
    shown = list(periods[:PERIODS_SHOWN])
    return Few(periods.count(), [Rate(counts) for counts in period_counts(shown)],
               _url("reporting:periods"))
