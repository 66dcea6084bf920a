"""Who may see or change plans, targets, tasks and progress: one answer for every entry point.

Everybody logged in reads plans and tasks. Coordinators (and administrators) edit them. A unit
reporter changes the status of a task their unit leads, and reports progress for their own
units among a task's lead and coordinating units; the author of a progress entry may take it
back. Views, services and the plan import all ask here.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import Visitor, is_active_user, is_coordinator, is_reporter, own_unit_ids
from plans.models import Plan, ProgressUpdate, Target, Task, TaskRole, TaskUnit
from units.models import Unit


def can_edit_plans(user: Visitor) -> bool:
    """Plans, targets and tasks are the lead department's: coordinators and administrators."""
    return is_coordinator(user)


def check_can_edit_plans(user: Visitor) -> None:
    if not can_edit_plans(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được thêm hoặc sửa kế hoạch."))


def progress_units(user: Visitor, task: Task) -> list[Unit]:
    """The task's units `user` may report progress for, lead units first.

    Coordinators report for any of them (a unit without an account phones its figures in);
    a unit reporter only for their own units among the task's lead and coordinating units.
    Uses the task's prefetched units, as get_task_for_user() loads them.
    """
    named = sorted((tu for tu in task.task_units.all() if tu.unit_id),
                   key=lambda tu: (tu.role != TaskRole.LEAD, tu.position, tu.pk))
    units = list({tu.unit_id: tu.unit for tu in named if tu.unit is not None}.values())
    if can_edit_plans(user):
        return units
    if not is_reporter(user):
        return []
    mine = set(own_unit_ids(user))
    return [unit for unit in units if unit.pk in mine]


def can_record_progress(user: Visitor, task: Task) -> bool:
    return bool(progress_units(user, task))


def check_can_record_progress(user: Visitor, task: Task, unit: Unit | None = None) -> None:
    """Refuse unless `user` may report on `task`, for `unit` when one is named.

    Whether `unit` is one of the task's units is the service's validation, not a permission:
    a coordinator choosing the wrong unit gets a form error, not a refusal.
    """
    if can_edit_plans(user):
        return
    allowed = can_record_progress(user, task)
    if allowed and unit is not None:
        allowed = unit.pk in own_unit_ids(user)
    if not allowed:
        raise PermissionDenied(_("Bạn chỉ được cập nhật tiến độ nhiệm vụ do đơn vị của mình chủ "
                                 "trì hoặc phối hợp."))


def can_delete_progress(user: Visitor, progress: ProgressUpdate) -> bool:
    """The author may take back their own entry; coordinators clean up anyone's."""
    if can_edit_plans(user):
        return True
    return is_active_user(user) and progress.created_by_id == user.pk


def check_can_delete_progress(user: Visitor, progress: ProgressUpdate) -> None:
    if not can_delete_progress(user, progress):
        raise PermissionDenied(_("Chỉ người nhập hoặc cán bộ điều phối được xóa cập nhật tiến "
                                 "độ này."))


def attention_unit_ids(user: Visitor) -> set[int] | None:
    """Whose tasks the attention page lists: a unit reporter's units, or every task (None)."""
    if can_edit_plans(user) or not is_reporter(user):
        return None
    return set(own_unit_ids(user))


def get_plan_for_user(user: Visitor, pk: int, *, change: bool = False) -> Plan:
    """The plan, which everybody logged in reads; with `change`, only for coordinators."""
    plan = get_object_or_404(Plan.objects.select_related("issuer", "programme"), pk=pk)
    if change:
        check_can_edit_plans(user)
    return plan


def get_task_for_user(user: Visitor, pk: int, *, change: str = "") -> Task:
    """The task, if `user` may do `change` to it ("" to read, "progress" or "edit")."""
    task = get_object_or_404(Task.objects.select_related("plan").prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit"))), pk=pk)
    if change == "edit":
        check_can_edit_plans(user)
    if change == "progress":
        check_can_record_progress(user, task)
    return task


def get_target_for_user(user: Visitor, pk: int, *, change: bool = False) -> Target:
    target = get_object_or_404(Target.objects.select_related("plan", "task"), pk=pk)
    if change:
        check_can_edit_plans(user)
    return target


def get_progress_for_user(user: Visitor, pk: int, *, change: bool = False) -> ProgressUpdate:
    """A progress entry; with `change` (deleting it), only for its author or a coordinator."""
    progress = get_object_or_404(
        ProgressUpdate.objects.select_related("task__plan", "unit"), pk=pk)
    if change:
        check_can_delete_progress(user, progress)
    return progress
