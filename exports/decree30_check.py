"""Does a .docx look like a Decree 30/2020 administrative document? `check_decree30` says what not.

Every document the project writes goes through this check in the tests, so a change to one
report cannot quietly drift from the decree: A4 and its margins, Times New Roman in black, the
two-column header and closing tables, the number and date lines with their leading zeros, the
title and the rule under it, the body's sizes and spacing, the appendices (Phụ lục) after the
signature, each from a new page with its caption, and page numbers from page 2 on.

The check reads the properties Word would apply (`exports.docx_reading`), so that a style-wide
setting counts as much as a direct one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.section import Section
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from exports.docx_reading import (
    Line,
    Properties,
    read_lines,
    short,
    size_problem,
    xpath,
)
from exports.metrics import (
    DEFAULT_CELL_MARGIN_TWIPS,
    EMU_PER_MM,
    FONT,
    MOTTO,
    NATION,
    RECIPIENTS,
    TWIPS_PER_MM,
    text_width_mm,
)

# --- The check ----------------------------------------------------------------------------


def check_decree30(docx: bytes) -> list[str]:
    """The ways a .docx breaks Decree 30/2020, Appendix I; an empty list when it follows it."""
    document = Document(BytesIO(docx))
    props = Properties(document)
    blocks = list(document.iter_inner_content())
    flow = _flow(document, blocks, props)
    end, closing = _closing(blocks)
    problems = _check_pages(document, flow, end) + _check_runs(document, props)
    header = blocks[0] if blocks and isinstance(blocks[0], Table) else None
    if header is None:
        problems.append("header: the document does not open with the header table")
    else:
        problems += _check_header(header, props)
    problems += _check_title_and_body(
        blocks[1 if header else 0 : end], props, _text_width_mm(document.sections[0])
    )
    if closing is None:
        problems.append(f'closing: no table with "{RECIPIENTS}"')
    else:
        problems += _check_closing(closing, props)
        problems += _check_appendices(blocks, end + 1, flow, props)
    return problems + _check_page_numbers(document, props)


# --- Sections and pages -------------------------------------------------------------------


@dataclass
class _Flow:
    """Which section each body block is in, and which blocks begin a page."""

    section_of: list[int] = field(default_factory=list)
    page_starts: set[int] = field(default_factory=set)


def _flow(document: DocxDocument, blocks: list[Paragraph | Table], props: Properties) -> _Flow:
    """A page begins at a paragraph with "page break before", after a page break with no text
    after it in its paragraph, and after a section break (unless the next section is
    continuous: its own properties, in the next sectPr, say how it starts)."""
    sections = list(document.sections)
    flow = _Flow()
    current, pending = 0, False
    for index, block in enumerate(blocks):
        flow.section_of.append(current)
        if pending:
            flow.page_starts.add(index)
            pending = False
        if not isinstance(block, Paragraph):
            continue
        if props.paragraph_flag(block, "pageBreakBefore"):
            flow.page_starts.add(index)
        broken, text_after = False, False
        for child in xpath(block._p, ".//w:r/*"):
            if child.tag == qn("w:br") and child.get(qn("w:type")) == "page":
                broken, text_after = True, False
            elif child.tag == qn("w:t") and (child.text or "").strip() and broken:
                text_after = True
        if broken and text_after:
            flow.page_starts.add(index)
        pending = broken and not text_after
        if xpath(block._p, "./w:pPr/w:sectPr") and current + 1 < len(sections):
            current += 1
            start = xpath(sections[current]._sectPr, "./w:type/@w:val")
            pending = pending or not start or start[0] != "continuous"
    return flow


# --- Page setup ---------------------------------------------------------------------------

_MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
# A landscape page is the portrait page turned: its top and bottom margins are the portrait's
# left and right (either way round), its left and right the portrait's top and bottom.
_LANDSCAPE_MARGINS = {"left": (20, 25), "right": (20, 25)}


def _check_pages(document: DocxDocument, flow: _Flow, end: int) -> list[str]:
    """A4 with the decree's margins; landscape only in sections that hold appendices alone."""
    problems = []
    for index, section in enumerate(document.sections, start=1):
        where = f"section {index}"
        width, height = _mm(section.page_width), _mm(section.page_height)
        landscape = width > height
        if sorted((round(width), round(height))) != [210, 297]:
            problems.append(f"{where}: page is {width:.0f}×{height:.0f} mm, expected A4")
        elif landscape and index == 1:
            problems.append(f"{where}: the first pages must be portrait")
        elif landscape and any(
            at <= end for at, number in enumerate(flow.section_of) if number == index - 1
        ):
            problems.append(f"{where}: landscape pages are allowed only for appendices")
        problems += _check_margins(where, section, landscape=landscape)
    return problems


