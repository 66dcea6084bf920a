"""Reads of plans, tasks and their progress; who may see or change them is plans.permissions."""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import NamedTuple

from django.core.paginator import Page, Paginator
from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from accounts.permissions import Visitor
from kehoach.vntext.text import fold
from plans.models import Plan, ProgressUpdate, Target, Task, TaskRole, TaskStatus, TaskUnit
from plans.permissions import attention_unit_ids


def quarter_bounds(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def folded_search(rows: QuerySet, query: str) -> QuerySet:
    """Every word typed must appear in the stored folded text (no marks, đ as d, any case),
    so "tap huan" finds "Tập huấn" in SQL, without reading and folding rows in Python."""
    for word in fold(query).split():
        rows = rows.filter(search_text__contains=word)
    return rows


def plan_list(*, query: str = "") -> QuerySet[Plan]:
    plans = Plan.objects.select_related("issuer", "programme")
    return folded_search(plans, query).order_by("-issued_on", "-pk")


def current_plan(on: date | None = None) -> Plan | None:
    """The plan the start page follows: the latest issued by `on` (today by default), else
    the latest of all, so a plan entered before its issue date is still followed."""
    day = on or timezone.localdate()
    return plan_list().filter(issued_on__lte=day).first() or plan_list().first()


def _tasks_with_units() -> QuerySet[Task]:
    return Task.objects.prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit"))
    )


def plan_detail(plan: Plan) -> tuple[Plan, list[Target], list[Task]]:
    """A plan with its targets and its tasks in the document's order."""
    targets = list(plan.targets.select_related("task"))
    tasks = list(_tasks_with_units().filter(plan=plan).order_by("sort_key", "pk"))
    return plan, targets, tasks


def task_list(
    *, plan: Plan | None = None, unit_ids: Collection[int] = (), status: str = "", due: str = "",
    query: str = "", today: date | None = None,
) -> QuerySet[Task]:
    """Tasks filtered as on the task page.

    `due` is "quarter" (ending in the current quarter) or "overdue" (ended before
    today and not done).
    """
    tasks = _tasks_with_units().select_related("plan")
    if plan is not None:
        tasks = tasks.filter(plan=plan)
    if unit_ids:
        tasks = tasks.filter(task_units__unit_id__in=unit_ids).distinct()
    if status:
        tasks = tasks.filter(status=status)
    day = today or timezone.localdate()
    if due == "quarter":
        start, end = quarter_bounds(day)
        tasks = tasks.filter(end_date__range=(start, end))
    elif due == "overdue":
        tasks = tasks.filter(end_date__lt=day).exclude(status=TaskStatus.DONE)
    tasks = folded_search(tasks, query)
    return tasks.order_by("-plan__issued_on", "plan_id", "sort_key", "pk")


# Progress: which tasks need attention.

# The at-risk rule's three numbers, named so the page and the tests quote the same ones.
RISK_WINDOW_DAYS = 30
RISK_MIN_PERCENT = 80
RISK_BEHIND_POINTS = 25


def task_progress(task: Task) -> list[ProgressUpdate]:
    """The task's progress history, newest first, with its evidence: four queries in all."""
    return list(
        task.progress_updates.select_related("unit", "created_by")
        .prefetch_related("products", "activities")
        .order_by("-reported_on", "-pk")
    )


def _newest_progress() -> QuerySet[ProgressUpdate]:
    return ProgressUpdate.objects.filter(task_id=OuterRef("pk")).order_by("-reported_on", "-pk")


def latest_progress(tasks: Iterable[Task | int]) -> dict[int, ProgressUpdate]:
    """Each task's latest progress report by task id, in one query whatever the list's length.

    Latest means the latest report date, then the latest entry; tasks never reported are
    absent from the result.
    """
    ids = [task.pk if isinstance(task, Task) else task for task in tasks]
    newest = ProgressUpdate.objects.filter(task_id=OuterRef("task_id")).order_by(
        "-reported_on", "-pk").values("pk")[:1]
    rows = ProgressUpdate.objects.filter(task_id__in=ids, pk=Subquery(newest)).select_related(
        "unit")
    return {progress.task_id: progress for progress in rows}


def _attention_scope(plan: Plan | None, unit_ids: Collection[int] | None) -> QuerySet[Task]:
    """The tasks not done, of `plan` and of `unit_ids` if given, each with `latest_percent`
    (None if never reported)."""
    tasks = Task.objects.annotate(
        latest_percent=Subquery(_newest_progress().values("percent")[:1]))
    if plan is not None:
        tasks = tasks.filter(plan=plan)
    if unit_ids is not None:
        # A subquery rather than a join, so a task with two of the units is listed once.
        tasks = tasks.filter(pk__in=TaskUnit.objects.filter(unit_id__in=list(unit_ids))
                             .values("task_id"))
    return tasks.exclude(status=TaskStatus.DONE)


