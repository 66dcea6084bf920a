"""The import review's unit choices: the unit picker, whole names, suggestions first, search."""

import pytest
from django.test import override_settings
from django.urls import reverse

from documents.importing import review as importing
from documents.models import Ingestion
from documents.tests.conftest import review_data, sample_text

pytestmark = pytest.mark.django_db

DIC = "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"


def _review_url(ingestion: Ingestion) -> str:
    return reverse("documents:ingestion", args=[ingestion.pk])


def _row(page: str, number: int) -> str:
    start = page.index(f'<label for="unit-choice-{number}">')
    return page[start:page.index("</tr>", start)]


def _number_of(ingestion: Ingestion, name: str) -> int:
    return importing.unit_names(importing.review_initial(ingestion.parsed)).index(name) + 1


def test_the_choices_are_the_unit_picker_with_whole_names(client_as, upload, unit) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    page = client.get(_review_url(ingestion)).text
    row = _row(page, _number_of(ingestion, "Sở Thông tin và Truyền thông"))
    assert "data-unit-picker" in row
    assert "— Giữ tên như văn bản, chưa gắn đơn vị —" in row
    # Every unit of the province by its whole name, the close match chosen.
    assert f'<option value="{unit("ST-STTTT").pk}" selected>{DIC}</option>' in row
    assert "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng" in row


@override_settings(UNIT_PICKER_LIST_ALL=5)
def test_a_countrys_units_are_searched_with_or_without_javascript(client_as, upload,
                                                                  unit) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    number = _number_of(ingestion, "Công ty đào tạo")
    page = client.get(_review_url(ingestion)).text
    row = _row(page, number)
    assert f'name="unit-choice-{number}_q"' in row and reverse("units:pick") in row
    reviewed = importing.review_initial(ingestion.parsed)
    response = client.post(_review_url(ingestion), review_data(
        reviewed, **{f"unit-choice-{number}_q": "phu nu soc trang",
                     "_unit_search": f"unit-choice-{number}"}))
    assert response.status_code == 200  # shown again with the units found, nothing saved
    row = _row(response.text, number)
    assert "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng" in row
    ingestion.refresh_from_db()
    assert not ingestion.reviewed
