"""Confirming a reviewed import: the plan, its tasks and targets, and the ingestion, at once.

One transaction: either the plan is created (or updated in place) and the ingestion is marked
done, or nothing changes. A re-import keeps the ids of the tasks and targets it pairs with the
document's, so their indicators, progress entries and links to products stay; removing an item
that carries such work needs the coordinator's explicit consent.
"""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from documents.importing.changes import Changes, Reconciliation, plan_values, reconcile
from documents.importing.changes import is_id as _is_id
from documents.importing.matching import number
from documents.importing.review import (
    CREATE,
    existing_plan,
    included,
    iso_date,
    lines,
    unit_choices,
)
from documents.importing.types import Reviewed, ReviewedTarget, ReviewedTask
from documents.models import Ingestion, IngestionStatus
from documents.permissions import check_can_import_plans
from plans import services
from plans.models import Plan, Task
from units.models import Unit
from units.selectors import unit_suggestions


@transaction.atomic
def plan_import_confirm(*, user: User, ingestion: Ingestion, reviewed: Reviewed,
                        accept_losses: bool = False) -> tuple[Plan, Changes | None]:
    """Create the plan, or update the one an earlier import made; finish the ingestion.

    Returns the plan and, for a re-import, what changed. Refused (nothing written) when the
    ingestion was already confirmed, or when removals would lose recorded work and
    `accept_losses` is not set: the error lists what would be lost.
    """
    check_can_import_plans(user)
    locked = Ingestion.objects.select_for_update().get(pk=ingestion.pk)
    if locked.status != IngestionStatus.READY:
        raise ValidationError(_("Văn bản này đã được nhập rồi; hãy mở kế hoạch để xem."),
                              code="already-confirmed")
    plan = existing_plan(reviewed)
    reconciliation = reconcile(plan, reviewed) if plan is not None else None
    if reconciliation is not None and reconciliation.changes.losses and not accept_losses:
        raise ValidationError(_losses_message(reconciliation.changes), code="losses")
    units = _resolve_units(reviewed)
    values = {**plan_values(reviewed), **_purpose_values(locked.parsed)}
    if (issuer := _issuer_unit(values["issuer_name"], values["issued_on"])) is not None:
        values["issuer"] = issuer
    if plan is None:
        plan = services.plan_create(**values)
        _create_tasks(plan, included(reviewed.get("tasks")), units)
        tasks = {t.code: t for t in plan.tasks.all()}
        for position, item in enumerate(included(reviewed.get("targets")), start=1):
            _create_target(plan, item, position, tasks)
    else:
        plan = services.plan_update(plan=plan, **values)
        assert reconciliation is not None  # noqa: S101 (set with the plan)
        _apply(plan, reconciliation, units, included(reviewed.get("targets")))
    _finish(locked, plan)
    return plan, reconciliation.changes if reconciliation is not None else None


def _purpose_values(parsed: Any) -> dict[str, str]:
    """The plan's purposes, requirements and general goals as the parser read them, a
    paragraph a line; those it did not find are left as they are."""
    found = (parsed or {}).get("purpose") or {}
    return {name: "\n".join(found[name]) for name in ("purposes", "requirements",
                                                        "general_goals") if found.get(name)}


def _losses_message(changes: Changes) -> str:
    said = "; ".join(f"“{r.label}” ({', '.join(r.losses)})" for r in changes.losses)
    return _("Văn bản mới không còn các mục sau, và xóa chúng sẽ mất dữ liệu đã ghi nhận: "
             "%(items)s. Nếu đúng là cần bỏ, hãy đánh dấu “Đồng ý xóa cả dữ liệu này” rồi xác "
             "nhận lại; nếu không, hãy giữ các mục đó trong danh sách.") % {"items": said}


def _finish(ingestion: Ingestion, plan: Plan) -> None:
    ingestion.status = IngestionStatus.DONE
    ingestion.plan = plan
    ingestion.save(update_fields=["status", "plan", "updated_at"])
    if ingestion.document is not None:
        ingestion.document.plan = plan
        ingestion.document.save(update_fields=["plan"])


