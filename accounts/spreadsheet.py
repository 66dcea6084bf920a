"""The list of people to invite, as a spreadsheet: its template and its reader.

A department onboarding its units sends one workbook: họ tên, e-mail, điện thoại, đơn vị, vai
trò. The template and the reading are the products import's (kehoach.sheets); what is
checked here is a person's: a real e-mail address, a unit in the manager's reach, a role no
higher than the manager's own. A row whose e-mail already has an account is skipped, so
uploading the same file again invites nobody twice.
"""

import io
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from accounts.models import Role, User
from accounts.permissions import assignable_roles, reach_unit_ids
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
from records.spreadsheet import unit_entries
from units.models import Unit
from units.selectors import unit_validity_error

MAX_ROWS = 1000
MAX_SCANNED_ROWS = 20_000
ARCHIVE_LIMITS = ArchiveLimits(max_unpacked=50 * 1024 * 1024)
EXAMPLE_NAME = gettext_lazy("Ví dụ, dòng này không được nhập: Nguyễn Thị Lan")

COLUMNS: tuple[Column, ...] = (
    Column("full_name", gettext_lazy("Họ và tên"), gettext_lazy("Họ và tên"), 30, True),
    Column("email", gettext_lazy("E-mail"), gettext_lazy("E-mail"), 32, True),
    Column("phone", gettext_lazy("Điện thoại"), gettext_lazy("Điện thoại"), 16),
    Column("unit", gettext_lazy("Đơn vị"), gettext_lazy("Đơn vị"), 44),
    Column("role", gettext_lazy("Vai trò"), gettext_lazy("Vai trò"), 28, True),
)
LABELS = {column.key: column.label for column in COLUMNS}


def file_error(code: str) -> ValidationError:
    messages = {
        "not-xlsx": _("Tệp không phải là tệp Excel .xlsx, hoặc đã bị hỏng. Hãy mở bằng Excel "
                      "hoặc LibreOffice, lưu lại thành .xlsx rồi tải lên."),
        "encrypted": _("Tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu, lưu lại "
                       "rồi tải lên."),
        "xls": _("Đây là tệp Excel cũ (.xls). Hãy lưu thành .xlsx rồi tải lên."),
        "layout": _("Không tìm thấy danh sách người dùng: tệp cần có dòng tiêu đề với các cột "
                    "Họ và tên, E-mail, Vai trò. Hãy tải tệp mẫu và chép dữ liệu vào đó."),
        "too-many": _("Tệp có hơn %(limit)s người. Hãy chia thành nhiều tệp.") % {
            "limit": f"{MAX_ROWS:,}".replace(",", ".")},
        "too-big": _("Tệp quá lớn khi giải nén. Hãy bỏ hình ảnh, chia thành nhiều tệp."),
        "empty": _("Tệp không có dòng nào dưới dòng tiêu đề."),
        "wrong-type": _("Chỉ nhận tệp Excel .xlsx, như tệp mẫu."),
    }
    return ValidationError(messages[code], code=code)


def _units_in_reach(manager: User) -> list[Unit]:
    reach = reach_unit_ids(manager)
    units = Unit.objects.only("pk", "name", "short_name", "code")
    return list(units if reach is None else units.filter(pk__in=reach))


