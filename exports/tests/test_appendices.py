"""Appendices (Phụ lục) after the signature: each from a new page, captioned, its tables bare."""

from dataclasses import replace
from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn

from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from exports.document import Appendix, Heading
from exports.tests.sample import APPENDICES, DRAFT, NOTE, WITH_APPENDICES

ATTACHMENT = "(Kèm theo Báo cáo số 312/BC-STTTT ngày 20/6/2024 của Sở Thông tin và Truyền thông)"


@pytest.fixture(scope="module")
def document():
    return Document(BytesIO(docx_bytes(WITH_APPENDICES)))


def body_texts(document) -> list[str]:
    return [" ".join(p.text.split()) for p in document.paragraphs if p.text.strip()]


def paragraph(document, text: str):
    return next(p for p in document.paragraphs if " ".join(p.text.split()) == text)


def test_a_report_with_appendices_follows_decree_30() -> None:
    assert check_decree30(docx_bytes(WITH_APPENDICES)) == []


def test_a_draft_with_appendices_follows_decree_30() -> None:
    draft = replace(DRAFT, issuer_name="Sở Thông tin và Truyền thông", appendices=APPENDICES)
    data = docx_bytes(draft)
    assert check_decree30(data) == []
    lines = body_texts(Document(BytesIO(data)))
    assert "(Kèm theo Báo cáo số /BC-STTTT ngày / /2024 của Sở Thông tin và Truyền thông)" in lines


def test_each_appendix_opens_with_caption_title_and_attachment_line(document) -> None:
    lines = body_texts(document)
    for appendix in APPENDICES:
        at = lines.index(appendix.caption)
        assert lines[at + 1 : at + 3] == [appendix.title, ATTACHMENT]
    caption = paragraph(document, "PHỤ LỤC 02")
    assert caption.runs[0].bold and caption.runs[0].font.size.pt == 14
    assert caption.alignment == 1  # centred
    line = paragraph(document, ATTACHMENT)
    assert all(run.italic for run in line.runs)
    assert line.paragraph_format.space_after.pt == 12


def test_the_appendices_come_after_the_signature(document) -> None:
    blocks = list(document.iter_inner_content())
    closing = next(i for i, b in enumerate(blocks) if hasattr(b, "rows")
                   and b.rows[0].cells[0].text.startswith("Nơi nhận:"))
    first = next(i for i, b in enumerate(blocks) if getattr(b, "text", "") == "PHỤ LỤC 01")
    assert closing < first


def test_an_appendix_table_has_no_caption_of_its_own(document) -> None:
    lines = body_texts(document)
    assert not [line for line in lines if line.startswith(("Biểu số 03", "Biểu số 04"))]
    assert "Biểu số 01. Sản phẩm truyền thông về quyền con người 6 tháng đầu năm 2024" in lines
    assert len(document.tables) == 2 + 2 + 3  # header, body tables, closing, appendices


def test_a_portrait_appendix_after_another_starts_with_a_page_break(document) -> None:
    assert paragraph(document, "PHỤ LỤC 03").paragraph_format.page_break_before
    # 01 opens a landscape section and 02 a portrait one: the section breaks start the pages.
    assert not paragraph(document, "PHỤ LỤC 01").paragraph_format.page_break_before


def test_a_landscape_appendix_has_a_section_of_its_own(document) -> None:
    portrait, landscape, back = document.sections
    assert landscape.page_width > landscape.page_height
    assert back.page_width < back.page_height
    margins = (landscape.top_margin, landscape.bottom_margin, landscape.left_margin,
               landscape.right_margin)
    assert [round(m.mm) for m in margins] == [30, 15, 20, 20]
    assert portrait.different_first_page_header_footer
    for section in (landscape, back):
        assert not section.different_first_page_header_footer  # its first page is numbered
        assert section.header.is_linked_to_previous
        assert not section._sectPr.xpath("./w:pgNumType")
    # The landscape table takes the landscape page's width.
    widths = document.tables[4]._tbl.xpath("./w:tblGrid/w:gridCol/@w:w")
    assert round(sum(int(w) for w in widths) / 1440 * 25.4) == 297 - 40


def test_a_note_is_italic_13_pt_and_justified(document) -> None:
    note = paragraph(document, NOTE.text)
    assert all(run.italic and run.font.size.pt == 13 for run in note.runs)
    assert note.paragraph_format.first_line_indent is None
    assert note.alignment == 3  # justified


def test_an_appendix_may_hold_a_heading_and_two_tables() -> None:
    table = APPENDICES[1].blocks[0]
    appendix = Appendix(number=1, title="Sản phẩm theo đơn vị và theo nhiệm vụ",
                        blocks=[Heading("1. Theo đơn vị"), table, Heading("2. Theo nhiệm vụ"),
                                table])
    data = docx_bytes(replace(WITH_APPENDICES, appendices=[appendix]))
    assert check_decree30(data) == []
    assert len(Document(BytesIO(data)).sections) == 1


def test_the_body_without_appendices_has_no_section_break() -> None:
    document = Document(BytesIO(docx_bytes(replace(WITH_APPENDICES, appendices=[]))))
    assert len(document.sections) == 1
    assert not document.element.body.xpath("./w:p/w:pPr/w:sectPr")
    assert not document.element.body.xpath(".//w:pageBreakBefore")
    assert qn("w:tbl") == document.element.body[-2].tag  # the closing table ends the body
