"""Time frames as plans write them ("Quý III/2024", "Trong năm 2024") turned into dates.

Plain Python. Each written form has its own small reader; the first that
recognises the text wins. Text that no reader understands keeps no dates rather
than raising: a person then types the dates by hand.
"""

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
YEAR = r"((?:19|20|21)\d\d)"
DAY_MONTH_YEAR = r"(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*" + YEAR


@dataclass(frozen=True)
class TimeFrame:
    text: str
    start: date | None
    end: date | None
    recurring: bool = False  # "Hằng năm": every year of the plan
    ongoing: bool = False  # "Thường xuyên": open-ended within the plan's years


Span = tuple[date, date]
YearSpan = tuple[int, int] | None


def month_span(year: int, first: int, last: int | None = None) -> Span | None:
    last = first if last is None else last
    if not (1 <= first <= 12 and 1 <= last <= 12 and first <= last):
        return None
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def quarter_span(year: int, first: int, last: int | None = None) -> Span | None:
    last = first if last is None else last
    return month_span(year, 3 * first - 2, 3 * last)


def year_span(first: int, last: int | None = None) -> Span | None:
    last = first if last is None else last
    return (date(first, 1, 1), date(last, 12, 31)) if first <= last else None


def safe_date(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _stated_or_plan_year(match_year: str | None, plan_years: YearSpan) -> int | None:
    if match_year:
        return int(match_year)
    if plan_years and plan_years[0] == plan_years[1]:
        return plan_years[0]
    return None


def read_quarters(text: str, plan_years: YearSpan) -> Span | None:
    """"Quý III/2024", "Quý I và Quý II năm 2024", "Quý I, II/2024", "Quý III"."""
    quarters = re.findall(r"(?:quý|quí)\s*((?:(?:iv|i{1,3}|[1-4])\b[\s,và\-–]*)+)", text)
    if not quarters:
        return None
    numbers = [ROMAN_QUARTERS[q] for group in quarters
               for q in re.findall(r"iv|i{1,3}|[1-4]", group)]
    years = re.findall(YEAR, text)
    year = _stated_or_plan_year(years[-1] if years else None, plan_years)
    if not numbers or year is None:
        return None
    return quarter_span(year, min(numbers), max(numbers))


def read_half_year(text: str, plan_years: YearSpan) -> Span | None:
    """"6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "9 tháng đầu năm 2024"."""
    match = re.search(r"(\d{1,2})\s*tháng\s+(đầu|cuối)\s+năm\s*" + YEAR + "?", text)
    if not match:
        return None
    months, part = int(match[1]), match[2]
    year = _stated_or_plan_year(match[3], plan_years)
    if year is None or not 1 <= months <= 12:
        return None
    return month_span(year, 1, months) if part == "đầu" else month_span(year, 13 - months, 12)


def read_month_range(text: str, plan_years: YearSpan) -> Span | None:
    """"Từ tháng 3 đến tháng 6/2024", "Tháng 3 - tháng 6/2024", across years too."""
    match = re.search(
        r"tháng\s*(\d{1,2})(?:\s*(?:/|năm)\s*" + YEAR + r")?\s*(?:đến|-|–|tới)\s*tháng\s*"
        r"(\d{1,2})(?:\s*(?:/|năm)\s*" + YEAR + ")?", text)
    if not match:
        return None
    end_year = _stated_or_plan_year(match[4], plan_years)
    start_year = int(match[2]) if match[2] else end_year
    if start_year is None or end_year is None:
        return None
    first, last = int(match[1]), int(match[3])
    starts, ends = month_span(start_year, first), month_span(end_year, last)
    if starts is None or ends is None or starts[0] > ends[1]:
        return None
    return starts[0], ends[1]


def read_date_range(text: str, plan_years: YearSpan) -> Span | None:
    """"Từ ngày 01/3/2024 đến ngày 30/6/2024"."""
    match = re.search(DAY_MONTH_YEAR + r"\s*(?:đến|-|–|tới)\s*(?:ngày\s*)?" + DAY_MONTH_YEAR, text)
    if not match:
        return None
    start = safe_date(match[3], match[2], match[1])
    end = safe_date(match[6], match[5], match[4])
    return (start, end) if start and end and start <= end else None


def read_deadline(text: str, plan_years: YearSpan) -> Span | None:
    """"Trước ngày 15/6/2024", "Chậm nhất ngày 15 tháng 6 năm 2024": from the start of that year."""
    match = re.search(r"(?:trước|chậm nhất|hạn)\s*(?:ngày\s*)?" + DAY_MONTH_YEAR, text)
    if not match:
        return None
    end = safe_date(match[3], match[2], match[1])
    return (date(end.year, 1, 1), end) if end else None


def read_month(text: str, plan_years: YearSpan) -> Span | None:
    """"Tháng 10/2024", "Tháng 10 năm 2024", "Tháng 10"."""
    match = re.search(r"tháng\s*(\d{1,2})(?:\s*(?:/|năm)\s*" + YEAR + r")?\b", text)
    if not match:
        return None
    year = _stated_or_plan_year(match[2], plan_years)
    return month_span(year, int(match[1])) if year is not None else None


def read_years(text: str, plan_years: YearSpan) -> Span | None:
    """"Năm 2023-2028", "Giai đoạn 2023 - 2028", "Trong năm 2024", "Năm 2024"."""
    match = re.search(YEAR + r"\s*(?:-|–|—|đến)\s*" + YEAR, text)
    if match:
        return year_span(int(match[1]), int(match[2]))
    match = re.search(r"(?:^|năm\s*)" + YEAR + r"\s*$", text) or re.search(r"năm\s*" + YEAR, text)
    return year_span(int(match[1])) if match else None


READERS: list[Callable[[str, YearSpan], Span | None]] = [
    read_date_range, read_deadline, read_half_year, read_quarters, read_month_range,
    read_month, read_years,
]
RECURRING = re.compile(r"^(?:hằng|hàng)\s+năm\b")
ONGOING = re.compile(r"^(?:thường xuyên|liên tục)\b")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).strip().rstrip(".;,").lower()
    return re.sub(r"\s+", " ", text)


def parse_timeframe(text: str, *, plan_years: tuple[int, int] | None = None) -> TimeFrame:
    """The dates a written time frame means; `plan_years` fills in what it leaves out.

    "Quý III/2024" gives 1 July to 30 September 2024; "Hằng năm" in a 2023–2025 plan
    gives the three years, marked recurring.
    """
    shown = text.strip()
    clean = normalise(text)
    recurring, ongoing = bool(RECURRING.match(clean)), bool(ONGOING.match(clean))
    for reader in READERS:
        if span := reader(clean, plan_years):
            return TimeFrame(shown, span[0], span[1], recurring, ongoing)
    if (recurring or ongoing) and plan_years:
        span = year_span(*plan_years)
        if span:
            return TimeFrame(shown, span[0], span[1], recurring, ongoing)
    return TimeFrame(shown, None, None, recurring, ongoing)
