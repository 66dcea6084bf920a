"""An `OfficialDocument` as a .docx laid out as Decree 30/2020/NĐ-CP, Appendix I prescribes.

This is the one place that knows the decree's layout: every report fills an `OfficialDocument`
and calls `docx_bytes`, and `exports.decree30_check.check_decree30` verifies the result in the
tests. The pieces (runs, rules, tables) are in `exports.docx_text`, the data tables in
`exports.data_tables`, the appendices after the signature in `exports.appendices`.
"""

from __future__ import annotations

from copy import deepcopy
from io import BytesIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from exports.appendices import BREAK_SLACK_MM, write_appendices
from exports.data_tables import data_table, format_number
from exports.document import Block, Heading, OfficialDocument, Paragraph
from exports.docx_text import (
    CENTER,
    JUSTIFY,
    LEFT,
    add_rule,
    add_run,
    add_table,
    add_text,
    empty_cell,
    nfc,
    set_borders,
    set_fonts,
    set_format,
    set_run_text,
)
from exports.metrics import (
    A4_MM,
    BOTTOM_MM,
    CELL_MARGINS_MM,
    LEFT_MM,
    MOTTO,
    NATION,
    RECIPIENTS,
    RIGHT_MM,
    TEXT_WIDTH_MM,
    TOP_MM,
    text_width_mm,
)
from exports.subject import subject_lines

__all__ = ["docx_bytes", "format_number"]

HEADER_LEFT_MM = 66  # 40% of the text width: parent and issuing body, number
CLOSING_LEFT_MM = 72  # recipients; the signature block takes the rest
BODY_SIZE = 14
SIGNATURE_SPACE_LINES = 4
# The rule under the subject: 1/3 to 1/2 of its longest line (Appendix I); the middle of it.
SUBJECT_RULE_RATIO = 0.4


def docx_bytes(doc: OfficialDocument) -> bytes:
    """The document as .docx bytes: header, title, body, closing, then the appendices, each
    from a new page; page numbers from page 2."""
    document = Document()
    _set_up_page(document.sections[0])
    _set_up_styles(document)
    _header(document, doc)
    _title(document, doc)
    made: dict[tuple[bool, bool], BaseOxmlElement] = {}
    for block in doc.body:
        _block(document, block, made)
    _closing(document, doc)
    _page_numbers(document.sections[0])
    write_appendices(document, doc)
    _set_properties(document, doc)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _set_properties(document: DocxDocument, doc: OfficialDocument) -> None:
    """Title and language for file managers and search; without the template's thumbnail,
    which shows python-docx's sample page rather than this document."""
    properties = document.core_properties
    properties.title = nfc(f"{doc.type_name} {doc.title}")
    properties.author = nfc(doc.issuing_body)
    properties.language = "vi-VN"
    properties.comments = ""
    package_rels = document.part.package.rels
    for key, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[key]


# --- Page and styles ----------------------------------------------------------------------


def _set_up_page(section: Section) -> None:
    section.page_width, section.page_height = Mm(A4_MM[0]), Mm(A4_MM[1])
    section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
    section.header_distance = Mm(10)


def _set_up_styles(document: DocxDocument) -> None:
    """Times New Roman 14 pt black in the defaults and in Normal, which every paragraph uses.

    The template's defaults name theme fonts, which win over a named font in the same element:
    they are removed, not just overridden.
    """
    defaults = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr")[0]
    set_fonts(defaults)
    for lang in defaults.xpath("./w:lang"):
        lang.set(qn("w:val"), "vi-VN")
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


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


# --- Header -------------------------------------------------------------------------------


def _header(document: DocxDocument, doc: OfficialDocument) -> None:
    """Row 1: bodies | national name and motto, each with its rule; row 2: number | date.

    The number and the date share a row so they stay level however the names wrap.
    """
    table = add_table(document, 2, (HEADER_LEFT_MM, TEXT_WIDTH_MM - HEADER_LEFT_MM))
    set_borders(table, "nil")
    (bodies, nation), (number, dated) = ([empty_cell(c) for c in row.cells] for row in table.rows)
    left = HEADER_LEFT_MM - CELL_MARGINS_MM
    right = TEXT_WIDTH_MM - HEADER_LEFT_MM - CELL_MARGINS_MM
    if doc.parent_body:
        add_text(bodies, _balanced(doc.parent_body, left, 13, bold=False), 13)
    issuing = _balanced(doc.issuing_body, left, 13, bold=True)
    add_text(bodies, issuing, 13, bold=True)
    longest = max(text_width_mm(line, 13, bold=True) for line in issuing.split("\n"))
    add_rule(bodies, left, 0.4 * min(longest, left))
    add_text(nation, NATION, 12, bold=True)
    add_text(nation, MOTTO, 13, bold=True)
    add_rule(nation, right, text_width_mm(MOTTO, 13, bold=True))
    add_text(number, doc.number_line, 13, before=6)
    add_text(dated, doc.date_line, 13, italic=True, before=6)
    for cell in (bodies, nation):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def _title(document: DocxDocument, doc: OfficialDocument) -> None:
    """The type name and the subject, bold and centred, the subject broken between phrases;
    under it a rule 1/3 to 1/2 as long as its longest line."""
    add_text(document, doc.type_name.upper(), BODY_SIZE, bold=True, before=18)
    lines = subject_lines(doc.title, TEXT_WIDTH_MM - BREAK_SLACK_MM, BODY_SIZE)
    add_text(document, "\n".join(lines), BODY_SIZE, bold=True)
    longest = max((text_width_mm(line, BODY_SIZE, bold=True) for line in lines), default=0.0)
    add_rule(document, TEXT_WIDTH_MM, SUBJECT_RULE_RATIO * min(longest, TEXT_WIDTH_MM))
    set_format(document.add_paragraph(), CENTER, after=6)


