"""Reporting periods as Decree 09/2019/NĐ-CP sets them: data-closing windows and deadlines.

A period's data window does not follow the calendar: figures close on the 14th, so that
the units have until the deadline to write them up. The windows below are those the
provincial regulations applying the decree repeat (LAW.md); the deadline rule is a
setting, because the decree leaves it to each reporting regime.

>>> window("six_month", 2024)
(datetime.date(2023, 12, 15), datetime.date(2024, 6, 14))
>>> window("quarterly", 2024, 1)
(datetime.date(2023, 12, 15), datetime.date(2024, 3, 14))
>>> window("monthly", 2024, 1)
(datetime.date(2023, 12, 15), datetime.date(2024, 1, 14))
"""

from collections.abc import Collection
from datetime import date, timedelta

MONTHLY = "monthly"
QUARTERLY = "quarterly"
SIX_MONTH = "six_month"
NINE_MONTH = "nine_month"
ANNUAL = "annual"
KINDS = (MONTHLY, QUARTERLY, SIX_MONTH, NINE_MONTH, ANNUAL)

CLOSING_DAY = 14
# The month a window closes in, for the kinds that come once a year.
_YEARLY_CLOSING_MONTH = {SIX_MONTH: 6, NINE_MONTH: 9, ANNUAL: 12}


def numbers(kind: str) -> range:
    """The valid period numbers of a kind in a year: months 1–12, quarters 1–4, else 1."""
    if kind == MONTHLY:
        return range(1, 13)
    if kind == QUARTERLY:
        return range(1, 5)
    if kind in _YEARLY_CLOSING_MONTH:
        return range(1, 2)
    raise ValueError(f"unknown period kind {kind!r}")


def _closing_month(kind: str, number: int) -> int:
    if number not in numbers(kind):
        raise ValueError(f"period {number} does not exist for {kind!r}")
    if kind == MONTHLY:
        return number
    if kind == QUARTERLY:
        return number * 3
    return _YEARLY_CLOSING_MONTH[kind]


def _opening_month(kind: str, number: int) -> int:
    """The month the window opens in, the one before the period starts (0 is last December)."""
    if kind == MONTHLY:
        return number - 1
    if kind == QUARTERLY:
        return (number - 1) * 3
    return 0


def window(kind: str, year: int, number: int = 1) -> tuple[date, date]:
    """The first and last day of data a periodic report covers."""
    last = date(year, _closing_month(kind, number), CLOSING_DAY)
    opening = _opening_month(kind, number)
    first = date(year - 1, 12, 15) if opening == 0 else date(year, opening, 15)
    return first, last


def add_working_days(day: date, count: int, holidays: Collection[date] = ()) -> date:
    """`count` working days after `day`, skipping Saturdays, Sundays and `holidays`.

    >>> add_working_days(date(2024, 6, 14), 2)  # a Friday
    datetime.date(2024, 6, 18)
    """
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            count -= 1
    return day


def default_deadline(last: date, working_days: int, holidays: Collection[date] = ()) -> date:
    """When units must send: a number of working days after the data closes."""
    return add_working_days(last, working_days, holidays)


def roman(number: int) -> str:
    """Roman numerals for the parts of a report and for quarters.

    >>> roman(4), roman(9), roman(14)
    ('IV', 'IX', 'XIV')
    """
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    text = ""
    for value, letters in numerals:
        while number >= value:
            text += letters
            number -= value
    return text
