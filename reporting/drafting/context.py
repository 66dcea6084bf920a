"""What the draft templates are given: the facts as phrases a clerk would write.

Numbers are already written the Vietnamese way (kehoach.vntext.formats) and marked with the
address of their records, so the templates only arrange sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from exports import naming
from indicators.compute import Status
from kehoach.vntext.formats import cited_date, vn_count, vn_number
from plans.models import TaskStatus
from reporting.drafting import links, phrases, roles
from reporting.drafting.counts import OUTSIDE, ActivityCount, ProductCount
from reporting.drafting.facts import ReportFacts, TargetFacts, TaskFacts
from reporting.drafting.recommendations import upward

Context = dict[str, Any]
OWN_ACTIVITY_KINDS = ("press", "seminar", "training")


def shared(facts: ReportFacts, appendix: dict[str, str] | None = None) -> Context:
    plan = facts.plan
    coverage = facts.coverage
    return {
        "reporter": facts.reporter, "we": facts.short_reporter,
        "plan_issuer": (naming.recipient_name(plan.issuer_name, facts.parent_name)
                        if plan else ""),
        "first": cited_date(facts.first),
        "last": cited_date(facts.last),
        "plan_ref": plan.header().citation() if plan else "", "plan": plan,
        "plan_number": plan.header().citation(issuer=False) if plan else "",
        "reported": vn_count(coverage.reported), "asked": vn_count(len(coverage.asked)),
        "missing": phrases.enumeration(facts.local(u.name) for u in coverage.missing),
        "waiting": phrases.enumeration(facts.local(u.name) for u in coverage.waiting),
        "totals": _totals(facts),
        "appendix": appendix or {},
    }


def for_role(role: str, facts: ReportFacts, common: Context) -> Context:
    builders: dict[str, Callable[[ReportFacts, Context], Context]] = {
        roles.DIRECTION: _direction, roles.RESULTS: _results, roles.ASSESSMENT: _assessment,
        roles.NEXT: _next, roles.RECOMMENDATIONS: _recommendations,
    }
    return builders[role](facts, common)


# --- Figures as phrases -------------------------------------------------------------------


def _urls(facts: ReportFacts, **filters: object) -> tuple[Callable[..., str], ...]:
    units, first, last = facts.coverage.unit_ids, facts.first, facts.last

    def products(**more: object) -> str:
        return links.products_url(units, first, last, **filters, **more)

    def activities(**more: object) -> str:
        return links.activities_url(units, first, last, **filters, **more)

    return products, activities


def _products(facts: ReportFacts, count: ProductCount, **filters: object) -> Context | None:
    if not count.total:
        return None
    url, _activities = _urls(facts, **filters)
    ids = facts.language_ids
    return {
        "total": phrases.counted(count.total, _("sản phẩm"), url()),
        "kinds": phrases.product_kinds(count.by_kind, lambda kind: url(kind=kind)),
        "other": phrases.counted(count.other_languages, _("sản phẩm")),
        "other_share": phrases.share(count.other_languages, count.total),
        "has_other": bool(count.other_languages),
        "languages": phrases.languages(count.by_language, facts.language_names,
                                       lambda code: url(language=ids.get(code, ""))),
        "several_languages": len(count.by_language) > 1,
        "bilingual": vn_count(count.bilingual) if count.bilingual else "",
        "units": phrases.units(count.by_unit, facts.unit_names, _("sản phẩm"),
                               lambda pk: url(unit=pk, units="")),
        "unit_count": len(count.by_unit),
        "only_unit": (facts.unit_names.get(next(iter(count.by_unit)), "")
                      if len(count.by_unit) == 1 else ""),
    }


def _activities(facts: ReportFacts, count: ActivityCount, **filters: object) -> Context | None:
    if not count.total:
        return None
    _products_url, url = _urls(facts, **filters)
    return {
        "total": phrases.counted(count.total, _("hoạt động"), url()),
        "kinds": phrases.activity_kinds(count.by_kind, lambda kind: url(kind=kind)),
        "people": vn_number(count.people, 0) if count.people else "",
        "groups": (phrases.groups(count.people_by_group)
                   if len(+count.people_by_group) > 1 else ""),
    }


def _totals(facts: ReportFacts) -> Context:
    work = facts.work
    return {"products": _products(facts, work.products),
            "activities": _activities(facts, work.activities),
            "channels": vn_count(len(+work.products.by_channel))}


# --- Targets and tasks --------------------------------------------------------------------


def _goal(facts: TargetFacts) -> str:
    target = facts.target
    unit = target.unit_of_measure.strip()
    value = vn_number(target.value)
    if target.value_max is not None:
        value = f"{value} - {vn_number(target.value_max)}"
    return f"{value}%" if unit == "%" else f"{value} {unit}".strip()


def _target(facts: TargetFacts, last: date) -> Context:
    target = facts.target
    unit = target.unit_of_measure.strip()
    value = facts.value
    reached = ""
    if value is not None:
        reached = f"{vn_number(value)}%" if unit == "%" else f"{vn_number(value)} {unit}".strip()
    ratio = (phrases.share(int(value * 100), int(target.value * 100))
             if value is not None and target.value and unit != "%" else "")
    return {
        "text": target.text.rstrip(" .;"), "goal": _goal(facts), "reached": reached,
        "ratio": ratio, "status": facts.status, "due": cited_date(facts.due),
        "not_due": facts.due > last,
        "beyond": value is not None and value > (target.value_max or target.value),
        "Status": Status,
    }


def _task(facts: ReportFacts, task: TaskFacts) -> Context:
    pk = task.task.pk
    receiving = facts.coverage.receiving.name
    return {
        "number": task.number, "code": task.task.code, "title": task.task.title.rstrip(" .;"),
        "lead": phrases.enumeration(task.lead), "coordinating": phrases.enumeration(
            task.coordinating),
        "we_lead": facts.local(receiving) in task.lead, "lead_count": len(task.lead),
        "products": _products(facts, task.products, task=pk),
        "activities": _activities(facts, task.activities, task=pk),
        "status": task.status, "done": task.status == TaskStatus.DONE,
        "percent": task.percent, "late": task.late, "not_yet": task.not_yet,
        "timeframe": task.task.timeframe_text.rstrip(" ."),
        "end": cited_date(task.task.end_date),
        "targets": [_target(t, facts.last) for t in task.targets],
        "has_work": task.has_work,
    }


# --- The parts ----------------------------------------------------------------------------


def _direction(facts: ReportFacts, common: Context) -> Context:
    plan = facts.plan
    own = facts.own_activities
    kinds = {k: n for k, n in own.by_kind.items() if k in OWN_ACTIVITY_KINDS}
    _p, url = _urls(facts)
    return {
        "plan_issued": bool(plan and plan.issued_on
                            and facts.first <= plan.issued_on <= facts.last),
        "guidances": [{"ref": g.header().citation(issuer=False), "title": g.title.rstrip(" ."),
                       "issuer": g.issuer.name} for g in facts.guidances],
        "guidance_count": vn_count(len(facts.guidances)),
        "plans_adopted": [{"issuer": p.issuer.name if p.issuer else p.issuer_name,
                           "ref": p.header().citation(issuer=False)} for p in facts.plans_adopted],
        "own_activities": phrases.activity_kinds(
            own.by_kind.__class__(kinds), lambda kind: url(kind=kind, unit=facts.coverage
                                                            .receiving.pk, units="")),
    }


def _results(facts: ReportFacts, common: Context) -> Context:
    plan_id = facts.plan.pk if facts.plan else None
    return {
        "items": [_task(facts, task) for task in facts.tasks],
        "outside": {
            "number": len(facts.tasks) + 1,
            "products": _products(facts, facts.work.products_of(OUTSIDE), outside_plan=plan_id),
            "activities": _activities(facts, facts.work.activities_of(OUTSIDE),
                                      outside_plan=plan_id),
        },
        "has_plan": facts.plan is not None,
    }


def _assessment(facts: ReportFacts, common: Context) -> Context:
    targets = [_target(t, facts.last) for t in facts.targets]
    return {
        "tasks_total": vn_count(len(facts.tasks)),
        "tasks_worked": vn_count(sum(1 for t in facts.tasks if t.has_work
                                     or t.status != TaskStatus.NOT_STARTED)),
        "tasks_done": vn_count(sum(1 for t in facts.tasks if t.status == TaskStatus.DONE)),
        "achieved": [t for t in targets if t["status"] == Status.ACHIEVED],
        "behind": [t for t in targets if t["status"] in (Status.BEHIND, Status.MISSED)],
        "late": [_task(facts, t) for t in facts.tasks if t.late],
        "idle": [_task(facts, t) for t in facts.tasks
                 if not t.has_work and not t.not_yet and not t.late
                 and t.status == TaskStatus.NOT_STARTED],
        "unreported": [_task(facts, t) for t in facts.tasks
                       if t.percent is None and t.has_work and not t.late],
        "left_out": phrases.enumeration(facts.local(u.name) for u in facts.coverage.left_out),
        "Status": Status,
    }


def _next(facts: ReportFacts, common: Context) -> Context:
    """The actions of the next period, late tasks first, then the others in the plan's order,
    the targets not yet reached, and the reports still missing."""
    open_tasks = [_task(facts, t) for t in facts.tasks if t.status != TaskStatus.DONE]
    actions: list[Context] = [{"kind": "late", "task": t} for t in open_tasks if t["late"]]
    actions += [{"kind": "not_yet" if t["not_yet"] else "ongoing", "task": t}
                for t in open_tasks if not t["late"]]
    actions += [{"kind": "target", "target": _target(t, facts.last)} for t in facts.targets
                if t.status not in (Status.ACHIEVED, Status.NO_INDICATOR)
                and t.due > facts.last]
    if facts.coverage.left_out:
        actions.append({"kind": "remind", "units": common["missing"] or common["waiting"]
                        if not (common["missing"] and common["waiting"]) else
                        phrases.enumeration([common["missing"], common["waiting"]])})
    return {"actions": actions}


def _recommendations(facts: ReportFacts, common: Context) -> Context:
    unit = facts.coverage.receiving
    return {"upward": upward(facts.texts, unit.name, unit.parent.name if unit.parent else "",
                             unit.short_name)}


def percent_text(value: Decimal | int | None) -> str:
    return f"{vn_number(value)}%" if value is not None else ""
