import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.vntext.timeframe import parse_timeframe

ROMAN = ["I", "II", "III", "IV"]
SPANS = [
    ("Trong năm 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("Năm 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("Cả năm 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("Quý III/2024", date(2024, 7, 1), date(2024, 9, 30)),
    ("Quý 3/2024", date(2024, 7, 1), date(2024, 9, 30)),
    ("quý III năm 2024", date(2024, 7, 1), date(2024, 9, 30)),
    ("Quí IV/2024", date(2024, 10, 1), date(2024, 12, 31)),
    ("Quý I và Quý II năm 2024", date(2024, 1, 1), date(2024, 6, 30)),
    ("Quý I, II/2024", date(2024, 1, 1), date(2024, 6, 30)),
    ("Quý I - Quý II/2024", date(2024, 1, 1), date(2024, 6, 30)),
    ("6 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 6, 30)),
    ("6 tháng cuối năm 2024", date(2024, 7, 1), date(2024, 12, 31)),
    ("9 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 9, 30)),
    ("Tháng 10/2024", date(2024, 10, 1), date(2024, 10, 31)),
    ("Tháng 10 năm 2024", date(2024, 10, 1), date(2024, 10, 31)),
    ("tháng 02/2024", date(2024, 2, 1), date(2024, 2, 29)),
    ("Tháng 02/2023", date(2023, 2, 1), date(2023, 2, 28)),
    ("Trước ngày 15/6/2024", date(2024, 1, 1), date(2024, 6, 15)),
    ("Chậm nhất ngày 15/6/2024", date(2024, 1, 1), date(2024, 6, 15)),
    ("Hoàn thành trước ngày 15 tháng 6 năm 2024", date(2024, 1, 1), date(2024, 6, 15)),
    ("Từ tháng 3 đến tháng 6/2024", date(2024, 3, 1), date(2024, 6, 30)),
    ("Từ tháng 3/2024 đến tháng 6/2024", date(2024, 3, 1), date(2024, 6, 30)),
    ("Tháng 3 - tháng 6/2024", date(2024, 3, 1), date(2024, 6, 30)),
    ("Từ tháng 11/2024 đến tháng 02/2025", date(2024, 11, 1), date(2025, 2, 28)),
    ("Từ ngày 01/3/2024 đến ngày 30/6/2024", date(2024, 3, 1), date(2024, 6, 30)),
    ("Năm 2023-2028", date(2023, 1, 1), date(2028, 12, 31)),
    ("Giai đoạn 2023 - 2028", date(2023, 1, 1), date(2028, 12, 31)),
    ("2023–2028", date(2023, 1, 1), date(2028, 12, 31)),
    ("Thời gian dự kiến: Quý III/2024.", date(2024, 7, 1), date(2024, 9, 30)),
]


@pytest.mark.parametrize("text,start,end", SPANS)
def test_it_reads_each_written_form(text: str, start: date, end: date) -> None:
    frame = parse_timeframe(text)
    assert (frame.start, frame.end) == (start, end)
    assert frame.text == text


def test_it_reads_decomposed_unicode() -> None:
    frame = parse_timeframe(unicodedata.normalize("NFD", "Quý III/2024"))
    assert (frame.start, frame.end) == (date(2024, 7, 1), date(2024, 9, 30))


def test_it_spreads_every_year_over_the_plans_years() -> None:
    frame = parse_timeframe("Hằng năm", plan_years=(2023, 2025))
    assert (frame.start, frame.end, frame.recurring) == (date(2023, 1, 1), date(2025, 12, 31),
                                                         True)
    assert parse_timeframe("Hàng năm").recurring
    assert parse_timeframe("Hàng năm").start is None


def test_it_keeps_ongoing_work_open_within_the_plan() -> None:
    frame = parse_timeframe("Thường xuyên", plan_years=(2024, 2024))
    assert (frame.start, frame.end, frame.ongoing) == (date(2024, 1, 1), date(2024, 12, 31),
                                                       True)
    stated = parse_timeframe("Thường xuyên trong năm 2025", plan_years=(2024, 2024))
    assert (stated.start, stated.end, stated.ongoing) == (date(2025, 1, 1), date(2025, 12, 31),
                                                          True)
    assert parse_timeframe("Liên tục").ongoing


def test_it_takes_a_missing_year_from_a_one_year_plan() -> None:
    frame = parse_timeframe("Quý III", plan_years=(2024, 2024))
    assert (frame.start, frame.end) == (date(2024, 7, 1), date(2024, 9, 30))
    assert parse_timeframe("Quý III").start is None
    assert parse_timeframe("Quý III", plan_years=(2023, 2028)).start is None


@pytest.mark.parametrize("text", ["Tháng 13/2024", "Quý V/2024", "Trước ngày 31/02/2024",
                                  "Theo chỉ đạo của Trung ương", "", "Từ tháng 6 đến tháng 3/2024"])
def test_it_gives_no_dates_for_what_it_cannot_read(text: str) -> None:
    frame = parse_timeframe(text)
    assert (frame.start, frame.end) == (None, None)


years = st.integers(min_value=2000, max_value=2100)


@given(year=years, quarter=st.integers(1, 4), arabic=st.booleans())
def test_quarters_stay_inside_their_year(year: int, quarter: int, arabic: bool) -> None:
    label = str(quarter) if arabic else ROMAN[quarter - 1]
    frame = parse_timeframe(f"Quý {label}/{year}")
    assert frame.start and frame.end
    assert date(year, 1, 1) <= frame.start <= frame.end <= date(year, 12, 31)


@given(year=years, first=st.integers(1, 4), last=st.integers(1, 4))
def test_quarter_pairs_run_from_first_to_last(year: int, first: int, last: int) -> None:
    first, last = sorted((first, last))
    frame = parse_timeframe(f"Quý {ROMAN[first - 1]} và Quý {ROMAN[last - 1]} năm {year}")
    assert frame.start == date(year, 3 * first - 2, 1)
    assert frame.end and frame.end.month == 3 * last and frame.end.year == year


@given(year=years, month=st.integers(1, 12), form=st.sampled_from(["Tháng {m}/{y}",
                                                                  "Tháng {m:02d} năm {y}"]))
def test_months_stay_inside_their_year(year: int, month: int, form: str) -> None:
    frame = parse_timeframe(form.format(m=month, y=year))
    assert frame.start == date(year, month, 1)
    assert frame.end and frame.start <= frame.end <= date(year, 12, 31)


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_deadlines_run_from_the_start_of_their_year(day: date) -> None:
    frame = parse_timeframe(f"Trước ngày {day.day}/{day.month}/{day.year}")
    assert (frame.start, frame.end) == (date(day.year, 1, 1), day)


@given(first=years, length=st.integers(0, 10), dash=st.sampled_from(["-", " - ", "–"]))
def test_year_ranges_stay_inside_the_range(first: int, length: int, dash: str) -> None:
    frame = parse_timeframe(f"Giai đoạn {first}{dash}{first + length}")
    assert (frame.start, frame.end) == (date(first, 1, 1), date(first + length, 12, 31))


@given(year=years, first=st.integers(1, 12), last=st.integers(1, 12))
def test_month_ranges_keep_start_before_end(year: int, first: int, last: int) -> None:
    first, last = sorted((first, last))
    frame = parse_timeframe(f"Từ tháng {first} đến tháng {last}/{year}")
    assert frame.start and frame.end and frame.start <= frame.end
    assert frame.start.year == frame.end.year == year


@given(text=st.text(max_size=60), plan=st.none() | st.tuples(years, years))
def test_it_never_raises_and_never_inverts(text: str, plan: tuple[int, int] | None) -> None:
    frame = parse_timeframe(text, plan_years=plan)
    if frame.start and frame.end:
        assert frame.start <= frame.end
