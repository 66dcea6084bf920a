"""A parsed plan document, reviewed by a coordinator, becomes a plan with targets and tasks.

The review works on a plain dictionary (what the parser read, then the coordinator's edits), so
that edits survive between requests. Confirming applies it in one transaction: a second import
of the same document updates the plan it made the first time, and says what changed.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction

from kehoach.vntext.text import tone_key
from plans import services
from plans.models import DocumentType, Plan, Target, Task, TaskStatus
from units.models import Unit
from units.selectors import unit_suggestions

_DOC_TYPES = {"Kế hoạch": DocumentType.PLAN, "Chương trình": DocumentType.PROGRAMME,
              "Đề án": DocumentType.SCHEME, "Quyết định": DocumentType.DECISION,
              "Hướng dẫn": DocumentType.GUIDANCE, "Công văn": DocumentType.OFFICIAL_LETTER}
KEEP_TEXT = ""
CREATE = "new"


def review_initial(parsed: dict[str, Any]) -> dict[str, Any]:
    """The review form's starting values, from what the parser read."""
    header = parsed.get("document") or {}
    signer = header.get("signer") or {}
    years = parsed.get("plan_years") or [None, None]
    issued = header.get("date") or ""
    plan = {
        "doc_type": _DOC_TYPES.get(header.get("type_name") or "", DocumentType.PLAN),
        "number": header.get("number") or "", "symbol": header.get("symbol") or "",
        "issuer_name": header.get("issuer") or "", "place": header.get("place") or "",
        "issued_on": issued if len(issued) == 10 else "", "title": header.get("title") or "",
        "signer_name": signer.get("name") or "", "signer_title": signer.get("title") or "",
        "year_start": years[0] or "", "year_end": years[1] or "",
    }
    tasks = [{
        "include": True, "code": t.get("code") or "", "title": t.get("title") or "",
        "lead": "\n".join(t.get("lead_units") or []),
        "coordinating": "\n".join(t.get("coordinating_units") or []),
        "timeframe_text": (t.get("timeframe") or {}).get("text") or "",
        "start_date": (t.get("timeframe") or {}).get("start") or "",
        "end_date": (t.get("timeframe") or {}).get("end") or "",
        "products": t.get("products") or "", "description": t.get("content") or "",
    } for t in parsed.get("tasks") or []]
    targets = [{
        "include": True, "text": t.get("text") or "", "value": t.get("value"),
        "value_max": t.get("value_max"), "unit_of_measure": t.get("unit") or "",
        "deadline": t.get("deadline") or "",
    } for t in parsed.get("targets") or []]
    return {"plan": plan, "tasks": tasks, "targets": targets, "units": {}}


def unit_names(reviewed: dict[str, Any]) -> list[str]:
    """Every distinct unit name the reviewed tasks mention, in order of appearance."""
    names: list[str] = []
    seen: set[str] = set()
    for task in reviewed.get("tasks") or []:
        for key in ("lead", "coordinating"):
            for name in _lines(task.get(key, "")):
                if tone_key(name).casefold() not in seen:
                    seen.add(tone_key(name).casefold())
                    names.append(name)
    return names


def _lines(text: str) -> list[str]:
    return [line.strip(" -;,.") for line in (text or "").splitlines() if line.strip(" -;,.")]


@dataclass
class UnitMatch:
    name: str
    choice: str  # "" keep as text, "new" create, or a unit's pk
    suggestions: list[tuple[Unit, float]]


def unit_matches(reviewed: dict[str, Any], *, on: date | None) -> list[UnitMatch]:
    """Each unit name with ranked suggestions; a close match is chosen by default."""
    chosen = reviewed.get("units") or {}
    matches = []
    for name in unit_names(reviewed):
        suggestions = unit_suggestions(name, on=on)
        if name in chosen:
            choice = str(chosen[name])
        elif suggestions and suggestions[0][1] >= 0.85:
            choice = str(suggestions[0][0].pk)
        else:
            choice = KEEP_TEXT
        matches.append(UnitMatch(name, choice, suggestions))
    return matches


