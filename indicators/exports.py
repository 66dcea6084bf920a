"""Dashboard tables as .xlsx: a plain function from a table to bytes; the view adds headers.

Numbers stay numbers and dates stay dates in the sheet, so a coordinator can sum or chart
them in Excel without retyping, which is the point of exporting instead of copying a page.
Text stays text: a task or unit name that starts like a formula is never run (exports.cells).
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from exports.cells import append

Cell = str | int | float | Decimal | date | None
MAX_SHEET_TITLE = 31  # Excel refuses longer sheet names
FORBIDDEN_IN_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def table_xlsx(*, title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
               notes: Sequence[str] = ()) -> bytes:
    """One sheet: the title, notes (plan, filters), a bold header row, then the rows.

    >>> data = table_xlsx(title="Sản phẩm theo kênh", headers=["Kênh", "Số sản phẩm"],
    ...                   rows=[["Báo in", 3]])
    >>> data[:2] == b"PK"
    True
    """
    book = Workbook()
    sheet = book.active
    sheet.title = title.translate(FORBIDDEN_IN_TITLE)[:MAX_SHEET_TITLE]
    append(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=13)
    for note in notes:
        append(sheet, [note])
    sheet.append([])
    append(sheet, headers)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        append(sheet, [_cell(value) for value in row])
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, float) and not cell.value.is_integer():
                cell.number_format = "0.0"
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header))] + [len(str(r[index - 1] or "")) for r in rows])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest + 2))
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: Cell) -> Cell:
    """Decimals as floats (openpyxl writes both; floats keep Excel's number format simple)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
