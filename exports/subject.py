"""A document's subject (trích yếu) broken into lines between phrases, never inside one.

A subject such as "Kết quả thực hiện Đề án truyền thông về quyền con người ở Việt Nam trên địa
bàn tỉnh Sóc Trăng 6 tháng đầu năm 2024" is set bold and centred under "BÁO CÁO". Word breaks
it wherever the line is full, and an even split is no better: both can leave "quyền con | người"
or "Kế hoạch số | 81/KH-UBND" on two lines. A clerk breaks before a phrase: "về ...", "của ...",
"trên địa bàn ...", "6 tháng đầu năm ...", or after a comma.

`subject_lines` weighs every place between two words: before a phrase starter or after a comma
is free; inside a name, a number with its unit, a document's reference or a fixed phrase is
forbidden (taken only when a group alone is wider than the line); elsewhere it costs a little,
more inside a common two-syllable word. It then picks, among the fewest lines that fit, the
breaks that cost least, preferring full lines and no lone short word on the last line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from exports.metrics import text_width_mm

# Words that open a phrase (lower case); "giai đoạn", "đối với" and "<n> tháng" are two words.
STARTERS = frozenset(
    {"về", "của", "trong", "trên", "tại", "theo", "năm", "quý", "đến", "và", "ở", "cho", "nhằm"}
)
TWO_WORD_STARTERS = frozenset({("giai", "đoạn"), ("đối", "với")})
# Two words that are one name or one fixed phrase: never apart.
FIXED_PAIRS = frozenset(
    {
        ("quyền", "con"), ("con", "người"), ("đề", "án"), ("kế", "hoạch"), ("ủy", "ban"),
        ("uỷ", "ban"), ("ban", "nhân"), ("nhân", "dân"), ("giai", "đoạn"), ("đối", "với"),
        ("tháng", "đầu"), ("tháng", "cuối"), ("đầu", "năm"), ("cuối", "năm"), ("địa", "bàn"),
        ("việt", "nam"), ("nhân", "quyền"), ("dân", "tộc"), ("thiểu", "số"),
    }
)
# Words a number or a reference belongs to: "năm 2024", "Quý III/2024", "số 81/KH-UBND".
BEFORE_NUMBER = frozenset(
    {"năm", "tháng", "ngày", "quý", "đoạn", "số", "khóa", "khoá", "lần", "đợt", "kỳ", "giai"}
)
# Two syllables that are one word; breaking between them costs more than elsewhere.
WORDS = frozenset(
    {
        ("kết", "quả"), ("thực", "hiện"), ("truyền", "thông"), ("thông", "tin"),
        ("tuyên", "truyền"), ("báo", "chí"), ("phát", "thanh"), ("truyền", "hình"),
        ("tập", "huấn"), ("bồi", "dưỡng"), ("nhiệm", "vụ"), ("đơn", "vị"), ("sản", "phẩm"),
        ("triển", "khai"), ("công", "tác"), ("phổ", "biến"), ("giáo", "dục"), ("pháp", "luật"),
        ("hoạt", "động"), ("tổ", "chức"), ("cơ", "quan"), ("chỉ", "đạo"), ("đánh", "giá"),
        ("tình", "hình"), ("chương", "trình"), ("báo", "cáo"), ("sơ", "kết"), ("tổng", "kết"),
        ("phương", "hướng"), ("thông", "tin"), ("cơ", "sở"), ("xã", "hội"), ("mạng", "xã"),
        ("chuyên", "đề"), ("quốc", "tế"), ("bảo", "đảm"), ("đấu", "tranh"), ("phản", "bác"),
    }
)
PLACE_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "thị", "thành", "phố", "quận"})

FREE, WORD_BREAK, INSIDE_WORD, INSIDE_NAME, DANGLING, FORBIDDEN = 0, 30, 50, 60, 80, 10_000
LINE = 100  # each line costs more than any allowed break: the fewest lines win
LONE_LAST = 150  # a last line of one word, or under a quarter of the width
FULLNESS = 20  # the most an early line's emptiness costs

_NUMBER = re.compile(r"^[0-9][0-9.,/\-]*[,;]?$")
_REFERENCE = re.compile(r"^[0-9IVX]+/[0-9A-ZĐa-zđ/\-]+[,;]?$")


@dataclass(frozen=True)
class _Word:
    text: str

    @property
    def key(self) -> str:
        return self.text.rstrip(",;:").lower()

    @property
    def number(self) -> bool:
        return bool(_NUMBER.match(self.text) or _REFERENCE.match(self.text))

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def subject_lines(
    text: str, width_mm: float, size_pt: float = 14, *, bold: bool = True
) -> list[str]:
    """The subject's lines, each no wider than width_mm in Times New Roman at size_pt.

    >>> subject_lines("Kết quả thực hiện Đề án truyền thông về quyền con người ở Việt Nam "
    ...     "trên địa bàn tỉnh Sóc Trăng 6 tháng đầu năm 2024", 160)
    ['Kết quả thực hiện Đề án truyền thông về quyền con người ở Việt Nam', \
'trên địa bàn tỉnh Sóc Trăng 6 tháng đầu năm 2024']
    >>> subject_lines("Kết quả thực hiện Kế hoạch số 81/KH-UBND", 160)
    ['Kết quả thực hiện Kế hoạch số 81/KH-UBND']
    """
    spans = [match.span() for match in re.finditer(r"\S+", text)]
    words = [_Word(text[start:end]) for start, end in spans]
    if not words:
        return []

    def line(start: int, end: int) -> str:
        """The words as the text spaces them: a draft's blank number keeps its spaces."""
        return text[spans[start][0] : spans[end - 1][1]]

    def width(start: int, end: int) -> float:
        return text_width_mm(line(start, end), size_pt, bold=bold)

    costs = [_break_cost(words, at) for at in range(len(words))]
    return [line(a, b) for a, b in _best(len(words), costs, width, width_mm)]


