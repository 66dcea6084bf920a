"""The filter box and chips of the lists (kehoach/templatetags/filters.py): each chip names a
filter the list applies, and links to the same list without it."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.http import QueryDict

from kehoach.templatetags.filters import active_filters
from plans.models import Plan
from records.forms import ProductFilterForm
from units.models import Unit

pytestmark = pytest.mark.django_db


CHIP = re.compile(r'<li class="filter-chip">\s*<span>(.*?)</span>\s*<a href="(.*?)"', re.S)
TOGGLE = re.compile(r'<details class="filtertoggle">\s*<summary>\s*(.*?)\s*</summary>\s*'
                    r'</details>\s*<form method="get" class="filters', re.S)


def chips(html: bytes) -> dict[str, str]:
    return {unescape(label): unescape(url) for label, url in CHIP.findall(html.decode())}


def toggle(html: bytes) -> str:
    found = TOGGLE.search(html.decode())
    assert found, "no Bộ lọc button just before the filter form"
    return re.sub(r"<[^>]+>", "", found.group(1))


def test_each_active_filter_is_a_chip_whose_link_drops_it(province, client_as) -> None:
    response = client_as("coordinator").get(
        "/records/products/", {"q": "quyền trẻ em", "kind": "article",
                               "date_from": "2024-01-01", "channel": "", "after": "x"})
    assert response.status_code == 200
    found = chips(response.content)
    assert set(found) == {"Tìm theo tên: quyền trẻ em", "Loại: Bài", "Từ ngày: 01/01/2024"}
    link = urlsplit(found["Loại: Bài"])
    assert link.path == "/records/products/"
    kept = parse_qs(link.query, keep_blank_values=True)
    assert kept["kind"] == [""] and kept["q"] == ["quyền trẻ em"]
    assert "after" not in kept  # a filter dropped starts again on the first page
    assert toggle(response.content) == "Bộ lọc (3)"


def test_a_list_refreshed_by_htmx_brings_the_buttons_count(province, client_as) -> None:
    client = client_as("coordinator")
    sent = {"q": "quyền trẻ em", "kind": "article"}
    page = client.get("/records/products/", sent).content.decode()
    assert page.count('id="filter-count"') == 1
    part = client.get("/records/products/", sent, headers={"HX-Request": "true"}).content
    assert '<span id="filter-count" hx-swap-oob="true"> (2)</span>' in part.decode()
    part = client.get("/records/products/", {"q": ""}, headers={"HX-Request": "true"}).content
    assert '<span id="filter-count" hx-swap-oob="true"></span>' in part.decode()


def test_no_filter_no_chip(province, client_as) -> None:
    response = client_as("coordinator").get("/records/products/")
    assert b"filter-chips" not in response.content
    assert toggle(response.content) == "Bộ lọc"


def test_a_reporters_own_unit_is_a_chip_that_asks_for_all_units(province, client_as) -> None:
    """The list opens on the reporter's unit: its chip sends the unit empty, meaning all."""
    response = client_as("reporter").get("/records/products/")
    found = chips(response.content)
    assert list(found) == ["Đơn vị: Báo Sóc Trăng"]
    assert parse_qs(urlsplit(found["Đơn vị: Báo Sóc Trăng"]).query,
                    keep_blank_values=True) == {"unit": [""]}
    everything = client_as("reporter").get(found["Đơn vị: Báo Sóc Trăng"])
    assert chips(everything.content) == {}


def test_a_value_that_means_nothing_is_no_chip(province) -> None:
    query = QueryDict(mutable=True)
    query.update({"unit": str(Unit.objects.order_by("-pk").first().pk + 1000),
                  "kind": "nothing", "date_to": "31/02/2024", "topic": "-" + "9" * 40})
    assert active_filters(ProductFilterForm(query), query, "/records/products/") == []


@pytest.mark.parametrize("value", [str(10**30), str(2**63), "-150", "1e3"])
def test_an_id_beyond_the_databases_integers_is_no_chip_and_no_error(province, client_as,
                                                                       value: str) -> None:
    """Found by the full fuzzing: a task or plan id of 10^30 overflowed SQLite's integer when
    the chips looked up its label, though the form had refused it."""
    response = client_as("coordinator").get("/records/products/", {"task": value,
                                                                   "unit": value})
    assert response.status_code == 200
    assert chips(response.content) == {}


def test_the_other_lists_show_their_filters_as_chips(province, client_as) -> None:
    """Each list with a filter form folds it and shows what it filters by; a choice the
    list makes anyway (the dashboard's unit structure) is no chip."""
    plan = Plan.objects.get(number="81")
    bao = Unit.objects.get(code="ST-BAO")
    asked = {
        "/units/": ({"q": "Sóc Trăng", "current": "on"},
                    {"Tìm đơn vị: Sóc Trăng", "Chỉ đơn vị đang hoạt động"}),
        "/accounts/people/": ({"role": "reporter"}, {"Vai trò: Cán bộ báo cáo của đơn vị"}),
        "/plans/tasks/": ({"q": "tập huấn"}, None),
        f"/indicators/plan/{plan.pk}/": (
            {"unit": str(bao.pk), "start": "2024-01-01", "structure": "today"},
            {"Đơn vị: Báo Sóc Trăng", "Từ ngày: 01/01/2024"}),
    }
    client = client_as("administrator")
    for url, (query, expected) in asked.items():
        response = client.get(url, query)
        assert response.status_code == 200, url
        found = set(chips(response.content))
        assert toggle(response.content).startswith("Bộ lọc"), url
        if expected is None:
            assert len(found) == 1, (url, found)
        else:
            assert found == expected, (url, found)
