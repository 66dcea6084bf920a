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
from exports.metrics import TEXT_WIDTH_MM, text_width_mm
from exports.tests.sample import REPORT, WITH_APPENDICES


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


# --- The subject's rule -------------------------------------------------------------------


def rule_of(length_ratio: float) -> Callable[[DocxDocument], None]:
    """Set the rule under the subject to length_ratio of the subject's longest line."""

    def change(document: DocxDocument) -> None:
        subject = paragraph(document, "Kết quả 6 tháng")
        longest = max(text_width_mm(line, 14, bold=True) for line in subject.text.splitlines())
        side = (TEXT_WIDTH_MM - length_ratio * longest) / 2
        rule = subject._p.getnext()
        for name in ("w:left", "w:right"):
            rule.xpath("./w:pPr/w:ind")[0].set(qn(name), str(round(side * 1440 / 25.4)))

    return change


def subject_without_rule(document: DocxDocument) -> None:
    rule = paragraph(document, "Kết quả 6 tháng")._p.getnext()
    rule.getparent().remove(rule)


@pytest.mark.parametrize("ratio", [0.2, 0.3, 0.6, 0.9])
def test_it_finds_a_subject_rule_too_short_or_too_long(ratio: float) -> None:
    problems = problems_after(rule_of(ratio))
    assert [p for p in problems if p.startswith("title: the subject: rule is")], problems


@pytest.mark.parametrize("ratio", [1 / 3, 0.4, 0.5])
def test_it_takes_a_subject_rule_of_a_third_to_a_half(ratio: float) -> None:
    assert problems_after(rule_of(ratio)) == []


def test_it_finds_a_subject_without_a_rule() -> None:
    assert "title: the subject has no rule under it" in problems_after(subject_without_rule)


# --- Appendices ---------------------------------------------------------------------------


def appendix_problems_after(change: Callable[[DocxDocument], None]) -> list[str]:
    document = Document(BytesIO(docx_bytes(WITH_APPENDICES)))
    change(document)
    out = BytesIO()
    document.save(out)
    return check_decree30(out.getvalue())


def remove(element) -> None:
    element.getparent().remove(element)


def no_page_break(document: DocxDocument) -> None:
    paragraph(document, "PHỤ LỤC 03").paragraph_format.page_break_before = None


def no_caption(document: DocxDocument) -> None:
    remove(paragraph(document, "PHỤ LỤC 02")._p)


def caption_not_bold(document: DocxDocument) -> None:
    paragraph(document, "PHỤ LỤC 01").runs[0].font.bold = False


def no_attachment_line(document: DocxDocument) -> None:
    caption = paragraph(document, "PHỤ LỤC 03")._p
    remove(caption.getnext().getnext())


def borderless_appendix_table(document: DocxDocument) -> None:
    for border in document.tables[5]._tbl.xpath("./w:tblPr/w:tblBorders/*"):
        border.set(qn("w:val"), "nil")


def appendix_header_row_not_bold(document: DocxDocument) -> None:
    for cell in document.tables[6].rows[0].cells:
        cell.paragraphs[0].runs[0].font.bold = False


def body_on_landscape_pages(document: DocxDocument) -> None:
    """The section break moved before the closing: the closing is on the landscape pages."""
    marker = document.element.body.xpath("./w:p[w:pPr/w:sectPr]")[0]
    closing = document.tables[3]._tbl
    closing.addprevious(marker)


def portrait_margins_on_a_landscape_page(document: DocxDocument) -> None:
    section = document.sections[1]
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)


def unnumbered_first_landscape_page(document: DocxDocument) -> None:
    document.sections[1].different_first_page_header_footer = True


def numbering_restarts(document: DocxDocument) -> None:
    sectpr = document.sections[2]._sectPr
    restart = sectpr.makeelement(qn("w:pgNumType"), {qn("w:start"): "1"})
    sectpr.xpath("./w:pgMar")[0].addnext(restart)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (no_page_break,
         'appendix "PHỤ LỤC 03": does not start on a new page (no page or section break)'),
        (no_caption, 'appendix 2: does not open with "PHỤ LỤC NN"'),
        (caption_not_bold, 'appendix "PHỤ LỤC 01": caption: "PHỤ LỤC 01" should be bold'),
        (no_attachment_line,
         'appendix "PHỤ LỤC 03": no "(Kèm theo ...)" line under the title'),
        (borderless_appendix_table,
         'appendix "PHỤ LỤC 02": table: needs borders on every side and between cells'),
        (appendix_header_row_not_bold,
         'appendix "PHỤ LỤC 03": table: the header row should be bold'),
        (body_on_landscape_pages, "section 2: landscape pages are allowed only for appendices"),
        (portrait_margins_on_a_landscape_page, "section 2: left margin is 30.0 mm, expected "
         "20–25 mm"),
        (unnumbered_first_landscape_page,
         "page numbers: section 2, first page: no PAGE field in the page header"),
        (numbering_restarts, "page numbers: section 3 starts counting again"),
    ],
)
def test_it_names_what_breaks_an_appendix(change, expected) -> None:
    problems = appendix_problems_after(change)
    assert expected in problems, problems


def test_it_names_only_the_missing_caption() -> None:
    """Title and attachment line are still found under a missing caption."""
    assert appendix_problems_after(no_caption) == ['appendix 2: does not open with "PHỤ LỤC NN"']


def test_it_does_not_apply_the_body_rules_to_appendices() -> None:
    """The notes under a table are not indented: no body problem for them."""
    assert check_decree30(docx_bytes(WITH_APPENDICES)) == []
