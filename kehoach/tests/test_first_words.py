"""vntext.first_words gives what Django's Truncator gives, in Vietnamese and in English."""

import pytest
from django.utils import translation
from django.utils.text import Truncator
from hypothesis import given
from hypothesis import strategies as st

from kehoach.vntext.text import first_words

TITLES = ["Triển khai Đề án truyền thông về quyền con người ở Việt Nam trên địa bàn tỉnh",
          "  Tuyên truyền\tHiến pháp  trên báo chí ", "", "Một", "Kế hoạch năm 2024 …"]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("count", [1, 4, 10, 14])
def test_it_cuts_as_truncator_does(language: str, count: int) -> None:
    with translation.override(language):
        for title in TITLES:
            assert first_words(title, count) == Truncator(title).words(count)


@given(st.text(alphabet="aăâbđeêơưạảãáà \t\n…", max_size=80), st.integers(1, 20))
def test_it_agrees_on_any_text(title: str, count: int) -> None:
    assert first_words(title, count) == Truncator(title).words(count)
