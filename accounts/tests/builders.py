"""Filled-in people spreadsheets, as a unit's clerk would send them."""

import io
from collections.abc import Sequence

from openpyxl import load_workbook

from accounts.models import User
from accounts.spreadsheet import build_template


def people_workbook(manager: User, rows: Sequence[Sequence[str]]) -> bytes:
    """The template `manager` downloads, filled in from row 3 (họ tên, e-mail, điện thoại,
    đơn vị, vai trò)."""
    book = load_workbook(io.BytesIO(build_template(manager)))
    sheet = book.worksheets[0]
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            sheet.cell(number, column, value)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()
