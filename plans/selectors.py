"""Reads of plans and tasks, and who may see or change them."""

from collections.abc import Collection
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from plans.models import Plan, Target, Task, TaskRole, TaskStatus, TaskUnit


def quarter_bounds(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def plan_list() -> QuerySet[Plan]:
    return Plan.objects.select_related("issuer", "programme").order_by(
        "-issued_on", "-pk"
    )


def _tasks_with_units() -> QuerySet[Task]:
    return Task.objects.prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit"))
    )


def plan_detail(pk: int) -> tuple[Plan, list[Target], list[Task]]:
    """A plan with its targets and its tasks in the document's order."""
    plan = get_object_or_404(Plan.objects.select_related("issuer", "programme"), pk=pk)
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
    for word in query.split():
        tasks = tasks.filter(Q(title__icontains=word) | Q(code__icontains=word))
    return tasks.order_by("-plan__issued_on", "plan_id", "sort_key", "pk")


def user_leads_task(user: User, task: Task) -> bool:
    unit_ids = set(user.memberships.values_list("unit_id", flat=True))
    return task.task_units.filter(role=TaskRole.LEAD, unit_id__in=unit_ids).exists()


def can_edit_plans(user: User) -> bool:
    return bool(getattr(user, "is_coordinator", False))


def can_change_task_status(user: User, task: Task) -> bool:
    """Coordinators, and reporters of a unit that leads the task."""
    if can_edit_plans(user):
        return True
    return bool(getattr(user, "is_reporter", False)) and user_leads_task(user, task)


def check_can_edit_plans(user: User) -> None:
    if not can_edit_plans(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được thêm hoặc sửa kế hoạch."))


def get_plan_for_user(user: User, pk: int, *, change: bool = False) -> Plan:
    plan = get_object_or_404(Plan, pk=pk)
    if change:
        check_can_edit_plans(user)
    return plan


def get_task_for_user(user: User, pk: int, *, change: str = "") -> Task:
    """The task, if `user` may do `change` to it ("" to read, "status" or "edit")."""
    task = get_object_or_404(_tasks_with_units().select_related("plan"), pk=pk)
    if change == "edit":
        check_can_edit_plans(user)
    if change == "status" and not can_change_task_status(user, task):
        raise PermissionDenied(
            _("Bạn chỉ được cập nhật nhiệm vụ do đơn vị của mình chủ trì.")
        )
    return task


def get_target_for_user(user: User, pk: int, *, change: bool = False) -> Target:
    target = get_object_or_404(Target.objects.select_related("plan"), pk=pk)
    if change:
        check_can_edit_plans(user)
    return target
