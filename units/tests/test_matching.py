"""Matching the unit names a plan writes to the units kehoach knows."""

from datetime import date

import pytest

from units.kinds import guess_kind
from units.selectors import unit_suggestions

pytestmark = pytest.mark.django_db


def test_it_ranks_the_department_first_for_its_short_name(province, unit) -> None:
    suggestions = unit_suggestions("Sở Thông tin và Truyền thông", on=date(2024, 5, 6))
    assert suggestions[0][0] == unit("ST-STTTT")
    assert suggestions[0][1] >= 0.85


def test_it_ignores_diacritics_case_and_tone_placement(province, unit) -> None:
    best = unit_suggestions("HỘI LIÊN HIỆP PHỤ NỮ TỈNH", on=date(2024, 5, 6))[0][0]
    assert best.name.startswith("Hội Liên hiệp Phụ nữ")
    assert unit_suggestions("dai phat thanh va truyen hinh soc trang",
                            on=date(2024, 5, 6))[0][0] == unit("ST-DAI")


def test_units_that_had_ended_are_not_offered(province, unit) -> None:
    names = [u.code for u, _ in unit_suggestions("Báo Sóc Trăng", on=date(2026, 1, 1))]
    assert "ST-BAO" not in names


def test_generic_words_alone_suggest_nothing(province) -> None:
    assert unit_suggestions("các sở, ban, ngành") == []


@pytest.mark.parametrize(("name", "kind"), [
    ("Báo Sóc Trăng", "press"),
    ("Đài Phát thanh và Truyền hình Sóc Trăng", "radio_tv"),
    ("Công an tỉnh", "police"),
    ("Hội Người cao tuổi tỉnh", "mass_org"),
    ("Sở Giáo dục và Đào tạo", "department"),
    ("Ủy ban nhân dân xã Phú Tâm", "commune"),
    ("UBND huyện Long Phú", "district"),
    ("Công ty đào tạo", "company"),
    ("Trường Chính trị tỉnh", "other"),
])
def test_it_guesses_the_kind_of_a_new_unit(name: str, kind: str) -> None:
    assert guess_kind(name) == kind
