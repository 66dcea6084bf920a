"""The units spreadsheet: a template to list units in Excel, and its reader.

What the catalogue and the checklist do not bring (a department's centres, the district
offices of the police, a company) an administrator lists in Excel: the template has the
columns, an example row and drop-downs for the kind and the parent unit; the reader gives
back each row checked, or its errors in Vietnamese with the column they are in. A parent
may be a unit already in kehoach or a unit of a row above in the same file. Rows are
matched to units by their code, so the same file twice creates nothing. The reading and the
template's parts are kehoach.sheets', as for products and people; units.import_services
saves.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from exports.cells import guard
from kehoach.ingest.archive import ArchiveLimits
from kehoach.sheets import (
    EXAMPLE_FONT,
    Column,
    Names,
    TableSpec,
    add_drop_down,
    add_list,
    cell_text,
    read_table,
    write_headings,
)
from kehoach.vntext.text import fold
from records.spreadsheet import unit_entries
from units.models import Unit, UnitKind

MAX_ROWS = 2000
MAX_SCANNED_ROWS = 20_000
ARCHIVE_LIMITS = ArchiveLimits(max_unpacked=50 * 1024 * 1024)
FIRST_DATA_ROW = 3  # row 1: headings, row 2: the example

COLUMNS: tuple[Column, ...] = (
    Column("name", gettext_lazy("Tên đơn vị"), gettext_lazy("Tên đơn vị"), 48, True),
    Column("short_name", gettext_lazy("Tên viết tắt"), gettext_lazy("Tên viết tắt"), 20),
    Column("kind", gettext_lazy("Loại đơn vị"), gettext_lazy("Loại đơn vị"), 30, True),
    Column("code", gettext_lazy("Mã đơn vị (để nhập lại không bị trùng)"),
           gettext_lazy("Mã đơn vị"), 18),
    Column("parent", gettext_lazy("Đơn vị cấp trên"), gettext_lazy("Đơn vị cấp trên"), 48),
)
LABELS = {column.key: column.label for column in COLUMNS}
EXAMPLE_NAME = gettext_lazy("Ví dụ, dòng này không được nhập: Trung tâm Truyền thông tỉnh")


@dataclass
class SheetRow:
    """One row: its cells as text, the unit it describes once checked, and its errors.

    `parent` is a unit already saved, or `parent_row` the number of a row above whose unit
    is made first.
    """

    number: int
    cells: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    parent_row: int | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)

    def error(self, key: str, message: str) -> None:
        self.errors.append((str(LABELS.get(key, "")), message))


def file_error(code: str) -> ValidationError:
    """The one message shown for a file that cannot be read as a whole."""
    messages = {
        "not-xlsx": _("Tệp không phải là tệp Excel .xlsx, hoặc đã bị hỏng. Hãy mở bằng Excel "
                      "hoặc LibreOffice, lưu lại thành .xlsx rồi tải lên."),
        "encrypted": _("Tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu, lưu lại "
                       "rồi tải lên."),
        "xls": _("Đây là tệp Excel cũ (.xls). Hãy mở bằng Excel, lưu thành .xlsx rồi tải lên."),
        "layout": _("Không tìm thấy bảng đơn vị: tệp cần có dòng tiêu đề với các cột Tên đơn "
                    "vị và Loại đơn vị. Hãy tải tệp mẫu và chép dữ liệu vào đó."),
        "too-many": _("Tệp có hơn %(limit)s dòng đơn vị. Hãy chia thành nhiều tệp."),
        "too-big": _("Tệp quá lớn khi giải nén. Hãy bỏ hình ảnh, chia thành nhiều tệp rồi tải "
                     "lên."),
        "empty": _("Tệp không có dòng đơn vị nào dưới dòng tiêu đề."),
    }
    return ValidationError(messages[code] % {"limit": f"{MAX_ROWS:,}".replace(",", ".")},
                           code=code)


# --- The template --------------------------------------------------------------------------


def build_template() -> bytes:
    """The .xlsx to fill in: headings, an example row, drop-downs of kinds and units."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Đơn vị")
    lists = workbook.create_sheet(_("Danh mục"))
    lists.sheet_state = "hidden"
    units = [name for name, _pk in unit_entries(Unit.objects.only("pk", "name", "code"))]
    add_list(workbook, lists, position=1, name="DsLoaiDonVi", title=str(LABELS["kind"]),
             values=[str(label) for label in UnitKind.labels])
    add_list(workbook, lists, position=2, name="DsDonViCapTren", title=str(LABELS["parent"]),
             values=units)
    columns = write_headings(sheet, COLUMNS)
    example = {"name": str(EXAMPLE_NAME), "short_name": "TTTT",
               "kind": str(UnitKind.OTHER.label), "code": "TTTT-01",
               "parent": next(iter(units), "")}
    for key, value in example.items():
        cell = sheet[f"{columns[key]}2"]
        cell.value = value
        guard(cell).font = EXAMPLE_FONT
    last = MAX_ROWS + FIRST_DATA_ROW
    add_drop_down(sheet, list_name="DsLoaiDonVi", cells=f"{columns['kind']}2:"
                  f"{columns['kind']}{last}", prompt=_("Chọn loại đơn vị trong danh sách."),
                  strict=True, error=_("Chọn một giá trị trong danh sách."))
    add_drop_down(sheet, list_name="DsDonViCapTren", cells=f"{columns['parent']}2:"
                  f"{columns['parent']}{last}",
                  prompt=_("Chọn đơn vị trong danh sách, hoặc ghi tên một đơn vị ở dòng trên."),
                  strict=False, error=_("Chọn một giá trị trong danh sách."))
    sheet.column_dimensions[columns["code"]].number_format = "@"  # "01" stays "01"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


