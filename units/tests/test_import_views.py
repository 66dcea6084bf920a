import re

import pytest
from django.urls import reverse

from units.import_services import catalogue_import
from units.models import Unit, UnitKind

CAN_THO = "92"


def _bodies_form(response) -> dict[str, str]:
    """The checklist as the browser would send it untouched: ticked rows, names, kinds."""
    form = response.context["form"]
    data = {}
    for index, body in enumerate(form.bodies):
        if body.checked:
            data[f"tick_{index}"] = "on"
        data[f"name_{index}"] = body.name
        data[f"kind_{index}"] = body.kind
    return data


def test_an_administrator_imports_can_tho_and_sees_what_was_done(client_as, unit) -> None:
    client = client_as("administrator")
    assert client.get(reverse("units:catalogue")).status_code == 200

    response = client.post(reverse("units:catalogue"), {"province": CAN_THO}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("units:catalogue_report")
    text = response.text
    assert "93 đơn vị tạo mới" in text
    assert "10 đơn vị đã có, được gắn mã hành chính" in text
    assert reverse("units:bodies", args=[unit("CT").pk]) in text
    assert unit("CT").children.exclude(official_code=None).count() == 103


def test_reloading_the_summary_imports_nothing_more(client_as) -> None:
    client = client_as("administrator")
    client.post(reverse("units:catalogue"), {"province": CAN_THO})
    count = Unit.objects.count()

    assert client.get(reverse("units:catalogue_report")).status_code == 200
    assert Unit.objects.count() == count


def test_the_whole_country_needs_its_box_ticked(client_as) -> None:
    count = Unit.objects.count()
    response = client_as("administrator").post(reverse("units:catalogue_all"), {})

    assert response.status_code == 400
    assert "Hãy đánh dấu ô này" in response.text
    assert Unit.objects.count() == count


@pytest.mark.parametrize("role", ["coordinator", "reporter", "viewer"])
def test_only_administrators_import(client_as, role: str) -> None:
    client = client_as(role)
    assert client.get(reverse("units:catalogue")).status_code == 403
    assert client.post(reverse("units:catalogue"), {"province": CAN_THO}).status_code == 403
    assert not Unit.objects.filter(official_code=CAN_THO).exists()


def test_the_checklist_offers_the_bodies_of_2025_and_creates_what_is_ticked(
        client_as, unit) -> None:
    catalogue_import(province_codes=[CAN_THO])
    client = client_as("administrator")
    url = reverse("units:bodies", args=[unit("CT").pk])
    page = client.get(url)
    assert "Sở Nông nghiệp và Môi trường thành phố Cần Thơ" in page.text
    assert "Ban Chỉ đạo về nhân quyền thành phố Cần Thơ" in page.text
    data = _bodies_form(page)
    names = {value: key for key, value in data.items() if key.startswith("name_")}
    # Cần Thơ's newspaper and station are one body since 2025: renamed, the station unticked.
    data[names["Báo Cần Thơ"]] = "Báo và Phát thanh, Truyền hình Cần Thơ"
    del data["tick_" + names["Đài Phát thanh và Truyền hình Cần Thơ"].split("_")[1]]
    before = Unit.objects.count()

    response = client.post(url, data, follow=True)

    assert response.status_code == 200
    assert not Unit.objects.filter(name="Đài Phát thanh và Truyền hình Cần Thơ").exists()
    assert Unit.objects.filter(name="Báo và Phát thanh, Truyền hình Cần Thơ").count() == 1
    justice = Unit.objects.get(name="Sở Tư pháp thành phố Cần Thơ")
    assert (justice.parent, justice.kind) == (unit("CT"), UnitKind.DEPARTMENT)
    assert not Unit.objects.filter(name__startswith="Sở Dân tộc và Tôn giáo").exists()
    created = Unit.objects.count() - before
    # The demo already has 8 of the ticked bodies (science, culture, education, police,
    # the merged newspaper, the labour federation, the women's union, the youth union).
    ticked = sum(1 for key in data if key.startswith("tick_"))
    assert created == ticked - 8
    assert f"Đã tạo {created} cơ quan, đơn vị; 8 đã có" in response.text
    # The same list again makes nothing.
    client.post(url, data)
    assert Unit.objects.count() == before + created


def test_a_ticked_row_needs_a_name(client_as, unit) -> None:
    catalogue_import(province_codes=[CAN_THO])
    client = client_as("administrator")
    url = reverse("units:bodies", args=[unit("CT").pk])
    data = _bodies_form(client.get(url))
    data["name_1"] = ""

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Hãy ghi tên hoặc bỏ chọn dòng này." in response.text


def test_the_checklist_is_for_committees_of_the_catalogue(client_as, unit) -> None:
    response = client_as("administrator").get(reverse("units:bodies", args=[unit("ST").pk]))
    assert response.status_code == 404


def test_the_tree_shows_one_level_with_the_first_children(client_as, unit) -> None:
    client = client_as("viewer")
    response = client.get(reverse("units:list"))
    text = response.text
    assert '<details class="subunits">' in text
    assert "Ủy ban nhân dân tỉnh Sóc Trăng" in text
    assert "Báo Sóc Trăng" in text  # a child of the province, shown inside its node

    under = client.get(reverse("units:list"), {"under": unit("ST").pk})
    assert "Ủy ban nhân dân tỉnh Sóc Trăng</a>" in under.text  # the crumbs
    assert "Báo Sóc Trăng" in under.text


def test_the_tree_search_folds_vietnamese(client_as) -> None:
    response = client_as("viewer").get(reverse("units:list"), {"q": "can tho"})
    assert "Ủy ban nhân dân thành phố Cần Thơ" in response.text
    assert "Sóc Trăng</a>" not in response.text


def test_a_country_of_units_is_not_rendered_at_once(client_as,
                                                   django_assert_max_num_queries) -> None:
    catalogue_import(province_codes=["01", "79", CAN_THO, "96"])
    client = client_as("viewer")
    with django_assert_max_num_queries(10):
        response = client.get(reverse("units:list"))
    items = len(re.findall(r"<li[ >]", response.text))
    assert items < 20 * 21 + 5
    hanoi = Unit.objects.get(official_code="01")
    with django_assert_max_num_queries(12):
        level = client.get(reverse("units:list"), {"under": hanoi.pk})
    assert "Trang 1/" in level.text
    assert level.context["page"].paginator.count == 126


def test_a_committee_page_shows_its_code_and_step_2_to_administrators(client_as, unit) -> None:
    catalogue_import(province_codes=[CAN_THO])
    bodies = reverse("units:bodies", args=[unit("CT").pk])

    admin_page = client_as("administrator").get(unit("CT").get_absolute_url())
    viewer_page = client_as("viewer").get(unit("CT").get_absolute_url())

    assert "Mã hành chính" in admin_page.text and ">92 <" in admin_page.text
    assert bodies in admin_page.text
    assert bodies not in viewer_page.text


def test_the_tree_of_today_leaves_out_the_units_that_ended(client_as) -> None:
    client = client_as("viewer")
    everything = client.get(reverse("units:list")).text
    today = client.get(reverse("units:list"), {"current": "on"}).text

    assert "Ủy ban nhân dân tỉnh Sóc Trăng" in everything
    assert "Ủy ban nhân dân tỉnh Sóc Trăng" not in today
    assert "Ủy ban nhân dân thành phố Cần Thơ" in today


def test_a_search_from_a_unit_of_the_tree_looks_under_it(client_as, unit) -> None:
    catalogue_import(province_codes=[CAN_THO, "96"])
    client = client_as("viewer")

    everywhere = client.get(reverse("units:list"), {"q": "phuong"})
    in_can_tho = client.get(reverse("units:list"), {"q": "phuong", "under": unit("CT").pk})

    found = in_can_tho.context["page"]
    assert found.paginator.count < everywhere.context["page"].paginator.count
    assert {u.parent_id for u in found.object_list} == {unit("CT").pk}
    assert "tìm trong các đơn vị trực thuộc" in in_can_tho.text
