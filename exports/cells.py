"""Writing a value into a spreadsheet cell so that opening the file never runs it.

Every .xlsx kehoach writes goes through `write` or `append`. Titles, unit and topic names come
from users and from imported documents; a product titled '=HYPERLINK("http://x","y")' or a unit
named "+Sở X" would be a formula in Excel or LibreOffice (CSV/formula injection, OWASP). Such
text is stored as a string, with the quote prefix that keeps Excel from reading it as a formula
when someone edits the cell, too. Numbers, dates and other values are written as they are.

Plain Python over openpyxl, no Django.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

# What a spreadsheet reads as the start of a formula when the text is typed or imported.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: object) -> bool:
    """Text a spreadsheet could take for a formula.

    >>> is_risky('=HYPERLINK("http://x","y")'), is_risky("+Sở X"), is_risky("Sở X")
    (True, True, False)
    >>> is_risky(-2)  # a negative number is a number, not text
    False
    """
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def guard(cell: Cell) -> Cell:
    """Keep a cell's risky text as text; anything else is left alone.

    >>> from openpyxl import Workbook
    >>> cell = Workbook().active.cell(row=1, column=1, value="=1+1")
    >>> cell.data_type
    'f'
    >>> guard(cell).data_type, cell.quotePrefix
    ('s', True)
    """
    if is_risky(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too
    return cell


def write(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """sheet.cell(row, column, value), with text a spreadsheet would run kept as text.

    >>> from openpyxl import Workbook
    >>> sheet = Workbook().active
    >>> write(sheet, 1, 1, "@Sở").quotePrefix, write(sheet, 1, 2, 3).value
    (True, 3)
    """
    return guard(sheet.cell(row=row, column=column, value=value))


def append(sheet: Worksheet, values: Iterable[object]) -> tuple[Cell, ...]:
    """sheet.append(values), with text a spreadsheet would run kept as text; the row's cells.

    >>> from openpyxl import Workbook
    >>> sheet = Workbook().active
    >>> [c.data_type for c in append(sheet, ["=SUM(A2:A9)", 2, "Sở X"])]
    ['s', 'n', 's']
    >>> append(sheet, [])
    ()
    """
    values = list(values)
    sheet.append(values)
    if not values:
        return ()
    row = sheet.max_row  # append writes below every row written so far
    return tuple(guard(sheet.cell(row=row, column=column))
                 for column in range(1, len(values) + 1))
