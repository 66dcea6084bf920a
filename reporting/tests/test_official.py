"""The consolidated report as an official document: numbered parts and items, the closing,
and the tables as appendices after the signature."""

import re
from io import BytesIO

import pytest
from docx import Document

from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from exports.document import Heading, Paragraph, Table
from reporting.figures import FigureTable, Row
from reporting.models import ConsolidatedReport
from reporting.official import numbered_tables, official_document, section_blocks

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(reports, period, coordinator, build) -> ConsolidatedReport:
    return build(coordinator, period)


def test_parts_and_task_items_are_numbered_headings(report) -> None:
    doc = official_document(report)
    parts = [b.text for b in doc.body if isinstance(b, Heading) and b.level == 1]
    assert parts == ["I. Công tác chỉ đạo", "II. Kết quả thực hiện",
                     "III. Đánh giá, khó khăn, vướng mắc",
                     "IV. Phương hướng, nhiệm vụ thời gian tới", "V. Đề xuất, kiến nghị"]
    items = [b.text for b in doc.body if isinstance(b, Heading) and b.level == 2]
    assert items[:2] == ["1. Sản xuất, đăng phát các sản phẩm truyền thông",
                         "2. Tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ về truyền thông "
                         "quyền con người"]
    paragraphs = [b for b in doc.body if isinstance(b, Paragraph)]
    assert paragraphs[0].text.startswith("Thực hiện Công văn số 2068/BCĐNQ-CAT")
    assert paragraphs[-1].text == (
        "Trên đây là báo cáo kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng "
        "đầu năm 2024 của Sở Thông tin và Truyền thông./.")
    assert not [b for b in doc.body if isinstance(b, Table)]  # tables go after the signature


def test_an_action_item_ending_with_a_full_stop_stays_a_paragraph() -> None:
    blocks = section_blocks("1. Kết quả đạt được\nĐã đăng 12 tin.\n2. Tiếp tục đăng tin.\n"
                            "a) Báo chí")
    assert blocks == [Heading("1. Kết quả đạt được", level=2), Paragraph("Đã đăng 12 tin."),
                      Paragraph("2. Tiếp tục đăng tin."), Heading("a) Báo chí", level=3)]


def test_an_empty_part_is_left_out_and_the_numbering_follows(report) -> None:
    report.sections.filter(position=3).update(text="")
    parts = [b.text for b in official_document(report).body
             if isinstance(b, Heading) and b.level == 1]
    assert parts[2:] == ["III. Phương hướng, nhiệm vụ thời gian tới", "IV. Đề xuất, kiến nghị"]


def test_the_tables_are_appendices_cited_by_the_text(report) -> None:
    doc = official_document(report)
    assert [(a.caption, a.title) for a in doc.appendices][:2] == [
        ("PHỤ LỤC 01", "Kết quả thực hiện các nhiệm vụ của Kế hoạch"),
        ("PHỤ LỤC 02", "Kết quả theo cơ quan, đơn vị")]
    assert "(chi tiết tại Phụ lục 01 và Phụ lục 02 kèm theo)" in report.sections.get(
        position=2).text
    language = next(a for a in doc.appendices if a.title.endswith("theo ngôn ngữ"))
    table = language.blocks[0]
    assert isinstance(table, Table) and table.total == ["Tổng cộng", 7, table.total[2]]
    assert str(table.total[2]) == "1.0000" and table.percent_columns == frozenset({2})
    assert language.blocks[1] == Paragraph(
        "Ghi chú: theo từng ngôn ngữ (sản phẩm song ngữ được tính ở mỗi ngôn ngữ của nó): "
        "tiếng Khmer: 04 sản phẩm.", italic=True)
    assert doc.attachment_line == ("(Kèm theo Báo cáo số       /BC-STTTT ngày       /      /2024 "
                                   "của Sở Thông tin và Truyền thông)")


def test_an_empty_table_is_neither_printed_nor_numbered() -> None:
    empty = FigureTable("products_by_kind", "Sản phẩm theo loại", ["Loại", "Số"], [])
    full = FigureTable("activities", "Hoạt động", ["Loại", "Số"], [Row("training", "Tập huấn",
                                                                       [1])])
    tables = numbered_tables([empty.to_json(), full.to_json()])
    assert [(t.number, t.title) for t in tables] == [(1, "Hoạt động")]


def test_the_document_follows_decree_30(report) -> None:
    report.number, report.signer_name = "125", "Lâm Văn Phúc"
    docx = docx_bytes(official_document(report))
    assert check_decree30(docx) == []
    text = "\n".join(p.text for p in Document(BytesIO(docx)).paragraphs)
    assert "PHỤ LỤC 01" in text and "Báo Sóc Trăng:" not in text


def test_an_unsigned_draft_leaves_number_and_date_blank(report) -> None:
    doc = official_document(report)
    assert re.fullmatch(r"Số: +/BC-STTTT", doc.number_line)
    assert re.fullmatch(r"Sóc Trăng, ngày +tháng +năm 2024", doc.date_line)
    assert check_decree30(docx_bytes(doc)) == []
