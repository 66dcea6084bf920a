"""Paragraphs rejoined from text that was broken where a page or a window ended.

A plan copied from a legal-document website, from a PDF's text layer or pasted into Word from a
PDF arrives one printed line per line: "Đài Phát thanh và Truyền hình" / "tỉnh Bà Rịa - Vũng Tàu"
is then two lines, and a parser reading line by line cuts the unit's name and the task's title.
Without the page's geometry (the PDF reader has it and uses `layout.rebuild`), the text itself
tells a wrapped line from a paragraph's end:

- a line that continues its sentence starts in lower case ("tháng 11 năm 2023" after "ngày 17"),
  or follows a divided name ("Bà Rịa -" / "Vũng Tàu") or a label with its value on the next line
  ("Số:" / "1234/KH-UBND");
- in text wrapped at a width (most lines then end near one column), a line that stops short of
  that column by more than the next line's first word ended its paragraph: a line is cut only when
  the next word does not fit;
- headings, list items, table rows, header cells set apart by a wide gap or a tab, and lines that
  end a sentence are never joined, and a heading is continued by a capitalised line only where its
  last word cannot end it ("... phối hợp với" / "Sở Y tế").

`continuations` says which line continues the one before; each reader joins as its format needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kehoach.ingest.readers.layout import is_heading, is_rule

# List items and headings: "-", "+", "•" bullets; "1.", "2.1.", "1)", "II.", "a)", "đ)".
_ITEM = re.compile(
    r"^(?:[-+•*–—·▪►✓]\s|\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|[IVXLC]{1,6}[.)](?:\s|$)"
    r"|[a-zđ][.)](?:\s|$)|(?:Điều|Chương|Phần|Mục)\s+[\dIVXLC]+(?:[.:]|$)|#"
    r"|(?:Nhiệm vụ|Hoạt động|Nội dung)\s+\d{1,2}\s*[.:)])"
)
# Items that may be headings, whose end the next line's capital may mark; bullets and articles
# ("Điều 3. ...") are paragraphs.
_HEADING_ITEM = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,6}[.)]|[a-zđ][.)]|#"
                           r"|(?:Nhiệm vụ|Hoạt động|Nội dung)\s+\d{1,2}\s*[.:)])")
_SENTENCE_END = (".", "!", "?", "…")
_CLAUSE_END = (";", ":")
# Header cells laid side by side: a wide gap of spaces, a tab, or a "|" between cells.
_CELLS = re.compile(r"\S {6,}\S|\t|\S\s+\|\s+\S")
# A label whose value a narrow cell pushed onto the next line: "Số:" / "1234/KH-UBND".
_BARE_LABEL = re.compile(r"^(?:Số|SỐ|V/v|Về việc)\s*:?$")
# Words that open a paragraph of their own, never the second line of one.
_OPENS_PARAGRAPH = re.compile(
    r"^(?:Căn cứ|Thực hiện|Kính gửi|Nơi nhận|Trên đây|Theo đề nghị|\((?:Ban hành )?[Kk]èm theo)\b")
# Words a heading cannot end on: the phrase goes on in the next line whatever its case. Some
# ask for a number or a name after them ("trước ngày" / "15/12/2025", "tiếng" / "Việt").
_OPEN_ENDED_WORDS = (
    "của và với cho các những tại trong trên về theo đến từ để là có được bị do bởi như hoặc hay "
    "thuộc nhằm qua sau trước giữa một mọi toàn vào khi mà cùng ở tới đã sẽ đang phải cần đối "
    "ngày tháng năm số quý kỳ lần điều khoản điểm mục đoạn khóa tiếng nước"
)
_OPEN_ENDED = frozenset(_OPEN_ENDED_WORDS.split(" "))
_MIN_WRAPPED_LINES = 8
_WIDEST_SHARE = 0.98  # the width is this quantile of line lengths: a few lines overrun it
_MAX_WIDTH = 130  # longer lines are whole paragraphs: the text is not wrapped
_GOING_ON_SHARE = 0.3  # of lines at 80% of the width or more, in wrapped text


def continuations(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it continues the line before it (always False for the first).

    An empty string is a hard break (a blank line, a table): nothing joins across it.
    """
    texts = [line.strip() for line in lines]
    width = wrap_width(texts)
    result = [False] * len(texts)
    paragraph = ""  # the paragraph being built, up to the line before
    for index in range(1, len(texts)):
        previous, text = texts[index - 1], texts[index]
        paragraph = f"{paragraph} {previous}" if result[index - 1] else previous
        result[index] = bool(previous and text) and _continues(paragraph, previous, text, width)
    return result


def wrap_width(texts: Sequence[str]) -> int | None:
    """The column the text was wrapped at, or None when its lines are whole paragraphs.

    Wrapped text has lines of about one length, and a good part of the longest go on in the
    next line: in lower case, or in another line as long without a stop between; whole
    paragraphs have lines of any length, and never do.
    """
    lengths = sorted(len(text) for text in texts if text and not _set_apart(text))
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int(_WIDEST_SHARE * (len(lengths) - 1))]
    if width > _MAX_WIDTH:
        return None
    full = [index for index, text in enumerate(texts[:-1])
            if len(text) >= 0.8 * width and not _set_apart(text)]
    going_on = sum(_lower_start(texts[index + 1]) or (
        len(texts[index + 1]) >= 0.8 * width and not texts[index].endswith(
            (*_SENTENCE_END, *_CLAUSE_END))) for index in full)
    return width if going_on and going_on >= _GOING_ON_SHARE * len(full) else None


