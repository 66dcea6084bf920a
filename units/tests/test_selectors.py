from datetime import date

import pytest

from units.models import Unit
from units.selectors import unit_current_heirs, unit_list

pytestmark = pytest.mark.django_db


def names(units) -> list[str]:
    return [u.name for u in units]


def test_it_finds_units_ignoring_diacritics_and_case(province: None) -> None:
    found = names(unit_list(query="so thong tin"))
    assert found == ["Sở Thông tin và Truyền thông tỉnh Sóc Trăng"]


def test_it_folds_d_with_stroke(province: None) -> None:
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" in names(unit_list(query="dai"))
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" in names(unit_list(query="ĐÀI PHÁT"))


def test_it_finds_by_short_name(province: None) -> None:
    assert names(unit_list(query="TT&TT")) == ["Sở Thông tin và Truyền thông tỉnh Sóc Trăng"]


def test_it_sorts_in_vietnamese_alphabetical_order(province: None) -> None:
    """Đ after D, Ủ among the U; code-point order would put Đ and Ủ after every ASCII letter."""
    found = names(unit_list())
    first_letters = [name[0] for name in found]
    assert first_letters.index("Đ") > max(i for i, c in enumerate(first_letters) if c == "C")
    assert found.index("Đài Phát thanh và Truyền hình Sóc Trăng") < found.index(
        "Hội Liên hiệp Phụ nữ thành phố Cần Thơ")
    assert found.index("Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng") < found.index(
        "Ủy ban nhân dân huyện Châu Thành")
    assert found[-1].startswith("Ủy ban nhân dân")


def test_it_orders_a_ă_â_and_d_đ_as_separate_letters(db: None) -> None:
    from units.services import unit_create

    for name in ["Đắk Lắk", "Dương Minh Châu", "Ăn Uống", "Âu Lạc", "An Giang", "Bạc Liêu",
                 "Bắc Giang"]:
        unit_create(name=name, kind="other")
    assert names(unit_list()) == ["An Giang", "Ăn Uống", "Âu Lạc", "Bạc Liêu", "Bắc Giang",
                                  "Dương Minh Châu", "Đắk Lắk"]


def test_it_hides_ended_units_when_asked(province: None) -> None:
    current = names(unit_list(include_ended=False, on=date(2026, 1, 1)))
    assert "Báo Sóc Trăng" not in current
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" in current


def test_it_follows_mergers_to_todays_units(province: None) -> None:
    """The 2024 DIC's work went to two Sóc Trăng departments, then to Cần Thơ's."""
    dic = Unit.objects.get(code="ST-STTTT")
    assert names(unit_current_heirs(dic, on=date(2026, 1, 1))) == [
        "Sở Khoa học và Công nghệ thành phố Cần Thơ",
        "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ",
    ]
    assert names(unit_current_heirs(dic, on=date(2025, 5, 1))) == [
        "Sở Khoa học và Công nghệ tỉnh Sóc Trăng",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng",
    ]
    assert unit_current_heirs(dic, on=date(2024, 5, 6)) == [dic]