def _attention_tasks(plan: Plan | None, unit_ids: Collection[int] | None) -> QuerySet[Task]:
    """Tasks with units, plan and `latest_percent` (None if never reported) in fixed queries."""
    return _attention_scope(plan, unit_ids).select_related("plan").prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit")))


def tasks_late(plan: Plan | None = None, on: date | None = None, *,
               unit_ids: Collection[int] | None = None) -> QuerySet[Task]:
    """Late tasks: the end date is before `on` (today by default) and the status is not done.

    Longest late first. Each task carries `latest_percent`, its last reported percent or
    None. `unit_ids` keeps the tasks those units lead or coordinate (None: every task).
    """
    day = on or timezone.localdate()
    return _attention_tasks(plan, unit_ids).filter(end_date__lt=day).order_by(
        "end_date", "plan_id", "sort_key", "pk")


def next_task_end(on: date | None = None, *, unit_ids: Collection[int] | None = None
                  ) -> Task | None:
    """The not-done task that ends next, on `on` or later: a unit's next task deadline.

    `unit_ids` as for tasks_late(). Two queries (the task, its units) whatever the number.
    """
    day = on or timezone.localdate()
    return _attention_tasks(None, unit_ids).filter(end_date__gte=day).order_by(
        "end_date", "plan_id", "sort_key", "pk").first()


@dataclass(frozen=True)
class TaskAtRisk:
    """A task at risk of being late, with the figures that put it there."""

    task: Task
    percent: int  # last reported percent; 0 when the task was never reported on
    reported: bool
    days_left: int
    elapsed_percent: int  # share of its time frame gone by, rounded down
    ends_soon: bool  # ends within RISK_WINDOW_DAYS with less than RISK_MIN_PERCENT done
    behind: bool  # time gone by exceeds the percent done by more than RISK_BEHIND_POINTS


class _RiskFigures(NamedTuple):
    percent: int
    reported: bool
    days_left: int
    elapsed_percent: int
    ends_soon: bool
    behind: bool


def _elapsed(start: date | None, end: date, day: date) -> Fraction:
    """The share of the time frame from `start` to `end` gone by on `day`, from 0 to 1."""
    if start is None or day < start:
        return Fraction(0)
    total = (end - start).days
    if total == 0:
        return Fraction(1)
    return min(Fraction((day - start).days, total), Fraction(1))


def _risk_figures(start: date | None, end: date | None, latest: int | None, day: date
                  ) -> _RiskFigures | None:
    """Why a task from `start` to `end`, last reported at `latest` percent (None: never),
    is at risk on `day` (tasks_at_risk's rule), or None if it is not."""
    if end is None:  # the queries keep only tasks with an end; this tells mypy
        return None
    percent = latest or 0
    days_left = (end - day).days
    elapsed = _elapsed(start, end, day)
    ends_soon = days_left <= RISK_WINDOW_DAYS and percent < RISK_MIN_PERCENT
    behind = elapsed * 100 - percent > RISK_BEHIND_POINTS
    if not (ends_soon or behind):
        return None
    return _RiskFigures(percent=percent, reported=latest is not None, days_left=days_left,
                        elapsed_percent=int(elapsed * 100), ends_soon=ends_soon, behind=behind)


def _risk(task: Task, day: date) -> TaskAtRisk | None:
    figures = _risk_figures(task.start_date, task.end_date,
                            task.latest_percent, day)  # type: ignore[attr-defined]
    return None if figures is None else TaskAtRisk(task, *figures)


def _at_risk_ids(plan: Plan | None, day: date, unit_ids: Collection[int] | None
                 ) -> list[int]:
    """The ids of the tasks at risk on `day`, soonest end first.

    The database keeps the tasks that could be (not done, not late, ending within the
    window or begun) and gives four figures a task; the rule reads them. Whole tasks, with
    their plan and units, are read for the page shown only: reading them all to sort them
    out took 200 ms of the national page.
    """
    soon = day + timedelta(days=RISK_WINDOW_DAYS)
    rows = _attention_scope(plan, unit_ids).filter(end_date__gte=day).filter(
        Q(end_date__lte=soon) | Q(start_date__lt=day),
    ).order_by("end_date", "plan_id", "sort_key", "pk").values_list(
        "pk", "start_date", "end_date", "latest_percent")  # type: ignore[misc]
    return [pk for pk, start, end, latest in rows if _risk_figures(start, end, latest, day)]


def _at_risk(ids: list[int], day: date) -> list[TaskAtRisk]:
    """The tasks of `ids` (_at_risk_ids), in that order, with the figures that put them at
    risk: three queries whatever the number."""
    tasks = _attention_tasks(None, None).in_bulk(ids)
    return [risk for pk in ids if (risk := _risk(tasks[pk], day)) is not None]


