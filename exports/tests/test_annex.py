from io import BytesIO

import pytest
from openpyxl import load_workbook

from exports.annex import annex_xlsx
from exports.tests.sample import PRODUCTS, REPORT, TRAINING

TITLE = f"Báo cáo số 05/BC-STTTT: {REPORT.title}"


@pytest.fixture
def book():
    data = annex_xlsx(issuing_body=REPORT.issuing_body, title=TITLE, tables=[PRODUCTS, TRAINING])
    return load_workbook(BytesIO(data))


def test_it_numbers_the_sheets_as_the_reports_tables(book) -> None:
    assert book.sheetnames == ["Biểu 01", "Biểu 02"]
    sheet = book["Biểu 01"]
    assert [sheet.cell(row=r, column=1).value for r in range(1, 5)] == [
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Biểu số 01",
        "Sản phẩm truyền thông về quyền con người 6 tháng đầu năm 2024",
        f"(Kèm theo {TITLE})",
    ]


def test_it_keeps_numbers_as_numbers_and_ratios_as_percentages(book) -> None:
    sheet = book["Biểu 01"]
    header = [c.value for c in sheet[6]]
    assert header == PRODUCTS.columns
    assert all(c.font.b and c.border.top.style == "thin" for c in sheet[6])
    assert [c.value for c in sheet[7]] == [1, "Báo Sóc Trăng", 126, 0, 0.63]
    assert sheet["E8"].value == 0.555
    assert sheet["E7"].number_format == "0.0%"
    assert sheet["C9"].number_format == "#,##0"
    assert sheet["D9"].value is None  # a missing value stays an empty cell


def test_it_writes_the_total_row_in_bold(book) -> None:
    total = book["Biểu 01"][10]
    assert [c.value for c in total] == [None, "Tổng cộng", 1424, 24, 0.6]
    assert all(c.font.b for c in total)
    assert book["Biểu 02"]["C9"].value == 2220


def test_it_prints_on_a4_landscape_one_page_wide(book) -> None:
    sheet = book["Biểu 02"]
    assert sheet.page_setup.paperSize == 9  # A4 in ECMA-376's list of paper sizes
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    widths = [sheet.column_dimensions[col].width for col in "ABC"]
    assert widths[0] < widths[1]  # "STT" narrow, the class names wide