def _check_margins(where: str, section: Section, *, landscape: bool) -> list[str]:
    problems = []
    margins = _LANDSCAPE_MARGINS if landscape else _MARGINS
    for name, (low, high) in margins.items():
        value = _mm(getattr(section, f"{name}_margin"))
        if not low - 0.5 <= value <= high + 0.5:
            problems.append(f"{where}: {name} margin is {value:.1f} mm, expected {low}–{high} mm")
    if landscape:
        top, bottom = _mm(section.top_margin), _mm(section.bottom_margin)
        left, right = _MARGINS["left"], _MARGINS["right"]
        if not ((_within(top, left) and _within(bottom, right))
                or (_within(top, right) and _within(bottom, left))):
            problems.append(
                f"{where}: top and bottom margins are {top:.1f} and {bottom:.1f} mm, expected "
                f"the portrait's left and right margins turned ({left[0]}–{left[1]} and "
                f"{right[0]}–{right[1]} mm)"
            )
    return problems


def _within(value: float, bounds: tuple[int, int]) -> bool:
    return bounds[0] - 0.5 <= value <= bounds[1] + 0.5


def _text_width_mm(section: Section) -> float:
    return _mm(section.page_width) - _mm(section.left_margin) - _mm(section.right_margin)


def _mm(length: int | None) -> float:
    return (length or 0) / EMU_PER_MM


# --- Fonts, colour, NFC -------------------------------------------------------------------


def _check_runs(document: DocxDocument, props: Properties) -> list[str]:
    """Every text run, in the body and in the page headers, in black Times New Roman, NFC."""
    problems: set[str] = set()
    for paragraph in _all_paragraphs(document):
        if not unicodedata.is_normalized("NFC", paragraph.text):
            problems.add(f'text: "{short(paragraph.text)}" is not in Unicode NFC')
        for run in xpath(paragraph._p, ".//w:r[w:t]"):
            problems.update(_run_problems(run, paragraph, props))
    return sorted(problems)


def _run_problems(run: Any, paragraph: Paragraph, props: Properties) -> list[str]:
    problems = []
    for attr in ("ascii", "hAnsi"):
        font = props.font(run, paragraph, attr)
        if font != FONT:
            problems.append(f"font: {font or 'no font'} ({attr}), expected {FONT}")
    color = props.run_value(run, paragraph, "./w:color/@w:val")
    theme_color = props.run_value(run, paragraph, "./w:color/@w:themeColor")
    if (color or "auto").lower() not in ("auto", "000000") or theme_color:
        problems.append(f"colour: {theme_color or color}, expected black")
    return problems


def _all_paragraphs(document: DocxDocument) -> Iterator[Paragraph]:
    yield from _story_paragraphs(document)
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous:
                yield from _story_paragraphs(header)


def _story_paragraphs(story: Any) -> Iterator[Paragraph]:
    for block in story.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        else:
            for cell in _cells(block):
                yield from _story_paragraphs(cell)