def join(previous: str, text: str) -> str:
    """Two lines as one: a word divided at a hyphen ("58/KH-" / "UBND") closes up."""
    previous, text = previous.rstrip(), text.lstrip()
    if re.search(r"[\w/]-$", previous) and not previous.endswith(" -"):
        return previous + text
    return f"{previous} {text}"


def rejoin_text(text: str) -> str:
    """Plain text with each wrapped paragraph on one line; blank lines kept."""
    return rejoin(text.split("\n"), ["\n"] * text.count("\n"))


def rejoin(pieces: Sequence[str], separators: Sequence[str]) -> str:
    """The pieces as one text, wrapped lines joined, the others kept apart by the separator
    written between them (`separators[i]` between piece i and piece i + 1)."""
    out: list[str] = []
    for index, joined in enumerate(continuations(pieces)):
        if joined:
            out[-1] = join(out[-1], pieces[index])
        else:
            out += [separators[index - 1], pieces[index]] if index else [pieces[index]]
    return "".join(out)


def _continues(paragraph: str, previous: str, text: str, width: int | None) -> bool:
    if _set_apart(previous) or _set_apart(text) or is_rule(previous) or is_rule(text):
        return False
    if _BARE_LABEL.match(previous):
        return True
    if _OPENS_PARAGRAPH.match(text) or (_ITEM.match(text)
                                        and not _hyphen_in_name(previous, text, width)):
        return False
    if _capitals(previous) != _capitals(text) and _has_words(text) and not _divided(previous):
        return False  # a heading in capitals and the text under it
    if _divided(previous):
        return True
    full = width is not None and _full(previous, text, width)
    if previous.rstrip("*_”\"' ").endswith(_SENTENCE_END):
        # A sentence ends inside a paragraph as often as at its end: only a cut line tells.
        return full and not _ITEM.match(paragraph)
    if _lower_start(text):
        return True
    if width is None or not full:
        return False
    return previous.endswith(_CLAUSE_END) or _may_go_on(paragraph, previous, text, width)


def _set_apart(text: str) -> bool:
    """A table row, or header cells side by side: each cell is its own paragraph."""
    return text.startswith("|") or bool(_CELLS.search(text))


def _divided(previous: str) -> bool:
    """A name or word cut at its hyphen: "Bà Rịa -", "Lao động -", "58/KH-"."""
    return len(previous) > 2 and previous.endswith(("-", "–")) and previous[-2] != previous[-1]


def _lower_start(text: str) -> bool:
    first = next((ch for ch in text if ch.isalnum()), "")
    return first.isalpha() and first.islower() and not text.startswith(("(", "“", '"'))


def _capitals(text: str) -> bool:
    """A heading in capitals: two words or more, every letter upper-case ("QR:" is a word)."""
    return is_heading(text) and len(text.split()) > 1


def _has_words(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


def _hyphen_in_name(previous: str, text: str, width: int | None) -> bool:
    """A wrapped "chính trị" / "- xã hội", "Việt" / "- Nùng": the dash of a name, not a bullet.

    A bullet opens with a capital and follows a line that ended its clause; in wrapped text, a
    dash and a capital after a cut line are a name's, unless a label follows ("- Thời gian:").
    """
    if not text.startswith(("- ", "– ")) or previous.endswith(
            (*_SENTENCE_END, *_CLAUSE_END, ",")):
        return False
    if _lower_start(text[2:]):
        return True
    return width is not None and _full(previous, text, width) and ":" not in text[:40]


def _full(previous: str, text: str, width: int) -> bool:
    """The next line's first word would not have fitted on this line: the line was cut."""
    first = text.split()[0] if text.split() else ""
    slack = max(2, width // 12)
    return len(previous) + 1 + len(first) > width - slack


def _may_go_on(paragraph: str, previous: str, text: str, width: int) -> bool:
    """Whether a line cut before a capital, a digit or a bracket goes on in the next line.

    Running text does; so does a heading in capitals continued in capitals. A numbered heading
    ("2. Tổ chức ...") does where it is written as a paragraph (a clause, a bracket still open),
    where its last word leaves the phrase open ("... phối hợp với" / "Sở Y tế"), or where the
    next line is its tail: short and, as a heading, without a stop at its end.
    """
    if _capitals(paragraph):
        return _capitals(text) or not _has_words(text)
    marker = _HEADING_ITEM.match(paragraph)
    if marker is None:
        return True
    words = paragraph[marker.end():]
    if any(mark in words for mark in (";", ": ", ". ")) or words.count("(") > words.count(")"):
        return True
    if text.startswith("("):
        return True  # its fields in brackets: "(Cơ quan chủ trì: ...; thời gian: ...)"
    if len(text) < 0.8 * width and not text.rstrip("*_”\"' ").endswith(
            (*_SENTENCE_END, *_CLAUSE_END)):
        return True
    last = previous.split()[-1]
    return previous.endswith((",", "-", "–")) or last.lower() in _OPEN_ENDED or (
        last[:1].isupper() and len(last) > 1)
