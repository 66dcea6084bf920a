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