def existing_plan(reviewed: dict[str, Any]) -> Plan | None:
    """The plan this document made on an earlier import: same type, number, issuer and year."""
    plan = reviewed.get("plan") or {}
    probe = Plan(doc_type=plan.get("doc_type") or DocumentType.PLAN,
                 number=str(plan.get("number") or ""), symbol=str(plan.get("symbol") or ""),
                 issuer_name=str(plan.get("issuer_name") or ""),
                 issued_on=iso_date(plan.get("issued_on")) or date(1900, 1, 1))
    probe.refresh_derived()
    return Plan.objects.filter(
        doc_type=probe.doc_type, number=probe.number, symbol=probe.symbol,
        issuer_key=probe.issuer_key, issued_year=probe.issued_year,
    ).first()


@dataclass
class Changes:
    plan_fields: list[tuple[str, str, str]] = field(default_factory=list)
    tasks_added: list[str] = field(default_factory=list)
    tasks_changed: list[str] = field(default_factory=list)
    tasks_removed: list[str] = field(default_factory=list)
    targets_added: int = 0
    targets_removed: int = 0

    @property
    def any(self) -> bool:
        return bool(self.plan_fields or self.tasks_added or self.tasks_changed
                    or self.tasks_removed or self.targets_added or self.targets_removed)


def changes_against(plan: Plan, reviewed: dict[str, Any]) -> Changes:
    """What confirming would change in a plan imported before."""
    changes = Changes()
    values = _plan_values(reviewed)
    for name, new in values.items():
        old = getattr(plan, name)
        if _shown(old) != _shown(new):
            changes.plan_fields.append((str(Plan._meta.get_field(name).verbose_name),
                                        _shown(old), _shown(new)))
    current = {t.code: t for t in plan.tasks.all()}
    wanted = {t["code"]: t for t in _included(reviewed.get("tasks"))}
    changes.tasks_added = [code for code in wanted if code not in current]
    changes.tasks_removed = [code for code in current if code not in wanted]
    for code, task in wanted.items():
        if code in current and _task_differs(current[code], task):
            changes.tasks_changed.append(code)
    old_targets = {_target_key(t.text, t.value) for t in plan.targets.all()}
    new_targets = {_target_key(t["text"], t.get("value")) for t in
                   _included(reviewed.get("targets"))}
    changes.targets_added = len(new_targets - old_targets)
    changes.targets_removed = len(old_targets - new_targets)
    return changes


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def _task_differs(task: Task, new: dict[str, Any]) -> bool:
    return (task.title != new["title"] or task.timeframe_text != new.get("timeframe_text", "")
            or task.products != new.get("products", "")
            or [u.name for u in task.lead_units] != _lines(new.get("lead", ""))
            or [u.name for u in task.coordinating_units] != _lines(new.get("coordinating", "")))


def _target_key(text: str, value: Any) -> tuple[str, str]:
    return text.strip(), str(_decimal(value))


def _included(items: Any) -> list[dict[str, Any]]:
    return [item for item in items or [] if item.get("include")]


def iso_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _plan_values(reviewed: dict[str, Any]) -> dict[str, Any]:
    plan = reviewed["plan"]
    return {
        "doc_type": plan["doc_type"], "number": str(plan["number"]), "symbol": plan["symbol"],
        "issuer_name": plan["issuer_name"], "place": plan.get("place", ""),
        "issued_on": iso_date(plan["issued_on"]), "title": plan["title"],
        "signer_name": plan.get("signer_name", ""), "signer_title": plan.get("signer_title", ""),
        "year_start": int(plan["year_start"]), "year_end": int(plan["year_end"]),
    }