def _best(
    count: int, costs: list[int], width: Callable[[int, int], float], limit: float
) -> list[tuple[int, int]]:
    """The cheapest lines: best[end] is the cost of words[:end] laid out with a break at end."""
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * count
    for end in range(1, count + 1):
        for start in range(end - 1, -1, -1):
            wide = width(start, end)
            if wide > limit and end - start > 1:
                break  # longer lines from further back are wider still
            cost = best[start][0] + LINE + (costs[start] if start else 0)
            if end < count:
                cost += FULLNESS * ((limit - min(wide, limit)) / limit) ** 2
            elif start > 0 and (end - start == 1 or wide < limit / 4):
                cost += LONE_LAST
            if cost < best[end][0]:
                best[end] = (cost, start)
    lines, end = [], count
    while end:
        start = best[end][1]
        lines.append((start, end))
        end = start
    return lines[::-1]


def _break_cost(words: list[_Word], at: int) -> int:
    """What it costs to start a line at words[at], between words[at - 1] and words[at]."""
    if at == 0:
        return FREE
    before, word = words[at - 1], words[at]
    after = words[at + 1] if at + 1 < len(words) else None
    if _glued(before, word, after):
        return FORBIDDEN
    if before.capital and word.capital and not before.text.endswith(","):
        return INSIDE_NAME  # "Sóc Trăng", "Sở Văn hóa"
    if before.key in PLACE_WORDS and word.capital:
        return INSIDE_NAME  # "tỉnh Sóc Trăng"
    if word.key == "và" and after is not None and after.capital:
        return INSIDE_NAME  # "Sở Thông tin và Truyền thông"
    if before.text.endswith(","):
        return INSIDE_NAME if word.capital else FREE  # "Sở Văn hóa, Thể thao và Du lịch"
    if _starts_phrase(word, after):
        return FREE
    if before.key in STARTERS or (before.key, word.key) in TWO_WORD_STARTERS:
        return DANGLING  # "về" alone at a line's end
    if (before.key, word.key) in WORDS:
        return INSIDE_WORD
    return WORD_BREAK


def _glued(before: _Word, word: _Word, after: _Word | None) -> bool:
    """A name, a fixed phrase, a number with its unit, or a reference: one piece."""
    pair = (before.key, word.key)
    if pair in FIXED_PAIRS or word.text.startswith("/"):
        return True  # "/BC-STTTT" after a draft's blank number
    if word.number and (before.key in BEFORE_NUMBER or before.text == "-"):
        return True  # "năm 2024", "số 81/KH-UBND", "2021 - 2025"
    if word.text == "-" and before.number:
        return True
    if word.key == "số" and after is not None and after.number:
        return True  # "Kế hoạch số 81/KH-UBND"
    if before.number and not before.text.endswith((",", ";")) and not word.number:
        return word.key not in STARTERS or word.key in {"năm", "tháng", "quý"}  # "6 tháng"
    return False


def _starts_phrase(word: _Word, after: _Word | None) -> bool:
    if word.key == "và" and after is not None and after.capital:
        return False
    if word.key in STARTERS:
        return True
    if after is None:
        return False
    if (word.key, after.key) in TWO_WORD_STARTERS:
        return True
    return word.number and after.key == "tháng"  # "6 tháng đầu năm 2024"
