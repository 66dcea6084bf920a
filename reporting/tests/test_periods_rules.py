"""Decree 09 windows, deadlines in working days and Roman numerals: plain functions, no database."""

from datetime import date
from itertools import pairwise

import pytest

from reporting import periods


@pytest.mark.parametrize(("kind", "number", "first", "last"), [
    ("monthly", 1, date(2023, 12, 15), date(2024, 1, 14)),
    ("monthly", 5, date(2024, 4, 15), date(2024, 5, 14)),
    ("monthly", 12, date(2024, 11, 15), date(2024, 12, 14)),
    ("quarterly", 1, date(2023, 12, 15), date(2024, 3, 14)),
    ("quarterly", 2, date(2024, 3, 15), date(2024, 6, 14)),
    ("quarterly", 3, date(2024, 6, 15), date(2024, 9, 14)),
    ("quarterly", 4, date(2024, 9, 15), date(2024, 12, 14)),
    ("six_month", 1, date(2023, 12, 15), date(2024, 6, 14)),
    ("nine_month", 1, date(2023, 12, 15), date(2024, 9, 14)),
    ("annual", 1, date(2023, 12, 15), date(2024, 12, 14)),
])
def test_each_kind_closes_on_the_14th_and_opens_the_day_after_the_last_closing(
        kind: str, number: int, first: date, last: date) -> None:
    assert periods.window(kind, 2024, number) == (first, last)


def test_the_windows_of_a_kind_follow_each_other_without_gap_or_overlap() -> None:
    for kind in (periods.MONTHLY, periods.QUARTERLY):
        windows = [periods.window(kind, 2024, n) for n in periods.numbers(kind)]
        for (_first, last), (first_next, _last) in pairwise(windows):
            assert (first_next - last).days == 1
        assert windows[0][0] == date(2023, 12, 15)
        assert windows[-1][1] == periods.window(periods.ANNUAL, 2024)[1]


def test_numbers_per_kind() -> None:
    assert list(periods.numbers("monthly")) == list(range(1, 13))
    assert list(periods.numbers("quarterly")) == [1, 2, 3, 4]
    assert list(periods.numbers("six_month")) == [1]
    with pytest.raises(ValueError, match="unknown period kind"):
        periods.numbers("weekly")


@pytest.mark.parametrize(("kind", "number"), [("monthly", 13), ("quarterly", 5),
                                              ("quarterly", 0), ("annual", 2)])
def test_a_number_the_kind_does_not_have_is_an_error(kind: str, number: int) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        periods.window(kind, 2024, number)


@pytest.mark.parametrize(("day", "count", "expected"), [
    (date(2024, 6, 14), 2, date(2024, 6, 18)),   # Friday → Tuesday
    (date(2024, 12, 14), 2, date(2024, 12, 17)),  # Saturday → Tuesday
    (date(2024, 1, 14), 2, date(2024, 1, 16)),    # Sunday → Tuesday
    (date(2024, 5, 14), 2, date(2024, 5, 16)),    # Tuesday → Thursday
    (date(2024, 6, 14), 0, date(2024, 6, 14)),
])
def test_working_days_skip_weekends(day: date, count: int, expected: date) -> None:
    assert periods.add_working_days(day, count) == expected


def test_holidays_are_skipped_too() -> None:
    # 14/3/2025 is a Friday; with Monday 17/3 a holiday, two working days end on Wednesday.
    assert periods.add_working_days(date(2025, 3, 14), 2, {date(2025, 3, 17)}) == date(2025, 3,
                                                                                        19)
    # Reunification Day and Labour Day (30/4, 1/5/2025, Wednesday and Thursday).
    assert periods.default_deadline(date(2025, 4, 29), 2, [date(2025, 4, 30), date(2025, 5, 1)]
                                    ) == date(2025, 5, 5)


@pytest.mark.parametrize(("number", "numeral"), [
    (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (12, "XII"), (14, "XIV"),
])
def test_roman(number: int, numeral: str) -> None:
    assert periods.roman(number) == numeral
