import doctest
from dataclasses import replace
from datetime import date

import pytest

from exports import annex, data_tables, decree30, decree30_check, document, metrics, subject
from exports.tests.sample import DRAFT, REPORT


@pytest.mark.parametrize(
    "module", [document, decree30, data_tables, decree30_check, metrics, subject, annex]
)
def test_it_keeps_its_docstring_examples(module) -> None:
    result = doctest.testmod(module)
    assert result.failed == 0


def test_it_writes_the_date_with_leading_zeros() -> None:
    assert replace(REPORT, issued_on=date(2024, 5, 6)).date_line == (
        "Sóc Trăng, ngày 06 tháng 5 năm 2024"
    )
    assert replace(REPORT, issued_on=date(2024, 2, 6)).date_line == (
        "Sóc Trăng, ngày 06 tháng 02 năm 2024"
    )


def test_it_leaves_a_drafts_day_and_month_blank() -> None:
    assert DRAFT.date_line == "Sóc Trăng, ngày      tháng      năm 2024"
    assert DRAFT.number_line == "Số:      /BC-STTTT"


def test_it_pads_numbers_under_ten() -> None:
    assert REPORT.number_line == "Số: 05/BC-STTTT"
    assert replace(REPORT, number="81").number_line == "Số: 81/BC-STTTT"


def test_it_ends_recipients_with_semicolons_and_the_last_with_a_full_stop() -> None:
    assert REPORT.recipient_lines == [
        "- Bộ Thông tin và Truyền thông;",
        "- UBND tỉnh;",
        "- Ban Chỉ đạo Nhân quyền tỉnh;",
        "- Lưu: VT, TTBCXB.",
    ]
    assert replace(REPORT, recipients=["UBND tỉnh;", " Lưu: VT."]).recipient_lines == [
        "- UBND tỉnh;",
        "- Lưu: VT.",
    ]
