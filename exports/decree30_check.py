"""Does a .docx look like a Decree 30/2020 administrative document? `check_decree30` says what not.

Every document the project writes goes through this check in the tests, so a change to one
report cannot quietly drift from the decree: A4 and its margins, Times New Roman in black, the
two-column header and closing tables, the number and date lines with their leading zeros, the
title, the body's sizes and spacing, and page numbers from page 2 on.

The check reads the properties Word would apply, following run, character style, paragraph
style and document defaults, so that a style-wide setting counts as much as a direct one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import nsmap, qn
from docx.section import Section
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

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

_NS = {"w": nsmap["w"]}


# --- The check ----------------------------------------------------------------------------


def check_decree30(docx: bytes) -> list[str]:
    """The ways a .docx breaks Decree 30/2020, Appendix I; an empty list when it follows it."""
    document = Document(BytesIO(docx))
    props = _Properties(document)
    blocks = list(document.iter_inner_content())
    problems = _check_pages(document) + _check_runs(document, props)
    header = blocks[0] if blocks and isinstance(blocks[0], Table) else None
    if header is None:
        problems.append("header: the document does not open with the header table")
    else:
        problems += _check_header(header, props)
    end, closing = _closing(blocks)
    problems += _check_title_and_body(blocks[1 if header else 0 : end], props)
    if closing is None:
        problems.append(f'closing: no table with "{RECIPIENTS}"')
    else:
        problems += _check_closing(closing, props)
    return problems + _check_page_numbers(document.sections[0], props)


# --- Reading properties as Word applies them ----------------------------------------------


class _Properties:
    """Run and paragraph properties through styles and document defaults."""

    def __init__(self, document: DocxDocument) -> None:
        styles = document.styles.element
        self._styles = {s.get(qn("w:styleId")): s for s in _xpath(styles, "./w:style")}
        default = _xpath(styles, "./w:style[@w:type='paragraph' and @w:default='1']/@w:styleId")
        self._default_paragraph = default[0] if default else None
        self._rpr_default = _xpath(styles, "./w:docDefaults/w:rPrDefault/w:rPr")
        self._ppr_default = _xpath(styles, "./w:docDefaults/w:pPrDefault/w:pPr")

    def run_value(self, run: Any, paragraph: Paragraph, path: str) -> str | None:
        """The first value of path (e.g. "w:sz/@w:val") from the run up to the defaults."""
        return _first(self._rpr_chain(run, paragraph), path)

    def paragraph_value(self, paragraph: Paragraph, path: str) -> str | None:
        return _first(self._ppr_chain(paragraph), path)

    def font(self, run: Any, paragraph: Paragraph, attr: str) -> str | None:
        """The font of one rFonts slot ("ascii", "hAnsi"); a theme font counts as its name."""
        for rpr in self._rpr_chain(run, paragraph):
            for fonts in _xpath(rpr, "./w:rFonts"):
                theme = fonts.get(qn(f"w:{attr}Theme"))
                if theme:
                    return f"theme font {theme}"
                if fonts.get(qn(f"w:{attr}")):
                    return str(fonts.get(qn(f"w:{attr}")))
        return None

    def size(self, run: Any, paragraph: Paragraph) -> float:
        value = self.run_value(run, paragraph, "./w:sz/@w:val")
        return int(value) / 2 if value else 10.0

    def flag(self, run: Any, paragraph: Paragraph, name: str) -> bool:
        for rpr in self._rpr_chain(run, paragraph):
            for element in _xpath(rpr, f"./w:{name}"):
                return element.get(qn("w:val"), "true") not in ("0", "false", "off")
        return False

    def _rpr_chain(self, run: Any, paragraph: Paragraph) -> Iterator[Any]:
        yield from _xpath(run, "./w:rPr")
        for style_id in _xpath(run, "./w:rPr/w:rStyle/@w:val"):
            yield from self.style_parts(style_id, "w:rPr")
        yield from self.style_parts(self._paragraph_style(paragraph), "w:rPr")
        yield from self._rpr_default

    def _ppr_chain(self, paragraph: Paragraph) -> Iterator[Any]:
        yield from _xpath(paragraph._p, "./w:pPr")
        yield from self.style_parts(self._paragraph_style(paragraph), "w:pPr")
        yield from self._ppr_default

    def _paragraph_style(self, paragraph: Paragraph) -> str | None:
        ids = _xpath(paragraph._p, "./w:pPr/w:pStyle/@w:val")
        return str(ids[0]) if ids else self._default_paragraph

    def style_parts(self, style_id: str | None, part: str) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            yield from _xpath(style, f"./{part}")
            based = _xpath(style, "./w:basedOn/@w:val")
            style_id = str(based[0]) if based else None


def _xpath(element: Any, path: str) -> list[Any]:
    """XPath with the w: prefix on any element, python-docx's own classes or plain lxml ones."""
    return list(etree._Element.xpath(element, path, namespaces=_NS))


