"""Sorting by column headers and exporting a list: the pieces every list shares."""

import csv
import io
from datetime import date

import pytest
from django.http import QueryDict
from openpyxl import load_workbook

from kehoach import tables
from kehoach.listing import SortColumn, Sorting, export_links
from kehoach.tables import Column, cell_text, export_response

COLUMNS = (SortColumn("title", ("title",)), SortColumn("day", ("issued_on",)))


def sorting(query: str, default: str = "-day") -> Sorting:
    return Sorting.from_request(QueryDict(query), COLUMNS, default)


def test_only_whitelisted_columns_sort() -> None:
    assert sorting("sort=title").value == "title"
    assert sorting("sort=-title").value == "-title"
    assert sorting("sort=password").value == "-day"
    assert sorting("sort=-created_by__password").value == "-day"
    assert sorting("sort=nothing", default="").key == ""


def test_the_id_ends_every_order_in_the_same_direction() -> None:
    terms = [str(term) for term in sorting("sort=-title").order_by()]
    assert terms == ["OrderBy(F(title), descending=True)", "OrderBy(F(pk), descending=True)"]


def test_a_header_link_sorts_by_its_column_then_reverses_it_keeping_the_filters() -> None:
    current = sorting("q=tap+huan&unit=7&sort=title&page=3&after=2024-01-01.9")
    assert current.link("title") == "?q=tap+huan&unit=7&sort=-title"
    assert current.link("day") == "?q=tap+huan&unit=7&sort=day"
    assert (current.aria("title"), current.aria("day")) == ("ascending", "")
    assert sorting("sort=-title").aria("title") == "descending"


def test_export_links_keep_filters_and_sort_but_not_the_page() -> None:
    links = export_links(QueryDict("q=%C4%91o%C3%A0n&sort=-day&page=2"))
    assert links == {"xlsx": "?q=%C4%91o%C3%A0n&sort=-day&export=xlsx",
                     "csv": "?q=%C4%91o%C3%A0n&sort=-day&export=csv"}


ROWS = [
    {"title": "=HYPERLINK(\"http://x\",\"Bấm vào\")", "day": date(2024, 6, 3), "n": 3},
    {"title": "Tập huấn kỹ năng cho Đoàn viên", "day": None, "n": -2},
    {"title": "@Sở Thông tin", "day": date(2025, 1, 31), "n": 0},
]
EXPORT_COLUMNS = (Column("Tên", lambda r: r["title"]), Column("Ngày", lambda r: r["day"]),
                  Column("Số", lambda r: r["n"]))


def test_csv_is_streamed_with_formulas_defused_and_dates_as_written() -> None:
    response = export_response("csv", ROWS, EXPORT_COLUMNS, name="thu")
    assert response.streaming
    assert response["Content-Disposition"].startswith('attachment; filename="thu-')
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["Tên", "Ngày", "Số"]
    assert rows[1] == ["'=HYPERLINK(\"http://x\",\"Bấm vào\")", "03/06/2024", "3"]
    assert rows[2] == ["Tập huấn kỹ năng cho Đoàn viên", "", "-2"]
    assert rows[3][0] == "'@Sở Thông tin"
    assert cell_text(-2) == "-2"  # a negative number is no formula


def test_xlsx_reads_back_with_formulas_kept_as_text() -> None:
    response = export_response("xlsx", ROWS, EXPORT_COLUMNS, name="thu")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Tên", "Ngày", "Số"]
    assert values[1][0] == "=HYPERLINK(\"http://x\",\"Bấm vào\")"
    assert sheet["A2"].data_type == "s"
    assert sheet["A4"].data_type == "s"
    assert values[1][1].date() == date(2024, 6, 3)
    assert values[2] == ["Tập huấn kỹ năng cho Đoàn viên", None, -2]


def test_xlsx_is_capped_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "XLSX_MAX_ROWS", 2)
    response = export_response("xlsx", ROWS, EXPORT_COLUMNS, name="thu")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [row[0].value for row in sheet.iter_rows()]
    assert len(values) == 4
    assert "CSV" in values[-1]
