"""Paragraphs rebuilt from the wrapped lines of a PDF text layer or of OCR output.

A PDF stores where each line is drawn, not where paragraphs end. Official documents follow
Decree 30/2020 closely enough that the signals below tell a wrapped line from a new paragraph:
sentences end with punctuation, items start with a bullet or a number, headings are in capitals,
and the last line of a paragraph stops short of the right edge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# "-", "+", "•", "*", "–" bullets; "1.", "2.1.", "1)", "II.", "a)", "đ)"; Điều/Chương/Phần/Mục.
_ITEM_START = re.compile(
    r"""^(?:
        [-+•*–—·▪►✓]\s
      | \d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)
      | [IVXLC]{1,6}[.)](?:\s|$)
      | [a-zđ][.)](?:\s|$)
      | (?:Điều|Chương|Phần|Mục)\s+[\dIVXLC]+\b
    )""",
    re.VERBOSE,
)
_SENTENCE_END = (".", ":", ";", "!", "?", "…")
# A label such as "Nơi nhận:" or "Căn cứ:" is short; a wrapped line ending in ":" is not.
_LABEL_MAX_WORDS = 6
# Without geometry (OCR), a line this much shorter than its neighbours ended its paragraph.
_SHORT_LINE_RATIO = 0.6
_MIN_FULL_LINE = 30
_NEIGHBOURS = 3

_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.I)


@dataclass(frozen=True)
class Line:
    """A drawn line and what the PDF's geometry tells about it, when there is a PDF.

    `ends_early`: it stops well before the right edge of its block; `apart`: it does not overlap
    the line before it horizontally (another column, like the two halves of the Decree 30 header).
    """

    text: str
    ends_early: bool | None = None
    apart: bool = False


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def drop_page_numbers(lines: Sequence[str]) -> list[str]:
    """Remove a running page number: a first or last line of a page that is only a number."""
    kept = [line for line in lines if line.strip()]
    if kept and is_page_number(kept[-1]):
        kept.pop()
    if kept and is_page_number(kept[0]):
        kept.pop(0)
    return kept


def rebuild(lines: Sequence[Line | str | None]) -> list[str]:
    """Join wrapped lines into paragraphs; None (or a blank line) always ends a paragraph."""
    items = [_line(line) for line in lines]
    paragraphs: list[str] = []
    current: str | None = None
    previous: Line | None = None
    for index, line in enumerate(items):
        if line is None:
            if current:
                paragraphs.append(current)
            current, previous = None, None
            continue
        joins = previous is not None and not line.apart and _continues(previous, line.text)
        if current is not None and joins and previous is not None:
            current += "" if _divided_word(previous.text) else " "
            current += line.text
        else:
            if current:
                paragraphs.append(current)
            current = line.text
        early = line.ends_early
        previous = Line(line.text, _short(items, index, len(line.text)) if early is None else early)
    if current:
        paragraphs.append(current)
    return paragraphs


def _line(line: Line | str | None) -> Line | None:
    if line is None:
        return None
    text = line.text if isinstance(line, Line) else line
    text = " ".join(text.split())
    if not text:
        return None
    return Line(text, line.ends_early, line.apart) if isinstance(line, Line) else Line(text)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _continues(previous: Line, text: str) -> bool:
    if ends_sentence(previous.text) or is_heading(previous.text) or is_heading(text):
        return False
    if is_rule(previous.text) or is_rule(text):
        return False
    if _ITEM_START.match(text) or _is_label(text):
        return False
    return not (previous.ends_early and text[0].isupper())


def _divided_word(text: str) -> bool:
    """A line ending in a hyphen glued to a word ("58/KH-") continues that word on the next line."""
    return len(text) > 1 and text.endswith("-") and not text[-2].isspace()


def _short(items: Sequence[Line | None], index: int, length: int) -> bool:
    """Without geometry: much shorter, in characters, than the longest of its neighbours."""
    window = items[max(0, index - _NEIGHBOURS) : index + _NEIGHBOURS + 1]
    longest = max(len(line.text) for line in window if line is not None)
    return longest >= _MIN_FULL_LINE and length < longest * _SHORT_LINE_RATIO


def is_heading(line: str) -> bool:
    """A line in capitals ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU") with at least two letters."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def is_rule(line: str) -> bool:
    """A line drawn with characters ("___________", "-----", "* * *"): the rule under a title or
    a header column, which belongs to no paragraph."""
    return len(line) >= 3 and not any(ch.isalnum() for ch in line)


def _is_label(line: str) -> bool:
    return line.endswith(":") and line[0].isupper() and len(line.split()) <= _LABEL_MAX_WORDS