def _first(elements: Iterator[Any], path: str) -> str | None:
    for element in elements:
        found = _xpath(element, path)
        if found:
            return str(found[0])
    return None


@dataclass(frozen=True)
class _Line:
    """A paragraph with its text and the properties of its text runs, as the checks need them."""

    paragraph: Paragraph
    text: str
    sizes: frozenset[float]
    bold: bool
    italic: bool
    align: str | None

    @property
    def size_text(self) -> str:
        return "/".join(f"{size:g}" for size in sorted(self.sizes)) + " pt"


def _line(paragraph: Paragraph, props: _Properties) -> _Line:
    runs = [r for r in _xpath(paragraph._p, ".//w:r") if "".join(_xpath(r, "./w:t/text()")).strip()]
    return _Line(
        paragraph=paragraph,
        text=" ".join(paragraph.text.split()),
        sizes=frozenset(props.size(r, paragraph) for r in runs),
        bold=bool(runs) and all(props.flag(r, paragraph, "b") for r in runs),
        italic=bool(runs) and all(props.flag(r, paragraph, "i") for r in runs),
        align=props.paragraph_value(paragraph, "./w:jc/@w:val"),
    )


def _lines(paragraphs: list[Paragraph], props: _Properties) -> list[_Line]:
    """The paragraphs that hold text."""
    return [_line(p, props) for p in paragraphs if p.text.strip()]


def _short(text: str, limit: int = 50) -> str:
    """Enough of a paragraph to find it: "Ngay sau khi Kế hoạch của Ủy ban nhân dân…"."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _size_problem(where: str, line: _Line, low: float, high: float) -> list[str]:
    if line.sizes and all(low <= size <= high for size in line.sizes):
        return []
    return [f'{where}: "{_short(line.text)}" is {line.size_text}, expected {low:g}–{high:g} pt']


# --- Page setup ---------------------------------------------------------------------------

_MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}


def _check_pages(document: DocxDocument) -> list[str]:
    problems = []
    for index, section in enumerate(document.sections, start=1):
        where = f"section {index}"
        width, height = _mm(section.page_width), _mm(section.page_height)
        if sorted((round(width), round(height))) != [210, 297]:
            problems.append(f"{where}: page is {width:.0f}×{height:.0f} mm, expected A4")
        elif index == 1 and width > height:
            problems.append(f"{where}: the first pages must be portrait")
        for name, (low, high) in _MARGINS.items():
            value = _mm(getattr(section, f"{name}_margin"))
            if not low - 0.5 <= value <= high + 0.5:
                problems.append(
                    f"{where}: {name} margin is {value:.1f} mm, expected {low}–{high} mm"
                )
    return problems


def _mm(length: int | None) -> float:
    return (length or 0) / EMU_PER_MM


# --- Fonts, colour, NFC -------------------------------------------------------------------


def _check_runs(document: DocxDocument, props: _Properties) -> list[str]:
    """Every text run, in the body and in the page headers, in black Times New Roman, NFC."""
    problems: set[str] = set()
    for paragraph in _all_paragraphs(document):
        if not unicodedata.is_normalized("NFC", paragraph.text):
            problems.add(f'text: "{_short(paragraph.text)}" is not in Unicode NFC')
        for run in _xpath(paragraph._p, ".//w:r[w:t]"):
            problems.update(_run_problems(run, paragraph, props))
    return sorted(problems)


def _run_problems(run: Any, paragraph: Paragraph, props: _Properties) -> list[str]:
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


def _borders(table: Table, props: _Properties) -> set[str]:
    """The table's visible borders, from its own properties, its style and its cells."""
    visible: set[str] = set()
    sources = list(_xpath(table._tbl, "./w:tblPr/w:tblBorders"))
    style_ids = _xpath(table._tbl, "./w:tblPr/w:tblStyle/@w:val")
    for style_id in style_ids:
        sources += [
            b for tblpr in props.style_parts(str(style_id), "w:tblPr")
            for b in _xpath(tblpr, "./w:tblBorders")
        ]
    for side in _BORDER_SIDES:
        for source in sources:
            found = _xpath(source, f"./w:{side}/@w:val")
            if found:
                if found[0] not in _NO_BORDER:
                    visible.add(side)
                break
    for value in _xpath(table._tbl, ".//w:tcPr/w:tcBorders/*/@w:val"):
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


