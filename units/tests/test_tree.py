"""The unit tree's levels: counted and cut to a page in the database, the same few queries
whatever the number of units."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kehoach.vntext.text import vi_sorted
from units.models import Unit
from units.services import unit_create
from units.tree import TREE_CHILDREN_SHOWN, unit_tree_page

pytestmark = pytest.mark.django_db

# Communes and wards of Cà Mau, in no order: more than a tree page shows under a unit.
CA_MAU = [
    "Phường An Xuyên", "Phường Lý Văn Lâm", "Phường Tân Thành", "Phường Hòa Thành",
    "Xã Tân Thuận", "Xã Tân Tiến", "Xã Tạ An Khương", "Xã Trần Phán", "Xã Thanh Tùng",
    "Xã Đầm Dơi", "Xã Quách Phẩm", "Xã U Minh", "Xã Nguyễn Phích", "Xã Khánh Lâm",
    "Xã Khánh An", "Xã Khánh Bình", "Xã Đá Bạc", "Xã Sông Đốc", "Xã Trần Văn Thời",
    "Xã Đất Mũi", "Xã Ngọc Hiển", "Xã Tân Ân", "Xã Năm Căn",
]


@pytest.fixture
def ca_mau(province: None) -> Unit:
    """Cà Mau's committee with its 23 communes; Xã Đất Mũi has a health station and a
    school under it, and Xã Khánh An a school that closed yesterday."""
    committee = unit_create(name="Ủy ban nhân dân tỉnh Cà Mau", kind="province")
    communes = {name: unit_create(name=name, kind="commune", parent=committee)
                for name in CA_MAU}
    unit_create(name="Trạm Y tế xã Đất Mũi", kind="other", parent=communes["Xã Đất Mũi"])
    unit_create(name="Trường Tiểu học Đất Mũi", kind="other", parent=communes["Xã Đất Mũi"])
    unit_create(name="Trường Tiểu học Khánh An", kind="other", parent=communes["Xã Khánh An"],
                valid_to=timezone.localdate() - timedelta(days=1))
    return committee


def _node(nodes: list[Unit], name: str) -> Unit:
    return next(node for node in nodes if node.name == name)


def test_a_level_counts_each_units_children_and_brings_the_first_in_order(ca_mau) -> None:
    nodes = list(unit_tree_page())

    node = _node(nodes, "Ủy ban nhân dân tỉnh Cà Mau")
    assert node.child_count == len(CA_MAU)
    shown = node.tree_children
    assert [child.name for child in shown] == vi_sorted(CA_MAU)[:TREE_CHILDREN_SHOWN]
    counts = {child.name: child.child_count for child in shown}
    assert (counts["Xã Đất Mũi"], counts["Xã Khánh An"], counts["Phường An Xuyên"]) == (2, 1, 0)


def test_the_tree_of_today_counts_and_shows_only_the_units_valid_today(ca_mau) -> None:
    commune = Unit.objects.get(name="Xã Khánh An")
    commune.valid_to = timezone.localdate() - timedelta(days=1)
    commune.save()

    nodes = list(unit_tree_page(include_ended=False))

    node = _node(nodes, "Ủy ban nhân dân tỉnh Cà Mau")
    assert node.child_count == len(CA_MAU) - 1
    names = [child.name for child in node.tree_children]
    assert "Xã Khánh An" not in names
    assert names == vi_sorted(set(CA_MAU) - {"Xã Khánh An"})[:TREE_CHILDREN_SHOWN]
    everything = list(unit_tree_page())
    assert _node(everything, "Ủy ban nhân dân tỉnh Cà Mau").child_count == len(CA_MAU)


def test_a_level_under_a_unit_counts_the_units_under_its_children(ca_mau) -> None:
    nodes = list(unit_tree_page(under=ca_mau, include_ended=False, per_page=30))

    dat_mui, khanh_an = _node(nodes, "Xã Đất Mũi"), _node(nodes, "Xã Khánh An")
    assert (dat_mui.child_count, khanh_an.child_count) == (2, 0)
    assert [c.name for c in dat_mui.tree_children] == [
        "Trạm Y tế xã Đất Mũi", "Trường Tiểu học Đất Mũi"]
    assert khanh_an.tree_children == []


def test_units_carry_their_kind_and_link_worked_out_once(ca_mau) -> None:
    nodes = list(unit_tree_page())

    units = [unit for node in nodes for unit in (node, *node.tree_children)]
    assert len(units) > len(nodes)
    assert all(u.kind_label == u.get_kind_display() for u in units)
    assert all(u.url == u.get_absolute_url() for u in units)


def test_a_tree_page_takes_four_queries_whatever_the_number_of_units(
        ca_mau, django_assert_num_queries) -> None:
    with django_assert_num_queries(4):
        page = unit_tree_page()
    for n in range(50):
        parent = unit_create(name=f"Ủy ban nhân dân xã thử nghiệm {n}", kind="commune")
        unit_create(name=f"Trường Mầm non xã thử nghiệm {n}", kind="other", parent=parent)
    with django_assert_num_queries(4):
        page = unit_tree_page(number=2)
    assert len(page) == 20 and page.paginator.num_pages == 3
    assert all(len(node.tree_children) == node.child_count == 1 for node in page)


def test_a_page_of_a_level_follows_the_vietnamese_order_of_the_whole_level(ca_mau) -> None:
    pages = [unit_tree_page(under=ca_mau, per_page=10, number=n) for n in (1, 2, 3)]
    assert [unit.name for page in pages for unit in page] == vi_sorted(CA_MAU)
    assert [len(page) for page in pages] == [10, 10, 3]
    assert unit_tree_page(under=ca_mau, per_page=10, number="hai").number == 1
    assert unit_tree_page(under=ca_mau, per_page=10, number=99).number == 3


def test_the_tree_page_shows_the_counts_and_links_further_down(client_as, ca_mau) -> None:
    client = client_as("viewer")
    page = client.get(reverse("units:list")).text
    assert f"Xem cả {len(CA_MAU)} đơn vị trực thuộc" in page
    dat_mui = Unit.objects.get(name="Xã Đất Mũi")
    assert f'<a href="{dat_mui.get_absolute_url()}">Xã Đất Mũi</a>' in page
    assert f'<a href="?under={dat_mui.pk}">Mở 2 đơn vị trực thuộc</a>' in page

    today = client.get(reverse("units:list"), {"current": "on"}).text
    assert f"Xem cả {len(CA_MAU)} đơn vị trực thuộc" in today  # the school alone ended
    khanh_an = Unit.objects.get(name="Xã Khánh An")
    assert f'<a href="?under={khanh_an.pk}">Mở 1 đơn vị trực thuộc</a>' in page
    assert f'<a href="?under={khanh_an.pk}">' not in today


def test_the_tree_page_keeps_its_queries_when_units_are_added(
        client_as, ca_mau, django_assert_num_queries, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    client.get(reverse("units:list"))
    with django_assert_max_num_queries(8) as few:
        client.get(reverse("units:list"))
    for n in range(25):
        parent = unit_create(name=f"Sở thử nghiệm {n} tỉnh Cà Mau", kind="department")
        for m in range(3):
            unit_create(name=f"Phòng {m} của sở thử nghiệm {n}", kind="other", parent=parent)
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get(reverse("units:list")).text
    assert "Trang 1/" in page
