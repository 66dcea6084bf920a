"""The appendices (Phụ lục) after the signature, each from the top of a new page.

Each opens with "PHỤ LỤC 01", its title and the line naming the document it belongs to ("(Kèm
theo Báo cáo số 312/BC-STTTT ngày 20/6/2024 của Sở Thông tin và Truyền thông)"), then its tables
(without their own "Biểu số" caption) and notes. A wide table may have an A4 landscape page: the
appendix then opens a new section, whose margins are the portrait ones turned with the page, and
which shows its page numbers on every page, its first included, following the pages before it.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt

from exports.data_tables import data_table
from exports.document import Appendix, Block, Heading, OfficialDocument, Paragraph, Table
from exports.docx_text import JUSTIFY, LEFT, add_run, add_text, set_format
from exports.metrics import (
    A4_MM,
    BOTTOM_MM,
    LANDSCAPE_TEXT_WIDTH_MM,
    LEFT_MM,
    RIGHT_MM,
    TEXT_WIDTH_MM,
    TOP_MM,
)
from exports.subject import subject_lines

HEADING_SIZE = 14
NOTE_SIZE = 13
# The lines are broken a little short of the margins: the widths are an estimate.
BREAK_SLACK_MM = 5


def write_appendices(document: DocxDocument, doc: OfficialDocument) -> None:
    """Every appendix of doc after what the document holds so far (the closing table)."""
    landscape = False
    for appendix in doc.appendices:
        new_section = appendix.landscape != landscape
        if new_section:
            _start_section(document, landscape=appendix.landscape)
            landscape = appendix.landscape
        width = LANDSCAPE_TEXT_WIDTH_MM if landscape else TEXT_WIDTH_MM
        _heading(document, doc, appendix, width, page_break=not new_section)
        after_table = False
        for block in appendix.blocks:
            if after_table and isinstance(block, Table):
                set_format(document.add_paragraph(), LEFT, after=6)
            _block(document, block, width)
            after_table = isinstance(block, Table)


def _start_section(document: DocxDocument, *, landscape: bool) -> None:
    """A new section from a new page, A4 in the orientation asked for.

    The paragraph that ends the section before carries its properties; it is made one point
    high so it cannot push a page of its own. The new section has no first-page header of its
    own and inherits the numbered header, so its first page is numbered too, and the numbers
    run on.
    """
    section = document.add_section(WD_SECTION.NEW_PAGE)
    marker = document.paragraphs[-1].paragraph_format
    marker.space_before = marker.space_after = Pt(0)
    marker.line_spacing = Pt(1)
    section.different_first_page_header_footer = False
    short, long = (Mm(A4_MM[0]), Mm(A4_MM[1]))
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = long, short
        # Turned a quarter: the binding edge's margin at the top, the right one at the bottom.
        section.top_margin, section.bottom_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
        section.left_margin, section.right_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = short, long
        section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)


def _heading(
    document: DocxDocument,
    doc: OfficialDocument,
    appendix: Appendix,
    width: float,
    *,
    page_break: bool,
) -> None:
    """ "PHỤ LỤC 01", the title, the attachment line in italics: centred, each line whole."""
    caption = add_text(document, appendix.caption, HEADING_SIZE, bold=True)
    caption.paragraph_format.page_break_before = page_break or None
    caption.paragraph_format.keep_with_next = True
    usable = width - BREAK_SLACK_MM
    title = "\n".join(subject_lines(appendix.title, usable, HEADING_SIZE))
    add_text(document, title, HEADING_SIZE, bold=True).paragraph_format.keep_with_next = True
    attachment = "\n".join(subject_lines(doc.attachment_line, usable, HEADING_SIZE, bold=False))
    line = add_text(document, attachment, HEADING_SIZE, italic=True)
    line.paragraph_format.space_after = Pt(12)
    line.paragraph_format.keep_with_next = True


def _block(document: DocxDocument, block: Block, width: float) -> None:
    """A table as wide as the page without its caption; a heading; a note in italics. A
    note follows its table closely, not to be pushed alone onto a page of its own."""
    if isinstance(block, Heading):
        paragraph = set_format(document.add_paragraph(), LEFT, before=12, after=6)
        paragraph.paragraph_format.keep_with_next = True
        add_run(paragraph, block.text, HEADING_SIZE, bold=True)
    elif isinstance(block, Paragraph):
        paragraph = set_format(document.add_paragraph(), JUSTIFY, before=6, after=3)
        if block.lead:
            add_run(paragraph, block.lead, NOTE_SIZE, bold=True, italic=True)
        add_run(paragraph, block.text, NOTE_SIZE, italic=True)
    else:
        data_table(document, block, caption=False, width_mm=width, spacer=False)