def _column_width_mm(table: Table, column: int) -> float:
    widths = _xpath(table._tbl, "./w:tblGrid/w:gridCol/@w:w")
    return int(widths[column]) / TWIPS_PER_MM if column < len(widths) else 0.0


def _rule_after(paragraphs: list[Paragraph], index: int) -> Paragraph | None:
    """The rule under paragraphs[index]: its own bottom border, an empty bordered paragraph
    right after it, or a drawn line."""
    for candidate in paragraphs[index : index + 2]:
        if candidate is not paragraphs[index] and candidate.text.strip():
            break
        bottom = _xpath(candidate._p, "./w:pPr/w:pBdr/w:bottom/@w:val")
        if bottom and bottom[0] not in _NO_BORDER:
            return candidate
        if _xpath(candidate._p, ".//w:drawing | .//w:pict"):
            return candidate
    return None


def _rule_length_mm(rule: Paragraph, column_width: float, table: Table) -> float | None:
    """How long a paragraph-border rule is: the cell's width less cell margins and indents."""
    if not _xpath(rule._p, "./w:pPr/w:pBdr"):
        return None
    margins = _xpath(table._tbl, "./w:tblPr/w:tblCellMar/w:left/@w:w | "
                               "./w:tblPr/w:tblCellMar/w:right/@w:w")
    margin = sum(int(m) for m in margins) if len(margins) == 2 else 2 * DEFAULT_CELL_MARGIN_TWIPS
    indents = _xpath(rule._p, "./w:pPr/w:ind/@w:left | ./w:pPr/w:ind/@w:right")
    return column_width - (margin + sum(int(i) for i in indents)) / TWIPS_PER_MM


# --- Header -------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"^Số:(?: (?P<number>[0-9]+)|\s{2,})/"
    r"(?P<symbol>[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ0-9][A-Za-zĐ0-9]*)*)$"
)
_DATE = re.compile(
    r"^(?P<place>[^,]+), ngày(?: (?P<day>[0-9]+) |\s{2,})"
    r"tháng(?: (?P<month>[0-9]+) |\s{2,})năm (?P<year>[0-9]{4})$"
)


def _check_header(table: Table, props: _Properties) -> list[str]:
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


def _borderless(where: str, table: Table, props: _Properties) -> list[str]:
    visible = _borders(table, props)
    if visible:
        return [f"{where}: table has borders ({', '.join(sorted(visible))}), expected none"]
    return []


def _check_header_left(
    table: Table, cells: list[tuple[int, Paragraph]], props: _Properties
) -> tuple[int | None, list[str]]:
    paragraphs = [p for _, p in cells]
    lines = _lines(paragraphs, props)
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
        problems += _check_rule(
            "header: the issuing body", table, 0, paragraphs, issuing, bodies[-1], (0.3, 0.55)
        )
    row = next(r for r, p in cells if p is number.paragraph)
    return row, problems


def _check_number(line: _Line) -> list[str]:
    problems = _size_problem("header: number line", line, 13, 13)
    match = _NUMBER.match(line.paragraph.text.strip())
    if match is None:
        problems.append(f'header: "{line.text}" is not "Số: NN/SYMBOL"')
    elif match["number"] and len(match["number"]) < 2:
        problems.append(f'header: "{line.text}" needs a leading zero on numbers under 10')
    return problems


def _check_bodies(bodies: list[_Line], props: _Properties) -> list[str]:
    """The parent body (not bold) and the issuing body (bold), in capitals, 12–13 pt."""
    problems = []
    for index, line in enumerate(bodies):
        issuing = index == len(bodies) - 1
        name = "issuing body" if issuing else "parent body"
        problems += _size_problem(f"header: {name}", line, 12, 13)
        if line.text != line.text.upper():
            problems.append(f'header: {name} "{line.text}" is not in capitals')
        if line.bold != issuing:
            expected = "bold" if issuing else "not bold"
            problems.append(f'header: {name} "{line.text}" should be {expected}')
    return problems


