"""The cells of a Decree 30 header, as a person reads them from a header flattened into lines.

The header is a two-column table. Copied or converted, its cells arrive side by side on one line
(set apart by a wide gap, a tab or a "|"), one after the other with the two columns' lines
interleaved, or with a value wrapped onto the next line because its cell was narrow: "Số:" then
"1234/KH-UBND", "ngày 17" then "tháng 11 năm 2023", "Bà Rịa -" then "Vũng Tàu", "ỦY" then "BAN
NHÂN DÂN". `header_cells` returns one line per cell with such pieces joined again. A joined
cell's text is padded with spaces where the source had other characters between its pieces, so
that a position in the text is still an offset into the source.
"""

import re

from kehoach.ingest.lines import Line, columns, sub_line

# The right-hand title of the header: the State's, or the Party's on Party documents.
NATIONAL = re.compile(r"cong hoa xa hoi chu nghia(?: viet nam)?|doc lap\s*[-–—]\s*tu do"
                      r"|dang cong san viet nam")
_GLUE = re.compile(r"\s+\|\s+|^\|\s*|\s*\|$")
_BARE_NUMBER_LABEL = re.compile(r"^so\s*[:.]?$")
_NUMBER_VALUE = re.compile(r"^\d*\s*[-/]\s*[a-z]")
# A date cut after its day or month: "..., ngày 17" before "tháng 11 năm 2023".
_DATE_CUT = re.compile(r", ngay(?:\s+\d{1,2})?(?:\s+thang(?:\s+\d{1,2})?)?$")
_ABBREVIATION = re.compile(r"^[A-ZĐ]{2,}$")


def header_cells(top: list[Line]) -> list[Line]:
    """The header's lines cut into cells, and each cell's wrapped pieces joined."""
    parts = [cell for line in top for cell in _cells(line)]
    joined: list[Line] = []
    index = 0
    while index < len(parts):
        cell = parts[index]
        index += 1
        while index < len(parts) and (at := _continuation(cell, parts, index)) is not None:
            cell = _join(cell, parts[at])
            del parts[at]
        joined.append(cell)
    return joined


def is_national(line: Line) -> bool:
    """The national title or the motto, which the issuer's lines are read around."""
    return NATIONAL.search(line.flat) is not None


def _cells(line: Line) -> list[Line]:
    if line.is_row:
        return [line]
    cells: list[Line] = []
    for part in columns(line):
        position = 0
        for glue in _GLUE.finditer(part.text):
            cells.append(sub_line(part, position, glue.start()))
            position = glue.end()
        cells.append(sub_line(part, position, len(part.text)))
    return [cell for cell in cells if cell.text]


def _continuation(cell: Line, parts: list[Line], index: int) -> int | None:
    """Where the rest of a cell cut short is: the next part, or for a value, the next part that
    is not the national title interleaved with the issuer's column."""
    key = cell.flat.strip()
    following = parts[index]
    if _BARE_NUMBER_LABEL.match(key) and cell.text[:1] == "S":
        return next((at for at in range(index, min(index + 3, len(parts)))
                     if _NUMBER_VALUE.match(parts[at].flat)), None)
    if key.endswith("chu nghia") and following.flat.startswith("viet nam"):
        return index  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM"
    if is_national(cell) or is_national(following) or following.is_row:
        if _is_fragment(cell) and is_national(following):
            return next((at for at in range(index + 1, min(index + 3, len(parts)))
                         if not is_national(parts[at]) and _is_capitals(parts[at])), None)
        return None
    if cell.text.endswith(("-", "–")) and not cell.text.endswith(("--", "––")):
        return index  # "TỈNH BÀ RỊA -" / "VŨNG TÀU"
    if _DATE_CUT.search(key) and (following.flat.startswith(("thang", "nam"))
                                  or following.text[:1].isdigit()):
        return index
    if following.text[:1].islower() and not _is_capitals(cell):
        return index
    if _is_fragment(cell) and _is_capitals(following):
        return index
    return None


def _is_capitals(line: Line) -> bool:
    return line.upper_ratio() > 0.8 and any(ch.isalpha() for ch in line.text)


def _is_fragment(cell: Line) -> bool:
    """A piece of a name in capitals that cannot stand alone: one word ("ỦY"), not an
    abbreviation ("UBND"), or a name broken after "VÀ" or a comma."""
    words = cell.text.split()
    if not _is_capitals(cell) or not words:
        return False
    if len(words) == 1:
        return _ABBREVIATION.match(words[0]) is None or len(words[0]) < 3
    return cell.text.endswith(",") or words[-1] in ("VÀ", "CỦA")


def _join(first: Line, second: Line) -> Line:
    gap = second.start - first.end
    if gap < 1:
        return Line(f"{first.text} {second.text}", first.start, second.end, first.index)
    return Line(first.text + " " * gap + second.text, first.start, second.end, first.index)
