"""Reads for the consolidated report's pages, and who may see what of it.

Coordinators see the report at every stage; viewers, and the reporters of the unit that
receives the reports, see it once it has been written out as a document; the reporters of
other units do not see it (they see their own reports only).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.selectors import history_for
from exports.decree30 import format_number
from exports.document import Heading, Table
from kehoach.vntext.text import vi_sorted
from reporting import official
from reporting.models import (
    ConsolidatedReport,
    ConsolidatedSection,
    ConsolidatedStatus,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from reporting.periods import roman
from reporting.permissions import can_read_consolidated, can_review, check_can_see_consolidated
from reporting.selectors.levels import upper_level
from reporting.services.consolidated import BUSY, EDITABLE

FORMATS = {"docx": gettext_lazy("Văn bản .docx"), "xlsx": gettext_lazy("Phụ lục số liệu .xlsx"),
           "pdf": gettext_lazy("Tệp PDF")}


@dataclass
class TableView:
    """A numbered table with its cells written as the document writes them."""

    label: str
    title: str
    columns: list[str]
    rows: list[list[tuple[str, bool]]]
    total: list[tuple[str, bool]] | None


def get_period(pk: int) -> ReportingPeriod:
    return get_object_or_404(ReportingPeriod.objects.select_related(
        "receiving_unit__parent", "form", "plan", "parent__receiving_unit"), pk=pk)


def get_report(period: ReportingPeriod) -> ConsolidatedReport | None:
    return ConsolidatedReport.objects.filter(period=period).select_related(
        "period__receiving_unit__parent", "created_by").first()


def _cells(values: list[Any], percent: frozenset[int]) -> list[tuple[str, bool]]:
    """Each cell as text, and whether it is a number (right-aligned)."""
    return [(format_number(v, percent=i in percent), isinstance(v, int | Decimal))
            for i, v in enumerate(values)]


def table_views(tables: list[Table]) -> list[TableView]:
    return [TableView(t.label, t.title, t.columns,
                      [_cells(row, t.percent_columns) for row in t.rows],
                      _cells(t.total, t.percent_columns) if t.total else None)
            for t in tables]


def sections_view(report: ConsolidatedReport) -> list[dict[str, Any]]:
    """Each part as the page shows it: its blocks with every figure linked to its records,
    and the units' own texts beside the part or the task item they belong to."""
    result = []
    number = 0
    for section in report.sections.order_by("position"):
        if section.text.strip():
            number += 1
        items: dict[int, list[dict[str, Any]]] = {}
        for source in section.sources or []:
            items.setdefault(int(source.get("item") or 0), []).append(source)
        result.append({"section": section, "number": number,
                       "heading": f"{roman(number)}. {section.title}" if section.text.strip()
                       else section.title,
                       "rows": preview_rows(section.text, section.links or [], items),
                       "sources": items.get(0, [])})
    return result


def preview_rows(text: str, links: list[dict[str, str]],
                 items: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The part's lines as headings and paragraphs, each cut into (text, url) pieces.

    Each link is found after the one before it, so a figure the coordinator changed loses its
    link (it no longer says what the records say) while the others keep theirs.
    """
    spans = []
    cursor = 0
    for link in links:
        start = text.find(link.get("text", ""), cursor)
        if start >= 0 and link.get("text"):
            spans.append((start, start + len(link["text"]), link.get("url", "")))
            cursor = start + len(link["text"])
    rows = []
    offset = 0
    for line in text.split("\n"):
        begin, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        block = official.section_blocks(line)[0]
        level = block.level if isinstance(block, Heading) else 0
        item = int(line.split(".", 1)[0]) if level == 2 and line.split(".", 1)[0].isdigit() else 0
        rows.append({"level": level, "pieces": _pieces(line, begin, spans),
                     "sources": items.get(item, []) if item else []})
    return rows


def _pieces(line: str, begin: int, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    position = begin
    end = begin + len(line)
    for start, stop, url in spans:
        if start < position or stop > end:
            continue
        if start > position:
            pieces.append((line[position - begin:start - begin], ""))
        pieces.append((line[start - begin:stop - begin], url))
        position = stop
    if position < end:
        pieces.append((line[position - begin:], ""))
    return pieces


def asked_units(period: ReportingPeriod, report: ConsolidatedReport | None
                ) -> tuple[list[Submission], list[dict[str, Any]]]:
    """The reports the merge included, and the asked units it left out, with why.

    Before the first merge, "included" are the approved reports a merge would take.
    """
    submissions = {s.unit_id: s for s in period.submissions.select_related("unit")}
    included_ids = (set(report.submissions.values_list("pk", flat=True)) if report else
                    {s.pk for s in submissions.values() if s.status == SubmissionStatus.APPROVED})
    included = vi_sorted([s for s in submissions.values() if s.pk in included_ids],
                         key=lambda s: s.unit.name)
    left_out = []
    for unit in vi_sorted(period.units.all(), key=lambda u: u.name):
        submission = submissions.get(unit.pk)
        if submission is not None and submission.pk in included_ids:
            continue
        left_out.append({"unit": unit, "submission": submission, "reason": _reason(submission)})
    return included, left_out


def _reason(submission: Submission | None) -> str:
    if submission is None:
        return _("Chưa mở báo cáo")
    if submission.status == SubmissionStatus.APPROVED:
        return _("Đã duyệt sau lần tổng hợp gần nhất; bấm “Tổng hợp lại” để đưa vào")
    return str(submission.get_status_display())


def consolidated_page(user: User, period: ReportingPeriod) -> dict[str, Any]:
    """What the consolidated report's page shows to `user`."""
    check_can_see_consolidated(user, period)
    report = get_report(period)
    readable = can_read_consolidated(user, report)
    coordinator = can_review(user)
    context: dict[str, Any] = {
        "period": period, "report": report, "readable": readable,
        "can_build": coordinator, "busy": report is not None and report.status in BUSY,
        "can_edit": coordinator and report is not None and report.status in EDITABLE
        and report.issued_at is None,
        "approved_count": period.submissions.filter(status=SubmissionStatus.APPROVED).count(),
        "files": files(user, report),
    }
    if readable and report is not None and report.status != ConsolidatedStatus.MERGING:
        context["sections"] = sections_view(report)
        context["tables"] = table_views(official.numbered_tables(report.figures))
        context["notes"] = [t.note for t in official.figure_tables(report.figures)]
    if coordinator or readable:
        context["included"], context["left_out"] = asked_units(period, report)
    context["can_go_up"] = coordinator and report is not None and report.status in EDITABLE
    if context["can_go_up"] and period.parent_id is None:
        context["upper"] = upper_level(period)
    if period.parent_id is not None:
        context["upward"] = Submission.objects.filter(source=report).first() if report else None
    if coordinator and report is not None:  # who changed the header and the parts, and how
        context["history"] = history_for(report, related=[(ConsolidatedSection, "report_id")])
    return context


def files(user: User, report: ConsolidatedReport | None) -> list[dict[str, Any]]:
    """The written files `user` may download; a coordinator also gets those an edit made
    stale, marked so."""
    if report is None or not can_read_consolidated(user, report):
        return []
    stale = report.status != ConsolidatedStatus.READY
    return [{"fmt": fmt, "label": label, "file": getattr(report, fmt), "stale": stale}
            for fmt, label in FORMATS.items() if getattr(report, fmt)]