def _cells(table: Table) -> Iterator[_Cell]:
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell appears once per grid column
                seen.add(id(cell._tc))
                yield cell


# --- Tables -------------------------------------------------------------------------------

_BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_NO_BORDER = (None, "nil", "none")


def _borders(table: Table, props: Properties) -> set[str]:
    """The table's visible borders, from its own properties, its style and its cells."""
    visible: set[str] = set()
    sources = list(xpath(table._tbl, "./w:tblPr/w:tblBorders"))
    style_ids = xpath(table._tbl, "./w:tblPr/w:tblStyle/@w:val")
    for style_id in style_ids:
        sources += [
            b for tblpr in props.style_parts(str(style_id), "w:tblPr")
            for b in xpath(tblpr, "./w:tblBorders")
        ]
    for side in _BORDER_SIDES:
        for source in sources:
            found = xpath(source, f"./w:{side}/@w:val")
            if found:
                if found[0] not in _NO_BORDER:
                    visible.add(side)
                break
    for value in xpath(table._tbl, ".//w:tcPr/w:tcBorders/*/@w:val"):
        if value not in _NO_BORDER:
            visible.add("cell")
    return visible


def _column_paragraphs(table: Table, column: int) -> list[tuple[int, Paragraph]]:
    """The paragraphs of one column, with the row each is in."""
    found = []
    for row_index, row in enumerate(table.rows):
        cells = row.cells
        if column < len(cells):
            found += [(row_index, p) for p in cells[column].paragraphs]
    return found


def _cell_text_width_mm(table: Table, column: int) -> float:
    """The room a column's paragraphs have: its width less the table's cell margins."""
    widths = xpath(table._tbl, "./w:tblGrid/w:gridCol/@w:w")
    width = int(widths[column]) if column < len(widths) else 0
    margins = xpath(table._tbl, "./w:tblPr/w:tblCellMar/w:left/@w:w | "
                                "./w:tblPr/w:tblCellMar/w:right/@w:w")
    margin = sum(int(m) for m in margins) if len(margins) == 2 else 2 * DEFAULT_CELL_MARGIN_TWIPS
    return (width - margin) / TWIPS_PER_MM


def _rule_after(paragraphs: list[Paragraph], index: int) -> Paragraph | None:
    """The rule under paragraphs[index]: its own bottom border, an empty bordered paragraph
    right after it, or a drawn line."""
    for candidate in paragraphs[index : index + 2]:
        if candidate is not paragraphs[index] and candidate.text.strip():
            break
        bottom = xpath(candidate._p, "./w:pPr/w:pBdr/w:bottom/@w:val")
        if bottom and bottom[0] not in _NO_BORDER:
            return candidate
        if xpath(candidate._p, ".//w:drawing | .//w:pict"):
            return candidate
    return None


def _rule_length_mm(rule: Paragraph, available_mm: float) -> float | None:
    """How long a paragraph-border rule is: the room its paragraph has less its indents."""
    if not xpath(rule._p, "./w:pPr/w:pBdr"):
        return None
    indents = xpath(rule._p, "./w:pPr/w:ind/@w:left | ./w:pPr/w:ind/@w:right | "
                             "./w:pPr/w:ind/@w:start | ./w:pPr/w:ind/@w:end")
    return available_mm - sum(int(i) for i in indents) / TWIPS_PER_MM


# --- Header -------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"^Số:(?: (?P<number>[0-9]+)|\s{2,})/"
    r"(?P<symbol>[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ0-9][A-Za-zĐ0-9]*)*)$"
)
_DATE = re.compile(
    r"^(?P<place>[^,]+), ngày(?: (?P<day>[0-9]+) |\s{2,})"
    r"tháng(?: (?P<month>[0-9]+) |\s{2,})năm (?P<year>[0-9]{4})$"
)


