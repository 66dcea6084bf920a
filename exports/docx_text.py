"""The pieces every part of a Decree 30 .docx is made of: runs, paragraphs, rules, plain tables.

Every run names Times New Roman in all four font slots and every text is NFC, so Word,
LibreOffice and the provinces' document systems show the same Vietnamese letters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from exports.metrics import FONT

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
FIRST_LINE_INDENT = Cm(1.27)
RULE_GAP_PT = 5  # the rule's paragraph: its height is the gap between text and rule

Container = DocxDocument | _Cell


def set_fonts(rpr: BaseOxmlElement) -> None:
    """Times New Roman in every slot of rPr, without the theme fonts that would win over it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def add_run(
    paragraph: DocxParagraph,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
) -> None:
    """A run in Times New Roman; python-docx writes each "\n" as a line break."""
    run = paragraph.add_run(nfc(text))
    run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    set_fonts(run._r.get_or_add_rPr())


def set_run_text(run: BaseOxmlElement, text: str) -> None:
    """Replace the text of a run element (w:r) as python-docx writes it: one w:t a line,
    w:br between lines, spaces kept where a line starts or ends with one.

    For the builders that copy a formatted paragraph or cell rather than format thousands."""
    for old in run.findall(qn("w:t")) + run.findall(qn("w:br")):
        run.remove(old)
    for number, line in enumerate(nfc(text).split("\n")):
        if number:
            run.append(OxmlElement("w:br"))
        if not line:
            continue
        piece = OxmlElement("w:t")
        piece.text = line
        if line != line.strip():
            piece.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(piece)


def set_format(
    paragraph: DocxParagraph,
    align: WD_ALIGN_PARAGRAPH,
    *,
    before: float = 0,
    after: float = 0,
    indent: bool = False,
) -> DocxParagraph:
    fmt = paragraph.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = FIRST_LINE_INDENT
    return paragraph


def add_text(
    container: Container,
    text: str,
    size: float,
    align: WD_ALIGN_PARAGRAPH = CENTER,
    *,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
) -> DocxParagraph:
    """A one-run paragraph: the header's, title's, closing's and appendices' lines."""
    paragraph = set_format(container.add_paragraph(), align, before=before)
    add_run(paragraph, text, size, bold=bold, italic=italic)
    return paragraph


def add_rule(container: Container, width_mm: float, length_mm: float) -> None:
    """A short solid rule, centred: the bottom border of an empty paragraph narrowed by indents.

    A border is a real line in Word and LibreOffice alike, unlike a row of underscores, and
    needs no drawing objects.
    """
    paragraph = set_format(container.add_paragraph(), CENTER)
    side = Mm(max(0.0, (width_mm - length_mm) / 2))
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(RULE_GAP_PT)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    # pBdr comes before spacing (which set_format wrote) in CT_PPr's sequence.
    paragraph._p.get_or_add_pPr().find(qn("w:spacing")).addprevious(borders)


def add_table(document: DocxDocument, rows: int, widths_mm: Iterable[float]) -> DocxTable:
    """A fixed-width table; its borders are set by the caller."""
    widths = list(widths_mm)
    table: DocxTable = document.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for index, width in enumerate(widths):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)
    return table


def set_borders(table: DocxTable, value: str) -> None:
    """Every border of the table "single" (thin, black) or "nil"."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), value)
        if value == "single":
            border.set(qn("w:sz"), "4")
            border.set(qn("w:color"), "000000")
        borders.append(border)
    tblpr = table._tbl.tblPr
    # tblBorders precedes tblLayout, tblCellMar and tblLook in CT_TblPr's sequence.
    following = tblpr.find(qn("w:tblLayout"))
    (following.addprevious if following is not None else tblpr.append)(borders)


def empty_cell(cell: _Cell) -> _Cell:
    """A cell without the empty paragraph Word requires, so add_paragraph writes the first."""
    for paragraph in cell.paragraphs:
        paragraph._p.getparent().remove(paragraph._p)
    return cell
