"""A consolidated report as the official document it is sent as (exports.document).

The parts of the report become "I. ...", "II. ..." headings in the order of the form, and
empty parts are left out; in a part, a line "1. <title>" (a task's item, "1. Kết quả đạt
được") is a numbered heading, any other line a paragraph. The tables are appendices after the
signature, "PHỤ LỤC 01" onward, each on a page of its own, in the order the text cites them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from exports import naming
from exports.document import Appendix, Block, Heading, OfficialDocument, Paragraph, Table
from reporting import phrasing
from reporting.figures import FigureTable
from reporting.models import ConsolidatedReport, ConsolidatedSection
from reporting.periods import roman

_ITEM = re.compile(r"^\d{1,2}\.\s+\S")
_POINT = re.compile(r"^[a-zđ]\)\s+\S")
# Wider tables get a landscape page, as Decree 30 allows for appendices.
LANDSCAPE_COLUMNS = 7


def figure_tables(figures: Iterable[dict[str, object]]) -> list[FigureTable]:
    """The stored tables that have rows; an empty table is neither printed nor numbered."""
    return [table for table in map(FigureTable.from_json, figures) if table.rows]


def numbered_tables(figures: Iterable[dict[str, object]]) -> list[Table]:
    """The tables as the appendices and the annex print them: label column, values, total."""
    return _numbered(figure_tables(figures))


def _numbered(figures: list[FigureTable]) -> list[Table]:
    tables = []
    for number, figure in enumerate(figures, start=1):
        total = figure.total_row()
        tables.append(Table(
            number=number, title=figure.title, columns=list(figure.columns),
            rows=[[row.label, *_cells(row.values)] for row in figure.rows],
            total=[total.label, *_cells(total.values)] if total else None,
            percent_columns=frozenset(index + 1 for index in figure.computed)))
    return tables


def appendices(figures: Iterable[dict[str, object]]) -> list[Appendix]:
    """One appendix per table, with the table's note under it."""
    stored = figure_tables(figures)
    result = []
    for table, figure in zip(_numbered(stored), stored, strict=True):
        blocks: list[Block] = [table]
        if figure.note:
            blocks.append(Paragraph(figure.note, italic=True))
        result.append(Appendix(number=table.number, title=table.title, blocks=blocks,
                               landscape=len(table.columns) >= LANDSCAPE_COLUMNS))
    return result


def _cells(values: Sequence[object]) -> list[int | Decimal | str | None]:
    return [v if isinstance(v, int | Decimal | str) or v is None else str(v) for v in values]


def section_blocks(text: str) -> list[Block]:
    """A part's text as blocks: numbered lines without a full stop are headings."""
    blocks: list[Block] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if _ITEM.match(line) and not line.endswith((".", ":", ";")):
            blocks.append(Heading(line, level=2))
        elif _POINT.match(line) and not line.endswith((".", ";")):
            blocks.append(Heading(line, level=3))
        else:
            blocks.append(Paragraph(line))
    return blocks


def parts_body(opening: str, parts: Iterable[tuple[str, str]], closing: str) -> list[Block]:
    """Opening, the numbered parts (title, text) that have text, and the closing sentence."""
    blocks: list[Block] = [Paragraph(opening.strip())] if opening.strip() else []
    written = [(title, text) for title, text in parts if text.strip()]
    for index, (title, text) in enumerate(written, start=1):
        blocks.append(Heading(f"{roman(index)}. {title}"))
        blocks.extend(section_blocks(text))
    blocks.append(Paragraph(closing))
    return blocks


def body(report: ConsolidatedReport, sections: Sequence[ConsolidatedSection]) -> list[Block]:
    return parts_body(report.opening, [(s.title, s.text) for s in sections],
                      f"Trên đây là báo cáo {phrasing.period_phrase(report.title)} "
                      f"của {reporter_name(report)}./.")


def reporter_name(report: ConsolidatedReport) -> str:
    unit = report.period.receiving_unit
    return naming.own_name(unit.name, unit.parent.name if unit.parent else "")


def official_document(report: ConsolidatedReport,
                      sections: Sequence[ConsolidatedSection] | None = None) -> OfficialDocument:
    """The report as an administrative document; a draft without number or date leaves
    them blank to be written in once signed."""
    if sections is None:
        sections = list(report.sections.order_by("position"))
    return OfficialDocument(
        parent_body=report.parent_body.strip().upper(),
        issuing_body=report.issuing_body.strip().upper(),
        symbol=report.symbol.strip(), number=report.number.strip(), place=report.place.strip(),
        issued_on=report.issued_on, year=(report.issued_on or report.period.last_day).year,
        title=report.title.strip(), body=body(report, sections),
        recipients=[line for line in report.recipients.splitlines() if line.strip()],
        signature_prefix=report.signature_prefix.strip(),
        signature_position=report.signature_position.strip(),
        signer_name=report.signer_name.strip(), issuer_name=reporter_name(report),
        appendices=appendices(report.figures))