def _check_rule(
    where: str,
    table: Table,
    column: int,
    paragraphs: list[Paragraph],
    index: int,
    line: _Line,
    ratio: tuple[float, float],
) -> list[str]:
    """A solid rule under paragraphs[index], its length a ratio of the text's longest line."""
    rule = _rule_after(paragraphs, index)
    if rule is None:
        return [f"{where} has no rule under it"]
    column_width = _column_width_mm(table, column)
    length = _rule_length_mm(rule, column_width, table)
    if length is None or not line.sizes:
        return []
    size = max(line.sizes)
    inner = column_width - 2 * DEFAULT_CELL_MARGIN_TWIPS / TWIPS_PER_MM
    longest = max(
        min(text_width_mm(part, size, bold=line.bold), inner)
        for part in line.paragraph.text.splitlines()
    )
    low, high = ratio
    if not low * longest <= length <= high * longest:
        return [f"{where}: rule is {length:.0f} mm under {longest:.0f} mm of text"]
    return []


def _check_header_right(
    table: Table, cells: list[tuple[int, Paragraph]], props: _Properties
) -> tuple[int | None, list[str]]:
    paragraphs = [p for _, p in cells]
    lines = _lines(paragraphs, props)
    texts = [_same_tones(line.text) for line in lines]
    problems = []
    if NATION not in texts:
        problems.append(f'header: no "{NATION}"')
    else:
        nation = lines[texts.index(NATION)]
        problems += _size_problem("header: national name", nation, 12, 13)
        problems += [] if nation.bold else ["header: the national name should be bold"]
    if MOTTO not in texts:
        problems.append(f'header: no "{MOTTO}"')
    else:
        motto = lines[texts.index(MOTTO)]
        problems += _size_problem("header: motto", motto, 13, 14)
        problems += [] if motto.bold else ["header: the motto should be bold"]
        at = paragraphs.index(motto.paragraph)
        problems += _check_rule("header: the motto", table, 1, paragraphs, at, motto, (0.9, 1.1))
    dated = [(line, _DATE.match(line.paragraph.text.strip())) for line in lines]
    for line, match in dated:
        if match is not None:
            problems += _check_date(line, match)
            return next(r for r, p in cells if p is line.paragraph), problems
    return None, [*problems, 'header: no "Place, ngày DD tháng MM năm YYYY" line']


def _same_tones(text: str) -> str:
    """Both tone placements occur in official text ("HOÀ", "HÒA"); compare them as one."""
    return text.replace("HOÀ", "HÒA").replace("Hoà", "Hòa")


def _check_date(line: _Line, match: re.Match[str]) -> list[str]:
    problems = _size_problem("header: date line", line, 13, 14)
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


def _check_title_and_body(blocks: list[Paragraph | Table], props: _Properties) -> list[str]:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    lines = _lines(paragraphs, props)
    if len(lines) < 2:
        return ["title: no type name and subject under the header"]
    type_line, subject = lines[0], lines[1]
    problems = _check_centred_bold("title: type name", type_line, 13, 14)
    if type_line.text != type_line.text.upper():
        problems.append(f'title: "{type_line.text}" is not in capitals')
    problems += _check_centred_bold("title: subject", subject, 13, 14)
    if _rule_after(paragraphs, paragraphs.index(subject.paragraph)) is None:
        problems.append("title: the subject has no rule under it")
    problems += _check_body(lines[2:], props)
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            problems += _check_data_table(block, blocks[:index], props)
    return problems


def _check_centred_bold(where: str, line: _Line, low: float, high: float) -> list[str]:
    problems = _size_problem(where, line, low, high)
    if not line.bold:
        problems.append(f'{where}: "{_short(line.text)}" should be bold')
    if line.align != "center":
        problems.append(f'{where}: "{_short(line.text)}" should be centred')
    return problems


def _check_body(lines: list[_Line], props: _Properties) -> list[str]:
    """Body text 13–14 pt; running paragraphs justified, indented, spaced, in 1–1.5 lines."""
    problems = []
    for line in lines:
        problems += _size_problem("body", line, 13, 14)
        if line.bold or line.align == "center":
            continue  # headings and table captions
        problems += _check_running(line, props)
    return problems


def _check_running(line: _Line, props: _Properties) -> list[str]:
    where = f'body: "{_short(line.text)}"'
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


