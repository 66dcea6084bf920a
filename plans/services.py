"""Changes to plans, targets and tasks: one transaction each, validated first.

Views, the demo loader and (later) the plan importer all come through here, so a
rule such as "a task's dates follow its written time frame" holds everywhere.
"""

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.models import apply_changes
from kehoach.vntext.timeframe import parse_timeframe
from plans import permissions
from plans.models import (
    Plan,
    ProgressUpdate,
    Target,
    Task,
    TaskRole,
    TaskStatus,
    TaskUnit,
    status_for_percent,
)
from records import plan_products
from records.models import Activity, Product
from units.models import Unit
from units.selectors import check_units_valid_on

UnitRef = Unit | str
PLAN_FIELDS = frozenset(
    {
        "doc_type", "number", "symbol", "issuer", "issuer_name", "place", "issued_on", "title",
        "signer_name", "signer_title", "programme", "year_start", "year_end",
        "purposes", "requirements", "general_goals",
    }
)
TARGET_FIELDS = frozenset({"position", "text", "value", "value_max", "unit_of_measure",
                           "deadline", "task"})
TASK_FIELDS = frozenset({"code", "title", "description", "timeframe_text", "start_date",
                         "end_date", "products", "status"})


def _save(obj: Any, changed: list[str] | None = None) -> None:
    obj.full_clean()
    if changed is None:
        obj.save()
    else:
        obj.save(update_fields=changed)


@transaction.atomic
def plan_create(**fields: Any) -> Plan:
    plan = Plan()
    apply_changes(plan, PLAN_FIELDS, fields)
    if not plan.issuer_name and plan.issuer is not None:
        plan.issuer_name = plan.issuer.name
    check_units_valid_on([plan.issuer], plan.issued_on, field="issuer")
    _save(plan)
    return plan


@transaction.atomic
def plan_update(*, plan: Plan, **changes: Any) -> Plan:
    if changed := apply_changes(plan, PLAN_FIELDS, changes):
        if {"issuer", "issued_on"} & set(changed):
            check_units_valid_on([plan.issuer], plan.issued_on, field="issuer")
        _save(plan, changed)
    return plan


@transaction.atomic
def target_create(*, plan: Plan, text: str, value: Decimal, unit_of_measure: str,
                  **fields: Any) -> Target:
    target = Target(plan=plan)
    apply_changes(target, TARGET_FIELDS,
           {"text": text, "value": value, "unit_of_measure": unit_of_measure, **fields})
    if "position" not in fields:
        target.position = plan.targets.count() + 1
    _save(target)
    return target


@transaction.atomic
def target_update(*, target: Target, **changes: Any) -> Target:
    if changed := apply_changes(target, TARGET_FIELDS, changes):
        _save(target, changed)
    return target


@transaction.atomic
def target_delete(*, target: Target) -> None:
    target.delete()


def _fill_dates_from_timeframe(task: Task) -> None:
    """Dates left blank are read from the time frame as written ("Quý III/2024")."""
    if task.start_date and task.end_date:
        return
    frame = parse_timeframe(task.timeframe_text, plan_years=(task.plan.year_start,
                                                             task.plan.year_end))
    task.start_date = task.start_date or frame.start
    task.end_date = task.end_date or frame.end


@transaction.atomic
def task_create(
    *, plan: Plan, code: str, title: str,
    lead: Sequence[UnitRef] = (), coordinating: Sequence[UnitRef] = (), **fields: Any,
) -> Task:
    task = Task(plan=plan)
    apply_changes(task, TASK_FIELDS, {"code": code, "title": title, **fields})
    _fill_dates_from_timeframe(task)
    _save(task)
    task_set_units(task=task, lead=lead, coordinating=coordinating)
    return task


@transaction.atomic
def task_update(
    *, task: Task, lead: Sequence[UnitRef] | None = None,
    coordinating: Sequence[UnitRef] | None = None, **changes: Any,
) -> Task:
    changed = apply_changes(task, TASK_FIELDS, changes)
    if {"timeframe_text", "start_date", "end_date"} & set(changed):
        before = (task.start_date, task.end_date)
        _fill_dates_from_timeframe(task)
        if (task.start_date, task.end_date) != before:
            changed = sorted({*changed, "start_date", "end_date"})
    if changed:
        _save(task, changed)
    if lead is not None or coordinating is not None:
        task_set_units(task=task, lead=lead, coordinating=coordinating)
    return task


@transaction.atomic
def task_set_status(*, task: Task, status: TaskStatus | str) -> Task:
    if task.status != status:
        task.status = status
        _save(task, ["status"])
    return task


@transaction.atomic
def task_delete(*, task: Task) -> None:
    """Removes the task; its products leave the plan's dashboard copy unless another of the
    plan's tasks still links them."""
    products = plan_products.products_of_tasks([task.pk])
    task.delete()
    plan_products.refresh(products)


