"""The number and date a signed report says it has, read from its first page's text.

>>> issued_number_and_date("SỞ THÔNG TIN\\nSố: 312/BC-STTTT Sóc Trăng, ngày 20 tháng 6 năm 2024")
('312', datetime.date(2024, 6, 20))
>>> issued_number_and_date("Số: /BC-STTTT Sóc Trăng, ngày tháng năm 2024")
('', None)
"""

from __future__ import annotations

import re
from datetime import date

NUMBER = re.compile(r"Số\s*:\s*(\d{1,6})\s*/")
DAY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def issued_number_and_date(text: str) -> tuple[str, date | None]:
    """("312", 20/6/2024) from "Số: 312/BC-STTTT" and "ngày 20 tháng 6 năm 2024"; a blank
    left for the clerk to write by hand reads as "" and None."""
    number = NUMBER.search(text)
    day = DAY.search(text)
    issued_on = None
    if day:
        try:
            issued_on = date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
        except ValueError:
            issued_on = None
    return (number.group(1).lstrip("0") or "0") if number else "", issued_on
