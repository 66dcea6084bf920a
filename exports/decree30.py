"""An `OfficialDocument` as a .docx laid out as Decree 30/2020/NĐ-CP, Appendix I prescribes.

This is the one place that knows the decree's layout: every report fills an `OfficialDocument`
and calls `docx_bytes`, and `exports.decree30_check.check_decree30` verifies the result in the
tests.
Every run names Times New Roman in all four font slots and every text is NFC, so Word,
LibreOffice and the provinces' document systems show the same Vietnamese letters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from io import BytesIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from exports.document import Block, Cell, Heading, OfficialDocument, Paragraph, Table
from exports.metrics import (
    DEFAULT_CELL_MARGIN_TWIPS,
    FONT,
    MOTTO,
    NATION,
    RECIPIENTS,
    text_width_mm,
)

TEXT_WIDTH_MM = 210 - 30 - 15
HEADER_LEFT_MM = 66  # 40% of the text width: parent and issuing body, number
CLOSING_LEFT_MM = 72  # recipients; the signature block takes the rest
CELL_MARGINS_MM = 2 * DEFAULT_CELL_MARGIN_TWIPS * 25.4 / 1440
FIRST_LINE_INDENT = Cm(1.27)
BODY_SIZE = 14
TABLE_SIZE = 12
SIGNATURE_SPACE_LINES = 4
KEEP_TOGETHER_ROWS = 15
RULE_GAP_PT = 5  # the rule's paragraph: its height is the gap between text and rule
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def docx_bytes(doc: OfficialDocument) -> bytes:
    """The document as .docx bytes: header, title, body, closing, page numbers from page 2."""
    document = Document()
    _set_up_page(document.sections[0])
    _set_up_styles(document)
    _header(document, doc)
    _title(document, doc)
    for block in doc.body:
        _block(document, block)
    _closing(document, doc)
    _page_numbers(document.sections[0])
    _set_properties(document, doc)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _set_properties(document: DocxDocument, doc: OfficialDocument) -> None:
    """Title and language for file managers and search; without the template's thumbnail,
    which shows python-docx's sample page rather than this document."""
    properties = document.core_properties
    properties.title = _nfc(f"{doc.type_name} {doc.title}")
    properties.author = _nfc(doc.issuing_body)
    properties.language = "vi-VN"
    properties.comments = ""
    package_rels = document.part.package.rels
    for key, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[key]


# --- Page and styles ----------------------------------------------------------------------


def _set_up_page(section: Section) -> None:
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)


def _set_up_styles(document: DocxDocument) -> None:
    """Times New Roman 14 pt black in the defaults and in Normal, which every paragraph uses.

    The template's defaults name theme fonts, which win over a named font in the same element:
    they are removed, not just overridden.
    """
    defaults = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr")[0]
    _set_fonts(defaults)
    for lang in defaults.xpath("./w:lang"):
        lang.set(qn("w:val"), "vi-VN")
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def _set_fonts(rpr: BaseOxmlElement) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- Paragraphs and runs ------------------------------------------------------------------


def _run(
    paragraph: DocxParagraph,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
) -> None:
    """A run in Times New Roman; python-docx writes each "\n" as a line break."""
    run = paragraph.add_run(_nfc(text))
    run.font.size = Pt(size)
    run.font.bold = bold or None
    run.font.italic = italic or None
    _set_fonts(run._r.get_or_add_rPr())


def _format(
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


def _text(
    container: DocxDocument | _Cell,
    text: str,
    size: float,
    align: WD_ALIGN_PARAGRAPH = CENTER,
    *,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
) -> DocxParagraph:
    """A one-run paragraph: the header's, title's and closing's lines."""
    paragraph = _format(container.add_paragraph(), align, before=before)
    _run(paragraph, text, size, bold=bold, italic=italic)
    return paragraph


def _rule(container: DocxDocument | _Cell, width_mm: float, length_mm: float) -> None:
    """A short solid rule, centred: the bottom border of an empty paragraph narrowed by indents.

    A border is a real line in Word and LibreOffice alike, unlike a row of underscores, and
    needs no drawing objects.
    """
    paragraph = _format(container.add_paragraph(), CENTER)
    side = Mm(max(0.0, (width_mm - length_mm) / 2))
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(RULE_GAP_PT)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    # pBdr comes before spacing (which _format wrote) in CT_PPr's sequence.
    paragraph._p.get_or_add_pPr().find(qn("w:spacing")).addprevious(borders)


def _balanced(text: str, width_mm: float, size: float, *, bold: bool) -> str:
    """A line too wide for its column, broken in two where the halves are most even.

    Word would break "SỞ THÔNG TIN VÀ TRUYỀN | THÔNG" and leave a title's last word alone;
    an even break reads as one name. Text longer than two lines is left to Word.
    """
    def width(part: str) -> float:
        return text_width_mm(part, size, bold=bold)

    usable = 0.95 * width_mm  # the estimate may be a little short of the real width
    words = text.split()
    if width(text) <= usable or len(words) < 2:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(map(width, pair)))
    return f"{first}\n{second}" if max(width(first), width(second)) <= usable else text