@transaction.atomic
def plan_import_apply(*, reviewed: dict[str, Any], issuer: Unit | None = None
                      ) -> tuple[Plan, Changes | None]:
    """Create the plan, or update the one an earlier import made; targets and tasks with it.

    Tasks are matched by code. A task that is no longer in the document is deleted unless work
    on it has started, so recorded progress is never lost to a re-import.
    """
    units = _resolve_units(reviewed)
    plan = existing_plan(reviewed)
    changes = changes_against(plan, reviewed) if plan is not None else None
    values = _plan_values(reviewed)
    issuer = issuer or _issuer_unit(values["issuer_name"], values["issued_on"])
    if issuer is not None:
        values["issuer"] = issuer
    if plan is None:
        plan = services.plan_create(**values)
    else:
        plan = services.plan_update(plan=plan, **values)
    tasks = _apply_tasks(plan, reviewed, units)
    _apply_targets(plan, reviewed, tasks)
    return plan, changes


def _issuer_unit(name: str, issued_on: date | None) -> Unit | None:
    """The issuing body, when one known unit clearly is it ("Ủy ban nhân dân tỉnh Sóc Trăng")."""
    suggestions = unit_suggestions(name, on=issued_on, limit=2)
    if suggestions and suggestions[0][1] >= 0.95 and (
            len(suggestions) == 1 or suggestions[1][1] < suggestions[0][1]):
        return suggestions[0][0]
    return None


def _resolve_units(reviewed: dict[str, Any]) -> dict[str, Unit | str]:
    """Unit names → the unit chosen for them, a unit created now, or the name kept as text."""
    from units.kinds import guess_kind
    from units.services import unit_create

    resolved: dict[str, Unit | str] = {}
    choices = reviewed.get("units") or {}
    for name in unit_names(reviewed):
        choice = str(choices.get(name, KEEP_TEXT))
        if choice == CREATE:
            resolved[name] = unit_create(name=name,
                                         kind=guess_kind(name))
        elif choice.isdigit():
            resolved[name] = Unit.objects.get(pk=int(choice))
        else:
            resolved[name] = name
    return resolved


def _apply_tasks(plan: Plan, reviewed: dict[str, Any], units: dict[str, Unit | str]
                 ) -> dict[str, Task]:
    current = {t.code: t for t in plan.tasks.all()}
    result: dict[str, Task] = {}
    for item in _included(reviewed.get("tasks")):
        fields = {
            "title": item["title"], "description": item.get("description", ""),
            "timeframe_text": item.get("timeframe_text", ""),
            "start_date": iso_date(item.get("start_date")),
            "end_date": iso_date(item.get("end_date")),
            "products": item.get("products", ""),
        }
        lead = [units.get(n, n) for n in _lines(item.get("lead", ""))]
        coordinating = [units.get(n, n) for n in _lines(item.get("coordinating", ""))]
        task = current.pop(item["code"], None)
        if task is None:
            task = services.task_create(plan=plan, code=item["code"], lead=lead,
                                        coordinating=coordinating, **fields)
        else:
            task = services.task_update(task=task, lead=lead, coordinating=coordinating, **fields)
        result[task.code] = task
    for stale in current.values():
        if stale.status == TaskStatus.NOT_STARTED:
            services.task_delete(task=stale)
    return result


def _apply_targets(plan: Plan, reviewed: dict[str, Any], tasks: dict[str, Task]) -> None:
    existing = {_target_key(t.text, t.value): t for t in plan.targets.all()}
    for position, item in enumerate(_included(reviewed.get("targets")), start=1):
        key = _target_key(item["text"], item.get("value"))
        fields = {"position": position, "value_max": _decimal(item.get("value_max")),
                  "deadline": iso_date(item.get("deadline")),
                  "task": tasks.get(item.get("task_code") or "")}
        target: Target | None = existing.pop(key, None)
        if target is None:
            services.target_create(plan=plan, text=item["text"], value=_decimal(item["value"]),
                                   unit_of_measure=item.get("unit_of_measure") or "", **fields)
        else:
            services.target_update(target=target, **fields)
    for stale in existing.values():
        services.target_delete(target=stale)