def _issuer_unit(name: str, issued_on: date | None) -> Unit | None:
    """The issuing body, when one known unit clearly is it ("Ủy ban nhân dân tỉnh Sóc Trăng")."""
    suggestions = unit_suggestions(name, on=issued_on, limit=2)
    if suggestions and suggestions[0][1] >= 0.95 and (
            len(suggestions) == 1 or suggestions[1][1] < suggestions[0][1]):
        return suggestions[0][0]
    return None


def _resolve_units(reviewed: Reviewed) -> dict[str, Unit | str]:
    """Unit names → the unit chosen for them, a unit created now, or the name kept as text."""
    from units.kinds import guess_kind
    from units.services import unit_create

    resolved: dict[str, Unit | str] = {}
    for name, choice in unit_choices(reviewed).items():
        if choice == CREATE:
            resolved[name] = unit_create(name=name, kind=guess_kind(name))
        elif _is_id(choice) and (unit := Unit.objects.filter(pk=int(choice)).first()):
            resolved[name] = unit
        else:
            resolved[name] = name
    return resolved


def _task_fields(item: ReviewedTask, units: dict[str, Unit | str]) -> dict[str, Any]:
    return {
        "code": item["code"], "title": item["title"],
        "description": item.get("description", ""),
        "timeframe_text": item.get("timeframe_text", ""),
        "start_date": iso_date(item.get("start_date")),
        "end_date": iso_date(item.get("end_date")),
        "products": item.get("products", ""),
        "lead": [units.get(n, n) for n in lines(item.get("lead", ""))],
        "coordinating": [units.get(n, n) for n in lines(item.get("coordinating", ""))],
    }


def _create_tasks(plan: Plan, items: list[ReviewedTask], units: dict[str, Unit | str]) -> None:
    for item in items:
        services.task_create(plan=plan, **_task_fields(item, units))


def _target_fields(item: ReviewedTarget, position: int, tasks: dict[str, Task]
                   ) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "position": position, "text": item["text"], "value": number(item.get("value")),
        "value_max": number(item.get("value_max")),
        "unit_of_measure": item.get("unit_of_measure") or "",
        "deadline": iso_date(item.get("deadline")),
    }
    if item.get("task_code"):  # the review has no task field: a link set by hand stays
        fields["task"] = tasks.get(item.get("task_code", ""))
    return fields


def _create_target(plan: Plan, item: ReviewedTarget, position: int,
                   tasks: dict[str, Task]) -> None:
    fields = _target_fields(item, position, tasks)
    services.target_create(plan=plan, text=fields.pop("text"), value=fields.pop("value"),
                           unit_of_measure=fields.pop("unit_of_measure"), **fields)


def _apply(plan: Plan, reconciliation: Reconciliation, units: dict[str, Unit | str],
           reviewed_targets: list[ReviewedTarget]) -> None:
    """Remove, then move codes out of each other's way, then update and add."""
    tasks, targets = reconciliation.tasks, reconciliation.targets
    for stale in tasks.removed:
        services.task_delete(task=stale)
    for old_target in targets.removed:
        services.target_delete(target=old_target)
    for task, item in tasks.pairs:
        if task.code != item["code"]:  # codes move out of each other's way first
            services.task_update(task=task, code=f"~{task.pk}")
    for task, item in tasks.pairs:
        services.task_update(task=task, **_task_fields(item, units))
    _create_tasks(plan, tasks.added, units)
    by_code = {t.code: t for t in plan.tasks.all()}
    position_of = {id(item): n for n, item in enumerate(reviewed_targets, start=1)}
    for target, target_item in targets.pairs:
        services.target_update(target=target, **_target_fields(
            target_item, position_of[id(target_item)], by_code))
    for added in targets.added:
        _create_target(plan, added, position_of[id(added)], by_code)
