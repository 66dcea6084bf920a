"""Dates as Vietnamese administrative documents write them (Decree 30/2020, Appendix I)."""

from datetime import date


def document_date(day: date) -> str:
    """The date part of the place-and-date line.

    Days under 10 and the months 1 and 2 take a leading zero, so that nobody can
    add a digit to a signed document:

    >>> document_date(date(2024, 5, 6))
    'ngày 06 tháng 5 năm 2024'
    >>> document_date(date(2025, 2, 14))
    'ngày 14 tháng 02 năm 2025'
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"
