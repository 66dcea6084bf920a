"""A consolidated report as the official document it is sent as (exports.document).

The parts of the report become "I. ...", "II. ..." headings in the order of the form; each
unit's contribution keeps its name as the paragraph's lead, which the .docx sets in italics.
The summed tables are numbered "Biểu số 01" to "Biểu số n" in the order of the form, both in
the document and in the .xlsx annex, and the results part opens with a sentence giving the
main totals and pointing at them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from exports.document import Block, Heading, OfficialDocument, Paragraph, Table
from reporting import consolidate
from reporting.figures import FigureTable
from reporting.models import ConsolidatedReport, ConsolidatedSection, FigureKind
from reporting.periods import roman

RESULTS_KEY = "ket qua"
# The language row the result sentence leaves out: it names the others.
LANGUAGE_VIETNAMESE = "vi"


def figure_tables(figures: Iterable[dict[str, object]]) -> list[FigureTable]:
    """The stored tables that have rows; an empty table is neither printed nor numbered."""
    return [table for table in map(FigureTable.from_json, figures) if table.rows]


def numbered_tables(figures: Iterable[dict[str, object]]) -> list[Table]:
    """The tables as the document and the annex print them: label column, values, total."""
    tables = []
    for number, figure in enumerate(figure_tables(figures), start=1):
        total = figure.total_row()
        tables.append(Table(
            number=number, title=figure.title, columns=list(figure.columns),
            rows=[[row.label, *_cells(row.values)] for row in figure.rows],
            total=[total.label, *_cells(total.values)] if total else None,
            percent_columns=frozenset(index + 1 for index in figure.ratios)))
    return tables


def _cells(values: Sequence[object]) -> list[int | Decimal | str | None]:
    return [v if isinstance(v, int | Decimal | str) or v is None else str(v) for v in values]


def _number(value: object) -> str:
    """A count in a sentence, with Vietnamese thousands separators: 1.234."""
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def _table_reference(count: int) -> str:
    if count == 1:
        return "(chi tiết tại Biểu số 01 kèm theo)"
    return f"(chi tiết tại Biểu số 01 đến Biểu số {count:02d} kèm theo)"


def _total(tables: dict[str, FigureTable], code: str, column: int) -> int | None:
    table = tables.get(code)
    total = table.total_row() if table else None
    if total is None or column >= len(total.values):
        return None
    value = total.values[column]
    return value if isinstance(value, int) else None


def _languages(tables: dict[str, FigureTable]) -> str:
    table = tables.get(FigureKind.PRODUCTS_BY_LANGUAGE)
    if table is None:
        return ""
    parts = [f"{_number(row.values[0])} sản phẩm bằng {row.label[0].lower()}{row.label[1:]}"
             for row in table.rows
             if row.key != LANGUAGE_VIETNAMESE and row.values and isinstance(row.values[0], int)
             and row.values[0]]
    return f", trong đó có {', '.join(parts)}" if parts else ""


def result_sentence(figures: Iterable[dict[str, object]], period_phrase: str) -> str:
    """What the units produced in the period, in one sentence that refers to the tables.

    Built from the summed tables (products by kind; activities and participants), so the
    words and the tables can never disagree.
    """
    found = figure_tables(figures)
    if not found:
        return ""
    tables = {table.code: table for table in found}
    when = f"Trong {period_phrase}" if period_phrase[:1].isdigit() else "Trong kỳ báo cáo"
    done = []
    products = _total(tables, FigureKind.PRODUCTS_BY_KIND, 0)
    if products is not None:
        done.append(f"sản xuất, đăng phát {_number(products)} sản phẩm truyền thông về quyền "
                    f"con người{_languages(tables)}")
    activities = _total(tables, FigureKind.ACTIVITIES, 0)
    people = _total(tables, FigureKind.ACTIVITIES, 1)
    if activities is not None:
        with_people = f" với {_number(people)} lượt người tham gia" if people else ""
        done.append(f"tổ chức {_number(activities)} hoạt động{with_people}")
    reference = _table_reference(len(found))
    if not done:
        return f"Số liệu kết quả thực hiện {reference}."
    return f"{when}, các cơ quan, đơn vị đã {'; '.join(done)} {reference}."


def _section_blocks(section: ConsolidatedSection) -> list[Block]:
    names = [str(c.get("name", "")) for c in section.contributors or []]
    body: list[Block] = []
    for block in consolidate.blocks(section.text, names):
        lead = f"{block.lead}{consolidate.LEAD_SEPARATOR}" if block.lead else ""
        body.append(Paragraph(block.paragraphs[0], lead=lead))
        body.extend(Paragraph(text) for text in block.paragraphs[1:])
    return body


def _results_index(sections: Sequence[ConsolidatedSection]) -> int:
    for index, section in enumerate(sections):
        if RESULTS_KEY in consolidate.title_key(section.title):
            return index
    return min(1, len(sections) - 1)


def body(report: ConsolidatedReport, sections: Sequence[ConsolidatedSection]) -> list[Block]:
    """Opening, the numbered parts, the tables, and the closing sentence."""
    phrase = consolidate.period_phrase(report.period.title)
    blocks: list[Block] = [Paragraph(report.opening.strip())] if report.opening.strip() else []
    sentence = result_sentence(report.figures, phrase)
    results = _results_index(sections)
    for index, section in enumerate(sections):
        blocks.append(Heading(f"{roman(index + 1)}. {section.title}"))
        if index == results and sentence:
            blocks.append(Paragraph(sentence))
        blocks.extend(_section_blocks(section))
    tables = numbered_tables(report.figures)
    if tables:
        blocks.append(Heading("Biểu số liệu kèm theo"))
        blocks.extend(tables)
    unit = report.period.receiving_unit
    reporter = consolidate.own_name(unit.name, unit.parent.name if unit.parent else "")
    blocks.append(Paragraph(f"Trên đây là báo cáo {consolidate.period_phrase(report.title)} "
                            f"của {reporter}./."))
    return blocks


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
        signer_name=report.signer_name.strip())
