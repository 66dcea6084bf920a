"""A list as a spreadsheet: the rows a page shows, with its filters and sort, as .csv or .xlsx.

A list's export is its own address with `?export=csv` or `?export=xlsx`, so the file holds
exactly what the page lists (every filter, the search, the sort) and needs no permission of
its own. The rows are read in chunks from the database, never all at once:

- CSV is streamed, however long the list (a million products is a few hundred megabytes that
  start arriving at once); UTF-8 with a byte-order mark, which Excel needs to read the marks.
- .xlsx is written by openpyxl in write-only mode and capped at XLSX_MAX_ROWS rows, with a
  last line saying the file was cut and that the CSV holds every row: a workbook is built
  whole before it is sent.

Text that a spreadsheet would run as a formula (=, +, -, @ at its start) is kept as text in
both formats: exports.cells in the workbook, a leading apostrophe in the CSV (OWASP).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from tempfile import SpooledTemporaryFile
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from exports.cells import guard, is_risky
from kehoach.sheets import XLSX_CONTENT_TYPE

XLSX_MAX_ROWS = 50_000
CHUNK = 1000
EXPORT_KINDS = ("csv", "xlsx")


@dataclass(frozen=True)
class Column:
    heading: str | Promise
    value: Callable[[Any], object]
    width: int = 20


def export_kind(request: HttpRequest) -> str:
    """"csv" or "xlsx" when the request asks for the list as a file, else ""."""
    kind = request.GET.get("export", "")
    return kind if kind in EXPORT_KINDS else ""


def export_response(kind: str, rows: QuerySet[Any] | Iterable[Any], columns: Sequence[Column],
                    *, name: str) -> HttpResponse | StreamingHttpResponse:
    """The rows as a file named `name` plus today's date and the extension."""
    stamp = timezone.localdate().isoformat()
    filename = f"{name}-{stamp}.{kind}"
    if kind == "csv":
        response: HttpResponse | StreamingHttpResponse = StreamingHttpResponse(
            _csv_lines(_iterate(rows), columns), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(_xlsx(_iterate(rows), columns, title=name),
                                content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _iterate(rows: QuerySet[Any] | Iterable[Any]) -> Iterator[Any]:
    if isinstance(rows, QuerySet):
        return rows.iterator(chunk_size=CHUNK)
    return iter(rows)


def cell_text(value: object) -> str:
    """A value as the CSV writes it: dates as dd/mm/yyyy, None empty, formulas defused.

    >>> cell_text("=1+1"), cell_text(date(2024, 6, 3)), cell_text(None), cell_text(-2)
    ("'=1+1", '03/06/2024', '', '-2')
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if not isinstance(value, str):  # a negative number is a number, not a formula
        return str(value)
    return f"'{value}" if is_risky(value) else value


class _Echo:
    """A file-like object whose write() hands back the line, for csv.writer to stream."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(rows: Iterator[Any], columns: Sequence[Column]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([str(c.heading) for c in columns])
    for row in rows:
        yield writer.writerow([cell_text(c.value(row)) for c in columns])


def _xlsx_value(value: object) -> object:
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    if isinstance(value, (str, int, float, date)) or value is None:
        return value
    return str(value)


def _xlsx(rows: Iterator[Any], columns: Sequence[Column], *, title: str) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    for index, column in enumerate(columns):
        sheet.column_dimensions[get_column_letter(index + 1)].width = column.width
    bold = Font(bold=True)
    headings = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=str(column.heading))
        cell.font = bold
        headings.append(cell)
    sheet.append(headings)
    for written, row in enumerate(rows):
        if written == XLSX_MAX_ROWS:
            sheet.append([_("Chỉ có %(n)s dòng đầu; tải tệp CSV để có mọi dòng.")
                          % {"n": f"{XLSX_MAX_ROWS:,}".replace(",", ".")}])
            break
        sheet.append([_cell(sheet, c.value(row)) for c in columns])
    with SpooledTemporaryFile(max_size=8 * 2**20) as handle:
        workbook.save(handle)
        handle.seek(0)
        return handle.read()


def _cell(sheet: Any, value: object) -> Any:
    cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
    if isinstance(value, date):
        cell.number_format = "DD/MM/YYYY"
    return guard(cell) if is_risky(value) else cell


def join(values: Iterable[object]) -> str:
    """Several values in one cell, as the page lists them."""
    return ", ".join(str(v) for v in values)


__all__ = ["Column", "cell_text", "export_kind", "export_response", "join"]
