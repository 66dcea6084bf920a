import doctest
import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.vntext import timeframe
from kehoach.vntext.timeframe import TimeFrame, parse_timeframe

ROMAN = ["I", "II", "III", "IV"]
Q3_2024 = (date(2024, 7, 1), date(2024, 9, 30))
H1_2024 = (date(2024, 1, 1), date(2024, 6, 30))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
BY_15_JUNE_2024 = (date(2024, 1, 1), date(2024, 6, 15))
MARCH_TO_JUNE_2024 = (date(2024, 3, 1), date(2024, 6, 30))
PLAN_2023_2028 = (date(2023, 1, 1), date(2028, 12, 31))


def dates(text: str, plan_years: tuple[int, int] | None = None) -> tuple[date | None, ...]:
    frame = parse_timeframe(text, plan_years=plan_years)
    return frame.start, frame.end


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("text", ["Trong năm 2024", "Năm 2024", "Cả năm 2024", "2024"])
def test_it_reads_a_whole_year(text: str) -> None:
    assert dates(text) == YEAR_2024


@pytest.mark.parametrize(
    "text",
    ["Quý III/2024", "Quý 3/2024", "Quý III năm 2024", "quý III/2024", "QUÝ iii / 2024"],
)
def test_it_reads_a_quarter(text: str) -> None:
    assert dates(text) == Q3_2024


@pytest.mark.parametrize("text", ["Quí III/2024", "Qúy III/2024", "Quy III/2024", "Q3/2024"])
def test_it_reads_other_spellings_of_quy(text: str) -> None:
    assert dates(text) == Q3_2024


@pytest.mark.parametrize(
    "text", ["Quý I và Quý II năm 2024", "Quý I, II/2024", "Quý I - Quý II/2024", "Quý I-II/2024"]
)
def test_it_spans_the_quarters_named(text: str) -> None:
    assert dates(text) == H1_2024


def test_it_spans_quarters_across_a_new_year() -> None:
    assert dates("Quý IV/2024 - Quý I/2025") == (date(2024, 10, 1), date(2025, 3, 31))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("6 tháng đầu năm 2024", H1_2024),
        ("6 tháng cuối năm 2024", (date(2024, 7, 1), date(2024, 12, 31))),
        ("9 tháng đầu năm 2024", (date(2024, 1, 1), date(2024, 9, 30))),
        ("Nửa cuối năm 2024", (date(2024, 7, 1), date(2024, 12, 31))),
    ],
)
def test_it_reads_the_first_or_last_months_of_a_year(
    text: str, expected: tuple[date, date]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Tháng 10/2024", (date(2024, 10, 1), date(2024, 10, 31))),
        ("Tháng 10 năm 2024", (date(2024, 10, 1), date(2024, 10, 31))),
        ("tháng 02/2024", (date(2024, 2, 1), date(2024, 2, 29))),
        ("Tháng 02/2023", (date(2023, 2, 1), date(2023, 2, 28))),
        ("Tháng 2/2100", (date(2100, 2, 1), date(2100, 2, 28))),
        ("Tháng 2/2000", (date(2000, 2, 1), date(2000, 2, 29))),
    ],
)
def test_it_reads_a_whole_month_with_leap_years_right(
    text: str, expected: tuple[date, date]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trước ngày 15/6/2024",
        "Trước 15/6/2024",
        "Chậm nhất ngày 15/6/2024",
        "Hoàn thành trước ngày 15 tháng 6 năm 2024",
        "Hạn chót: 15-6-2024",
    ],
)
def test_it_runs_a_deadline_from_the_start_of_its_year(text: str) -> None:
    assert dates(text) == BY_15_JUNE_2024


def test_it_ends_before_a_month_that_comes_after_truoc() -> None:
    assert dates("Trước tháng 6/2024") == (date(2024, 1, 1), date(2024, 5, 31))
    assert dates("Chậm nhất tháng 6/2024") == H1_2024


