import doctest
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.vntext import dates
from kehoach.vntext.dates import ParsedDate, document_date, find_dates, parse_date


def test_it_pads_days_under_ten() -> None:
    assert document_date(date(2024, 5, 6)) == "ngày 06 tháng 5 năm 2024"


def test_it_pads_january_and_february_only() -> None:
    assert document_date(date(2025, 1, 20)) == "ngày 20 tháng 01 năm 2025"
    assert document_date(date(2025, 2, 28)) == "ngày 28 tháng 02 năm 2025"
    assert document_date(date(2023, 12, 11)) == "ngày 11 tháng 12 năm 2023"
    assert document_date(date(2023, 3, 1)) == "ngày 01 tháng 3 năm 2023"


# --- parse_date and find_dates ----------------------------------------------------------

MAY_6 = ParsedDate(date(2024, 5, 6), 2024)
DRAFT_2024 = ParsedDate(None, 2024)
# From the Sóc Trăng plan 81/KH-UBND and the Bắc Giang and Kon Tum reports.
SENTENCES = [
    (
        "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ "
        "phê duyệt Đề án truyền thông quyền con người ở Việt Nam;",
        "ngày 14 tháng 9 năm 2022",
        date(2022, 9, 14),
    ),
    (
        "Căn cứ Công văn số 5768/BTTTT-TTĐN ngày 28 tháng 11 năm 2022 của Bộ Thông tin và "
        "Truyền thông về việc hướng dẫn thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022",
        "ngày 28 tháng 11 năm 2022",
        date(2022, 11, 28),
    ),
    (
        "Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh",
        "ngày 10/6/2024",
        date(2024, 6, 10),
    ),
    (
        "tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 năm 2024 với nhiều hoạt động",
        "21/4 năm 2024",
        date(2024, 4, 21),
    ),
    (
        "Kế hoạch số 1297/KH-UBND ngày 05/05/2023 của UBND tỉnh về triển khai thực hiện Đề án "
        "truyền thông về quyền con người ở Việt Nam, giai đoạn 2023-2028",
        "ngày 05/05/2023",
        date(2023, 5, 5),
    ),
    ("Sóc Trăng, ngày 06 tháng 5 năm 2024", "ngày 06 tháng 5 năm 2024", date(2024, 5, 6)),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 06 tháng 5 năm 2024", MAY_6),
        ("ngày 6 tháng 05 năm 2024", MAY_6),
        ("Ngày 6 tháng 5 năm 2024", MAY_6),
        ("ngày  06  tháng\n5 năm\xa02024", MAY_6),
        ("ngày 6, tháng 5, năm 2024", MAY_6),
        ("06/5/2024", MAY_6),
        ("06 / 5 / 2024", MAY_6),
        ("ngày 06/05/2024", MAY_6),
        ("ngày 05/05/2023", ParsedDate(date(2023, 5, 5), 2023)),
        ("6-5-2024", MAY_6),
        ("06.5.2024", MAY_6),
        ("ngày 14/9/2022", ParsedDate(date(2022, 9, 14), 2022)),
        ("21/4 năm 2024", ParsedDate(date(2024, 4, 21), 2024)),
        ("29/02/2024", ParsedDate(date(2024, 2, 29), 2024)),
        ("(ký ngày 06/5/2024).", MAY_6),
        # Without diacritics, in capitals, in NFD.
        ("NGAY 6 THANG 5 NAM 2024", MAY_6),
        ("ngay 06 thang 5 nam 2024", MAY_6),
        ("NGÀY 06 THÁNG 5 NĂM 2024", MAY_6),
        (unicodedata.normalize("NFD", "Sóc Trăng, ngày 06 tháng 5 năm 2024"), MAY_6),
        # An unsigned draft.
        ("ngày    tháng    năm 2024", DRAFT_2024),
        ("Bắc Giang, ngày tháng năm 2024", DRAFT_2024),
        ("ngày … tháng … năm 2024", DRAFT_2024),
        ("ngày ... tháng ... năm 2024", DRAFT_2024),
        ("ngày .... tháng .... năm 2024", DRAFT_2024),
        ("ngày ___ tháng ___ năm 2024", DRAFT_2024),
        ("ngày    tháng 5 năm 2024", DRAFT_2024),
        ("NGÀY THÁNG NĂM 2024", DRAFT_2024),
        # No date.
        ("Kon Tum, ngày tháng năm", None),
        ("ngày tháng năm", None),
        ("31/02/2024", None),
        ("00/5/2024", None),
        ("6/13/2024", None),
        ("ngày 31 tháng 02 năm 2023", None),
        ("ngày 29 tháng 2 năm 2023", None),
        ("ngày … tháng 13 năm 2024", None),
        ("06/5/24", None),
        ("ngày 6 tháng 5 năm 24", None),
        ("1079/QĐ-TTg", None),
        ("Nghị định số 30/2020/NĐ-CP", None),
        ("giai đoạn 2023-2028", None),
        ("Quý III/2024", None),
        ("tháng 5 năm 2024", None),
        ("6 tháng đầu năm 2024", None),
        ("Điện thoại: 0299.3822.123", None),
        ("ĐT: 0912.345.678, 0299-3821-234", None),
        ("Khoản 2.1, Mục 2", None),
        ("06/5/2024/QĐ-UBND", None),
        ("1.06.5.2024", None),
        ("", None),
    ],
)
def test_it_parses_the_first_date(text: str, expected: ParsedDate | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("sentence", "written", "day"), SENTENCES)
def test_it_finds_dates_in_real_sentences(sentence: str, written: str, day: date) -> None:
    start, end, parsed = find_dates(sentence)[0]
    assert sentence[start:end] == written
    assert parsed == ParsedDate(day, day.year)
    assert parse_date(sentence) == parsed