def _check_header(table: Table, props: Properties) -> list[str]:
    problems = _borderless("header", table, props)
    if len(table.columns) != 2:
        return [*problems, f"header: table has {len(table.columns)} columns, expected 2"]
    left, right = _column_paragraphs(table, 0), _column_paragraphs(table, 1)
    number_row, left_problems = _check_header_left(table, left, props)
    date_row, right_problems = _check_header_right(table, right, props)
    problems += left_problems + right_problems
    if number_row is not None and date_row is not None and number_row != date_row:
        problems.append("header: the date line is not level with the number line")
    return problems


def _borderless(where: str, table: Table, props: Properties) -> list[str]:
    visible = _borders(table, props)
    if visible:
        return [f"{where}: table has borders ({', '.join(sorted(visible))}), expected none"]
    return []


def _check_header_left(
    table: Table, cells: list[tuple[int, Paragraph]], props: Properties
) -> tuple[int | None, list[str]]:
    paragraphs = [p for _, p in cells]
    lines = read_lines(paragraphs, props)
    at = next((i for i, line in enumerate(lines) if line.text.startswith("Số")), None)
    if at is None:
        return None, ['header: no "Số: NN/SYMBOL" line']
    number, bodies = lines[at], lines[:at]
    problems = _check_number(number)
    if not bodies:
        problems.append("header: no issuing body above the number line")
    else:
        problems += _check_bodies(bodies, props)
        issuing = paragraphs.index(bodies[-1].paragraph)
        problems += _check_rule("header: the issuing body", paragraphs, issuing, bodies[-1],
                                _SHORT_RULE, _cell_text_width_mm(table, 0))
    row = next(r for r, p in cells if p is number.paragraph)
    return row, problems


def _check_number(line: Line) -> list[str]:
    problems = size_problem("header: number line", line, 13, 13)
    match = _NUMBER.match(line.paragraph.text.strip())
    if match is None:
        problems.append(f'header: "{line.text}" is not "Số: NN/SYMBOL"')
    elif match["number"] and len(match["number"]) < 2:
        problems.append(f'header: "{line.text}" needs a leading zero on numbers under 10')
    return problems


def _check_bodies(bodies: list[Line], props: Properties) -> list[str]:
    """The parent body (not bold) and the issuing body (bold), in capitals, 12–13 pt."""
    problems = []
    for index, line in enumerate(bodies):
        issuing = index == len(bodies) - 1
        name = "issuing body" if issuing else "parent body"
        problems += size_problem(f"header: {name}", line, 12, 13)
        if line.text != line.text.upper():
            problems.append(f'header: {name} "{line.text}" is not in capitals')
        if line.bold != issuing:
            expected = "bold" if issuing else "not bold"
            problems.append(f'header: {name} "{line.text}" should be {expected}')
    return problems


# "A short solid rule, 1/3 to 1/2 of the text's length", with room for the width estimate.
_SHORT_RULE = (0.32, 0.52)


def _check_rule(
    where: str,
    paragraphs: list[Paragraph],
    index: int,
    line: Line,
    ratio: tuple[float, float],
    available_mm: float,
) -> list[str]:
    """A solid rule under paragraphs[index], its length a ratio of the text's longest line;
    available_mm is the room the paragraphs have (a cell's, or the page's text width)."""
    rule = _rule_after(paragraphs, index)
    if rule is None:
        return [f"{where} has no rule under it"]
    length = _rule_length_mm(rule, available_mm)
    if length is None or not line.sizes:
        return []
    size = max(line.sizes)
    longest = max(
        min(text_width_mm(part, size, bold=line.bold), available_mm)
        for part in line.paragraph.text.splitlines()
    )
    low, high = ratio
    if not low * longest <= length <= high * longest:
        return [f"{where}: rule is {length:.0f} mm under {longest:.0f} mm of text, expected "
                f"{low * longest:.0f}–{high * longest:.0f} mm"]
    return []


