"""The check must fail on documents that break the decree, or it proves nothing."""

import unicodedata
from collections.abc import Callable
from io import BytesIO

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Mm

from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from exports.tests.sample import REPORT


def problems_after(change: Callable[[DocxDocument], None]) -> list[str]:
    document = Document(BytesIO(docx_bytes(REPORT)))
    change(document)
    out = BytesIO()
    document.save(out)
    return check_decree30(out.getvalue())


def paragraph(document: DocxDocument, start: str):
    """The first paragraph, in the body or in a table, whose text starts with start."""
    found = [p for p in document.paragraphs if p.text.startswith(start)]
    for table in document.tables:
        for row in table.rows:
            found += [p for c in row.cells for p in c.paragraphs if p.text.startswith(start)]
    return found[0]


def set_text(document: DocxDocument, start: str, text: str) -> None:
    runs = paragraph(document, start).runs
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def narrow_left_margin(document: DocxDocument) -> None:
    document.sections[0].left_margin = Mm(25)


def letter_paper(document: DocxDocument) -> None:
    document.sections[0].page_width, document.sections[0].page_height = Mm(216), Mm(279)


def arial_run(document: DocxDocument) -> None:
    run = paragraph(document, "Ngay sau khi").runs[0]
    run.font.name = "Arial"


def no_closing(document: DocxDocument) -> None:
    closing = document.tables[-1]._tbl
    closing.getparent().remove(closing)


def page_number_on_page_one(document: DocxDocument) -> None:
    document.sections[0].different_first_page_header_footer = False


def bordered_header(document: DocxDocument) -> None:
    for border in document.tables[0]._tbl.xpath("./w:tblPr/w:tblBorders/*"):
        border.set(qn("w:val"), "single")


def recipients_not_bold(document: DocxDocument) -> None:
    paragraph(document, "Nơi nhận:").runs[0].font.bold = False


def last_recipient_with_semicolon(document: DocxDocument) -> None:
    set_text(document, "- Lưu:", "- Lưu: VT, TTBCXB;")


def unindented_body(document: DocxDocument) -> None:
    paragraph(document, "Ngay sau khi").paragraph_format.first_line_indent = None


def motto_without_rule(document: DocxDocument) -> None:
    motto = paragraph(document, "Độc lập")
    rule = motto._p.getnext()
    rule.getparent().remove(rule)


def decomposed_text(document: DocxDocument) -> None:
    run = paragraph(document, "Ngay sau khi").runs[0]
    run.text = unicodedata.normalize("NFD", run.text)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (narrow_left_margin, "section 1: left margin is 25.0 mm, expected 30–35 mm"),
        (letter_paper, "section 1: page is 216×279 mm, expected A4"),
        (arial_run, "font: Arial (ascii), expected Times New Roman"),
        (no_closing, 'closing: no table with "Nơi nhận:"'),
        (page_number_on_page_one,
         "page numbers: page 1 must not show one (no different first page)"),
        (bordered_header,
         "header: table has borders (bottom, insideH, insideV, left, right, top), expected none"),
        (recipients_not_bold, "closing: Nơi nhận: should be bold italic"),
        (last_recipient_with_semicolon,
         'closing: recipient "- Lưu: VT, TTBCXB;" should start with "- " and end with "."'),
        (unindented_body,
         'body: "Ngay sau khi Kế hoạch của Ủy ban nhân dân tỉnh…" needs a first-line '
         "indent of 1–1.27 cm"),
        (motto_without_rule, "header: the motto has no rule under it"),
    ],
)
def test_it_names_what_breaks_the_decree(change, expected) -> None:
    assert expected in problems_after(change)


def test_it_finds_text_not_in_nfc() -> None:
    assert any("is not in Unicode NFC" in p for p in problems_after(decomposed_text))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sóc Trăng, ngày 6 tháng 5 năm 2024", "days take two digits"),
        ("Sóc Trăng, ngày 06 tháng 05 năm 2024", "only months 1 and 2 take a leading zero"),
        ("Sóc Trăng, ngày 06 tháng 2 năm 2024", "only months 1 and 2 take a leading zero"),
        ("Sóc Trăng, ngày 31 tháng 02 năm 2024", "is not a date"),
    ],
)
def test_it_checks_the_dates_leading_zeros(line: str, expected: str) -> None:
    problems = problems_after(lambda document: set_text(document, "Sóc Trăng, ngày", line))
    assert [p for p in problems if expected in p], problems


def test_it_checks_the_numbers_leading_zero() -> None:
    problems = problems_after(lambda document: set_text(document, "Số:", "Số: 5/BC-STTTT"))
    assert problems == ['header: "Số: 5/BC-STTTT" needs a leading zero on numbers under 10']


def test_it_finds_a_theme_font_in_the_defaults() -> None:
    """python-docx's own template: Calibri through the theme, Letter paper, no header."""
    document = Document()
    document.add_paragraph("Nội dung")
    out = BytesIO()
    document.save(out)
    problems = check_decree30(out.getvalue())
    assert "font: theme font minorHAnsi (ascii), expected Times New Roman" in problems
    assert "header: the document does not open with the header table" in problems
