"""The review of a parsed plan document: its starting values, and unit names to match.

The review works on a plain dictionary (what the parser read, then the coordinator's edits), so
that edits survive between requests; `confirm.plan_import_confirm` turns it into a plan.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from documents.importing.types import ParsedDocument, Reviewed, ReviewedPlan
from kehoach.vntext.text import tone_key
from plans.models import DocumentType, Plan
from units.models import Unit
from units.selectors import unit_suggestions

_DOC_TYPES = {"Kế hoạch": DocumentType.PLAN, "Chương trình": DocumentType.PROGRAMME,
              "Đề án": DocumentType.SCHEME, "Quyết định": DocumentType.DECISION,
              "Hướng dẫn": DocumentType.GUIDANCE, "Công văn": DocumentType.OFFICIAL_LETTER}
KEEP_TEXT = ""
CREATE = "new"


def review_initial(parsed: ParsedDocument) -> Reviewed:
    """The review form's starting values, from what the parser read."""
    header = parsed.get("document") or {}
    signer = header.get("signer") or {}
    plan_years = parsed.get("plan_years")
    years: list[int | None] = list(plan_years) if plan_years else [None, None]
    issued = header.get("date") or ""
    plan: ReviewedPlan = {
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
    return {"plan": plan, "tasks": tasks, "targets": targets,  # type: ignore[typeddict-item]
            "units": {}}


def lines(text: str) -> list[str]:
    """The unit names of a "one a line" field, without list marks and trailing punctuation."""
    return [line.strip(" -;,.") for line in (text or "").splitlines() if line.strip(" -;,.")]


def unit_names(reviewed: Reviewed) -> list[str]:
    """Every distinct unit name the reviewed tasks mention, in order of appearance."""
    names: list[str] = []
    seen: set[str] = set()
    for task in reviewed.get("tasks") or []:
        for key in ("lead", "coordinating"):
            for name in lines(str(task.get(key, ""))):
                if tone_key(name).casefold() not in seen:
                    seen.add(tone_key(name).casefold())
                    names.append(name)
    return names


@dataclass
class UnitMatch:
    name: str
    choice: str  # "" keep as text, "new" create, or a unit's pk
    suggestions: list[tuple[Unit, float]]


def unit_matches(reviewed: Reviewed, *, on: date | None) -> list[UnitMatch]:
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


def unit_choices(reviewed: Reviewed) -> dict[str, str]:
    """Every unit name's choice: the coordinator's, or the one the page selects by default.

    The preview of changes and the confirmation both read this, so a name left at its
    default match is stored as that unit, as the page showed.
    """
    issued = iso_date((reviewed.get("plan") or {}).get("issued_on"))
    return {match.name: match.choice for match in unit_matches(reviewed, on=issued)}


def iso_date(value: Any) -> date | None:
    """A date kept as ISO text in the review; anything else is no date."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def existing_plan(reviewed: Reviewed) -> Plan | None:
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


def included(items: Any) -> list[Any]:
    """The reviewed tasks or targets the coordinator kept ticked."""
    return [item for item in items or [] if item.get("include")]