def _check_header_right(
    table: Table, cells: list[tuple[int, Paragraph]], props: Properties
) -> tuple[int | None, list[str]]:
    paragraphs = [p for _, p in cells]
    lines = read_lines(paragraphs, props)
    texts = [_same_tones(line.text) for line in lines]
    problems = []
    if NATION not in texts:
        problems.append(f'header: no "{NATION}"')
    else:
        nation = lines[texts.index(NATION)]
        problems += size_problem("header: national name", nation, 12, 13)
        problems += [] if nation.bold else ["header: the national name should be bold"]
    if MOTTO not in texts:
        problems.append(f'header: no "{MOTTO}"')
    else:
        motto = lines[texts.index(MOTTO)]
        problems += size_problem("header: motto", motto, 13, 14)
        problems += [] if motto.bold else ["header: the motto should be bold"]
        at = paragraphs.index(motto.paragraph)
        problems += _check_rule("header: the motto", paragraphs, at, motto, (0.9, 1.1),
                                _cell_text_width_mm(table, 1))
    dated = [(line, _DATE.match(line.paragraph.text.strip())) for line in lines]
    for line, match in dated:
        if match is not None:
            problems += _check_date(line, match)
            return next(r for r, p in cells if p is line.paragraph), problems
    return None, [*problems, 'header: no "Place, ngày DD tháng MM năm YYYY" line']


def _same_tones(text: str) -> str:
    """Both tone placements occur in official text ("HOÀ", "HÒA"); compare them as one."""
    return text.replace("HOÀ", "HÒA").replace("Hoà", "Hòa")


def _check_date(line: Line, match: re.Match[str]) -> list[str]:
    problems = size_problem("header: date line", line, 13, 14)
    if not line.italic:
        problems.append("header: the place-and-date line should be italic")
    day, month = match["day"], match["month"]
    if day is not None and len(day) != 2:
        problems.append(f'header: "{line.text}": days take two digits')
    if month is not None and len(month) != (2 if int(month) <= 2 else len(str(int(month)))):
        problems.append(f'header: "{line.text}": only months 1 and 2 take a leading zero')
    if day is not None and month is not None:
        try:
            date(int(match["year"]), int(month), int(day))
        except ValueError:
            problems.append(f'header: "{line.text}" is not a date')
    return problems


# --- Title and body -----------------------------------------------------------------------


def _check_title_and_body(
    blocks: list[Paragraph | Table], props: Properties, text_width_mm: float
) -> list[str]:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    lines = read_lines(paragraphs, props)
    if len(lines) < 2:
        return ["title: no type name and subject under the header"]
    type_line, subject = lines[0], lines[1]
    problems = _check_centred_bold("title: type name", type_line, 13, 14)
    if type_line.text != type_line.text.upper():
        problems.append(f'title: "{type_line.text}" is not in capitals')
    problems += _check_centred_bold("title: subject", subject, 13, 14)
    problems += _check_rule("title: the subject", paragraphs, paragraphs.index(subject.paragraph),
                            subject, _SHORT_RULE, text_width_mm)
    problems += _check_body(lines[2:], props)
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            problems += _check_data_table(block, blocks[:index], props)
    return problems


def _check_centred_bold(where: str, line: Line, low: float, high: float) -> list[str]:
    problems = size_problem(where, line, low, high)
    if not line.bold:
        problems.append(f'{where}: "{short(line.text)}" should be bold')
    if line.align != "center":
        problems.append(f'{where}: "{short(line.text)}" should be centred')
    return problems


def _check_body(lines: list[Line], props: Properties) -> list[str]:
    """Body text 13–14 pt; running paragraphs justified, indented, spaced, in 1–1.5 lines."""
    problems = []
    for line in lines:
        problems += size_problem("body", line, 13, 14)
        if line.bold or line.align == "center":
            continue  # headings and table captions
        problems += _check_running(line, props)
    return problems