def _line_spacing(line: _Line, props: _Properties) -> float | None:
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
    table: Table, before: list[Paragraph | Table], props: _Properties
) -> list[str]:
    texts = [b.text.strip() for b in before if isinstance(b, Paragraph) and b.text.strip()]
    caption = texts[-1] if texts else ""
    where = f'table "{_short(caption)}"' if _CAPTION.match(caption) else "table"
    problems = [] if _CAPTION.match(caption) else ['table: no "Biểu số NN. ..." caption above']
    if not {"top", "left", "bottom", "right", "insideH", "insideV"} <= _borders(table, props):
        problems.append(f"{where}: needs borders on every side and between cells")
    header_lines = _lines(list(table.rows[0].cells[0].paragraphs), props) if table.rows else []
    if header_lines and not all(line.bold for line in header_lines):
        problems.append(f"{where}: the header row should be bold")
    for cell in _cells(table):
        for line in _lines(list(cell.paragraphs), props):
            problems += _size_problem(where, line, 11, 13)
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


def _check_closing(table: Table, props: _Properties) -> list[str]:
    problems = _borderless("closing", table, props)
    if len(table.columns) != 2:
        return [*problems, f"closing: table has {len(table.columns)} columns, expected 2"]
    left = _lines([p for _, p in _column_paragraphs(table, 0)], props)
    right = [p for _, p in _column_paragraphs(table, 1)]
    return problems + _check_recipients(left) + _check_signature(right, props)


def _check_recipients(lines: list[_Line]) -> list[str]:
    heading, recipients = lines[0], lines[1:]
    problems = _size_problem("closing: Nơi nhận", heading, 12, 12)
    if not (heading.bold and heading.italic):
        problems.append("closing: Nơi nhận: should be bold italic")
    if not recipients:
        problems.append("closing: no recipients under Nơi nhận:")
    for index, line in enumerate(recipients):
        problems += _size_problem("closing: recipient", line, 11, 11)
        end = "." if index == len(recipients) - 1 else ";"
        if not (line.text.startswith("- ") and line.text.endswith(end)):
            problems.append(
                f'closing: recipient "{line.text}" should start with "- " and end with "{end}"'
            )
    return problems


def _check_signature(paragraphs: list[Paragraph], props: _Properties) -> list[str]:
    """Authority and position in bold capitals, room for signature and seal, the name bold."""
    lines = _lines(paragraphs, props)
    if not lines:
        return ["closing: no signature block"]
    problems = []
    for line in lines:
        problems += _size_problem("closing: signature", line, 13, 14)
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


# --- Page numbers -------------------------------------------------------------------------


def _check_page_numbers(section: Section, props: _Properties) -> list[str]:
    """Arabic page numbers centred in the top margin, from page 2: titlePg and a PAGE field."""
    problems = []
    if not section.different_first_page_header_footer:
        problems.append("page numbers: page 1 must not show one (no different first page)")
    elif _has_page_field(section.first_page_header):
        problems.append("page numbers: the first page's header shows a page number")
    numbered = [p for p in section.header.paragraphs if _has_page_field_in(p)]
    if section.header.is_linked_to_previous or not numbered:
        return [*problems, "page numbers: no PAGE field in the page header"]
    paragraph = numbered[0]
    if props.paragraph_value(paragraph, "./w:jc/@w:val") != "center":
        problems.append("page numbers: not centred")
    runs = _xpath(paragraph._p, ".//w:r")
    sizes = {props.size(r, paragraph) for r in runs}
    if not all(13 <= size <= 14 for size in sizes):
        problems.append("page numbers: expected 13–14 pt")
    if any(props.flag(r, paragraph, "i") for r in runs):
        problems.append("page numbers: should be upright, not italic")
    fonts = {props.font(r, paragraph, "ascii") for r in runs}
    if fonts - {FONT}:
        problems.append(f"page numbers: font {', '.join(map(str, fonts))}, expected {FONT}")
    return problems


def _has_page_field(header: Any) -> bool:
    return not header.is_linked_to_previous and any(
        _has_page_field_in(p) for p in header.paragraphs
    )


def _has_page_field_in(paragraph: Paragraph) -> bool:
    instructions = _xpath(paragraph._p, ".//w:instrText/text() | .//w:fldSimple/@w:instr")
    return any(re.match(r"\s*PAGE\b", str(text)) for text in instructions)