@pytest.mark.parametrize(
    "text",
    [
        "Từ tháng 3 đến tháng 6/2024",
        "Từ tháng 3/2024 đến tháng 6/2024",
        "Tháng 3 - tháng 6/2024",
        "Tháng 3-6/2024",
        "Từ tháng 3/2024 đến hết tháng 6",
    ],
)
def test_it_reads_a_range_of_months(text: str) -> None:
    assert dates(text) == MARCH_TO_JUNE_2024


def test_it_reads_a_range_of_months_across_a_new_year() -> None:
    assert dates("Từ tháng 11/2024 đến tháng 02/2025") == (date(2024, 11, 1), date(2025, 2, 28))


@pytest.mark.parametrize(
    "text",
    ["Từ ngày 01/3/2024 đến ngày 30/6/2024", "01/3/2024 - 30/6/2024", "Từ 01/3 đến 30/6/2024"],
)
def test_it_reads_a_range_of_days(text: str) -> None:
    assert dates(text) == MARCH_TO_JUNE_2024


@pytest.mark.parametrize(
    "text", ["Năm 2023-2028", "Giai đoạn 2023 - 2028", "2023–2028", "Từ năm 2023 đến năm 2028"]
)
def test_it_reads_a_range_of_years(text: str) -> None:
    assert dates(text) == PLAN_2023_2028


@pytest.mark.parametrize("text", ["Hằng năm", "Hàng năm", "Định kỳ hằng năm"])
def test_it_spreads_every_year_over_the_plans_years(text: str) -> None:
    frame = parse_timeframe(text, plan_years=(2023, 2028))
    assert frame == TimeFrame(text, *PLAN_2023_2028, recurring=True)
    assert parse_timeframe(text) == TimeFrame(text, None, None, recurring=True)


def test_it_reads_a_period_that_comes_every_year() -> None:
    frame = parse_timeframe("Tháng 10 hằng năm", plan_years=(2024, 2024))
    assert frame == TimeFrame("Tháng 10 hằng năm", date(2024, 10, 1), date(2024, 10, 31), True)


@pytest.mark.parametrize("text", ["Thường xuyên", "Liên tục", "Thực hiện thường xuyên"])
def test_it_keeps_ongoing_work_open_within_the_plan(text: str) -> None:
    frame = parse_timeframe(text, plan_years=(2023, 2028))
    assert frame == TimeFrame(text, *PLAN_2023_2028, ongoing=True)
    assert parse_timeframe(text) == TimeFrame(text, None, None, ongoing=True)


def test_it_keeps_ongoing_work_within_the_year_it_states() -> None:
    frame = parse_timeframe("Thường xuyên trong năm 2024", plan_years=(2023, 2028))
    assert frame == TimeFrame("Thường xuyên trong năm 2024", *YEAR_2024, ongoing=True)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Quý III", Q3_2024),
        ("Tháng 10", (date(2024, 10, 1), date(2024, 10, 31))),
        ("6 tháng đầu năm", H1_2024),
        ("Trước ngày 15/6", BY_15_JUNE_2024),
    ],
)
def test_it_takes_a_missing_year_from_a_one_year_plan(
    text: str, expected: tuple[date, date]
) -> None:
    assert dates(text, plan_years=(2024, 2024)) == expected
    assert dates(text) == (None, None)


def test_it_does_not_guess_which_year_of_a_longer_plan_is_meant() -> None:
    assert dates("Quý III", plan_years=(2023, 2028)) == (None, None)


@pytest.mark.parametrize(
    "text",
    ["Quý III/2024.", "Quý III/2024;", "  Quý  III/2024 ", "Thời gian dự kiến: Quý III/2024./."],
)
def test_it_ignores_trailing_punctuation_and_spacing(text: str) -> None:
    assert dates(text) == Q3_2024


def test_it_keeps_the_text_as_written_stripped_and_composed() -> None:
    assert parse_timeframe("  Quý III/2024.  ").text == "Quý III/2024."
    assert parse_timeframe(nfd("Quý III/2024")).text == "Quý III/2024"