def _check_running(line: Line, props: Properties) -> list[str]:
    where = f'body: "{short(line.text)}"'
    problems = []
    value = props.paragraph_value
    if line.align not in ("both", "distribute"):
        problems.append(f"{where} is not justified")
    indent = value(line.paragraph, "./w:ind/@w:firstLine")
    if indent is None or not 9.5 <= int(indent) / TWIPS_PER_MM <= 13:
        problems.append(f"{where} needs a first-line indent of 1–1.27 cm")
    after = value(line.paragraph, "./w:spacing/@w:after")
    if after is None or int(after) < 120:
        problems.append(f"{where} needs at least 6 pt after it")
    spacing = _line_spacing(line, props)
    if spacing is not None and not 1.0 <= spacing <= 1.5:
        problems.append(f"{where}: line spacing {spacing:.2f} lines, expected single to 1.5")
    return problems


def _line_spacing(line: Line, props: Properties) -> float | None:
    """Line spacing in lines; exact spacing counts against a single line of 1.15 em."""
    value = props.paragraph_value(line.paragraph, "./w:spacing/@w:line")
    if value is None:
        return None
    rule = props.paragraph_value(line.paragraph, "./w:spacing/@w:lineRule") or "auto"
    if rule == "auto":
        return int(value) / 240
    return int(value) / 20 / (1.15 * max(line.sizes or {14.0}))


_CAPTION = re.compile(r"^Biểu số [0-9]{2}\b")


def _check_data_table(
    table: Table, before: list[Paragraph | Table], props: Properties, *, where: str = ""
) -> list[str]:
    """Borders everywhere, the header row bold, cells 11–13 pt; in the body, under a "Biểu số
    NN" caption (an appendix's table is named by the appendix: pass where)."""
    problems = []
    if not where:
        texts = [b.text.strip() for b in before if isinstance(b, Paragraph) and b.text.strip()]
        caption = texts[-1] if texts else ""
        where = f'table "{short(caption)}"' if _CAPTION.match(caption) else "table"
        if not _CAPTION.match(caption):
            problems.append('table: no "Biểu số NN. ..." caption above')
    if not set(_BORDER_SIDES) <= _borders(table, props):
        problems.append(f"{where}: needs borders on every side and between cells")
    header_lines = read_lines(
        [p for cell in table.rows[0].cells for p in cell.paragraphs] if table.rows else [], props
    )
    if header_lines and not all(line.bold for line in header_lines):
        problems.append(f"{where}: the header row should be bold")
    for cell in _cells(table):
        for line in read_lines(list(cell.paragraphs), props):
            problems += size_problem(where, line, 11, 13)
    return problems


# --- Closing ------------------------------------------------------------------------------