def _unit_name(ref: UnitRef) -> str:
    return ref.name if isinstance(ref, Unit) else ref.strip()


def _check_new_units(task: Task, role: str, units: Sequence[Unit | None],
                     existing: Sequence[TaskUnit]) -> None:
    """A unit newly named for a task must exist on the plan's date; those named already stay."""
    named = {tu.unit_id for tu in existing}
    field = "lead_units" if role == TaskRole.LEAD else "coordinating_units"
    check_units_valid_on([u for u in units if u is not None and u.pk not in named],
                         task.plan.issued_on, field=field)


def task_set_units(
    *, task: Task, lead: Sequence[UnitRef] | None, coordinating: Sequence[UnitRef] | None
) -> None:
    """Replace the task's lead and/or coordinating units, touching only what differs.

    Unchanged rows stay, so the history shows exactly which units came and went.
    """
    for role, refs in ((TaskRole.LEAD, lead), (TaskRole.COORDINATING, coordinating)):
        if refs is None:
            continue
        wanted = [
            (ref if isinstance(ref, Unit) else None, _unit_name(ref))
            for ref in refs if _unit_name(ref)
        ]
        existing = list(task.task_units.filter(role=role).select_related("unit"))
        _check_new_units(task, role, [unit for unit, _name in wanted], existing)
        keep: set[int] = set()
        for position, (unit, name) in enumerate(wanted, start=1):
            match = next(
                (tu for tu in existing if tu.pk not in keep
                 and (tu.unit_id == (unit.pk if unit else None))
                 and (unit is not None or tu.name == name)),
                None,
            )
            if match is None:
                TaskUnit.objects.create(task=task, role=role, unit=unit, name=name,
                                        position=position)
                continue
            keep.add(match.pk)
            if match.position != position:
                match.position = position
                match.save(update_fields=["position"])
        for stale in existing:
            if stale.pk not in keep:
                stale.delete()



def _latest_progress(task: Task) -> ProgressUpdate | None:
    """The latest report of a lead unit: a coordinating unit's part done is not the task done."""
    leads = task.task_units.filter(role=TaskRole.LEAD, unit__isnull=False).values("unit")
    return task.progress_updates.filter(unit__in=leads).order_by("-reported_on", "-pk").first()


@transaction.atomic
def progress_record(
    *, user: User, task: Task, unit: Unit, reported_on: date, percent: int,
    status: TaskStatus | str = "", note: str = "", products: Iterable[Product] = (),
    activities: Iterable[Activity] = (),
) -> ProgressUpdate:
    """Record a unit's progress on a task; the task's status follows its lead units' latest report.

    A coordinating unit's report is kept as its part of the work and leaves the status alone,
    as does a report dated before the latest one (it fills in the past).
    The status follows the percent (status_for_percent); `status` "done" alone, from callers
    that still name it, means 100%, so a finished task is never left showing 80%. The form asks
    for the percent only: one control per task. Evidence must be the
    reporting unit's own products and activities: a unit answers for its own work only.
    """
    permissions.check_can_record_progress(user, task, unit)
    if unit.pk not in {tu.unit_id for tu in task.task_units.all()}:
        raise ValidationError({"unit": [_("Đơn vị báo cáo phải là đơn vị chủ trì hoặc phối "
                                          "hợp của nhiệm vụ.")]})
    if status == TaskStatus.DONE:
        percent = 100
    progress = ProgressUpdate(
        task=task, unit=unit, reported_on=reported_on, status=status_for_percent(percent),
        percent=percent, note=(note or "").strip(),
        created_by=user,
    )
    products, activities = list(products), list(activities)
    errors: dict[str, list[str]] = {}
    if any(p.unit_id != unit.pk for p in products):
        errors["products"] = [_("Chỉ được dùng sản phẩm của chính đơn vị báo cáo làm minh "
                                "chứng.")]
    if any(a.unit_id != unit.pk for a in activities):
        errors["activities"] = [_("Chỉ được dùng hoạt động của chính đơn vị báo cáo làm minh "
                                  "chứng.")]
    try:
        progress.full_clean(exclude=["products", "activities"])
    except ValidationError as error:
        errors = {**error.message_dict, **errors}
    if errors:
        raise ValidationError(errors)
    progress.save()
    progress.products.set(products)
    progress.activities.set(activities)
    if _latest_progress(task) == progress:
        task_set_status(task=task, status=progress.status)
    return progress


@transaction.atomic
def progress_delete(*, user: User, progress: ProgressUpdate) -> None:
    """Remove a wrong entry; if it was the latest, the status follows the one now latest.

    With no report left the status stays as it is, since it may have been set by hand.
    """
    permissions.check_can_delete_progress(user, progress)
    task = progress.task
    was_latest = _latest_progress(task) == progress
    progress.delete()
    if was_latest and (latest := _latest_progress(task)) is not None:
        task_set_status(task=task, status=latest.status)
