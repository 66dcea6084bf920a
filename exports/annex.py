"""A report's data tables as an .xlsx annex: a sheet per "Biểu số NN" and per "Phụ lục NN".

The report's text says "(chi tiết tại Biểu số 01 kèm theo)" or "(chi tiết tại Phụ lục 01 kèm
theo)", so each sheet carries the same number as the table or appendix in the .docx, and numbers
stay numbers (percentages as percentages) so the receiving office can total the provinces'
annexes without retyping them.

Text is always text: a task titled "=HYPERLINK(...)" (or starting with "+", "-", "@", a tab) is
stored as a string with Excel's quote prefix, never as a formula a spreadsheet would run
(`exports.cells`, which every .xlsx writer uses).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.cells import guard, write
from exports.document import Appendix, Cell, Heading, OfficialDocument, Paragraph, Table

FONT = "Times New Roman"
SIZE = 12
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PERCENT_FORMAT = "0.0%"
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
MIN_WIDTH, MAX_WIDTH = 6, 50
DEFAULT_WIDTH = 8.43  # a column's width in characters when none is set
LINE_HEIGHT = 16  # points, a line of 12 pt text

Line = tuple[str, Font, str]  # a heading line: text, font, horizontal alignment

# The tables' cells take one of three named styles of the workbook: styling each of a
# thousand-unit appendix's cells with its own Font and Alignment cost two seconds.
HEADER, DATA, TOTAL = "Đầu bảng", "Ô bảng", "Dòng tổng cộng"


def _styles() -> list[NamedStyle]:
    def style(name: str, *, bold: bool, horizontal: str | None) -> NamedStyle:
        return NamedStyle(name=name, font=Font(name=FONT, size=SIZE, bold=bold), border=BOX,
                          alignment=Alignment(horizontal=horizontal, vertical="center",
                                              wrap_text=True))

    return [style(HEADER, bold=True, horizontal="center"),
            style(DATA, bold=False, horizontal=None), style(TOTAL, bold=True, horizontal=None)]


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
    book = _book()
    for table in tables:
        _table_sheet(book.create_sheet(f"Biểu {table.number:02d}"), issuing_body,
                     f"(Kèm theo {title})", table)
    return _bytes(book)


def annex_for(doc: OfficialDocument) -> bytes:
    """The document's body tables as sheets "Biểu 01"... and its appendices as sheets "Phụ lục
    01"..., each headed as the .docx heads it, with the document's attachment line.

    >>> from datetime import date
    >>> from exports.document import Appendix, Table
    >>> table = Table(number=1, title="Sản phẩm", columns=["Đơn vị", "Số"], rows=[["Báo", 3]])
    >>> doc = OfficialDocument(issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", symbol="BC-STTTT",
    ...     place="Sóc Trăng", year=2024, title="Kết quả",
    ...     appendices=[Appendix(number=1, title="Sản phẩm", blocks=[table])])
    >>> annex_for(doc)[:2] == b"PK"
    True
    """
    tables = [block for block in doc.body if isinstance(block, Table)]
    appendices = [a for a in doc.appendices if any(isinstance(b, Table) for b in a.blocks)]
    if not tables and not appendices:
        raise ValueError("an annex needs at least one table")
    book = _book()
    for table in tables:
        _table_sheet(book.create_sheet(f"Biểu {table.number:02d}"), doc.issuing_body,
                     doc.attachment_line, table)
    for appendix in appendices:
        _appendix_sheet(book.create_sheet(appendix.label), appendix, doc.attachment_line)
    return _bytes(book)


def _book() -> Workbook:
    book = Workbook()
    book.remove(book.active)
    for style in _styles():
        book.add_named_style(style)
    return book


def _bytes(book: Workbook) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()


# --- Sheets -------------------------------------------------------------------------------


def _table_sheet(sheet: Worksheet, issuing_body: str, attachment: str, table: Table) -> None:
    """Issuing body, "Biểu số 01", the table's title and the report it belongs to; the table."""
    lines: list[Line] = [
        (issuing_body, Font(name=FONT, size=SIZE, bold=True), "left"),
        (table.label, Font(name=FONT, size=SIZE, bold=True), "center"),
        (table.title, Font(name=FONT, size=13, bold=True), "center"),
        (attachment, Font(name=FONT, size=SIZE, italic=True), "center"),
    ]
    _set_widths(sheet, [table])
    row = _heading(sheet, lines, len(table.columns), 1) + 1
    _table(sheet, row, table)
    _set_up_printing(sheet, row)


