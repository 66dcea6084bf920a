import pytest

from kehoach.vntext.text import vi_sorted
from units.models import Unit
from units.services import unit_create

pytestmark = pytest.mark.django_db

NAMES = [
    "Ủy ban nhân dân xã Trần Đề", "Hội Người cao tuổi tỉnh Sóc Trăng", "Báo Sóc Trăng",
    "Đài Phát thanh và Truyền hình Sóc Trăng", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
    "Công an tỉnh Sóc Trăng", "Cục Thông tin đối ngoại", "Sở Giáo dục và Đào tạo",
    "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo Tỉnh ủy",
    "Bạc Liêu", "Bắc Giang", "Ăn Uống", "Âu Lạc", "An Giang", "Ơn Giời", "Ông Đốc", "Ốc Eo",
]


def test_the_database_sorts_as_vntext_does() -> None:
    """SQLite's registered collation and PostgreSQL's vi-x-icu agree with the Python key."""
    from kehoach.db import vi_order

    for name in NAMES:
        unit_create(name=name, kind="other")
    in_database = list(Unit.objects.order_by(vi_order("name")).values_list("name", flat=True))
    assert in_database == vi_sorted(NAMES)
    assert in_database.index("Ốc Eo") < in_database.index("Ông Đốc") < in_database.index(
        "Ơn Giời")


def test_a_subquery_counts_rows_and_lists_their_ids() -> None:
    """As the unit tree uses them: each unit's children counted, and the ids of its first
    two in Vietnamese order; a unit without children has 0 and []."""
    from django.db.models import OuterRef

    from kehoach.db import SubqueryCount, SubqueryIds, vi_order

    an_giang = unit_create(name="Ủy ban nhân dân tỉnh An Giang", kind="province")
    lai_chau = unit_create(name="Ủy ban nhân dân tỉnh Lai Châu", kind="province")
    communes = ["Xã Óc Eo", "Phường Long Xuyên", "Xã Ô Lâm", "Phường Châu Đốc"]
    for name in communes:
        unit_create(name=name, kind="commune", parent=an_giang)
    children = Unit.objects.filter(parent=OuterRef("pk"))
    rows = Unit.objects.filter(pk__in=[an_giang.pk, lai_chau.pk]).annotate(
        n=SubqueryCount(children),
        first=SubqueryIds(children.order_by(vi_order("name"), "pk")[:2]),
    )
    found = {unit.pk: (unit.n, unit.first) for unit in rows}
    assert found[lai_chau.pk] == (0, [])
    count, first = found[an_giang.pk]
    assert count == 4
    assert {Unit.objects.get(pk=pk).name for pk in first} == set(vi_sorted(communes)[:2])