def _closing(blocks: list[Paragraph | Table]) -> tuple[int, Table | None]:
    """The closing table (the last that opens with "Nơi nhận:") and where it starts."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Table) and _opens_with(block, RECIPIENTS):
            return index, block
    return len(blocks), None


def _opens_with(table: Table, text: str) -> bool:
    return bool(table.rows) and table.rows[0].cells[0].text.strip().startswith(text)


def _check_closing(table: Table, props: Properties) -> list[str]:
    problems = _borderless("closing", table, props)
    if len(table.columns) != 2:
        return [*problems, f"closing: table has {len(table.columns)} columns, expected 2"]
    left = read_lines([p for _, p in _column_paragraphs(table, 0)], props)
    right = [p for _, p in _column_paragraphs(table, 1)]
    return problems + _check_recipients(left) + _check_signature(right, props)


def _check_recipients(lines: list[Line]) -> list[str]:
    heading, recipients = lines[0], lines[1:]
    problems = size_problem("closing: Nơi nhận", heading, 12, 12)
    if not (heading.bold and heading.italic):
        problems.append("closing: Nơi nhận: should be bold italic")
    if not recipients:
        problems.append("closing: no recipients under Nơi nhận:")
    for index, line in enumerate(recipients):
        problems += size_problem("closing: recipient", line, 11, 11)
        end = "." if index == len(recipients) - 1 else ";"
        if not (line.text.startswith("- ") and line.text.endswith(end)):
            problems.append(
                f'closing: recipient "{line.text}" should start with "- " and end with "{end}"'
            )
    return problems


def _check_signature(paragraphs: list[Paragraph], props: Properties) -> list[str]:
    """Authority and position in bold capitals, room for signature and seal, the name bold."""
    lines = read_lines(paragraphs, props)
    if not lines:
        return ["closing: no signature block"]
    problems = []
    for line in lines:
        problems += size_problem("closing: signature", line, 13, 14)
        if not line.bold or line.align != "center":
            problems.append(f'closing: "{line.text}" should be bold and centred')
    titles = [line for line in lines if line.text == line.text.upper()]
    if not titles or titles[0] is not lines[0]:
        problems.append("closing: the signature block should open with the position in capitals")
    name = lines[-1]
    if name.text != name.text.upper() and len(lines) > 1:
        start = paragraphs.index(lines[-2].paragraph)
        blank = paragraphs.index(name.paragraph) - start - 1
        if blank < 3:
            problems.append("closing: no room for the signature and seal above the name")
    return problems


# --- Appendices ---------------------------------------------------------------------------

_APPENDIX = re.compile(r"^PHỤ LỤC (?:[0-9]{2,}|[IVXLC]+)$")
_ATTACHMENT = re.compile(r"^\(Kèm theo .+\)$")


@dataclass
class _Appendix:
    new_page: bool
    blocks: list[Paragraph | Table]


def _check_appendices(
    blocks: list[Paragraph | Table], start: int, flow: _Flow, props: Properties
) -> list[str]:
    """The blocks after the closing table are appendices: each from a new page, opening with
    "PHỤ LỤC NN" (bold, centred, 13–14 pt), a bold centred title and "(Kèm theo ...)" in
    italics; their tables bordered with a bold header row, their notes 12–14 pt. The body's
    rules (justified, indented) are not theirs."""
    problems = []
    for number, appendix in enumerate(_split_appendices(blocks, start, flow), start=1):
        problems += _check_appendix(number, appendix, props)
    return problems


def _split_appendices(
    blocks: list[Paragraph | Table], start: int, flow: _Flow
) -> list[_Appendix]:
    """An appendix begins at its caption or at a new page. Empty paragraphs (a section break's,
    spacing) are passed over; a page that begins at one begins at the next block."""
    found: list[_Appendix] = []
    new_page = False
    for index in range(start, len(blocks)):
        block = blocks[index]
        new_page = new_page or index in flow.page_starts
        if isinstance(block, Paragraph) and not block.text.strip():
            continue
        caption = isinstance(block, Paragraph) and _APPENDIX.match(" ".join(block.text.split()))
        if caption or new_page or not found:
            found.append(_Appendix(new_page=new_page, blocks=[block]))
        else:
            found[-1].blocks.append(block)
        new_page = False
    return found


def _check_appendix(number: int, appendix: _Appendix, props: Properties) -> list[str]:
    tables = [i for i, block in enumerate(appendix.blocks) if isinstance(block, Table)]
    before_table = appendix.blocks[: tables[0] if tables else len(appendix.blocks)]
    opening = read_lines([b for b in before_table if isinstance(b, Paragraph)], props)[:3]
    caption = opening[0] if opening and _APPENDIX.match(opening[0].text) else None
    where = f'appendix "{caption.text}"' if caption else f"appendix {number}"
    problems = []
    if not appendix.new_page:
        problems.append(f"{where}: does not start on a new page (no page or section break)")
    if caption is None:
        problems.append(f'{where}: does not open with "PHỤ LỤC NN"')
    else:
        problems += _check_centred_bold(f"{where}: caption", caption, 13, 14)
    rest = opening[1:] if caption else opening
    title = rest[0] if rest and not _ATTACHMENT.match(rest[0].text) else None
    if title is None:
        problems.append(f"{where}: no title under the caption")
    else:
        problems += _check_centred_bold(f"{where}: title", title, 13, 14)
    attachment = rest[1 if title else 0] if len(rest) > (1 if title else 0) else None
    if attachment is None or not _ATTACHMENT.match(attachment.text):
        problems.append(f'{where}: no "(Kèm theo ...)" line under the title')
    else:
        problems += size_problem(f"{where}: attachment line", attachment, 13, 14)
        if not attachment.italic or attachment.align != "center":
            problems.append(f'{where}: "{short(attachment.text)}" should be italic and centred')
    heading = {line.paragraph for line in (caption, title, attachment) if line is not None}
    for block in appendix.blocks:
        if isinstance(block, Table):
            problems += _check_data_table(block, [], props, where=f"{where}: table")
        elif block not in heading:
            problems += [p for line in read_lines([block], props)
                         for p in size_problem(where, line, 12, 14)]
    return problems


# --- Page numbers -------------------------------------------------------------------------


def _check_page_numbers(document: DocxDocument, props: Properties) -> list[str]:
    """Arabic page numbers centred in the top margin, from page 2: titlePg and a PAGE field.

    A later section (an appendix on landscape pages) numbers every page, its first included,
    and counts on from the pages before it.
    """
    first, *others = document.sections
    problems = []
    if not first.different_first_page_header_footer:
        problems.append("page numbers: page 1 must not show one (no different first page)")
    elif _has_page_field(first.first_page_header):
        problems.append("page numbers: the first page's header shows a page number")
    if first.header.is_linked_to_previous:
        problems.append("page numbers: no PAGE field in the page header")
    else:
        problems += _check_numbered("page numbers", first.header.paragraphs, props)
    for number, section in enumerate(others, start=2):
        where = f"page numbers: section {number}"
        if xpath(section._sectPr, "./w:pgNumType/@w:start"):
            problems.append(f"{where} starts counting again")
        # A header linked to the previous section's is that section's: python-docx resolves it.
        problems += _check_numbered(where, section.header.paragraphs, props)
        if section.different_first_page_header_footer:
            problems += _check_numbered(
                f"{where}, first page", section.first_page_header.paragraphs, props
            )
    return problems


def _check_numbered(where: str, paragraphs: list[Paragraph], props: Properties) -> list[str]:
    """A header's page number: centred, 13–14 pt, upright, Times New Roman."""
    numbered = [p for p in paragraphs if _has_page_field_in(p)]
    if not numbered:
        return [f"{where}: no PAGE field in the page header"]
    paragraph = numbered[0]
    problems = []
    if props.paragraph_value(paragraph, "./w:jc/@w:val") != "center":
        problems.append(f"{where}: not centred")
    runs = xpath(paragraph._p, ".//w:r")
    sizes = {props.size(r, paragraph) for r in runs}
    if not all(13 <= size <= 14 for size in sizes):
        problems.append(f"{where}: expected 13–14 pt")
    if any(props.flag(r, paragraph, "i") for r in runs):
        problems.append(f"{where}: should be upright, not italic")
    fonts = {props.font(r, paragraph, "ascii") for r in runs}
    if fonts - {FONT}:
        problems.append(f"{where}: font {', '.join(map(str, fonts))}, expected {FONT}")
    return problems


def _has_page_field(header: Any) -> bool:
    return not header.is_linked_to_previous and any(
        _has_page_field_in(p) for p in header.paragraphs
    )


def _has_page_field_in(paragraph: Paragraph) -> bool:
    instructions = xpath(paragraph._p, ".//w:instrText/text() | .//w:fldSimple/@w:instr")
    return any(re.match(r"\s*PAGE\b", str(text)) for text in instructions)