@pytest.mark.parametrize(
    "text",
    [
        nfd("Hoàn thành trước ngày 15 tháng 6 năm 2024"),
        "HOÀN THÀNH TRƯỚC NGÀY 15 THÁNG 6 NĂM 2024",
        "Hoàn thành trước ngày 15 tháng 6 năm 2024".replace("oà", "òa"),
    ],
)
def test_it_reads_decomposed_text_any_case_and_tone_placement(text: str) -> None:
    assert dates(text) == BY_15_JUNE_2024


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 13/2024",
        "Tháng 13 năm 2024",
        "Tháng 0/2024",
        "Quý V/2024",
        "Quý V năm 2024",
        "Quý 5/2024",
        "31/02/2024",
        "Trước ngày 31/02/2024",
        "Từ tháng 6 đến tháng 3/2024",
        "Quý III, Quý I/2024",
        "Từ tháng 11 đến tháng 02/2025",
        "Theo chỉ đạo của Trung ương",
        "Trong năm",
        "",
        "   ",
    ],
)
def test_it_gives_no_dates_for_what_it_cannot_read(text: str) -> None:
    assert dates(text) == (None, None)
    assert dates(text, plan_years=(2024, 2024)) == (None, None)


def test_it_gives_no_dates_for_a_flag_with_a_bad_period() -> None:
    frame = parse_timeframe("Tháng 13 hằng năm", plan_years=(2024, 2024))
    assert frame == TimeFrame("Tháng 13 hằng năm", None, None, recurring=True)


def test_it_ignores_plan_years_in_the_wrong_order() -> None:
    assert dates("Quý III", plan_years=(2025, 2024)) == (None, None)
    assert dates("Hằng năm", plan_years=(2025, 2024)) == (None, None)


def test_it_keeps_the_examples_in_the_docstring_true() -> None:
    assert doctest.testmod(timeframe).failed == 0


# --- Properties ---------------------------------------------------------------------------

years = st.integers(min_value=2000, max_value=2100)
quarters = st.integers(min_value=1, max_value=4)
months = st.integers(min_value=1, max_value=12)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
# What a document or a keyboard may do to the same words.
spellings: st.SearchStrategy[Callable[[str], str]] = st.sampled_from(
    [str, str.lower, str.upper, nfd, lambda t: t.replace("Quý", "Quí")]
)


def quarter_label(quarter: int, arabic: bool) -> str:
    return str(quarter) if arabic else ROMAN[quarter - 1]


@st.composite
def one_year_forms(draw: st.DrawFn) -> tuple[str, int]:
    """Some text of every form that names a single year, and that year."""
    year = draw(years)
    q = quarter_label(draw(quarters), draw(st.booleans()))
    q2 = quarter_label(draw(quarters), draw(st.booleans()))
    m, m2, n = draw(months), draw(months), draw(months)
    day = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)))
    text = draw(
        st.sampled_from(
            [
                f"Trong năm {year}",
                f"Cả năm {year}",
                f"Quý {q}/{year}",
                f"Quý {q} năm {year}",
                f"Quý {q} và Quý {q2} năm {year}",
                f"Quý {q}, {q2}/{year}",
                f"Quý {q} - Quý {q2}/{year}",
                f"{n} tháng đầu năm {year}",
                f"{n} tháng cuối năm {year}",
                f"Tháng {m}/{year}",
                f"Tháng {m:02d} năm {year}",
                f"Từ tháng {m} đến tháng {m2}/{year}",
                f"Tháng {m} - tháng {m2}/{year}",
                f"Trước ngày {day.day}/{day.month}/{year}",
                f"Chậm nhất ngày {day.day:02d} tháng {day.month} năm {year}",
                f"Từ ngày {day.day}/{day.month}/{year} đến ngày 31/12/{year}",
                f"Thường xuyên trong năm {year}",
            ]
        )
    )
    return draw(spellings)(text), year


@given(one_year_forms())
def test_it_keeps_one_year_forms_inside_their_year(form: tuple[str, int]) -> None:
    text, year = form
    start, end = dates(text)
    if start is None or end is None:
        # Only periods out of order ("Quý IV, III/2024") may fail to read.
        assert start is None and end is None
        return
    assert date(year, 1, 1) <= start <= end <= date(year, 12, 31)