# --- Body ---------------------------------------------------------------------------------


def _block(document: DocxDocument, block: Block,
           made: dict[tuple[bool, bool], BaseOxmlElement]) -> None:
    if isinstance(block, Heading):
        _heading(document, block)
    elif isinstance(block, Paragraph):
        _paragraph(document, block, made)
    else:
        data_table(document, block)


def _body_paragraph(document: DocxDocument) -> DocxParagraph:
    """Justified, first line indented 1.27 cm, 6 pt after, 1.15 lines: the decree's body."""
    paragraph = set_format(document.add_paragraph(), JUSTIFY, after=6, indent=True)
    paragraph.paragraph_format.line_spacing = 1.15
    return paragraph


def _heading(document: DocxDocument, heading: Heading) -> None:
    paragraph = _body_paragraph(document)
    paragraph.paragraph_format.keep_with_next = True
    level_3 = heading.level >= 3
    add_run(paragraph, heading.text, BODY_SIZE, bold=not level_3, italic=level_3)


def _paragraph(document: DocxDocument, block: Paragraph,
               made: dict[tuple[bool, bool], BaseOxmlElement]) -> None:
    """A body paragraph, copied from the first one formatted the same way (with or without
    a lead, italic or not): a report of 1,000 units has thousands, and python-docx takes
    milliseconds to format each."""
    key = (bool(block.lead), block.italic)
    texts = [block.lead, block.text] if block.lead else [block.text]
    if key in made:
        element = deepcopy(made[key])
        for run, text in zip(element.findall(qn("w:r")), texts, strict=True):
            set_run_text(run, text)
        body = document.element.body
        if body[-1].tag == qn("w:sectPr"):  # the section's properties stay last
            body[-1].addprevious(element)
        else:
            body.append(element)
        return
    paragraph = _body_paragraph(document)
    if block.lead:
        add_run(paragraph, block.lead, BODY_SIZE, italic=True)
    add_run(paragraph, block.text, BODY_SIZE, italic=block.italic)
    made[key] = deepcopy(paragraph._p)


# --- Closing ------------------------------------------------------------------------------


def _closing(document: DocxDocument, doc: OfficialDocument) -> None:
    """ "Nơi nhận:" and the list on the left, the signature block on the right.

    The last paragraph goes to the next page with the closing rather than leave a signature
    alone on a page, and the closing's row never splits.
    """
    if document.paragraphs:
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    set_format(document.add_paragraph(), LEFT, after=6).paragraph_format.keep_with_next = True
    table = add_table(document, 1, (CLOSING_LEFT_MM, TEXT_WIDTH_MM - CLOSING_LEFT_MM))
    set_borders(table, "nil")
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    recipients, signature = (empty_cell(c) for c in table.rows[0].cells)
    add_text(recipients, RECIPIENTS, 12, LEFT, bold=True, italic=True)
    for line in doc.recipient_lines:
        add_text(recipients, line, 11, LEFT)
    for line in (doc.signature_prefix, doc.signature_position):
        if line:
            add_text(signature, line.upper(), BODY_SIZE, bold=True)
    for _ in range(SIGNATURE_SPACE_LINES):
        set_format(signature.add_paragraph(), CENTER)
    if doc.signer_name:
        add_text(signature, doc.signer_name, BODY_SIZE, bold=True)


# --- Page numbers -------------------------------------------------------------------------


def _page_numbers(section: Section) -> None:
    """A PAGE field centred in the header of every page but the first, which has its own,
    empty header."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    paragraph = set_format(header.paragraphs[0], CENTER)
    # A complex field: begin, instruction, separate, the last computed value, end.
    for part in ("begin", " PAGE ", "separate", "2", "end"):
        run = paragraph.add_run()
        run.font.size = Pt(BODY_SIZE)
        set_fonts(run._r.get_or_add_rPr())
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
