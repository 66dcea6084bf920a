"""A report's data tables as an .xlsx annex, one sheet per "Biểu số NN".

The report's text says "(chi tiết tại Biểu số 01 kèm theo)", so each sheet carries the same
number as the table in the .docx, and numbers stay numbers (percentages as percentages) so the
receiving office can total the provinces' annexes without retyping them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from exports.document import Cell, Table

FONT = "Times New Roman"
SIZE = 12
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PERCENT_FORMAT = "0.0%"
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
HEADER_ROW = 6  # under the issuing body, the label, the table's title, the report, a gap
MIN_WIDTH, MAX_WIDTH = 6, 50


def annex_xlsx(*, issuing_body: str, title: str, tables: Sequence[Table]) -> bytes:
    """The tables as sheets "Biểu 01", "Biểu 02"..., each printable on A4 landscape.

    >>> from exports.document import Table
    >>> data = annex_xlsx(issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", title="Báo cáo",
    ...     tables=[Table(number=1, title="Sản phẩm", columns=["Đơn vị", "Số"], rows=[["Báo", 3]])])
    >>> data[:2] == b"PK"
    True
    """
    if not tables:
        raise ValueError("an annex needs at least one table")
    book = Workbook()
    book.remove(book.active)
    for table in tables:
        _sheet(book.create_sheet(f"Biểu {table.number:02d}"), issuing_body, title, table)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet: Worksheet, issuing_body: str, title: str, table: Table) -> None:
    _heading(sheet, issuing_body, title, table)
    header, *rows = table.grid
    sheet.append(header)
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(name=FONT, size=SIZE, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    for index, row in enumerate(rows):
        total = table.total is not None and index == len(rows) - 1
        _data_row(sheet, row, table.percent_columns, bold=total)
    _set_widths(sheet, table)
    _set_up_printing(sheet)


def _heading(sheet: Worksheet, issuing_body: str, title: str, table: Table) -> None:
    """Issuing body, "Biểu số 01", the table's title and the report it belongs to."""
    last = get_column_letter(max(len(table.columns), 1))
    lines = (
        (issuing_body, Font(name=FONT, size=SIZE, bold=True), "left"),
        (table.label, Font(name=FONT, size=SIZE, bold=True), "center"),
        (table.title, Font(name=FONT, size=13, bold=True), "center"),
        (f"(Kèm theo {title})", Font(name=FONT, size=SIZE, italic=True), "center"),
    )
    for row, (text, font, align) in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = font
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        sheet.merge_cells(f"A{row}:{last}{row}")
    sheet.append([])


def _data_row(
    sheet: Worksheet, values: Sequence[Cell], percent_columns: frozenset[int], *, bold: bool
) -> None:
    sheet.append([_value(v) for v in values])
    for index, cell in enumerate(sheet[sheet.max_row]):
        cell.font = Font(name=FONT, size=SIZE, bold=bold)
        cell.border = BOX
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
            cell.number_format = _number_format(cell.value, index in percent_columns)


def _value(value: Cell) -> Cell:
    """Decimals as int or float, which Excel stores as numbers without a custom type."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _number_format(value: float, percent: bool) -> str:
    if percent:
        return PERCENT_FORMAT
    return INTEGER_FORMAT if float(value).is_integer() else DECIMAL_FORMAT


def _set_widths(sheet: Worksheet, table: Table) -> None:
    """Columns as wide as their longest value; a header wraps rather than widens its column."""
    for index, (header, *values) in enumerate(zip(*table.grid, strict=True)):
        lengths = [len(f"{v:,}") if _is_number(v) else len(str(v or "")) for v in values]
        longest_word = max((len(word) for word in str(header).split()), default=0)
        width = max([longest_word, *lengths]) + 2
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(
            MAX_WIDTH, max(MIN_WIDTH, width)
        )


def _is_number(value: Cell) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _set_up_printing(sheet: Worksheet) -> None:
    """A4 landscape, all columns on one page's width, the header row on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