@given(year=years, quarter=quarters, arabic=st.booleans(), spelling=spellings)
def test_it_reads_every_quarter_exactly(
    year: int, quarter: int, arabic: bool, spelling: Callable[[str], str]
) -> None:
    text = spelling(f"Quý {quarter_label(quarter, arabic)}/{year}")
    start, end = dates(text)
    assert start == date(year, 3 * quarter - 2, 1)
    assert end is not None and (end.year, end.month) == (year, 3 * quarter)


@given(year=years, first=quarters, last=quarters)
def test_it_spans_quarter_pairs_from_first_to_last(year: int, first: int, last: int) -> None:
    first, last = sorted((first, last))
    start, end = dates(f"Quý {ROMAN[first - 1]} và Quý {ROMAN[last - 1]} năm {year}")
    assert start == date(year, 3 * first - 2, 1)
    assert end is not None and (end.year, end.month) == (year, 3 * last)


@given(year=years, month=months)
def test_it_ends_a_month_on_its_last_day(year: int, month: int) -> None:
    start, end = dates(f"Tháng {month}/{year}")
    assert start == date(year, month, 1)
    assert end is not None and end.replace(day=1) == start
    assert date.fromordinal(end.toordinal() + 1).day == 1  # the next day starts a month


@given(day=days, spelling=spellings)
def test_it_ends_a_deadline_on_its_day(day: date, spelling: Callable[[str], str]) -> None:
    text = spelling(f"Trước ngày {day.day}/{day.month}/{day.year}")
    assert dates(text) == (date(day.year, 1, 1), day)


@given(first=days, second=days)
def test_it_keeps_day_ranges_exact(first: date, second: date) -> None:
    first, second = sorted((first, second))
    text = f"Từ ngày {first:%d/%m/%Y} đến ngày {second.day}/{second.month}/{second.year}"
    assert dates(text) == (first, second)


@given(
    first_year=years,
    first_month=months,
    span=st.integers(min_value=0, max_value=36),
    dash=st.sampled_from([" đến tháng ", " - tháng ", " tới tháng "]),
)
def test_it_keeps_month_ranges_inside_the_range(
    first_year: int, first_month: int, span: int, dash: str
) -> None:
    last_index = first_year * 12 + first_month - 1 + span
    last_year, last_month = divmod(last_index, 12)
    text = f"Từ tháng {first_month}/{first_year}{dash}{last_month + 1}/{last_year}"
    start, end = dates(text)
    assert start == date(first_year, first_month, 1)
    assert end is not None and (end.year, end.month) == (last_year, last_month + 1)


@given(first=years, length=st.integers(0, 10), dash=st.sampled_from(["-", " - ", "–", " — "]))
def test_it_keeps_year_ranges_inside_the_range(first: int, length: int, dash: str) -> None:
    text = f"Giai đoạn {first}{dash}{first + length}"
    assert dates(text) == (date(first, 1, 1), date(first + length, 12, 31))


@given(
    first=years,
    length=st.integers(0, 10),
    words=st.sampled_from(["Hằng năm", "Hàng năm", "Thường xuyên", "Liên tục"]),
)
def test_it_fills_flags_with_the_plans_years(first: int, length: int, words: str) -> None:
    frame = parse_timeframe(words, plan_years=(first, first + length))
    assert (frame.start, frame.end) == (date(first, 1, 1), date(first + length, 12, 31))
    assert frame.recurring or frame.ongoing


@given(
    text=st.text(max_size=60)
    | st.from_regex(r"[Qq]u[ýí] [IVX0-9]{0,4}[/ ]\d{0,5}", fullmatch=True),
    plan=st.none() | st.tuples(st.integers(-5, 10_005), st.integers(-5, 10_005)),
)
def test_it_never_raises_and_never_inverts(text: str, plan: tuple[int, int] | None) -> None:
    frame = parse_timeframe(text, plan_years=plan)
    assert (frame.start is None) == (frame.end is None)
    if frame.start and frame.end:
        assert frame.start <= frame.end


def test_a_later_period_may_contain_the_earlier_one() -> None:
    frame = parse_timeframe("Từ tháng 7/2025 đến hết năm 2025")
    assert (frame.start, frame.end) == (date(2025, 7, 1), date(2025, 12, 31))
    assert parse_timeframe("Quý III, Quý I/2024").start is None