def build_template(manager: User) -> bytes:
    """Headings, an example row, and drop-downs of the units and roles the manager gives."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Người dùng")
    lists = workbook.create_sheet(_("Danh mục"))
    lists.sheet_state = "hidden"
    units = [name for name, _pk in unit_entries(_units_in_reach(manager))]
    roles = [str(role.label) for role in assignable_roles(manager)]
    add_list(workbook, lists, position=1, name="DsDonVi", title=_("Đơn vị"), values=units)
    add_list(workbook, lists, position=2, name="DsVaiTro", title=_("Vai trò"), values=roles)
    columns = write_headings(sheet, COLUMNS)
    example = {"full_name": str(EXAMPLE_NAME), "email": "lan.nt@soctrang.gov.vn",
               "phone": "0299 3822 123", "unit": units[0] if units else "",
               "role": str(Role.REPORTER.label)}
    for key, value in example.items():
        cell = sheet[f"{columns[key]}2"]
        cell.value = value
        guard(cell)  # a unit named "=..." stays text
        cell.font = EXAMPLE_FONT
    last = MAX_ROWS + 2
    sheet.column_dimensions[columns["phone"]].number_format = "@"  # keeps the leading 0
    for key, name, prompt in (("unit", "DsDonVi", _("Chọn đơn vị trong danh sách.")),
                              ("role", "DsVaiTro", _("Chọn vai trò trong danh sách."))):
        add_drop_down(sheet, list_name=name, cells=f"{columns[key]}2:{columns[key]}{last}",
                      prompt=prompt, strict=True, error=_("Chọn một giá trị trong danh sách."))
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


@dataclass
class PersonRow:
    number: int
    cells: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    existing: bool = False

    def error(self, key: str, message: str) -> None:
        self.errors.append((str(LABELS.get(key, "")), message))

    @property
    def status(self) -> str:
        return "error" if self.errors else "duplicate" if self.existing else "ok"


def read_people(data: bytes, *, manager: User) -> list[PersonRow]:
    raw = read_table(data, TableSpec(
        columns=COLUMNS, error=file_error, max_rows=MAX_ROWS,
        max_scanned_rows=MAX_SCANNED_ROWS, archive_limits=ARCHIVE_LIMITS,
        example_key="full_name", example_texts=(EXAMPLE_NAME,)))
    if not raw:
        raise file_error("empty")
    return _Reader(manager).rows(raw)


class _Reader:
    def __init__(self, manager: User) -> None:
        self.manager = manager
        self.reach = reach_unit_ids(manager)
        self.units: Names[Unit] = Names()
        all_units = list(Unit.objects.only("pk", "name", "short_name", "code", "valid_from",
                                              "valid_to"))
        by_pk = {unit.pk: unit for unit in all_units}
        for entry, pk in unit_entries(all_units):
            unit = by_pk[pk]
            self.units.add(unit, entry, unit.name, unit.short_name, unit.code or "")
        self.roles: Names[str] = Names()
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                for value, label in Role.choices:
                    self.roles.add(value, str(label), value)
        self.assignable = {role.value for role in assignable_roles(manager)}

    def rows(self, raw: list[tuple[int, dict[str, Any]]]) -> list[PersonRow]:
        rows = [self._row(number, cells) for number, cells in raw]
        seen: dict[str, int] = {}
        for row in rows:
            email = row.values.get("email") or row.cells.get("email", "").lower()
            if email and email in seen:
                row.error("email", _("Trùng e-mail với dòng %(row)d của tệp.") % {
                    "row": seen[email]})
            elif email:
                seen[email] = row.number
        existing = {e.lower() for e in User.objects.filter(
            email__in=[r.values["email"] for r in rows if r.values.get("email")])
            .values_list("email", flat=True)}
        for row in rows:
            row.existing = row.values.get("email") in existing
            if row.errors:
                row.values = {}
        return rows

    def _row(self, number: int, cells: dict[str, Any]) -> PersonRow:
        row = PersonRow(number, cells={key: cell_text(value) for key, value in cells.items()})
        text = row.cells
        values: dict[str, Any] = {"full_name": text.get("full_name", "")[:150],
                                  "phone": text.get("phone", "")}
        if not values["full_name"]:
            row.error("full_name", _("Thiếu họ và tên."))
        values["email"] = text.get("email", "").strip().lower()
        try:
            validate_email(values["email"])
        except ValidationError:
            row.error("email", _("“%(value)s” không phải là địa chỉ e-mail.") % {
                "value": values["email"] or _("(trống)")})
        if len(values["phone"]) > 32:
            row.error("phone", _("Số điện thoại dài quá 32 ký tự."))
        values["role"] = self._role(row)
        values["unit"] = self._unit(row)
        row.values = values
        return row

    def _role(self, row: PersonRow) -> str:
        found = self.roles.find(row.cells.get("role", ""))
        if len(found) != 1:
            row.error("role", _("Không có vai trò “%(value)s”; chọn một trong: %(roles)s.") % {
                "value": row.cells.get("role", ""),
                "roles": ", ".join(str(r.label) for r in Role)})
            return ""
        if found[0] not in self.assignable:
            row.error("role", _("Anh/chị không được giao vai trò “%(role)s”, cao hơn vai trò "
                                "của mình.") % {"role": Role(found[0]).label})
            return ""
        return found[0]

    def _unit(self, row: PersonRow) -> int | None:
        value = row.cells.get("unit", "")
        if not value:
            if self.reach is not None:
                row.error("unit", _("Chưa ghi đơn vị."))
            return None
        matches = self.units.find(value)
        if len(matches) != 1:
            row.error("unit", _("Không có đơn vị “%(value)s” trong danh sách; ghi tên như trong "
                                "tệp mẫu.") % {"value": value} if not matches else
                      _("Có nhiều đơn vị tên “%(value)s”; ghi tên kèm mã đơn vị như trong tệp "
                        "mẫu.") % {"value": value})
            return None
        if message := unit_validity_error(matches[0], timezone.localdate()):
            row.error("unit", message)
            return None
        if self.reach is not None and matches[0].pk not in self.reach:
            row.error("unit", _("Anh/chị chỉ được thêm người vào đơn vị mình và các đơn vị trực "
                                "thuộc, không phải %(unit)s.") % {"unit": matches[0].name})
            return None
        return matches[0].pk