def _appendix_sheet(sheet: Worksheet, appendix: Appendix, attachment: str) -> None:
    """ "PHỤ LỤC 01", its title and the attachment line, as in the .docx; then its tables, its
    headings and notes, a row apart."""
    tables = [block for block in appendix.blocks if isinstance(block, Table)]
    width = max(len(table.columns) for table in tables)
    lines: list[Line] = [
        (appendix.caption, Font(name=FONT, size=13, bold=True), "center"),
        (appendix.title, Font(name=FONT, size=13, bold=True), "center"),
        (attachment, Font(name=FONT, size=SIZE, italic=True), "center"),
    ]
    _set_widths(sheet, tables)
    row = _heading(sheet, lines, width, 1) + 1
    first_header = 0
    for block in appendix.blocks:
        if isinstance(block, Table):
            first_header = first_header or row
            row = _table(sheet, row, block) + 1
        elif isinstance(block, Heading):
            row = _heading(sheet, [(block.text, Font(name=FONT, size=SIZE, bold=True), "left")],
                           width, row)
        elif isinstance(block, Paragraph):
            note = (block.lead + block.text, Font(name=FONT, size=SIZE, italic=True), "left")
            row = _heading(sheet, [note], width, row) + 1
    _set_up_printing(sheet, first_header)


def _heading(sheet: Worksheet, lines: list[Line], width: int, row: int) -> int:
    """Lines merged across the table's width from row on, each row as high as its wrapped
    text (spreadsheets do not grow merged rows themselves); the row after them."""
    last = get_column_letter(max(width, 1))
    room = sum(sheet.column_dimensions[get_column_letter(c)].width or DEFAULT_WIDTH
               for c in range(1, max(width, 1) + 1))
    for text, font, align in lines:
        cell = write(sheet, row, 1, text)
        cell.font = font
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        sheet.merge_cells(f"A{row}:{last}{row}")
        wrapped = math.ceil(len(text) * font.size / SIZE / max(room, 1))
        if wrapped > 1:
            sheet.row_dimensions[row].height = wrapped * LINE_HEIGHT * font.size / SIZE
        row += 1
    return row


def _table(sheet: Worksheet, row: int, table: Table) -> int:
    """Header (bold, boxed, centred) at row, then the rows, the total in bold; the next row."""
    header, *rows = table.grid
    for column, value in enumerate(header, start=1):
        _styled(sheet, row, column, value, HEADER)
    for index, values in enumerate(rows, start=1):
        total = table.total is not None and index == len(rows)
        _data_row(sheet, row + index, values, table.percent_columns, bold=total)
    return row + len(rows) + 1


def _data_row(
    sheet: Worksheet,
    row: int,
    values: Sequence[Cell],
    percent_columns: frozenset[int],
    *,
    bold: bool,
) -> None:
    for index, value in enumerate(values):
        cell = _styled(sheet, row, index + 1, _value(value), TOTAL if bold else DATA)
        if _is_number(cell.value):
            cell.number_format = _number_format(cell.value, index in percent_columns)


def _styled(sheet: Worksheet, row: int, column: int, value: object, style: str) -> XlCell:
    """The value written safely in a cell of the named style; a named style replaces the
    cell's whole style, the quote prefix included, so the guard runs after it."""
    cell = write(sheet, row, column, value)
    cell.style = style
    return guard(cell)


def _value(value: Cell) -> Cell:
    """Decimals as int or float, which Excel stores as numbers without a custom type."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _number_format(value: float, percent: bool) -> str:
    if percent:
        return PERCENT_FORMAT
    return INTEGER_FORMAT if float(value).is_integer() else DECIMAL_FORMAT


def _set_widths(sheet: Worksheet, tables: Sequence[Table]) -> None:
    """Columns as wide as their longest value; a header wraps rather than widens its column."""
    widths: dict[int, int] = {}
    for table in tables:
        for index, (header, *values) in enumerate(zip(*table.grid, strict=True)):
            lengths = [len(f"{v:,}") if _is_number(v) else len(str(v or "")) for v in values]
            longest_word = max((len(word) for word in str(header).split()), default=0)
            widths[index] = max(widths.get(index, 0), longest_word, *lengths)
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(
            MAX_WIDTH, max(MIN_WIDTH, width + 2)
        )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _set_up_printing(sheet: Worksheet, header_row: int) -> None:
    """A4 landscape, all columns on one page's width, the header row on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.horizontalCentered = True
    if header_row:
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