# --- Tables -------------------------------------------------------------------------------


def _table(document: DocxDocument, rows: int, widths_mm: Iterable[float]) -> DocxTable:
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


def _set_borders(table: DocxTable, value: str) -> None:
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


def _empty_cell(cell: _Cell) -> _Cell:
    """A cell without the empty paragraph Word requires, so add_paragraph writes the first."""
    for paragraph in cell.paragraphs:
        paragraph._p.getparent().remove(paragraph._p)
    return cell


# --- Header -------------------------------------------------------------------------------


def _header(document: DocxDocument, doc: OfficialDocument) -> None:
    """Row 1: bodies | national name and motto, each with its rule; row 2: number | date.

    The number and the date share a row so they stay level however the names wrap.
    """
    table = _table(document, 2, (HEADER_LEFT_MM, TEXT_WIDTH_MM - HEADER_LEFT_MM))
    _set_borders(table, "nil")
    (bodies, nation), (number, dated) = ([_empty_cell(c) for c in row.cells] for row in table.rows)
    left = HEADER_LEFT_MM - CELL_MARGINS_MM
    right = TEXT_WIDTH_MM - HEADER_LEFT_MM - CELL_MARGINS_MM
    if doc.parent_body:
        _text(bodies, _balanced(doc.parent_body, left, 13, bold=False), 13)
    issuing = _balanced(doc.issuing_body, left, 13, bold=True)
    _text(bodies, issuing, 13, bold=True)
    longest = max(text_width_mm(line, 13, bold=True) for line in issuing.split("\n"))
    _rule(bodies, left, 0.4 * min(longest, left))
    _text(nation, NATION, 12, bold=True)
    _text(nation, MOTTO, 13, bold=True)
    _rule(nation, right, text_width_mm(MOTTO, 13, bold=True))
    _text(number, doc.number_line, 13, before=6)
    _text(dated, doc.date_line, 13, italic=True, before=6)
    for cell in (bodies, nation):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def _title(document: DocxDocument, doc: OfficialDocument) -> None:
    """The type name and the subject, bold and centred, a short rule under the subject."""
    _text(document, doc.type_name.upper(), BODY_SIZE, bold=True, before=18)
    _text(document, _balanced(doc.title, TEXT_WIDTH_MM, BODY_SIZE, bold=True), BODY_SIZE, bold=True)
    longest = min(text_width_mm(doc.title, BODY_SIZE, bold=True), TEXT_WIDTH_MM)
    _rule(document, TEXT_WIDTH_MM, min(max(0.3 * longest, 25), 60))
    _format(document.add_paragraph(), CENTER, after=6)


# --- Body ---------------------------------------------------------------------------------


def _block(document: DocxDocument, block: Block) -> None:
    if isinstance(block, Heading):
        _heading(document, block)
    elif isinstance(block, Paragraph):
        _paragraph(document, block)
    else:
        _data_table(document, block)


def _body_paragraph(document: DocxDocument) -> DocxParagraph:
    """Justified, first line indented 1.27 cm, 6 pt after, 1.15 lines: the decree's body."""
    paragraph = _format(document.add_paragraph(), JUSTIFY, after=6, indent=True)
    paragraph.paragraph_format.line_spacing = 1.15
    return paragraph


def _heading(document: DocxDocument, heading: Heading) -> None:
    paragraph = _body_paragraph(document)
    paragraph.paragraph_format.keep_with_next = True
    level_3 = heading.level >= 3
    _run(paragraph, heading.text, BODY_SIZE, bold=not level_3, italic=level_3)


def _paragraph(document: DocxDocument, block: Paragraph) -> None:
    paragraph = _body_paragraph(document)
    if block.lead:
        _run(paragraph, block.lead, BODY_SIZE, italic=True)
    _run(paragraph, block.text, BODY_SIZE, italic=block.italic)


def _data_table(document: DocxDocument, data: Table) -> None:
    """ "Biểu số 01. <title>" above a bordered table; header row bold and repeated per page."""
    caption = _text(document, f"{data.label}. {data.title}", 13, bold=True, before=6)
    caption.paragraph_format.space_after = Pt(6)
    caption.paragraph_format.keep_with_next = True
    rows = data.grid
    table = _table(document, len(rows), _column_widths(data))
    _set_borders(table, "single")
    for index, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        bold = index == 0 or (data.total is not None and index == len(rows) - 1)
        for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            _table_cell(cell, value, percent=index > 0 and column in data.percent_columns,
                        bold=bold, header=index == 0)
    _keep_rows(table)
    _repeat_header_row(table)
    _format(document.add_paragraph(), LEFT, after=6)


