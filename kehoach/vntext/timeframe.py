"""Dates from the time frames Vietnamese plans write ("Quý III/2024", "Trong năm 2024").

A plan gives each task a time frame in words. Deadlines and "which task is late" need
dates, so this module reads the handful of forms plans actually use:

    >>> frame = parse_timeframe("Quý III/2024")
    >>> frame.start, frame.end
    (datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
    >>> parse_timeframe("Tháng 10", plan_years=(2024, 2024)).end
    datetime.date(2024, 10, 31)
    >>> parse_timeframe("Hằng năm", plan_years=(2023, 2028)).recurring
    True

Text is matched after `fold` (NFC/NFD, case, tone placement and diacritics removed), so
"Quý", "QUÝ", "Qúy", "Quí" and "Quy" all read the same. Text it cannot read gives a
TimeFrame with no dates, for a person to fill in; nothing here raises on user text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from kehoach.vntext.text import fold, nfc

__all__ = ["TimeFrame", "parse_timeframe"]


@dataclass(frozen=True)
class TimeFrame:
    """A time frame as written, and the dates it covers (both inclusive)."""

    text: str  # as written, stripped, in NFC
    start: date | None
    end: date | None
    recurring: bool = False  # "Hằng năm", "Hàng năm": every year of the plan
    ongoing: bool = False  # "Thường xuyên", "Liên tục": open-ended within the plan's years


def parse_timeframe(text: str, *, plan_years: tuple[int, int] | None = None) -> TimeFrame:
    """Read a plan's time frame; no dates when the text is not understood.

    `plan_years` (first, last) stands in for the year when the text names none.
    """
    shown = nfc(text).strip()
    years = plan_years if plan_years is not None and plan_years[0] <= plan_years[1] else None
    key = _normalise(text)
    recurring, ongoing, rest = _take_flags(key)
    span = _read_span(rest, years)
    if span is None and (recurring or ongoing) and not any(ch.isdigit() for ch in rest):
        # "Thường xuyên", "Hằng năm": the word itself says "throughout the plan".
        span = _plan_span(years)
    if span is None:
        return TimeFrame(shown, None, None, recurring=recurring, ongoing=ongoing)
    return TimeFrame(shown, span[0], span[1], recurring=recurring, ongoing=ongoing)


# --- Normalising ---------------------------------------------------------------------

# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
# "./." closes official texts; a trailing period or semicolon means nothing here.
_TRAILING = " .;,:/"

# Words before the time frame itself: "Thời gian thực hiện:", "Trong", "Cả", "Từ".
_FILLER = re.compile(
    r"(?:thoi (?:gian|han)(?: (?:thuc hien|du kien|hoan thanh|trien khai))?"
    r"|du kien|hoan thanh|thuc hien|trien khai|to chuc|bat dau|ke tu|tu"
    r"|trong|ca|vao|giai doan)(?:\s*:\s*|\s+|$)"
)


def _normalise(text: str) -> str:
    """Fold so spelling variants compare equal, and drop punctuation that carries nothing."""
    key = fold(text).translate(_DASHES)
    return key.rstrip(_TRAILING).strip()


def _strip_fillers(key: str) -> str:
    while match := _FILLER.match(key):
        key = key[match.end() :]
    return key


# --- "Hằng năm", "Thường xuyên" ---------------------------------------------------------

_RECURRING = r"(?:dinh ky )?hang (?:nam|quy|thang)"
_ONGOING = r"thuong xuyen|lien tuc"
_FLAG_AT_START = re.compile(
    rf"(?:(?P<recurring>{_RECURRING})|(?P<ongoing>{_ONGOING}))(?:[\s,;:-]+|$)"
)
_FLAG_AT_END = re.compile(
    rf"(?:^|(?<=[\s,;:(-]))(?:(?P<recurring>{_RECURRING})|(?P<ongoing>{_ONGOING}))\)?$"
)
_FLAG_SEPARATORS = " ,;:(-"


def _take_flags(key: str) -> tuple[bool, bool, str]:
    """Remove "hằng năm" and "thường xuyên" from either end: (recurring, ongoing, rest).

    Both ends, because plans write "Thường xuyên trong năm 2024" and "Tháng 10 hằng năm".
    """
    recurring = ongoing = False
    key = _strip_fillers(key)
    while match := _FLAG_AT_START.match(key) or _FLAG_AT_END.search(key):
        recurring = recurring or match["recurring"] is not None
        ongoing = ongoing or match["ongoing"] is not None
        before = key[: match.start()].rstrip(_FLAG_SEPARATORS)
        key = _strip_fillers((before + key[match.end() :]).strip())
    return recurring, ongoing, key


# --- Periods ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One period named in the text; a year of None means "not written"."""

    kind: str  # "date", "month", "quarter", "head" (first n months), "tail", "year"
    number: int = 0  # month, quarter or count of months
    day: int = 0
    year: int | None = None
    deadline: str | None = None  # "before" ("trước") or "by" ("chậm nhất")