def tasks_at_risk(plan: Plan | None = None, on: date | None = None, *,
                  unit_ids: Collection[int] | None = None) -> list[TaskAtRisk]:
    """Tasks at risk of being late on `on` (today by default), soonest end first.

    At risk: not done, not late (the end date is `on` or after), and either
      - it ends within 30 days and its last reported percent is below 80, or
      - the share of its time frame gone by exceeds its last reported percent by more than
        25 points: a task from 1 July to 30 September reported at 10% is at risk from
        2 August, when 32 of its 91 days (35.2%) have gone by, since 35.2 − 10 > 25.
    A task never reported on counts as 0%. The share of time is (on − start) / (end − start);
    a task without dates is never at risk. `unit_ids` as for tasks_late().
    """
    day = on or timezone.localdate()
    return _at_risk(_at_risk_ids(plan, day, unit_ids), day)


@dataclass(frozen=True)
class LateTask:
    task: Task
    days_late: int
    percent: int | None  # last reported percent, None if never reported


ATTENTION_PAGE_SIZE = 50


@dataclass(frozen=True)
class Attention:
    """What the page "Nhiệm vụ chậm và có nguy cơ chậm" shows: each list counted whole and
    shown a page at a time, so a national installation's thousands of late tasks cost one
    COUNT and one page of rows, not the whole list rendered."""

    on: date
    late: "Page[LateTask]"
    at_risk: "Page[TaskAtRisk]"
    own_units_only: bool


def tasks_attention(user: Visitor, *, plan: Plan | None = None, on: date | None = None,
                    late_page: str | int | None = 1, risk_page: str | int | None = 1
                    ) -> Attention:
    """Late and at-risk tasks as `user` may see them; the same few queries for any number.

    The page numbers come from the query string as typed: a wrong one shows the nearest page.
    """
    day = on or timezone.localdate()
    unit_ids = attention_unit_ids(user)
    tasks = Paginator(tasks_late(plan, day, unit_ids=unit_ids), ATTENTION_PAGE_SIZE).get_page(
        late_page)
    rows = [
        LateTask(task=task, days_late=(day - task.end_date).days,  # type: ignore[operator]
                 percent=task.latest_percent)  # type: ignore[attr-defined]
        for task in tasks
    ]
    late: Page[LateTask] = Page(rows, tasks.number, tasks.paginator)  # type: ignore[arg-type]
    risky = Paginator(_at_risk_ids(plan, day, unit_ids), ATTENTION_PAGE_SIZE).get_page(
        risk_page)
    at_risk: Page[TaskAtRisk] = Page(_at_risk(list(risky), day), risky.number,
                                     risky.paginator)  # type: ignore[arg-type]
    return Attention(on=day, late=late, at_risk=at_risk, own_units_only=unit_ids is not None)


def task_progress_counts(task_ids: Collection[int]) -> dict[int, int]:
    """How many progress entries each task holds: what deleting it would lose."""
    rows = (ProgressUpdate.objects.filter(task_id__in=task_ids).values("task_id")
            .annotate(n=Count("pk")).values_list("task_id", "n"))
    return {pk: 0 for pk in task_ids} | dict(rows)


def lead_progress_as_of(tasks: Iterable[Task], day: date) -> dict[int, ProgressUpdate]:
    """Each task's latest report by one of its lead units dated on or before `day`.

    A report looks back on a window: where a task stood on the window's last day, not today.
    """
    task_list = list(tasks)
    leads = {(tu.task_id, tu.unit_id) for task in task_list for tu in task.task_units.all()
             if tu.role == TaskRole.LEAD and tu.unit_id}
    found: dict[int, ProgressUpdate] = {}
    for update in ProgressUpdate.objects.filter(
            task_id__in=[t.pk for t in task_list], reported_on__lte=day).order_by(
            "task_id", "-reported_on", "-pk"):
        if (update.task_id, update.unit_id) in leads:
            found.setdefault(update.task_id, update)
    return found


def plans_issued(unit_ids: Collection[int], first: date, last: date) -> list[Plan]:
    """Plans the units issued in [first, last]: how they took the plan up."""
    return list(Plan.objects.filter(issuer_id__in=unit_ids, issued_on__range=(first, last))
                .select_related("issuer").order_by("issued_on", "pk"))


def unfinished_led_tasks(unit_ids: Collection[int]) -> list[TaskUnit]:
    """The units' lead roles on tasks with an end date and not done, by end date: the task
    deadlines of a unit's calendar (reporting.calendar)."""
    return list(TaskUnit.objects.filter(
        unit_id__in=list(unit_ids), role=TaskRole.LEAD, task__end_date__isnull=False)
        .exclude(task__status=TaskStatus.DONE).select_related("task", "task__plan", "unit")
        .order_by("task__end_date", "task_id", "unit_id"))
