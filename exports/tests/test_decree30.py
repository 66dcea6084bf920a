import unicodedata
from dataclasses import replace
from datetime import date
from io import BytesIO

from docx import Document
from docx.oxml.ns import qn

from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from exports.document import Heading, Paragraph
from exports.tests.sample import DRAFT, REPORT


def texts(data: bytes) -> list[str]:
    """Every paragraph's text, the tables' cells included, in order."""
    document = Document(BytesIO(data))
    found = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            found += [p.text for row in block.rows for c in row.cells for p in c.paragraphs]
        else:
            found.append(block.text)
    return found


def test_it_follows_decree_30() -> None:
    assert check_decree30(docx_bytes(REPORT)) == []


def test_a_draft_follows_decree_30_with_blank_number_and_date() -> None:
    data = docx_bytes(DRAFT)
    assert check_decree30(data) == []
    assert "Số:      /BC-STTTT" in texts(data)
    assert "Sóc Trăng, ngày      tháng      năm 2024" in texts(data)


def test_it_writes_the_number_and_the_date_with_leading_zeros() -> None:
    lines = texts(docx_bytes(replace(REPORT, issued_on=date(2024, 2, 6))))
    assert "Số: 05/BC-STTTT" in lines
    assert "Sóc Trăng, ngày 06 tháng 02 năm 2024" in lines
    lines = texts(docx_bytes(replace(REPORT, issued_on=date(2024, 5, 6))))
    assert "Sóc Trăng, ngày 06 tháng 5 năm 2024" in lines


def test_it_writes_the_body_tables_and_closing() -> None:
    lines = texts(docx_bytes(REPORT))
    assert lines.index("BÁO CÁO") < lines.index("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI")
    assert any(line.startswith("Báo Sóc Trăng: đăng tải 126 tin") for line in lines)
    assert "Biểu số 01. Sản phẩm truyền thông về quyền con người 6 tháng đầu năm 2024" in lines
    assert {"55,5%", "1.424", "60%"} <= set(lines)
    closing = lines[lines.index("Nơi nhận:") :]
    assert closing == [
        "Nơi nhận:",
        "- Bộ Thông tin và Truyền thông;",
        "- UBND tỉnh;",
        "- Ban Chỉ đạo Nhân quyền tỉnh;",
        "- Lưu: VT, TTBCXB.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        *[""] * 4,  # room for the signature and the seal
        "Nguyễn Văn An",
    ]


def test_it_writes_the_lead_in_italic_before_the_text() -> None:
    document = Document(BytesIO(docx_bytes(REPORT)))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Báo Sóc Trăng: "))
    lead, text = paragraph.runs
    assert (lead.text, lead.italic, text.italic) == ("Báo Sóc Trăng: ", True, None)


def test_it_stores_vietnamese_as_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Kết quả thực hiện Đề án")
    body = [Heading(unicodedata.normalize("NFD", "I. KẾT QUẢ")), Paragraph(decomposed)]
    data = docx_bytes(replace(REPORT, title=decomposed, body=body))
    assert check_decree30(data) == []
    assert "Kết quả thực hiện Đề án" in texts(data)


def test_it_names_times_new_roman_in_every_font_slot() -> None:
    document = Document(BytesIO(docx_bytes(REPORT)))
    fonts = document.element.body.xpath(".//w:r/w:rPr/w:rFonts")
    slots = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
    assert fonts
    assert {f.get(qn(slot)) for f in fonts for slot in slots} == {"Times New Roman"}