_Span = tuple[date, date]  # first and last day, both inclusive


# "/2024", " năm 2024", ", năm 2024", " 2024": how a year follows a period.
_YEAR = r"(?:\s*/\s*|\s*,?\s*nam\s+|\s*,\s*|\s+)(?P<year>\d{4})(?!\d)"
_NUMBER = r"(?P<number>\d{1,2})(?!\d)"
_QUARTER_NUMBER = r"(?P<number>[ivx]+(?![a-z])|\d{1,2}(?!\d))"

# Tried in this order at each position; dates first, so "15/6/2024" is not a month.
_ITEM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(
            r"(?:ngay\s*)?(?P<day>\d{1,2})(?:\s*/\s*|[.-]|\s+thang\s+)(?P<number>\d{1,2})(?!\d)"
            rf"(?:(?:\s*/\s*|[.-])(?P<dyear>\d{{4}})(?!\d)|{_YEAR})?"
        ),
    ),
    ("head", re.compile(rf"(?:{_NUMBER}\s*thang|nua)\s+(?P<side>dau|cuoi)\s+nam(?:{_YEAR})?")),
    ("quarter", re.compile(rf"(?:qu[yi]\s*|q(?=\d)){_QUARTER_NUMBER}(?:{_YEAR})?")),
    ("month", re.compile(rf"thang\s*{_NUMBER}(?:{_YEAR})?")),
    ("year", re.compile(r"(?:nam\s+)?(?P<year>\d{4})(?!\d)")),
)
# After "Quý I," or "tháng 3 -" the word may be left out: "Quý I, II/2024", "Tháng 3-6/2024".
_BARE_PATTERNS: dict[str, re.Pattern[str]] = {
    "quarter": re.compile(rf"{_QUARTER_NUMBER}(?:{_YEAR})?"),
    "month": re.compile(rf"{_NUMBER}(?:{_YEAR})?"),
}
_RANGE_SEPARATOR = re.compile(r"\s*[-~]\s*|\s+(?:den|toi)(?:\s+het)?\s+")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:va\s+)?|\s*[;&+]\s*|\s+va\s+")
_DEADLINE = re.compile(
    r"(?:(?P<before>truoc|xong truoc)|(?P<by>cham nhat(?: la)?(?: vao)?|han chot|han hoan thanh"
    r"|khong muon hon|khong qua))\s*:?\s*"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _read_span(key: str, plan_years: tuple[int, int] | None) -> _Span | None:
    """Dates of a time frame with the "hằng năm"/"thường xuyên" words already removed."""
    key = _strip_fillers(key)
    deadline = None
    if match := _DEADLINE.match(key):
        deadline = "before" if match["before"] else "by"
        key = key[match.end() :]
    items = _scan(key)
    if not items or (deadline and len(items) != 1):
        return None
    if deadline:
        items = [replace(items[0], deadline=deadline)]
    return _resolve(items, plan_years)


def _scan(key: str) -> list[_Item] | None:
    """Split "Quý I và Quý II năm 2024" into periods; None if anything is left over."""
    items: list[_Item] = []
    pos = 0
    while True:
        found = _next_item(key, pos, items[-1].kind if items else None)
        if found is None:
            return None
        item, pos = found
        if pos == len(key):
            items.append(item)
            return items
        # "Quý I - Quý II" and "Quý I và Quý II" both cover Quý I to Quý II.
        separator = _RANGE_SEPARATOR.match(key, pos) or _LIST_SEPARATOR.match(key, pos)
        if separator is None:
            return None
        items.append(item)
        pos = separator.end()


def _next_item(key: str, pos: int, previous_kind: str | None) -> tuple[_Item, int] | None:
    for kind, pattern in _ITEM_PATTERNS:
        if match := pattern.match(key, pos):
            return _item(kind, match), match.end()
    bare = _BARE_PATTERNS.get(previous_kind) if previous_kind else None
    if bare and previous_kind and (match := bare.match(key, pos)):
        return _item(previous_kind, match), match.end()
    return None


def _item(kind: str, match: re.Match[str]) -> _Item:
    groups = match.groupdict()
    raw_year = groups.get("year") or groups.get("dyear")
    year = int(raw_year) if raw_year else None
    raw_number = groups.get("number") or ""
    if kind == "quarter":
        number = int(raw_number) if raw_number.isdigit() else _ROMAN.get(raw_number, 0)
    elif kind == "head":
        number = int(raw_number) if raw_number else 6  # "nửa đầu năm": half a year
        kind = "head" if groups["side"] == "dau" else "tail"
    else:
        number = int(raw_number) if raw_number else 0
    day = int(groups["day"]) if groups.get("day") else 0
    return _Item(kind, number=number, day=day, year=year)


# --- Dates ------------------------------------------------------------------------------


def _resolve(items: list[_Item], plan_years: tuple[int, int] | None) -> _Span | None:
    """Give every period a year, then span from the first to the last.

    A period without a year takes the next year written after it ("Quý I, II/2024"), or
    failing that the one before it ("Từ tháng 3/2024 đến tháng 6"). With no year written
    at all, only a one-year plan says which year is meant: "Quý III" in a 2023-2028 plan
    is a different quarter every year, which no single pair of dates describes.
    """
    years = [item.year for item in items]
    for i in range(len(years) - 2, -1, -1):
        years[i] = years[i] if years[i] is not None else years[i + 1]
    for i in range(1, len(years)):
        years[i] = years[i] if years[i] is not None else years[i - 1]
    if years[0] is None and plan_years is not None and plan_years[0] == plan_years[1]:
        years = [plan_years[0]] * len(items)
    bounds = _ordered([_bounds(item, year) for item, year in zip(items, years, strict=True)])
    return (bounds[0][0], bounds[-1][1]) if bounds else None


def _ordered(bounds: list[_Span | None]) -> list[_Span] | None:
    """All periods valid and in order; "Quý III, Quý I/2024" is a mistake, not a span.

    A later period may contain an earlier one: "Từ tháng 7/2025 đến hết năm 2025" runs from
    July to the end of the year, so only an end that goes backwards is refused.
    """
    valid = [b for b in bounds if b is not None]
    if len(valid) != len(bounds):
        return None
    for (start, end), (next_start, next_end) in pairwise(valid):
        if next_end < end or (next_start < start and next_end == end):
            return None
    return valid


def _bounds(item: _Item, year: int | None) -> _Span | None:
    """First and last day of one period, or None if it is no real date."""
    if year is None:
        return None
    period = _period(item, year)
    if period is None or item.deadline is None:
        return period
    # "Trước tháng 6/2024" is done by the end of May; "trước ngày 15/6" includes the 15th.
    before_period = item.deadline == "before" and item.kind != "date"
    end = _day_before(period[0]) if before_period else period[1]
    start = _date(end.year, 1, 1) if end else None
    return (start, end) if start and end else None


def _period(item: _Item, year: int) -> _Span | None:
    n = item.number
    if item.kind == "date":
        day = _date(year, n, item.day)
        return (day, day) if day else None
    if item.kind == "year":
        return _months(year, 1, 12)
    if item.kind == "month":
        return _months(year, n, n)
    if item.kind == "quarter":
        return _months(year, 3 * n - 2, 3 * n) if 1 <= n <= 4 else None
    if item.kind == "head":
        return _months(year, 1, n)
    if item.kind == "tail":
        return _months(year, 13 - n, 12)
    return None


def _months(year: int, first: int, last: int) -> _Span | None:
    if not 1 <= first <= last <= 12:
        return None
    start = _date(year, first, 1)
    end = _date(year, last, calendar.monthrange(year, last)[1]) if start else None
    return (start, end) if start and end else None


def _plan_span(plan_years: tuple[int, int] | None) -> _Span | None:
    if plan_years is None:
        return None
    start = _date(plan_years[0], 1, 1)
    end = _date(plan_years[1], 12, 31)
    return (start, end) if start and end else None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31/02, month 13, year 0
        return None


def _day_before(day: date) -> date | None:
    try:
        return day - timedelta(days=1)
    except OverflowError:  # 1 January of year 1
        return None
