"""The bulk-entry spreadsheet of products: the template units fill in, and its reader.

Many units keep their lists of products in Excel. `build_template` gives them a workbook with
the columns kehoach needs and drop-downs for the lists; `read_rows` reads a filled workbook
back, row by row, into the values `records.services.product_create` takes, or into a list of
(column, message) errors a reporter can fix in Excel. Nothing here saves anything: the
import services keep the upload and create the products; views only add download headers.

Files arrive from Excel in every locale, from LibreOffice and from older tools, so the reader
is lenient where the meaning is clear (case, diacritics, tone placement, dates typed as text,
numbers stored as text) and strict where it is not (an unknown channel is an error, never a
guess).
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from accounts.models import User
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
from kehoach.sheets import XLSX_CONTENT_TYPE as XLSX_CONTENT_TYPE  # for the import pages
from kehoach.vntext.dates import find_dates
from kehoach.vntext.text import fold, vi_sorted
from plans.models import Task
from records.models import Channel, Language, Product, ProductKind, Topic
from records.permissions import recording_units
from units.models import Unit

# A unit's half-year list is tens to hundreds of rows. Each row costs product_create's
# queries twice (the trial at upload, the creation at confirm), 20-40 ms on SQLite and
# PostgreSQL alike, so 1,000 rows keep both requests under a proxy's usual timeout; a
# newspaper's whole year goes in a few files.
MAX_ROWS = 1000
# Rows scanned past the heading, counting empty ones: a sheet formatted down to row 1,048,576
# must not keep the server reading blank rows.
MAX_SCANNED_ROWS = 20_000
# A real .xlsx of MAX_ROWS rows unpacks to a few megabytes; far more is a zip bomb.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
ARCHIVE_LIMITS = ArchiveLimits(max_unpacked=MAX_UNPACKED_BYTES)
# A duration in minutes: a day's broadcast at most, as the API allows.
MAX_DURATION_MINUTES = 100_000
FIRST_DATA_ROW = 3  # row 1: headings, row 2: the example

COLUMNS: tuple[Column, ...] = (
    Column("title", gettext_lazy("Tên sản phẩm"), gettext_lazy("Tên sản phẩm"), 48, True),
    Column("kind", gettext_lazy("Loại"), gettext_lazy("Loại"), 26, True),
    Column("channel", gettext_lazy("Kênh"), gettext_lazy("Kênh"), 26, True),
    Column("platform", gettext_lazy("Nền tảng (mạng xã hội)"), gettext_lazy("Nền tảng"), 16),
    Column("languages", gettext_lazy("Ngôn ngữ (có thể nhiều, cách nhau bằng dấu phẩy)"),
           gettext_lazy("Ngôn ngữ"), 30, True),
    Column("published_on", gettext_lazy("Ngày đăng/phát (dd/mm/yyyy)"),
           gettext_lazy("Ngày đăng/phát"), 16, True),
    Column("unit", gettext_lazy("Đơn vị thực hiện"), gettext_lazy("Đơn vị thực hiện"), 36),
    Column("link", gettext_lazy("Đường dẫn"), gettext_lazy("Đường dẫn"), 40),
    Column("duration_minutes", gettext_lazy("Thời lượng (phút)"),
           gettext_lazy("Thời lượng"), 12),
    Column("topics", gettext_lazy("Chủ đề"), gettext_lazy("Chủ đề"), 30),
    Column("tasks", gettext_lazy("Mã nhiệm vụ"), gettext_lazy("Mã nhiệm vụ"), 14),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}

EXAMPLE_TITLE = gettext_lazy("Ví dụ, dòng này không được nhập: Tọa đàm “Quyền con người "
                             "trong kỷ nguyên số”")


def column_label(key: str) -> str:
    """The column an error is shown under; "" for a problem of the whole row."""
    column = COLUMN_BY_KEY.get(key)
    return str(column.label) if column else ""


# --- The template --------------------------------------------------------------------------


def build_template(user: User) -> bytes:
    """The .xlsx a unit fills in: headings, an example row, drop-downs from kehoach's lists.

    The lists live on a hidden sheet behind named ranges, because Excel caps a list typed
    into a validation at 255 characters and a province has more units than that.
    """
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Sản phẩm")
    lists = workbook.create_sheet(_("Danh mục"))
    lists.sheet_state = "hidden"
    units = _template_units(user)
    for position, (key, values) in enumerate((
        ("kind", [str(label) for label in ProductKind.labels]),
        ("channel", [str(label) for label in Channel.labels]),
        ("languages", [language.name for language in Language.objects.all()]),
        ("unit", list(units)),
    ), start=1):
        add_list(workbook, lists, position=position, name=_list_name(key),
                 title=column_label(key), values=values)
    columns = write_headings(sheet, COLUMNS)
    _write_example(sheet, columns, next(iter(units), ""))
    last = MAX_ROWS + FIRST_DATA_ROW
    prompts = {
        "kind": (True, _("Chọn loại sản phẩm trong danh sách.")),
        "channel": (True, _("Chọn kênh đăng, phát trong danh sách.")),
        "languages": (False, _("Chọn trong danh sách, hoặc gõ nhiều ngôn ngữ cách nhau bằng "
                               "dấu phẩy, ví dụ: Tiếng Việt, Tiếng Khmer.")),
        "unit": (True, _("Chọn đơn vị trong danh sách.")),
    }
    for key, (strict, prompt) in prompts.items():
        add_drop_down(sheet, list_name=_list_name(key), cells=f"{columns[key]}2:{columns[key]}"
                      f"{last}", prompt=prompt, strict=strict,
                      error=_("Chọn một giá trị trong danh sách."))
    # Dates and task codes typed as text keep the day before the month whatever the locale
    # of the Excel that opens the file ("06/05/2024" is not read as 5 June), and "1.2" stays
    # a code instead of becoming a number.
    for key in ("published_on", "tasks"):
        sheet.column_dimensions[columns[key]].number_format = "@"
    # Printed for signing off, the list fits the width of a landscape page.
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _template_units(user: User) -> list[str]:
    """The units the user records for that exist today, as the reader will recognise them.

    Units merged away are left out, so a new row cannot pick one; a reporter whose only
    units have ended still gets them, to fill in the work done before the end (a row dated
    after it is refused with the successor's name, as in the form).
    """
    allowed = recording_units(user)
    units = Unit.objects.all() if allowed is None else Unit.objects.filter(pk__in=allowed)
    current = units.valid_on(timezone.localdate())
    if allowed is None or current.exists():
        units = current
    return [name for name, _pk in unit_entries(units.only("pk", "name", "code"))]


def unit_entries(units: Iterable[Unit]) -> list[tuple[str, int]]:
    """Each unit by name; a name two units share is followed by the unit's code (the
    people's import lists units the same way)."""
    units = vi_sorted(units, key=lambda unit: unit.name)
    counts: dict[str, int] = defaultdict(int)
    for unit in units:
        counts[fold(unit.name)] += 1
    return [(f"{unit.name} ({unit.code})" if counts[fold(unit.name)] > 1 and unit.code
             else unit.name, unit.pk) for unit in units]


def _list_name(key: str) -> str:
    return {"kind": "DsLoai", "channel": "DsKenh", "languages": "DsNgonNgu", "unit": "DsDonVi"}[key]


def _write_example(sheet: Any, columns: dict[str, str], unit_name: str) -> None:
    """Row 2 shows a filled row in grey italics; the reader skips it by its title."""
    example = {
        "title": str(EXAMPLE_TITLE), "kind": str(ProductKind.RADIO_PROGRAMME.label),
        "channel": str(Channel.RADIO.label), "platform": "",
        "languages": ", ".join(str(lang.name) for lang in Language.objects.filter(
            code__in=["vi", "km"]).order_by("position")),
        "published_on": "06/05/2024", "unit": unit_name,
        "link": "https://example.gov.vn/tin-tuc/toa-dam-quyen-con-nguoi",
        "duration_minutes": 30, "topics": "", "tasks": "II.1",
    }
    for key, value in example.items():
        cell = sheet[f"{columns[key]}2"]
        cell.value = value
        guard(cell).font = EXAMPLE_FONT


# --- Reading -------------------------------------------------------------------------------


@dataclass
class Row:
    """One row of the sheet: what was written, what it means, and what is wrong with it.

    `number` is the row number Excel shows. `values` are product_create's keyword arguments
    once the row has no error. `duplicate` says the product is already recorded.
    """

    number: int
    cells: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    duplicate: bool = False

    def error(self, key: str, message: str) -> None:
        self.errors.append((column_label(key), message))

    @property
    def status(self) -> str:
        return "error" if self.errors else "duplicate" if self.duplicate else "ok"


def read_rows(file: IO[bytes] | bytes, *, user: User) -> list[Row]:
    """Every filled row of a workbook, checked as far as can be without saving.

    Raises a ValidationError with one message for the whole file when it is not a readable
    .xlsx, has a password, is not laid out as the template, or is too long.
    """
    data = file if isinstance(file, bytes) else file.read()
    raw = read_table(data, _table())
    return _Reader(user).rows(raw)


def file_error(code: str) -> ValidationError:
    """The one message shown for a file that cannot be read as a whole."""
    messages = {
        "wrong-type": _("Chỉ nhận tệp Excel .xlsx, như tệp mẫu. Tệp .csv, .xls hoặc .ods: mở "
                        "bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi tải lên."),
        "not-xlsx": _("Tệp không phải là tệp Excel .xlsx, hoặc đã bị hỏng. Hãy mở bằng Excel "
                      "hoặc LibreOffice, lưu lại thành .xlsx rồi tải lên."),
        "encrypted": _("Tệp Excel có đặt mật khẩu nên không đọc được. Hãy mở tệp, bỏ mật khẩu "
                       "(Tệp › Thông tin › Bảo vệ sổ làm việc), lưu lại rồi tải lên."),
        "xls": _("Đây là tệp Excel cũ (.xls). Hãy mở bằng Excel, chọn Lưu thành › Sổ làm việc "
                 "Excel (.xlsx) rồi tải lên."),
        "layout": _("Không tìm thấy bảng sản phẩm: tệp cần có dòng tiêu đề với các cột "
                    "%(columns)s. Hãy tải tệp mẫu và chép dữ liệu vào đó."),
        "too-many": _("Tệp có hơn %(limit)s dòng sản phẩm. Hãy chia thành nhiều tệp, mỗi tệp "
                      "không quá %(limit)s dòng."),
        "too-big": _("Tệp quá lớn khi giải nén (hơn %(unpacked)s MB). Hãy bỏ hình ảnh, chia "
                     "thành nhiều tệp rồi tải lên."),
        "empty": _("Tệp không có dòng sản phẩm nào dưới dòng tiêu đề."),
    }
    params = {"limit": f"{MAX_ROWS:,}".replace(",", "."),
              "unpacked": MAX_UNPACKED_BYTES // 1048576,
              "columns": ", ".join(str(c.label) for c in COLUMNS if c.required)}
    return ValidationError(messages[code] % params, code=code)


def _table() -> TableSpec:
    """Built when read, so the limits are the module's at that moment."""
    return TableSpec(columns=COLUMNS, error=file_error, max_rows=MAX_ROWS,
                     max_scanned_rows=MAX_SCANNED_ROWS, archive_limits=ARCHIVE_LIMITS,
                     example_key="title", example_texts=(EXAMPLE_TITLE,))


def _choices(choices: type[ProductKind] | type[Channel]) -> Names[str]:
    """Labels in every language of the site, the label before its hint, and the code."""
    names: Names[str] = Names()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for value, label in choices.choices:
                names.add(value, str(label), str(label).split("(")[0], value)
    return names


_SPLIT = re.compile(r"\s*(?:[,;+\n]|\s(?:và|va)\s)\s*", re.IGNORECASE)
_SPLIT_STRONG = re.compile(r"\s*[;\n]\s*")
_DMY = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{2,4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TASK = re.compile(r"^(?:(?P<number>\d+)\s*/\s*(?P<symbol>[^\s:]+)\s*:?\s*)?(?P<code>[^\s/:]+)$")
_DIGITS = re.compile(r"^[0-9]{1,9}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)


class _Reader:
    """Turns raw rows into checked rows, with kehoach's lists loaded once per file."""

    def __init__(self, user: User) -> None:
        self.user = user
        self.allowed = recording_units(user)
        # A reporter of one unit may leave the unit column empty.
        self.default_unit = (Unit.objects.get(pk=self.allowed[0])
                             if self.allowed is not None and len(self.allowed) == 1 else None)
        self.kinds = _choices(ProductKind)
        self.channels = _choices(Channel)
        self.languages: Names[Language] = Names()
        for language in Language.objects.all():
            short = re.sub(r"^tiếng\s+", "", language.name, flags=re.IGNORECASE)
            self.languages.add(language, language.name, short, language.code)
        self.units: Names[Unit] = Names()
        all_units = list(Unit.objects.only("pk", "name", "short_name", "code"))
        entries = dict(unit_entries(all_units))
        by_pk = {unit.pk: unit for unit in all_units}
        for entry, pk in entries.items():
            unit = by_pk[pk]
            self.units.add(unit, entry, unit.name, unit.short_name, unit.code or "")
        self.topics: Names[Topic] = Names()
        for topic in Topic.objects.all():
            self.topics.add(topic, topic.name)

    def rows(self, raw: list[tuple[int, dict[str, Any]]]) -> list[Row]:
        if not raw:
            raise file_error("empty")
        tasks = _TaskCodes(raw)
        rows = [self._row(number, cells, tasks) for number, cells in raw]
        _mark_duplicates(rows)
        return rows

    def _row(self, number: int, cells: dict[str, Any], tasks: _TaskCodes) -> Row:
        row = Row(number, cells={key: cell_text(value) for key, value in cells.items()})
        text = row.cells
        values: dict[str, Any] = {"title": text.get("title", "")}
        if not values["title"]:
            row.error("title", _("Thiếu tên sản phẩm."))
        values["kind"] = self._choice(row, "kind", self.kinds, ProductKind)
        values["channel"] = self._choice(row, "channel", self.channels, Channel)
        values["platform"] = text.get("platform", "")
        values["languages"] = self._languages(row)
        values["published_on"] = _read_date(row, cells.get("published_on"))
        values["unit"] = self._unit(row)
        values["link"] = _link(text.get("link", ""))
        values["duration_minutes"] = _duration(row, cells.get("duration_minutes"))
        values["topics"] = self._topics(row)
        values["tasks"] = tasks.find(row, text.get("tasks", ""), values["published_on"])
        if not row.errors:
            row.values = values
        return row

    def _choice(self, row: Row, key: str, names: Names[str],
                choices: type[ProductKind] | type[Channel]) -> str:
        value = row.cells.get(key, "")
        if not value:
            row.error(key, _("Chưa ghi %(column)s.") % {"column": column_label(key).lower()})
            return ""
        found = names.find(value)
        if len(found) != 1:
            row.error(key, _("Không có %(column)s “%(value)s” trong danh sách; chọn một trong: "
                             "%(choices)s.") % {"column": column_label(key).lower(),
                                                "value": value,
                                                "choices": ", ".join(map(str, choices.labels))})
            return ""
        return found[0]

    def _languages(self, row: Row) -> list[Language]:
        value = row.cells.get("languages", "")
        if not value:
            row.error("languages", _("Chưa ghi ngôn ngữ."))
            return []
        found: list[Language] = []
        for part in _split(value, _SPLIT):
            matches = self.languages.find(part)
            if len(matches) != 1:
                row.error("languages", _("Không có ngôn ngữ “%(value)s” trong danh sách.") % {
                    "value": part})
            elif matches[0] not in found:
                found.append(matches[0])
        return found

    def _unit(self, row: Row) -> Unit | None:
        value = row.cells.get("unit", "")
        if not value:
            if self.default_unit is not None:
                return self.default_unit
            row.error("unit", _("Chưa ghi đơn vị thực hiện."))
            return None
        matches = self.units.find(value)
        if len(matches) > 1 and self.allowed is not None:
            matches = [unit for unit in matches if unit.pk in self.allowed] or matches
        if not matches:
            row.error("unit", _("Không có đơn vị “%(value)s” trong danh sách đơn vị.") % {
                "value": value})
            return None
        if len(matches) > 1:
            row.error("unit", _("Có nhiều đơn vị tên “%(value)s”; ghi tên như trong danh sách "
                                "của tệp mẫu (kèm mã đơn vị).") % {"value": value})
            return None
        unit = matches[0]
        if self.allowed is not None and unit.pk not in self.allowed:
            row.error("unit", _("Anh/chị không được nhập sản phẩm cho %(unit)s, chỉ cho đơn vị "
                                "của mình.") % {"unit": unit.name})
            return None
        return unit

    def _topics(self, row: Row) -> list[Topic]:
        """Topics are split on semicolons and new lines, and on commas only if need be,
        because a topic's own name may contain a comma."""
        value = row.cells.get("topics", "")
        if not value:
            return []
        found: list[Topic] = []
        for part in _split(value, _SPLIT_STRONG):
            matches = self.topics.find(part)
            pieces = [(part, matches)] if matches else [
                (piece, self.topics.find(piece)) for piece in _split(part, re.compile(r"\s*,\s*"))]
            for piece, piece_matches in pieces:
                if len(piece_matches) != 1:
                    row.error("topics", _("Chưa có chủ đề “%(value)s” trong danh mục chủ đề.") % {
                        "value": piece})
                elif piece_matches[0] not in found:
                    found.append(piece_matches[0])
        return found


def _split(value: str, pattern: re.Pattern[str]) -> list[str]:
    return [part for part in pattern.split(value) if part]


def _read_date(row: Row, value: Any) -> date | None:
    """A real Excel date, or text in the day-first forms Vietnamese documents use."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        row.error("published_on", _("Chưa ghi ngày đăng/phát."))
        return None
    if match := _DMY.match(text):
        day, _sep, month, year = match.groups()
        if len(year) != 4:
            row.error("published_on", _("Ghi năm đủ bốn chữ số: “%(value)s”, ví dụ 06/05/2024.")
                      % {"value": text})
            return None
        return _make_date(row, text, int(year), int(month), int(day))
    if match := _YMD.match(text):
        year_text, month_text, day_text = match.groups()
        return _make_date(row, text, int(year_text), int(month_text), int(day_text))
    found = find_dates(text)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text) and found[0][2].date:
        return found[0][2].date
    row.error("published_on", _("Không đọc được ngày “%(value)s”; ghi theo dạng dd/mm/yyyy, "
                                "ví dụ 06/05/2024.") % {"value": text})
    return None


def _make_date(row: Row, text: str, year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        row.error("published_on", _("Ngày %(value)s không có thật.") % {"value": text})
        return None


def _link(text: str) -> str:
    """A link copied without its scheme ("baosoctrang.org.vn/...") gets https://."""
    if text and not _SCHEME.match(text) and " " not in text and "." in text:
        return "https://" + text
    return text


def _duration(row: Row, value: Any) -> int | None:
    text = cell_text(value).lower().removesuffix("phút").strip()
    if not text:
        return None
    # ASCII digits only: "²" is a digit to str.isdigit() and no number to int().
    if _DIGITS.match(text) and 0 < int(text) <= MAX_DURATION_MINUTES:
        return int(text)
    row.error("duration_minutes", _("Thời lượng là số phút, một số nguyên từ 1 đến %(max)s "
                                    "(ví dụ 15), không phải “%(value)s”.") % {
        "value": cell_text(value)[:60], "max": f"{MAX_DURATION_MINUTES:,}".replace(",", ".")})
    return None


class _TaskCodes:
    """Task codes ("II.1"), read in the plans that run in the product's year.

    A code is unique only within a plan, so where two plans of that year have it the row
    must name the plan: "81/KH-UBND: II.1".
    """

    def __init__(self, raw: list[tuple[int, dict[str, Any]]]) -> None:
        codes = {match["code"] for _n, cells in raw
                 for part in _split(cell_text(cells.get("tasks")), _SPLIT)
                 if (match := _TASK.match(part))}
        query = Q()
        for code in codes:
            query |= Q(code__iexact=code)
        self.tasks: dict[str, list[Task]] = defaultdict(list)
        if codes:
            for task in Task.objects.filter(query).select_related("plan"):
                self.tasks[fold(task.code)].append(task)

    def find(self, row: Row, value: str, day: date | None) -> list[Task]:
        found: list[Task] = []
        for part in _split(value, _SPLIT):
            match = _TASK.match(part)
            if match is None:
                row.error("tasks", _("Không đọc được mã nhiệm vụ “%(value)s”; ghi như II.1, "
                                     "hoặc 81/KH-UBND: II.1.") % {"value": part})
                continue
            candidates = self._candidates(match, day)
            if len(candidates) == 1:
                if candidates[0] not in found:
                    found.append(candidates[0])
            elif not candidates:
                row.error("tasks", _("Không có nhiệm vụ mã %(value)s trong kế hoạch nào đang "
                                     "thực hiện vào ngày đăng.") % {"value": part})
            else:
                plans = ", ".join(sorted({task.plan.number_symbol for task in candidates}))
                row.error("tasks", _("Mã nhiệm vụ %(code)s có trong nhiều kế hoạch (%(plans)s); "
                                     "ghi kèm số kế hoạch, ví dụ “%(example)s: %(code)s”.") % {
                    "code": match["code"], "plans": plans,
                    "example": candidates[0].plan.number_symbol})
        return found

    def _candidates(self, match: re.Match[str], day: date | None) -> list[Task]:
        tasks = self.tasks.get(fold(match["code"]), [])
        if match["number"]:
            return [t for t in tasks if t.plan.number == match["number"]
                    and fold(t.plan.symbol) == fold(match["symbol"])]
        if day is not None:
            tasks = [t for t in tasks if t.plan.year_start <= day.year <= t.plan.year_end]
        return tasks


# --- Duplicates ----------------------------------------------------------------------------


def product_keys(values: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What makes two records one product: the same unit and link, or the same unit,
    title (any case or marks) and date."""
    unit = values["unit"]
    unit_id = unit if isinstance(unit, int) else unit.pk
    day = values["published_on"]
    keys: list[tuple[Any, ...]] = [("title", unit_id, fold(values["title"])[:600], day)]
    if values.get("link"):
        keys.append(("link", unit_id, values["link"]))
    return keys


def existing_keys(candidates: Iterable[dict[str, Any]]) -> set[tuple[Any, ...]]:
    """The keys among candidates' that products already recorded have, in one query."""
    keys = {key for values in candidates for key in product_keys(values)}
    if not keys:
        return set()
    units = {key[1] for key in keys}
    days = {key[3] for key in keys if key[0] == "title"}
    links = {key[2] for key in keys if key[0] == "link"}
    found: set[tuple[Any, ...]] = set()
    existing = Product.objects.filter(unit_id__in=units).filter(
        Q(published_on__in=days) | Q(link__in=links)
    ).values_list("unit_id", "search_text", "published_on", "link")
    for unit_id, search_text, day, link in existing:
        found.add(("title", unit_id, search_text, day))
        if link:
            found.add(("link", unit_id, link))
    return found & keys


def _mark_duplicates(rows: list[Row]) -> None:
    """Rows already recorded are skipped, not errors: uploading a file twice is harmless.
    A row repeating an earlier row of the same file is an error the unit should see."""
    good = [row for row in rows if not row.errors]
    existing = existing_keys(row.values for row in good)
    seen: dict[tuple[Any, ...], int] = {}
    for row in good:
        keys = product_keys(row.values)
        if any(key in existing for key in keys):
            row.duplicate = True
            continue
        for key in keys:
            if key in seen:
                if key[0] == "link":
                    row.error("link", _("Trùng với dòng %(row)d của tệp (cùng đơn vị, cùng "
                                        "đường dẫn); chỉ dòng %(row)d được nhập.") % {
                        "row": seen[key]})
                else:
                    row.error("title", _("Trùng với dòng %(row)d của tệp (cùng đơn vị, tên và "
                                         "ngày đăng); chỉ dòng %(row)d được nhập.") % {
                        "row": seen[key]})
                break
        if row.errors:
            row.values = {}
            continue
        for key in keys:
            seen[key] = row.number
