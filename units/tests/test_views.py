import pytest
from django.urls import reverse

from units.models import Unit

pytestmark = pytest.mark.django_db

READERS = ["administrator", "coordinator", "reporter", "lead_reporter", "viewer"]
NOT_ADMINISTRATORS = ["coordinator", "reporter", "lead_reporter", "viewer"]


def test_it_sends_anonymous_users_to_log_in(client_as) -> None:
    response = client_as("anonymous").get(reverse("units:list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", READERS)
def test_it_lists_and_searches_units_for_every_role(client_as, role: str) -> None:
    response = client_as(role).get(reverse("units:list"), {"q": "so thong tin"})
    assert response.status_code == 200
    assert "Sở Thông tin và Truyền thông tỉnh Sóc Trăng" in response.text
    assert "Báo Sóc Trăng" not in response.text


def test_it_returns_only_the_results_to_htmx(client_as) -> None:
    response = client_as("viewer").get(reverse("units:list"), {"q": "dai"},
                                       HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="unit-results">')
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" in response.text


def test_it_keeps_the_list_queries_constant(client_as, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    with django_assert_max_num_queries(8):
        client.get(reverse("units:list"))


@pytest.mark.parametrize("role", READERS)
def test_it_shows_a_unit_with_its_successors_and_history(client_as, unit, role: str) -> None:
    response = client_as(role).get(unit("ST-STTTT").get_absolute_url())
    assert response.status_code == 200
    assert "Sở Khoa học và Công nghệ tỉnh Sóc Trăng" in response.text
    assert "Sở Khoa học và Công nghệ thành phố Cần Thơ" in response.text
    assert "Lịch sử thay đổi" in response.text


def test_it_lets_an_administrator_create_a_unit(client_as, unit) -> None:
    response = client_as("administrator").post(reverse("units:create"), {
        "name": "Trung tâm Văn hóa - Thể thao - Truyền thanh huyện Kế Sách",
        "short_name": "TTVHTT-TT Kế Sách", "kind": "other",
        "parent": unit("ST-KESACH").pk, "valid_to": "2025-06-30",
    })
    created = Unit.objects.get(short_name="TTVHTT-TT Kế Sách")
    assert response.status_code == 302
    assert created.parent == unit("ST-KESACH")


def test_it_lets_an_administrator_edit_a_unit_and_shows_the_change(client_as, unit) -> None:
    client = client_as("administrator")
    target = unit("ST-BAO")
    data = {"name": "Báo Sóc Trăng", "short_name": "BST", "kind": "press",
            "code": "ST-BAO", "parent": target.parent_id, "valid_to": "2025-06-30",
            "successors": [unit("CT-BPTTH").pk]}
    assert client.post(reverse("units:edit", args=[target.pk]), data).status_code == 302
    page = client.get(target.get_absolute_url()).text
    assert "Nguyễn Văn An" in page
    assert "BST" in page


@pytest.mark.parametrize("role", NOT_ADMINISTRATORS)
def test_it_refuses_unit_changes_to_everyone_else(client_as, unit, role: str) -> None:
    client = client_as(role)
    target = unit("ST-BAO")
    assert client.get(reverse("units:create")).status_code == 403
    response = client.post(reverse("units:edit", args=[target.pk]),
                           {"name": "Đổi tên", "kind": "press"})
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.name == "Báo Sóc Trăng"


def test_it_explains_a_cycle_in_vietnamese(client_as, unit) -> None:
    province = unit("ST")
    response = client_as("administrator").post(reverse("units:edit", args=[province.pk]), {
        "name": province.name, "kind": "province", "code": "ST",
        "parent": unit("ST-KESACH").pk, "valid_to": "2025-06-30",
    })
    assert response.status_code == 200
    assert "Một đơn vị không thể là cấp trên của chính nó." in response.text


def test_it_explains_missing_fields_in_vietnamese(client_as) -> None:
    response = client_as("administrator").post(reverse("units:create"), {"name": ""})
    assert response.status_code == 200
    assert "Trường này là bắt buộc." in response.text


def test_it_shows_membership_changes_on_the_units_page(client_as, unit, viewer) -> None:
    from accounts.services import membership_add

    membership_add(user=viewer, unit=unit("ST-BAO"))
    page = client_as("viewer").get(unit("ST-BAO").get_absolute_url()).text
    history = page[page.index('id="history"'):]
    assert "thành viên đơn vị: Phạm Minh Đức – Báo Sóc Trăng" in history
