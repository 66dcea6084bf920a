"""Numbers and dates as a Vietnamese clerk writes them, in one place.

Templates (the `vn` filters), the .docx and .xlsx exports and the report drafting all write
figures through these functions, so "3.200", "27,5%", "05 cuộc" and "06/5/2024" look the same
on every page and in every document.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_SEPARATORS = str.maketrans({",": ".", ".": ","})

Number = int | float | Decimal


def _decimal(value: Number | str) -> Decimal | None:
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def vn_number(value: Number | str | None, places: int = 2) -> str:
    """Thousands with a dot, decimals with a comma, at most `places` decimals, none trailing.

    >>> vn_number(3200), vn_number(27.5), vn_number(Decimal("70.00")), vn_number(1234567.891)
    ('3.200', '27,5', '70', '1.234.567,89')
    >>> vn_number(None), vn_number(-1500)
    ('', '-1.500')
    """
    if value is None or value == "":
        return ""
    number = _decimal(value)
    if number is None:
        return str(value)
    quantum = Decimal(1).scaleb(-places)
    text = f"{number.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"
    if places:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.translate(_SEPARATORS)


def vn_count(value: int | None) -> str:
    """A count inside a sentence: under ten with a leading zero, as clerks write "05 cuộc".

    >>> vn_count(5), vn_count(12), vn_count(3200), vn_count(0)
    ('05', '12', '3.200', '0')
    """
    if value is None:
        return ""
    if 0 < value < 10:
        return f"0{value}"
    return vn_number(value, 0)


def vn_percent(value: Number | None, places: int = 1) -> str:
    """A percentage given in percent (27.5 → "27,5%"); None when there is no ratio.

    >>> vn_percent(27.5), vn_percent(100), vn_percent(Decimal("33.333")), vn_percent(None)
    ('27,5%', '100%', '33,3%', '')
    """
    if value is None:
        return ""
    return f"{vn_number(value, places)}%"


def vn_ratio(value: Number | None, places: int = 1) -> str:
    """A ratio given as a fraction of one (0.275 → "27,5%").

    >>> vn_ratio(0.275), vn_ratio(Decimal("0.2")), vn_ratio(None)
    ('27,5%', '20%', '')
    """
    if value is None:
        return ""
    number = _decimal(value)
    return vn_percent(number * 100 if number is not None else None, places)


def vn_date(day: date | None) -> str:
    """A date in tables and sentences: dd/mm/yyyy.

    >>> vn_date(date(2024, 6, 14)), vn_date(None)
    ('14/06/2024', '')
    """
    return day.strftime("%d/%m/%Y") if day else ""


def cited_date(day: date | None) -> str:
    """A date as documents cite another document's: "06/5/2024", months 1 and 2 as 01, 02.

    >>> cited_date(date(2024, 5, 6)), cited_date(date(2025, 2, 14)), cited_date(None)
    ('06/5/2024', '14/02/2025', '')
    """
    if day is None:
        return ""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"
