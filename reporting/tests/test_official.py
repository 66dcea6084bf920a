"""The consolidated report as an official document: parts, leads, the result sentence, tables."""

import re
from io import BytesIO

import pytest
from docx import Document

from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from exports.document import Heading, Paragraph, Table
from reporting.models import ConsolidatedReport
from reporting.official import numbered_tables, official_document, result_sentence
from reporting.tests.test_consolidate import (  # the fixtures are shared with these tests
    activities,
    build,
    period,
    products,
    reports,
)


@pytest.fixture
def report(reports, period, coordinator, django_capture_on_commit_callbacks
           ) -> ConsolidatedReport:
    return build(coordinator, period, django_capture_on_commit_callbacks)


def test_parts_are_numbered_and_contributions_keep_their_lead(report) -> None:
    doc = official_document(report)
    headings = [b.text for b in doc.body if isinstance(b, Heading)]
    assert headings == ["I. Công tác chỉ đạo", "II. Kết quả thực hiện",
                        "III. Đánh giá, khó khăn, vướng mắc",
                        "IV. Phương hướng, nhiệm vụ thời gian tới", "V. Đề xuất, kiến nghị",
                        "Biểu số liệu kèm theo"]
    paragraphs = [b for b in doc.body if isinstance(b, Paragraph)]
    bao = [p for p in paragraphs if p.lead == "Báo Sóc Trăng: "]
    assert [p.text for p in bao] == [
        "Ban Biên tập chỉ đạo mở chuyên mục “Quyền con người và cuộc sống” trên báo in và báo "
        "điện tử.", "Đăng 48 tin, bài về thành tựu bảo đảm quyền con người."]
    following = paragraphs[paragraphs.index(bao[1]) + 1]
    assert following == Paragraph("Thực hiện 6 phóng sự bằng tiếng Khmer về chính sách cho "
                                  "đồng bào dân tộc.")
    assert paragraphs[0].text.startswith("Thực hiện Công văn số 2068/BCĐNQ-CAT")
    assert paragraphs[-1].text == (
        "Trên đây là báo cáo kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng "
        "đầu năm 2024 của Sở Thông tin và Truyền thông./.")


def test_the_results_part_opens_with_the_totals_and_points_at_the_tables(report) -> None:
    doc = official_document(report)
    results = doc.body.index(Heading("II. Kết quả thực hiện"))
    assert doc.body[results + 1] == Paragraph(
        "Trong 6 tháng đầu năm 2024, các cơ quan, đơn vị đã sản xuất, đăng phát 90 sản phẩm "
        "truyền thông về quyền con người, trong đó có 1 sản phẩm bằng tiếng Khmer; tổ chức 2 "
        "hoạt động với 120 lượt người tham gia (chi tiết tại Biểu số 01 đến Biểu số 03 kèm "
        "theo).")


def test_tables_are_numbered_with_percent_columns_and_totals(report) -> None:
    tables = numbered_tables(report.figures)
    assert [(t.number, t.label, t.title) for t in tables] == [
        (1, "Biểu số 01", "Sản phẩm truyền thông theo loại"),
        (2, "Biểu số 02", "Sản phẩm truyền thông theo ngôn ngữ"),
        (3, "Biểu số 03", "Hoạt động và số người tham gia")]
    assert tables[0].total == ["Tổng cộng", 90]
    assert tables[1].percent_columns == frozenset({3}) and tables[1].total is None
    assert str(tables[1].rows[0][3]) == "0.0500"
    doc = official_document(report)
    assert [b for b in doc.body if isinstance(b, Table)] == tables


def test_an_empty_table_is_neither_printed_nor_numbered() -> None:
    empty = products({}).to_json()
    assert numbered_tables([empty, activities(1, 30).to_json()])[0].label == "Biểu số 01"
    assert result_sentence([empty], "6 tháng đầu năm 2024") == ""


def test_the_document_follows_decree_30(report) -> None:
    report.number, report.signer_name = "125", "Lâm Văn Phúc"
    docx = docx_bytes(official_document(report))
    assert check_decree30(docx) == []
    text = "\n".join(p.text for p in Document(BytesIO(docx)).paragraphs)
    assert "Báo Sóc Trăng: Đăng 48 tin, bài" in text
    assert "Biểu số 03. Hoạt động và số người tham gia" in text


def test_an_unsigned_draft_leaves_number_and_date_blank(report) -> None:
    doc = official_document(report)
    assert re.fullmatch(r"Số: +/BC-STTTT", doc.number_line)
    assert re.fullmatch(r"Sóc Trăng, ngày +tháng +năm 2024", doc.date_line)
    assert check_decree30(docx_bytes(doc)) == []


__all__ = ["period", "reports"]
