import zipfile
from dataclasses import replace
from io import BytesIO

import pytest
from openpyxl import load_workbook

from exports.annex import annex_for, annex_xlsx
from exports.document import Appendix, Paragraph, Table
from exports.tests.sample import BY_TASK, NOTE, PRODUCTS, REPORT, TRAINING, WITH_APPENDICES

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


# --- The annex of a document with appendices ----------------------------------------------

ATTACHMENT = "(Kèm theo Báo cáo số 312/BC-STTTT ngày 20/6/2024 của Sở Thông tin và Truyền thông)"


@pytest.fixture
def appended():
    return load_workbook(BytesIO(annex_for(WITH_APPENDICES)))


def test_it_writes_a_sheet_per_body_table_and_per_appendix(appended) -> None:
    assert appended.sheetnames == ["Biểu 01", "Biểu 02", "Phụ lục 01", "Phụ lục 02", "Phụ lục 03"]
    assert appended["Biểu 01"]["A4"].value == ATTACHMENT


def test_an_appendix_sheet_opens_as_the_docx_appendix(appended) -> None:
    sheet = appended["Phụ lục 01"]
    assert [sheet.cell(row=r, column=1).value for r in range(1, 4)] == [
        "PHỤ LỤC 01",
        "Kết quả thực hiện nhiệm vụ của Kế hoạch số 81/KH-UBND",
        ATTACHMENT,
    ]
    assert sheet["A1"].font.b and sheet["A3"].font.i
    assert "A1:J1" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[5]] == BY_TASK.columns
    assert sheet.freeze_panes == "A6"
    assert sheet.print_title_rows == "$5:$5"


def test_an_appendix_sheet_keeps_numbers_and_shares(appended) -> None:
    sheet = appended["Phụ lục 01"]
    first = [c.value for c in sheet[6]]
    assert first[:2] == [1, "Thông tin, tuyên truyền về quyền con người trên báo chí"]
    assert first[3:9] == [126, 6, 24, 156, 18, 0.115]
    assert sheet["I6"].number_format == "0.0%"
    assert sheet["D6"].number_format == "#,##0"
    total = [c.value for c in sheet[11]]
    assert total[1] == "Tổng cộng" and all(c.font.b for c in sheet[11])


def test_an_appendix_sheet_writes_its_note_under_the_table(appended) -> None:
    sheet = appended["Phụ lục 01"]
    assert sheet["A13"].value == NOTE.text
    assert sheet["A13"].font.i
    assert sheet.row_dimensions[13].height > 16  # the note wraps over two lines or more


def test_a_document_without_tables_has_no_annex() -> None:
    with pytest.raises(ValueError, match="at least one table"):
        annex_for(replace(REPORT, body=[], appendices=[]))


# --- Text that looks like a formula stays text ----------------------------------------------

HOSTILE = '=HYPERLINK("http://x","y")'


def hostile_table(number: int) -> Table:
    return Table(
        number=number,
        title="+Sản phẩm",
        columns=["STT", "@Nhiệm vụ", "Số sản phẩm"],
        rows=[[1, HOSTILE, 3], [2, "-1 bài", 4], [3, "\tTab", 5], [4, "Bình thường", -2]],
    )


def sheet_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return archive.read(name).decode()


@pytest.mark.parametrize("writer", ["annex_xlsx", "annex_for"])
def test_it_never_writes_text_as_a_formula(writer: str) -> None:
    if writer == "annex_xlsx":
        data = annex_xlsx(issuing_body="=SUM(1)", title=HOSTILE, tables=[hostile_table(1)])
    else:
        appendix = Appendix(number=1, title=HOSTILE, blocks=[hostile_table(2),
                                                          Paragraph("=1+1")])
        data = annex_for(replace(REPORT, title=HOSTILE, body=[hostile_table(1)],
                                 appendices=[appendix]))
    book = load_workbook(BytesIO(data))
    texts = [c for sheet in book for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert HOSTILE in {c.value for c in texts}
    assert all(c.data_type == "s" for c in texts)
    risky = [c for c in texts if c.value.startswith(("=", "+", "-", "@", "\t"))]
    assert len(risky) >= 5
    assert all(c.quotePrefix for c in risky)
    for index in range(1, len(book.sheetnames) + 1):
        assert "<f>" not in sheet_xml(data, f"xl/worksheets/sheet{index}.xml")
    numbers = [c.value for sheet in book for row in sheet.iter_rows() for c in row
               if isinstance(c.value, int)]
    assert -2 in numbers  # a negative number stays a number
