"""Pairing a plan's items with its document's, without a database."""

import doctest
from decimal import Decimal

from documents.importing import matching
from documents.importing.matching import number, pair


def _tasks(*items: tuple[str, str]) -> list[dict[str, str]]:
    return [{"code": code, "title": title} for code, title in items]


def _pair(old: list[dict[str, str]], new: list[dict[str, str]]):
    return pair(old, new, text_old=lambda t: t["title"], text_new=lambda t: t["title"],
                hint_old=lambda t: t["code"], hint_new=lambda t: t["code"])


def test_the_doctests_pass() -> None:
    assert doctest.testmod(matching).failed == 0


def test_numbers_compare_as_numbers() -> None:
    assert number(Decimal("70.00")) == number(70) == number("70") == number(70.0)
    assert number("15,5") is None  # the review form sends 15.5; a comma is not a number here


def test_a_title_corrected_in_place_keeps_its_pair() -> None:
    old = _tasks(("II.1", "Sản xuất, đăng phát các sản phẩm truyền thông"))
    new = _tasks(("II.1", "Sản xuất, đăng phát các sản phẩm truyền thông về quyền con người"))
    result = _pair(old, new)
    assert result.pairs == [(old[0], new[0])] and not result.added and not result.removed


def test_tone_placement_and_spacing_do_not_make_a_new_task() -> None:
    old = _tasks(("1", "Tuyên truyền về hòa giải ở cơ sở"))
    new = _tasks(("1", "Tuyên truyền  về hoà giải\nở cơ sở"))
    result = _pair(old, new)
    assert result.pairs == [(old[0], new[0])]
    assert matching.text_key(old[0]["title"]) == matching.text_key(new[0]["title"])


def test_a_different_task_under_the_same_code_is_a_replacement() -> None:
    old = _tasks(("II.3", "Hướng dẫn phóng viên nước ngoài đến tác nghiệp tại tỉnh"))
    new = _tasks(("II.3", "Tổ chức triển lãm ảnh về thành tựu bảo đảm quyền con người"))
    result = _pair(old, new)
    assert not result.pairs and result.added == new and result.removed == old


def test_tasks_follow_their_titles_when_the_codes_shift() -> None:
    old = _tasks(("1", "Đăng tin, bài trên báo, đài tỉnh"), ("2", "Tập huấn cho báo cáo viên"),
                 ("3", "Triển lãm ảnh quyền con người"))
    new = _tasks(("1", "Xây dựng chuyên trang trên Cổng thông tin điện tử"),
                 ("2", "Đăng tin, bài trên báo, đài tỉnh"), ("3", "Tập huấn cho báo cáo viên"),
                 ("4", "Triển lãm ảnh quyền con người"))
    result = _pair(old, new)
    assert [(o["code"], n["code"]) for o, n in result.pairs] == [("1", "2"), ("2", "3"),
                                                                 ("3", "4")]
    assert result.added == [new[0]] and not result.removed


def test_two_identical_items_pair_one_to_one() -> None:
    old = _tasks(("a", "Tuyên truyền trên loa truyền thanh"), ("b", "Tuyên truyền trên loa "
                                                                    "truyền thanh"))
    new = _tasks(("a", "Tuyên truyền trên loa truyền thanh"))
    result = _pair(old, new)
    assert result.pairs == [(old[0], new[0])] and result.removed == [old[1]]