# --- Reading -------------------------------------------------------------------------------


def read_cells(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """The filled rows of an uploaded workbook as text, by column key."""
    spec = TableSpec(columns=COLUMNS, error=file_error, max_rows=MAX_ROWS,
                     max_scanned_rows=MAX_SCANNED_ROWS, archive_limits=ARCHIVE_LIMITS,
                     example_key="name", example_texts=(EXAMPLE_NAME,))
    raw = read_table(data, spec)
    if not raw:
        raise file_error("empty")
    return [(number, {key: cell_text(value) for key, value in cells.items()})
            for number, cells in raw]


def check_rows(raw: list[tuple[int, dict[str, str]]]) -> list[SheetRow]:
    """Each row checked against kehoach's units and the rows above it."""
    return _Checker().rows(raw)


class _Checker:
    def __init__(self) -> None:
        self.kinds: Names[str] = Names()
        for language, _name in settings.LANGUAGES:  # a file filled in English reads too
            with translation.override(language):
                for value, label in UnitKind.choices:
                    self.kinds.add(value, str(label), value)
        self.units: Names[Unit] = Names()
        all_units = list(Unit.objects.only("pk", "name", "short_name", "code"))
        by_pk = {unit.pk: unit for unit in all_units}
        for entry, pk in unit_entries(all_units):
            unit = by_pk[pk]
            self.units.add(unit, entry, unit.name, unit.short_name, unit.code or "")
        self.by_code = {unit.code: unit for unit in all_units if unit.code}
        self.above: Names[int] = Names()  # rows of the file, by name and code
        self.codes: dict[str, int] = {}

    def rows(self, raw: list[tuple[int, dict[str, str]]]) -> list[SheetRow]:
        return [self._row(number, cells) for number, cells in raw]

    def _row(self, number: int, cells: dict[str, str]) -> SheetRow:
        row = SheetRow(number, cells=cells)
        name = cells.get("name", "")
        if not name:
            row.error("name", _("Thiếu tên đơn vị."))
        kind = self._kind(row)
        code = cells.get("code", "")
        if code and fold(code) in self.codes:
            row.error("code", _("Mã %(code)s đã có ở dòng %(row)d của tệp.") % {
                "code": code, "row": self.codes[fold(code)]})
        parent = self._parent(row)
        if not row.errors:
            row.values = {"name": name, "short_name": cells.get("short_name", ""),
                          "kind": kind, "code": code or None, "parent": parent,
                          "existing": self.by_code.get(code) if code else None}
            self.above.add(number, name, code)
            if code:
                self.codes[fold(code)] = number
        return row

    def _kind(self, row: SheetRow) -> str:
        value = row.cells.get("kind", "")
        found = self.kinds.find(value) if value else []
        if len(found) != 1:
            row.error("kind", _("Không có loại đơn vị “%(value)s”; chọn một trong: "
                                "%(choices)s.") % {"value": value, "choices": ", ".join(
                                    str(label) for label in UnitKind.labels)}
                      if value else _("Chưa ghi loại đơn vị."))
            return ""
        return found[0]

    def _parent(self, row: SheetRow) -> Unit | None:
        value = row.cells.get("parent", "")
        if not value:
            return None
        rows = self.above.find(value)
        if len(rows) == 1:
            row.parent_row = rows[0]
            return None
        units = self.units.find(value)
        if len(units) == 1 and not rows:
            return units[0]
        if len(units) + len(rows) > 1:
            row.error("parent", _("Có nhiều đơn vị tên “%(value)s”; ghi tên kèm mã như trong "
                                  "danh sách của tệp mẫu.") % {"value": value})
        else:
            row.error("parent", _("Không có đơn vị cấp trên “%(value)s” trong danh sách đơn "
                                  "vị, cũng không ở dòng nào phía trên.") % {"value": value})
        return None
