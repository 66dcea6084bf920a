"""The guidance list: folded search, sorting and exports, drafts kept to coordinators."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from guidance.models import Guidance
from guidance.services import guidance_publish

pytestmark = pytest.mark.django_db
URL = reverse("guidance:list")


def exported(client, **query) -> list[list[object]]:
    response = client.get(URL, {**query, "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_search_ignores_marks_and_case(client_as, upr_guidance: Guidance) -> None:
    client = client_as("coordinator")
    for query in ("DAY MANH truyen thong", "đẩy mạnh", "STTTT-ttbcxb dia ban"):
        assert upr_guidance in client.get(URL, {"q": query}).context["guidances"], query
    assert upr_guidance not in client.get(URL, {"q": "ha noi"}).context["guidances"]


@pytest.mark.parametrize("role", ["reporter", "lead_reporter", "viewer"])
def test_a_draft_is_neither_listed_nor_exported_to_others(
        client_as, role: str, upr_guidance: Guidance) -> None:
    client = client_as(role)
    assert upr_guidance not in client.get(URL, {"q": "day manh"}).context["guidances"]
    titles = [row[2] for row in exported(client)[1:]]
    assert upr_guidance.title not in titles
    guidance_publish(guidance=upr_guidance)
    assert upr_guidance.title in [row[2] for row in exported(client, q="day manh")[1:]]


def test_the_list_sorts_by_its_columns(client_as, upr_guidance: Guidance) -> None:
    client = client_as("coordinator")
    by_start = [g.valid_from for g in client.get(URL, {"sort": "valid"}).context["guidances"]]
    assert by_start == sorted(by_start)
    html = client.get(URL, {"sort": "-valid"}).text
    assert 'aria-sort="descending"' in html and "?sort=valid" in html
    rows = exported(client, sort="-valid")
    starts = [row[4] for row in rows[1:]]
    assert starts == sorted(starts, reverse=True)
