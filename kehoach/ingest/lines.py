"""The source text cut into lines that remember where they are.

Markdown emphasis and heading marks ("**", "#") are blanked rather than removed, so a line's
text keeps the same offsets as the source and every item found in it can be highlighted.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from kehoach.ingest.textutil import flat

# Tabs are kept: a tab sets cells side by side as a wide gap of spaces does.
_MARKS = str.maketrans({"*": " ", "#": " ", "\u00a0": " "})
_CELL = re.compile(r"(?<!\\)\|")


@dataclass
class Line:
    text: str  # stripped, emphasis blanked; the same length as source[start:end]
    start: int
    end: int
    index: int

    @cached_property
    def flat(self) -> str:
        return flat(self.text)

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def is_row(self) -> bool:
        return self.text.startswith("|") and self.text.endswith("|") and len(self.text) > 1

    def cells(self) -> list["Line"]:
        """The cells of a table row, each as a line with its own offsets."""
        bounds = [m.start() for m in _CELL.finditer(self.text)]
        cells = []
        for left, right in pairwise(bounds):
            cells.append(sub_line(self, left + 1, right, self.index))
        return cells

    def upper_ratio(self) -> float:
        letters = [ch for ch in self.text if ch.isalpha()]
        return sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0


def sub_line(line: Line, left: int, right: int, index: int | None = None) -> Line:
    """Part of a line, stripped, with its offsets in the source."""
    part = line.text[left:right]
    lead = len(part) - len(part.lstrip())
    text = part.strip()
    start = line.start + left + lead
    return Line(text, start, start + len(text), line.index if index is None else index)


# Text laid out in columns ("pdftotext -layout") puts the recipients and the signature side by side
# on one line, far apart: "- Sở Văn hóa, Thể thao và Du lịch;        CHỦ TỊCH". Words in running
# text are never this far apart; a copy of a table puts a tab between its cells.
_COLUMN_GAP = re.compile(r" {6,}|\s*\t\s*")


def columns(line: Line) -> list[Line]:
    """The parts of a line that a wide gap of spaces sets side by side; the line alone if none."""
    if line.is_row:
        return [line]
    parts: list[Line] = []
    position = 0
    for gap in _COLUMN_GAP.finditer(line.text):
        parts.append(sub_line(line, position, gap.start()))
        position = gap.end()
    parts.append(sub_line(line, position, len(line.text)))
    return [part for part in parts if part.text] or [line]


def split_lines(source: str) -> list[Line]:
    lines = []
    offset = 0
    for number, raw in enumerate(source.split("\n")):
        cleaned = raw.translate(_MARKS)
        lead = len(cleaned) - len(cleaned.lstrip())
        text = cleaned.strip()
        lines.append(Line(text, offset + lead, offset + lead + len(text), number))
        offset += len(raw) + 1
    return lines


def split_br(cell: Line) -> list[Line]:
    """A table cell's paragraphs ("<br>" between them) as separate lines."""
    parts = []
    position = 0
    for match in re.finditer(r"<br\s*/?>", cell.text):
        parts.append(sub_line(cell, position, match.start()))
        position = match.end()
    parts.append(sub_line(cell, position, len(cell.text)))
    return [p for p in parts if p.text]
