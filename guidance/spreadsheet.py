"""The coverage table of a guidance as an .xlsx workbook, for the lead department's report.

A plain function from the coverage data to bytes; the view only adds the download header.
Unit and topic names that start like a formula stay text (exports.cells).
"""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from exports.cells import append
from guidance.models import TITLE_PREFIX, Guidance
from guidance.selectors import Coverage
from kehoach.vntext.formats import vn_date

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
NONE_FILL = PatternFill("solid", fgColor="FDECEA")


def coverage_xlsx(guidance: Guidance, coverage: Coverage) -> bytes:
    """Sheet 1: units × topics with totals; sheet 2: per topic, the units with no product yet."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Kết quả")[:31]
    append(sheet, [f"{guidance.number_symbol} {TITLE_PREFIX} {guidance.title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    append(sheet, [_("Sản phẩm đăng, phát từ %(start)s đến %(end)s") % {
        "start": vn_date(guidance.valid_from),
        "end": vn_date(guidance.valid_until)}])
    sheet.append([])
    header = [_("STT"), _("Đơn vị"), *(c.topic.name for c in coverage.topics), _("Tổng số")]
    append(sheet, header)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = BOLD
        cell.alignment = WRAP
    for number, row in enumerate(coverage.rows, start=1):
        append(sheet, [number, row.unit.name, *row.counts, row.total])
        for cell in sheet[sheet.max_row][2:2 + len(row.counts)]:
            if not cell.value:
                cell.fill = NONE_FILL
    append(sheet, ["", _("Cộng"), *(c.products for c in coverage.topics), coverage.total])
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 44
    for column in range(3, len(header) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 22

    missing = book.create_sheet(_("Chưa có sản phẩm")[:31])
    append(missing, [_("Chủ đề"), _("Đơn vị chưa có sản phẩm")])
    for cell in missing[1]:
        cell.font = BOLD
    for item in coverage.topics:
        names = "; ".join(unit.name for unit in item.units_without)
        append(missing, [item.topic.name, names or "—"])
        for cell in missing[missing.max_row]:
            cell.alignment = WRAP
    missing.column_dimensions["A"].width = 44
    missing.column_dimensions["B"].width = 80

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
