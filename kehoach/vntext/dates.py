"""Dates as Vietnamese administrative documents write them (Decree 30/2020, Appendix I).

`document_date` writes the date line; `parse_date` and `find_dates` read dates back in
every form documents use: "ngày 06 tháng 5 năm 2024", "ngày 14/9/2022", "06.5.2024",
"21/4 năm 2024", with or without diacritics, in capitals, NFC or NFD, and the blank
"ngày    tháng    năm 2024" of a draft not yet signed.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache


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


# --- Reading dates ----------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedDate:
    """A date as a document wrote it; an unsigned draft leaves day and month blank.

    `date` is None when the day or the month is blank ("ngày    tháng    năm 2024"),
    and `year` is set whenever it was written.
    """

    date: datetime.date | None
    year: int | None


def parse_date(text: str) -> ParsedDate | None:
    """The first date in text, in any of the forms documents write it.

    >>> parse_date("Sóc Trăng, ngày 06 tháng 5 năm 2024")
    ParsedDate(date=datetime.date(2024, 5, 6), year=2024)
    >>> parse_date("Bắc Giang, ngày     tháng     năm 2024")
    ParsedDate(date=None, year=2024)
    """
    return next((parsed for _, _, parsed in _dates(text)), None)


def find_dates(text: str) -> list[tuple[int, int, ParsedDate]]:
    """Every date in text, with its span (start, end) in text as given.

    The span covers the word "ngày" when it is written, so that text[start:end] is the
    whole date ("ngày 14/9/2022", "ngày 14 tháng 9 năm 2022").
    """
    return list(_dates(text))


# Matched against folded text (see _fold): lowercase, no diacritics, đ as d.
# Drafts leave the day and month blank with spaces, dots, ellipses or underscores.
# One _BLANK between two words, never two in a row: runs of spaces must not backtrack.
_BLANK = r"[\s.,_\u2026]*"
_YEAR = r"[1-9][0-9]{3}(?![0-9])"  # four digits: "06/5/24" is not taken
_DATE = re.compile(
    # Not inside a word or a number: "1079/QĐ-TTg", "2023-2028", "0299.3822.123".
    r"(?<!\w)(?<![0-9][./-])(?:"
    # ngày 06 tháng 5 năm 2024; ngày    tháng    năm 2024
    rf"ngay(?:{_BLANK}(?P<wd>[0-9]{{1,2}}))?{_BLANK}thang(?:{_BLANK}(?P<wm>[0-9]{{1,2}}))?"
    rf"{_BLANK}nam\s*(?P<wy>{_YEAR})"
    # ngày 14/9/2022; 06.5.2024; 6-5-2024 (one separator throughout)
    r"|(?:ngay\s*)?(?P<nd>[0-9]{1,2})"
    r"(?:\s*/\s*(?P<slash>[0-9]{1,2})\s*/\s*|\.(?P<dot>[0-9]{1,2})\.|-(?P<dash>[0-9]{1,2})-)"
    rf"(?P<ny>{_YEAR})(?![./-]\w)"
    # 21/4 năm 2024
    rf"|(?:ngay\s*)?(?P<sd>[0-9]{{1,2}})\s*/\s*(?P<sm>[0-9]{{1,2}}),?\s*nam\s*(?P<sy>{_YEAR})"
    r")"
)


def _dates(text: str) -> Iterator[tuple[int, int, ParsedDate]]:
    folded, offsets = _fold(text)
    for match in _DATE.finditer(folded):
        parsed = _parsed(match)
        if parsed is not None:
            yield offsets[match.start()], offsets[match.end()], parsed


def _parsed(match: re.Match[str]) -> ParsedDate | None:
    """The date a match names, or None if it names none (31/02/2024, month 13)."""
    groups = match.groupdict()
    if groups["wy"] is not None:
        day, month, year = groups["wd"], groups["wm"], int(groups["wy"])
    elif groups["ny"] is not None:
        day, year = groups["nd"], int(groups["ny"])
        month = groups["slash"] or groups["dot"] or groups["dash"]
    else:
        day, month, year = groups["sd"], groups["sm"], int(groups["sy"])
    if day is None or month is None:
        # A draft's blank date: whatever is written must still be possible.
        if (day is not None and not 1 <= int(day) <= 31) or (
            month is not None and not 1 <= int(month) <= 12
        ):
            return None
        return ParsedDate(None, year)
    try:
        return ParsedDate(date(year, int(month), int(day)), year)
    except ValueError:
        return None


def _fold(text: str) -> tuple[str, list[int]]:
    """Text lowercased without diacritics, and where each of its characters came from.

    offsets[i] is the index in text of folded character i, and offsets[len(folded)] is
    len(text), so a match's span maps back to text. Combining marks fold to nothing,
    which makes NFC and NFD the same; a span's end takes in its last letter's marks.
    """
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if chars and unicodedata.category(ch) == "Mn":
            continue
        chars.append(_fold_char(ch))
        offsets.append(index)
    offsets.append(len(text))
    return "".join(chars), offsets


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character for one: "Ệ" -> "e", "Đ" -> "d" (đ has no decomposition)."""
    base = unicodedata.normalize("NFD", ch)[0]
    lower = base.lower()
    if len(lower) != 1:
        lower = base
    return "d" if lower in "đð" else lower
