"""Spreadsheet templates and their reading, shared by every bulk import (products, people).

An import is a template with headings, an example row and drop-downs, and a reader that finds
the heading row in an uploaded workbook and gives back each filled row as {column key: cell
value}. What the columns mean, and the messages for a file that cannot be read, belong to
each import (records.spreadsheet, accounts.spreadsheet); the parts here only know columns.

Files arrive from Excel in every locale, from LibreOffice and from older tools, so headings
and names are matched in any case, with either tone placement or without marks, in every
language of the site; legacy-font text (.VnTime, VNI) is converted.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import Promise
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from exports.cells import write
from kehoach.ingest.archive import ArchiveLimits, ArchiveTooLarge, check_archive, office_kind
from kehoach.ingest.errors import UnreadableFile
from kehoach.vntext.formats import vn_date
from kehoach.vntext.legacy import to_unicode
from kehoach.vntext.text import fold, nfc, tone_key

T = TypeVar("T")

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: an old .xls, or an encrypted .xlsx
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADING_FILL = PatternFill("solid", fgColor="DDE6F0")
EXAMPLE_FONT = Font(italic=True, color="808080")
# The heading row is looked for in the first rows, below any title a unit adds above it.
HEADING_SEARCH_ROWS = 10

# A file-level refusal by its code: "encrypted", "xls", "not-xlsx", "too-big", "layout",
# "too-many"; each import words its own messages.
FileError = Callable[[str], ValidationError]


@dataclass(frozen=True)
class Column:
    key: str
    heading: Promise  # as written in the template
    label: Promise  # as named in error messages
    width: int
    required: bool = False


@dataclass(frozen=True)
class TableSpec:
    """How to find and bound one import's table in a workbook."""

    columns: tuple[Column, ...]
    error: FileError
    max_rows: int
    # Rows scanned past the heading, counting empty ones: a sheet formatted down to row
    # 1,048,576 must not keep the server reading blank rows.
    max_scanned_rows: int
    archive_limits: ArchiveLimits
    # The example row of the template, recognised by this column's text in any language.
    example_key: str = ""
    example_texts: tuple[Promise, ...] = ()


# --- Reading -------------------------------------------------------------------------------


def check_package(data: bytes, limits: ArchiveLimits, error: FileError) -> None:
    """Refuse what openpyxl should not be given: other formats, encryption, bombs."""
    if data.startswith(CFB_MAGIC):
        raise error("encrypted" if ENCRYPTED_PACKAGE in data else "xls")
    if not data.startswith(b"PK"):
        raise error("not-xlsx")
    try:
        names = check_archive(data, limits)
    except ArchiveTooLarge as exc:
        raise error("too-big") from exc
    except UnreadableFile as exc:
        raise error("not-xlsx") from exc
    if office_kind(names) != "xlsx":
        raise error("not-xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            # No part of an .xlsx has a DTD; one that does is an entity-expansion attack.
            for name in names:
                if name.endswith((".xml", ".rels")):
                    with package.open(name) as part:
                        if b"<!DOCTYPE" in part.read(2048).upper():
                            raise error("not-xlsx")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            OSError) as exc:
        raise error("not-xlsx") from exc


def read_table(data: bytes, spec: TableSpec) -> list[tuple[int, dict[str, Any]]]:
    """(row number, {column key: cell value}) for every non-empty row under the headings."""
    check_package(data, spec.archive_limits, spec.error)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything from KeyError to lxml errors
        raise spec.error("not-xlsx") from exc
    try:
        for sheet in workbook.worksheets:
            found = _find_headings(sheet, spec.columns)
            if found is not None:
                return _data_rows(sheet, *found, spec)
        raise spec.error("layout")
    except ValidationError:
        raise
    except Exception as exc:
        raise spec.error("not-xlsx") from exc
    finally:
        workbook.close()


def in_every_language(texts: Iterable[Promise]) -> set[str]:
    """Folded texts as each language of the site writes them."""
    found: set[str] = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found.update(fold(str(text)) for text in texts)
    return found


def _heading_keys(columns: Sequence[Column]) -> dict[str, str]:
    """Folded headings, without their parenthesised hints, in every language of the site."""
    keys: dict[str, str] = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for column in columns:
                for text in (str(column.heading), str(column.label)):
                    keys.setdefault(fold(text.split("(")[0]), column.key)
                    keys.setdefault(fold(text), column.key)
    return keys


