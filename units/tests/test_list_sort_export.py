"""The unit list: folded search, sorting of the matches and exports with the filters."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from units.models import Unit
from units.services import unit_create

pytestmark = pytest.mark.django_db
URL = reverse("units:list")


@pytest.fixture
def daklak(province: None) -> list[Unit]:
    return [unit_create(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", kind="department"),
            unit_create(name="Báo Đắk Lắk", kind="press"),
            unit_create(name="Đài Phát thanh và Truyền hình Đắk Lắk", kind="press")]


def names(response) -> list[str]:
    return [unit.name for unit in response.context["page"]]


def test_the_search_ignores_marks_d_and_case(client_as, daklak) -> None:
    client = client_as("viewer")
    assert sorted(names(client.get(URL, {"q": "dak lak"}))) == sorted(u.name for u in daklak)
    assert names(client.get(URL, {"q": "DAI phat THANH dak"})) == [daklak[2].name]


def test_the_matches_sort_by_name_both_ways(client_as, daklak) -> None:
    client = client_as("viewer")
    ascending = names(client.get(URL, {"q": "dak lak", "sort": "name"}))
    assert ascending == ["Báo Đắk Lắk", "Đài Phát thanh và Truyền hình Đắk Lắk",
                         "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"]  # đ after d
    assert names(client.get(URL, {"q": "dak lak", "sort": "-name"})) == ascending[::-1]
    kinds = [u.kind for u in client.get(URL, {"q": "dak lak", "sort": "kind"}).context["page"]]
    assert kinds == sorted(kinds)


def test_the_export_holds_the_matches(client_as, daklak) -> None:
    client = client_as("reporter")
    response = client.get(URL, {"q": "dak lak", "sort": "-name", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[0] for row in rows[1:]] == [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "Đài Phát thanh và Truyền hình Đắk Lắk",
        "Báo Đắk Lắk"]
    streamed = client.get(URL, {"export": "csv"})
    lines = list(csv.reader(io.StringIO(
        b"".join(streamed.streaming_content).decode().lstrip("\ufeff"))))
    assert len(lines) == Unit.objects.count() + 1  # the whole tree, flat