def test_it_finds_every_date_with_its_span() -> None:
    text = SENTENCES[1][0] + " Bắc Giang, ngày    tháng    năm 2024. Hết hạn 31/02/2024."
    found = [(text[start:end], parsed) for start, end, parsed in find_dates(text)]
    assert found == [
        ("ngày 28 tháng 11 năm 2022", ParsedDate(date(2022, 11, 28), 2022)),
        ("ngày 14/9/2022", ParsedDate(date(2022, 9, 14), 2022)),
        ("ngày    tháng    năm 2024", DRAFT_2024),
    ]


def test_spans_are_in_the_text_as_given() -> None:
    text = unicodedata.normalize("NFD", "Tiền Giang, NGÀY 06 THÁNG 5 NĂM 2024 và ngày 14/9/2022")
    spans = [(start, end) for start, end, _ in find_dates(text)]
    assert [unicodedata.normalize("NFC", text[start:end]) for start, end in spans] == [
        "NGÀY 06 THÁNG 5 NĂM 2024",
        "ngày 14/9/2022",
    ]
    assert [parsed for _, _, parsed in find_dates(text)] == [
        MAY_6,
        ParsedDate(date(2022, 9, 14), 2022),
    ]


def test_it_finds_the_dates_of_the_sample_plan() -> None:
    text = "\n\n".join(sentence for sentence, _, _ in SENTENCES)
    assert [parsed.date for _, _, parsed in find_dates(text)] == [
        date(2022, 9, 14),
        date(2022, 11, 28),
        date(2022, 9, 14),
        date(2024, 6, 10),
        date(2024, 4, 21),
        date(2023, 5, 5),
        date(2024, 5, 6),
    ]


def test_the_doctests_pass() -> None:
    assert doctest.testmod(dates).failed == 0


@given(st.dates(min_value=date(1000, 1, 1)))
def test_document_date_parses_back(day: date) -> None:
    written = document_date(day)
    assert parse_date(written) == ParsedDate(day, day.year)
    assert parse_date(f"Sóc Trăng, {written.upper()}") == ParsedDate(day, day.year)
    assert find_dates(written) == [(0, len(written), ParsedDate(day, day.year))]


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["/", ".", "-"]))
def test_numeric_dates_parse_back(day: date, separator: str) -> None:
    written = separator.join([str(day.day), f"{day.month:02d}", str(day.year)])
    assert parse_date(f"ngày {written}") == ParsedDate(day, day.year)


@pytest.mark.parametrize(
    "text",
    ["ngày" + " " * 50_000 + "x", "ngày tháng" + "." * 50_000, "ngày 6 " * 10_000, "1/2 " * 10_000],
)
def test_long_blanks_take_linear_time(text: str) -> None:
    assert find_dates(text) == []


@given(st.text(max_size=200))
def test_it_never_raises(text: str) -> None:
    for start, end, parsed in find_dates(text):
        assert 0 <= start < end <= len(text)
        assert parsed.year is not None