def _table_cell(cell: _Cell, value: Cell, *, percent: bool, bold: bool, header: bool) -> None:
    number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    align = CENTER if header else RIGHT if number else LEFT
    paragraph = _format(cell.paragraphs[0], align, before=2, after=2)
    _run(paragraph, format_number(value, percent=percent), TABLE_SIZE, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _column_widths(data: Table) -> list[float]:
    """Each column as wide as its longest text, never narrower than its longest word, the
    whole as wide as the page: "STT" stays on one line and names take the room."""
    natural, least = [], []
    for column in zip(*data.grid, strict=True):
        texts = [format_number(value) for value in column]
        widest = max(text_width_mm(t, TABLE_SIZE, bold=True) for t in texts)
        word = max(text_width_mm(w, TABLE_SIZE, bold=True) for t in texts for w in [*t.split(), ""])
        natural.append(min(widest, 70) + CELL_MARGINS_MM + 1)
        least.append(word + CELL_MARGINS_MM + 1)
    if sum(natural) <= TEXT_WIDTH_MM or sum(natural) <= sum(least):
        return [TEXT_WIDTH_MM * w / sum(natural) for w in natural]
    shrink = (TEXT_WIDTH_MM - sum(least)) / (sum(natural) - sum(least))
    return [low + (high - low) * max(shrink, 0) for high, low in zip(natural, least, strict=True)]


def _keep_rows(table: DocxTable) -> None:
    """No row split across pages; a short table kept on one page with its caption."""
    short = len(table.rows) <= KEEP_TOGETHER_ROWS
    for index, row in enumerate(table.rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if short and index < len(table.rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _repeat_header_row(table: DocxTable) -> None:
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def format_number(value: Cell, *, percent: bool = False) -> str:
    """A table value as Vietnamese writes it: "1.234", "2,5", "15,5%" (0.155 as a percent).

    >>> format_number(1234), format_number(2.5), format_number(0.155, percent=True)
    ('1.234', '2,5', '15,5%')
    >>> format_number(Decimal("0.2"), percent=True), format_number(None)
    ('20%', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    number = Decimal(str(value)) * (100 if percent else 1)
    text = f"{number:,.{1 if percent else 2}f}".rstrip("0").rstrip(".")
    text = text.translate(_VIETNAMESE_SEPARATORS)
    return f"{text}%" if percent else text


_VIETNAMESE_SEPARATORS = str.maketrans({",": ".", ".": ","})


# --- Closing ------------------------------------------------------------------------------


def _closing(document: DocxDocument, doc: OfficialDocument) -> None:
    """ "Nơi nhận:" and the list on the left, the signature block on the right.

    The last paragraph goes to the next page with the closing rather than leave a signature
    alone on a page, and the closing's row never splits.
    """
    if document.paragraphs:
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    _format(document.add_paragraph(), LEFT, after=6).paragraph_format.keep_with_next = True
    table = _table(document, 1, (CLOSING_LEFT_MM, TEXT_WIDTH_MM - CLOSING_LEFT_MM))
    _set_borders(table, "nil")
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    recipients, signature = (_empty_cell(c) for c in table.rows[0].cells)
    _text(recipients, RECIPIENTS, 12, LEFT, bold=True, italic=True)
    for line in doc.recipient_lines:
        _text(recipients, line, 11, LEFT)
    for line in (doc.signature_prefix, doc.signature_position):
        if line:
            _text(signature, line.upper(), BODY_SIZE, bold=True)
    for _ in range(SIGNATURE_SPACE_LINES):
        _format(signature.add_paragraph(), CENTER)
    if doc.signer_name:
        _text(signature, doc.signer_name, BODY_SIZE, bold=True)


# --- Page numbers -------------------------------------------------------------------------


def _page_numbers(section: Section) -> None:
    """A PAGE field centred in the header of every page but the first, which has its own,
    empty header."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    paragraph = _format(header.paragraphs[0], CENTER)
    # A complex field: begin, instruction, separate, the last computed value, end.
    for part in ("begin", " PAGE ", "separate", "2", "end"):
        run = paragraph.add_run()
        run.font.size = Pt(BODY_SIZE)
        _set_fonts(run._r.get_or_add_rPr())
        if part in ("begin", "separate", "end"):
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), part)
            run._r.append(char)
        elif part == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = part
            run._r.append(instruction)
        else:
            run.text = part
