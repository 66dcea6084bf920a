"""Names and text measurement shared by the .docx writer and its check.

The fixed wording Decree 30/2020 prints (national name, motto, "Nơi nhận:"), the font, the page's
geometry, and how wide a text is set in Times New Roman: the writer draws rules and breaks lines
with these, the check (`exports.decree30_check`) measures with the same numbers, and neither
imports the other.
"""

from __future__ import annotations

import unicodedata

FONT = "Times New Roman"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
RECIPIENTS = "Nơi nhận:"

EMU_PER_MM = 36000
TWIPS_PER_MM = 1440 / 25.4
# Word's default left and right cell margins (0.19 cm) when a table sets none.
DEFAULT_CELL_MARGIN_TWIPS = 108
CELL_MARGINS_MM = 2 * DEFAULT_CELL_MARGIN_TWIPS / TWIPS_PER_MM

# A4 with the margins the writer uses (top and bottom 20 mm, left 30 mm, right 15 mm); an
# appendix on a landscape page turns them with the page: the binding edge's 30 mm at the top.
A4_MM = (210, 297)
TOP_MM = BOTTOM_MM = 20
LEFT_MM, RIGHT_MM = 30, 15
TEXT_WIDTH_MM = A4_MM[0] - LEFT_MM - RIGHT_MM
LANDSCAPE_TEXT_WIDTH_MM = A4_MM[1] - TOP_MM - BOTTOM_MM

# Advance widths of Times New Roman (and the metric-compatible Liberation Serif) in 1/1000 em.
_WIDTH_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;-/()%"
_WIDTHS = {
    False: (
        "722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 "
        "944 722 722 611 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 "
        "389 278 500 500 722 500 500 444 500 500 500 500 500 500 500 500 500 500 250 250 250 278 "
        "278 333 278 333 333 833"
    ),
    True: (
        "722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 "
        "1000 722 722 667 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 "
        "389 333 556 500 722 500 500 444 500 500 500 500 500 500 500 500 500 500 250 250 250 333 "
        "333 333 278 333 333 1000"
    ),
}
_WIDTH_TABLE = {
    bold: dict(zip(_WIDTH_CHARS, map(int, widths.split()), strict=True))
    for bold, widths in _WIDTHS.items()
}


def text_width_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """How wide text is set in Times New Roman, to draw rules as long as the text they underline.

    Vietnamese letters are as wide as their base letters (tone marks sit above or below):

    >>> round(text_width_mm("Độc lập - Tự do - Hạnh phúc", 13, bold=True))
    56
    """
    table = _WIDTH_TABLE[bold]
    units = sum(table.get(_base_letter(ch), 500) for ch in unicodedata.normalize("NFC", text))
    return units / 1000 * size_pt * 25.4 / 72


def _base_letter(ch: str) -> str:
    if ch in "Đđ":
        return "D" if ch == "Đ" else "d"
    return unicodedata.normalize("NFD", ch)[0]