def _find_headings(sheet: Any, columns: Sequence[Column]) -> tuple[int, dict[int, str]] | None:
    """The heading row and the column each key is in, if the sheet has the template's table."""
    keys = _heading_keys(columns)
    rows = sheet.iter_rows(min_row=1, max_row=HEADING_SEARCH_ROWS, values_only=True)
    for number, values in enumerate(rows, start=1):
        found: dict[int, str] = {}
        for index, value in enumerate(values):
            if isinstance(value, str):
                text = clean_text(value)
                key = keys.get(fold(text)) or keys.get(fold(text.split("(")[0]))
                if key and key not in found.values():
                    found[index] = key
        if all(c.key in found.values() for c in columns if c.required):
            return number, found
    return None


def _data_rows(sheet: Any, heading_row: int, columns: dict[int, str], spec: TableSpec
               ) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    examples = in_every_language(spec.example_texts)
    width = max(columns) + 1
    cells = sheet.iter_rows(min_row=heading_row + 1, max_col=width, values_only=True)
    for number, values in enumerate(cells, start=heading_row + 1):
        if number - heading_row > spec.max_scanned_rows:
            raise spec.error("too-many")
        row = {key: values[index] for index, key in columns.items() if index < len(values)}
        if all(cell_text(value) == "" for value in row.values()):
            continue
        if spec.example_key and fold(cell_text(row.get(spec.example_key))) in examples:
            continue
        if len(rows) == spec.max_rows:
            raise spec.error("too-many")
        rows.append((number, row))
    return rows


def clean_text(text: str) -> str:
    """NFC, legacy-font text (.VnTime, VNI) converted, spaces collapsed."""
    return " ".join(to_unicode(text).split())


def cell_text(value: Any) -> str:
    """A cell as the text a person sees: 45.0 is "45", a date is dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return vn_date(value)
    return str(value)


class Names(Generic[T]):
    """Names to things as people type them: any case, either tone placement, or no marks."""

    def __init__(self) -> None:
        self._exact: dict[str, list[T]] = defaultdict(list)
        self._folded: dict[str, list[T]] = defaultdict(list)

    def add(self, item: T, *names: str) -> None:
        for name in names:
            if not name:
                continue
            for index, key in ((self._exact, exact_key(name)), (self._folded, fold(name))):
                if item not in index[key]:
                    index[key].append(item)

    def find(self, text: str) -> list[T]:
        return list(self._exact.get(exact_key(text)) or self._folded.get(fold(text)) or [])


def exact_key(text: str) -> str:
    return " ".join(tone_key(nfc(text)).casefold().split())


# --- Writing the template -------------------------------------------------------------------


def write_headings(sheet: Any, columns: Sequence[Column]) -> dict[str, str]:
    """Row 1: the headings, bold on a pale fill; returns each key's column letter."""
    for index, column in enumerate(columns, start=1):
        cell = write(sheet, 1, index, str(column.heading))
        cell.font = Font(bold=True)
        cell.fill = HEADING_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "A2"
    return {column.key: get_column_letter(i) for i, column in enumerate(columns, start=1)}


def add_list(workbook: Workbook, lists: Any, *, position: int, name: str, title: str,
             values: Sequence[str]) -> None:
    """A list on the hidden sheet behind a named range, because Excel caps a list typed
    into a validation at 255 characters and a province has more units than that."""
    col = get_column_letter(position)
    write(lists, 1, position, title).font = Font(bold=True)
    for row, value in enumerate(values, start=2):
        write(lists, row, position, value)  # a unit named "+Sở X" stays a name
    end = max(len(values), 1) + 1
    sheet_title = lists.title.replace("'", "''")
    workbook.defined_names[name] = DefinedName(
        name, attr_text=f"'{sheet_title}'!${col}$2:${col}${end}")
    lists.column_dimensions[col].width = 40


def add_drop_down(sheet: Any, *, list_name: str, cells: str, prompt: str, strict: bool,
                  error: str) -> None:
    """A drop-down from a named list over `cells` ("E2:E1003"), with its input prompt."""
    validation = DataValidation(type="list", formula1=list_name, allow_blank=True,
                                showErrorMessage=strict, showInputMessage=True,
                                prompt=prompt, error=error)
    sheet.add_data_validation(validation)
    validation.add(cells)
