"""The unit picker: own units first, a folded server-side search, and a no-JavaScript path."""

from datetime import date

import pytest
from django.urls import reverse

from records.models import Language, Product
from units.selectors import unit_picker_search

TODAY = date(2026, 12, 6)


@pytest.fixture
def national_scale(settings) -> None:
    """Pickers behave as with a country's ten thousand units: no list is shown whole."""
    settings.UNIT_PICKER_LIST_ALL = 3


def codes(units) -> list[str]:
    return [u.code for u in units]


def test_the_search_folds_vietnamese_and_keeps_to_the_day(unit) -> None:
    assert codes(unit_picker_search("bao can tho", on=TODAY)) == ["CT-BPTTH"]
    # đ is typed d, and case and spacing do not matter.
    assert codes(unit_picker_search("DOAN  thanh nien", on=TODAY)) == ["CT-DTN"]
    assert "ST-BAO" not in codes(unit_picker_search("soc trang", on=TODAY))
    assert "ST-BAO" in codes(unit_picker_search("soc trang", on=date(2024, 6, 1)))
    assert unit_picker_search("   ", on=TODAY) == []


def test_the_search_page_answers_htmx_with_options_and_scripts_with_json(client_as,
                                                                         unit) -> None:
    client = client_as("reporter")
    url = reverse("units:pick")
    html = client.get(url, {"name": "unit", "unit_q": "Cần Thơ phụ nữ",
                            "on": TODAY.isoformat()}).text
    assert html.strip() == (f'<option value="{unit("CT-HLHPN").pk}">'
                            "Hội Liên hiệp Phụ nữ thành phố Cần Thơ</option>")
    boxes = client.get(url, {"name": "units", "units_q": "phu nu", "multiple": "1",
                             "on": TODAY.isoformat()}).text
    assert f'name="units" value="{unit("CT-HLHPN").pk}"' in boxes
    data = client.get(url, {"q": "hoi nguoi cao tuoi", "format": "json",
                            "on": TODAY.isoformat()}).json()
    assert [r["name"] for r in data["results"]] == ["Hội Người cao tuổi thành phố Cần Thơ"]
    chosen = client.get(url, {"name": "unit", "unit_q": "phu nu", "on": TODAY.isoformat(),
                              "unit": unit("CT-HLHPN").pk})
    assert "Không tìm thấy đơn vị nào." in chosen.text


def test_the_search_follows_the_date_typed_in_the_form(client_as) -> None:
    html = client_as("coordinator").get(reverse("units:pick"), {
        "name": "unit", "unit_q": "bao soc trang", "on": TODAY.isoformat(),
        "date_field": "published_on", "published_on": "2024-06-01"}).text
    assert "Báo Sóc Trăng" in html


def test_at_national_scale_the_product_list_offers_own_units_and_a_search(
        national_scale, client_as, unit) -> None:
    client = client_as("coordinator")
    page = client.get(reverse("records:product_list")).text
    assert "Sở Thông tin và Truyền thông tỉnh Sóc Trăng (đến 28/02/2025)" in page  # own unit
    assert "Hội Người cao tuổi thành phố Cần Thơ" not in page
    assert 'name="unit_q"' in page and reverse("units:pick") in page
    # Without JavaScript the filter form is sent with what was typed: the units found appear.
    found = client.get(reverse("records:product_list"), {"unit_q": "nguoi cao tuoi"}).text
    assert f'<option value="{unit("CT-HNCT").pk}">Hội Người cao tuổi thành phố Cần Thơ' in found


def test_without_javascript_tim_shows_the_form_again_with_the_units_found(
        national_scale, client_as, unit) -> None:
    client = client_as("coordinator")
    vietnamese = Language.objects.get(code="vi").pk
    form = {"title": "Cần Thơ bảo đảm quyền tiếp cận thông tin của đồng bào Khmer",
            "kind": "article", "channel": "online", "languages": [vietnamese],
            "published_on": "2026-11-20", "unit_q": "bao can tho", "_unit_search": "unit"}
    shown = client.post(reverse("records:product_create"), form)
    assert shown.status_code == 200
    assert not Product.objects.exists()
    assert 'class="errors"' not in shown.text  # nothing was judged yet
    assert "Cần Thơ bảo đảm quyền tiếp cận thông tin của đồng bào Khmer" in shown.text
    assert (f'<option value="{unit("CT-BPTTH").pk}">Báo và Phát thanh, Truyền hình Cần Thơ'
            in shown.text)
    del form["_unit_search"]
    saved = client.post(reverse("records:product_create"), {**form,
                                                            "unit": unit("CT-BPTTH").pk})
    assert saved.status_code == 302
    assert Product.objects.get().unit.code == "CT-BPTTH"


def test_a_province_sized_list_is_shown_whole_with_only_todays_units(client_as) -> None:
    page = client_as("coordinator").get(reverse("records:product_create")).text
    assert "Hội Người cao tuổi thành phố Cần Thơ" in page
    assert ">Báo Sóc Trăng<" not in page
    assert 'name="unit_q"' not in page
