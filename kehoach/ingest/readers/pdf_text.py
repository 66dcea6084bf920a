"""The text layer of one PDF page as lines, with what their geometry says about paragraphs.

PDFium gives characters in reading order with their boxes; lines are rebuilt from them rather
than taken from PDFium's plain text so that columns side by side (the Decree 30 header, the
recipients beside the signature) are told apart and a paragraph's short last line is seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kehoach.ingest.readers import layout

# Fewer visible characters than this and the page has no usable text layer.
MIN_TEXT_CHARS = 20
# A page mostly covered by an image and with little text is a scan with an overlay (signature).
_SCAN_IMAGE_COVER = 0.5
_SCAN_OVERLAY_CHARS = 200
# A gap wider than this many line heights between two characters on one line separates columns
# (the two halves of the Decree 30 header, "Số: ..." and the place and date).
_COLUMN_GAP = 1.8
# A line ending this share of its block's width before the block's right edge ends a paragraph;
# wrapped lines of justified or ragged text end within a word's width of it.
_EARLY_END = 0.2
# A line inset this much on both sides is centred: a title line, complete in itself.
_CENTRED_INSET = 0.1
_NEIGHBOURS = 3


def page_lines(page: pdfium.PdfPage) -> tuple[list[layout.Line], bool]:
    """The page's lines (running page number removed) and whether it is a scan needing OCR."""
    textpage = page.get_textpage()
    try:
        drawn = _drawn_lines(textpage)
    finally:
        textpage.close()
    chars = sum(len("".join(line.text.split())) for line in drawn)
    scanned = chars < MIN_TEXT_CHARS or (
        chars < _SCAN_OVERLAY_CHARS and _image_cover(page) >= _SCAN_IMAGE_COVER
    )
    for edge in (-1, 0):
        if drawn and layout.is_page_number(drawn[edge].text):
            drawn.pop(edge)
    lines = [
        layout.Line(
            line.text,
            ends_early=_ends_early(drawn, index),
            apart=index > 0 and not _overlap(line, drawn[index - 1]),
        )
        for index, line in enumerate(drawn)
    ]
    return lines, scanned


@dataclass
class _Drawn:
    text: str
    left: float
    right: float


def _drawn_lines(textpage: pdfium.PdfTextPage) -> list[_Drawn]:
    """Lines in PDFium's reading order, also split where a wide gap separates two columns.

    PDFium ends a line with a generated CR LF, except after a hyphen it takes for word division,
    so a move to another baseline also ends a line.
    """
    lines: list[_Drawn] = []
    chars: list[str] = []
    left = right = 0.0
    last: tuple[float, float, float, float] | None = None  # left, bottom, right, top

    def end_line() -> None:
        nonlocal last
        text = "".join(chars).strip()
        if text:
            lines.append(_Drawn(text, left, right))
        chars.clear()
        last = None

    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if code in (0x0A, 0x0D):
            end_line()
            continue
        char = "-" if pdfium_c.FPDFText_IsHyphen(textpage, index) == 1 else _printable(code)
        if char is None:
            continue
        if char.isspace():
            chars.append(" ")
            continue
        box = textpage.get_charbox(index, loose=True)
        if last is not None and _breaks_line(last, box):
            if _same_baseline(last, box) and _fills_blank("".join(chars), char):
                chars.append(" ")  # "Số:      /BC-UBND": a blank left for the number
            else:
                end_line()
        if last is None:
            left = box[0]
        chars.append(char)
        right = max(right, box[2]) if last is not None else box[2]
        last = box
    end_line()
    return lines


def _breaks_line(
    last: tuple[float, float, float, float], box: tuple[float, float, float, float]
) -> bool:
    """Another baseline, or a gap wider than a column gutter, lies between two characters."""
    height = max(last[3] - last[1], box[3] - box[1])
    return not _same_baseline(last, box) or box[0] - last[2] > _COLUMN_GAP * height


def _same_baseline(
    last: tuple[float, float, float, float], box: tuple[float, float, float, float]
) -> bool:
    return not (box[3] <= last[1] or box[1] >= last[3])


# Decree 30 leaves the number and the day and month blank until the document is signed and
# registered ("Số:      /BC-UBND", "Hà Tĩnh, ngày      tháng      năm 2024"); the blank is as wide
# as a column gutter but joins the two halves of one field.
_BLANK_FIELD = re.compile(r"(?:^|\s)(?:(?P<number>Số\s*:?)|(?P<day>ngày)|(?P<month>tháng))\s*$")


def _fills_blank(before: str, char: str) -> bool:
    """Whether `char`, after a wide gap, goes on with the field whose blank the gap is."""
    field = _BLANK_FIELD.search(before)
    if field is None:
        return False
    if field["number"]:
        return char in "/-"
    return char in ("tT" if field["day"] else "nN")


def _ends_early(lines: list[_Drawn], index: int) -> bool | None:
    """Whether a line stops well before the right edge of its text block, or is centred in it.

    The block is the lines around it that belong to the same stretch of text: back to the last
    sentence end, on to the next, at most a few lines each way, and only those overlapping it
    horizontally. So a recipient wrapped in the narrow "Nơi nhận:" column is measured against
    that column, not against the body text above it or the signature beside it.
    """
    line = lines[index]
    block = [line]
    for other in reversed(lines[max(0, index - _NEIGHBOURS) : index]):
        if layout.ends_sentence(other.text):
            break
        block.append(other)
    for other in lines[index + 1 : index + _NEIGHBOURS + 1]:
        block.append(other)
        if layout.ends_sentence(other.text):
            break
    block = [other for other in block if _overlap(line, other)]
    if len(block) == 1:
        return None  # alone (a page's last line): line lengths in characters will decide
    block_left = min(other.left for other in block)
    block_right = max(other.right for other in block)
    width = block_right - block_left
    right_inset, left_inset = block_right - line.right, line.left - block_left
    centred = min(right_inset, left_inset) > _CENTRED_INSET * width
    return centred or right_inset > _EARLY_END * width


def _overlap(one: _Drawn, other: _Drawn) -> bool:
    return other.left < one.right and other.right > one.left


def _printable(code: int) -> str | None:
    """The character for a code, or None for controls, surrogates and non-characters."""
    if code == 0x09:
        return " "
    if code in (0xFFFE, 0x02):
        # PDFium's mark for a hyphen it took for word division at a line end (0xFFFE, or 0x02 in
        # newer builds, with no line break after it); Vietnamese words are never divided, so it
        # is a real hyphen, as in "58/KH-" + "UBND".
        return "-"
    if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or code == 0xFFFF:
        return None
    try:
        return chr(code)
    except ValueError:
        return None


def _image_cover(page: pdfium.PdfPage) -> float:
    """The share of the page covered by its largest image."""
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return 0.0
    largest = 0.0
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        left, bottom, right, top = image.get_bounds()
        largest = max(largest, (right - left) * (top - bottom))
    return float(largest / (width * height))
