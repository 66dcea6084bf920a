from datetime import date

from kehoach.vntext.dates import document_date


def test_it_pads_days_under_ten() -> None:
    assert document_date(date(2024, 5, 6)) == "ngày 06 tháng 5 năm 2024"


def test_it_pads_january_and_february_only() -> None:
    assert document_date(date(2025, 1, 20)) == "ngày 20 tháng 01 năm 2025"
    assert document_date(date(2025, 2, 28)) == "ngày 28 tháng 02 năm 2025"
    assert document_date(date(2023, 12, 11)) == "ngày 11 tháng 12 năm 2023"
    assert document_date(date(2023, 3, 1)) == "ngày 01 tháng 3 năm 2023"
