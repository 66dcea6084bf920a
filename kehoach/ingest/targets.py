"""Numeric targets: "70 đại biểu", "100% cán bộ ... được tập huấn", "15 - 20% sản phẩm ...".

A number is a target only where the document sets one: under a "Mục tiêu"/"Chỉ tiêu" heading,
or after words that announce an aim ("phấn đấu", "số lượng dự kiến", "ít nhất"). Figures that
report what was done, document numbers and dates are not targets.
"""

import re
from dataclasses import dataclass

from kehoach.ingest.lines import Line
from kehoach.ingest.textutil import squash

_UNITS = [
    "dai bieu", "hoc vien", "luot nguoi", "luot", "nguoi", "lop tap huan", "lop", "tin bai", "tin",
    "bai viet", "bai", "san pham", "chuong trinh", "phong su", "chuyen muc", "chuyen de",
    "cuoc thi", "hoi nghi", "hoi thao", "toa dam", "buoi", "dot", "an pham", "pano", "ap phich",
    "clip", "video", "tai lieu", "cuon", "ban tin", "ky", "trang", "phut", "gio", "xa", "phuong",
    "don vi", "co quan", "hoat dong", "doan", "nhom", "cuoc", "lan", "mo hinh", "diem", "bang ron",
    "to roi", "tap san", "so", "chuyen trang", "infographic", "do hoa", "trang tin", "fanpage",
    # Whom a plan reaches: enterprises and households, villages, people by their role, files.
    "doanh nghiep", "hop tac xa", "ho kinh doanh", "ho gia dinh", "ho dan", "ho", "to chuc",
    "thon", "ap", "ban", "to dan pho", "khu pho", "hoc sinh", "sinh vien", "can bo", "cong chuc",
    "vien chuc", "dang vien", "hoi vien", "doan vien", "thu tuc", "ho so", "tai khoan", "du an",
    "cong trinh",
]
_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
_RANGE_PERCENT = re.compile(_NUMBER + r"\s*%?\s*(?:-|–|den|toi)\s*" + _NUMBER + r"\s*%")
_PERCENT = re.compile(_NUMBER + r"\s*(?:%|phan tram)")
_COUNT = re.compile(
    r"(?:(?:tu|khoang|it nhat|toi thieu|tren)\s+)?" + _NUMBER
    + r"(?:\s*(?:-|–|den)\s*" + _NUMBER + r")?\s+("
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b"
)
# A count in any noun of measure, where a label governs the line: "15.000 tờ gấp", "1.000 đầu
# sách"; the noun is the two words after the number, unless they name a span of time.
_ANY_COUNT = re.compile(
    r"(?:(?:tu|khoang|it nhat|toi thieu|tren)\s+)?" + _NUMBER
    + r"(?:\s*(?:-|–|den)\s*" + _NUMBER + r")?\s+(?!(?:nam|thang|ngay|quy|tuan)\b)"
    r"([a-z]+(?: [a-z]+)?)"
)
_AIM = re.compile(r"phan dau|so luong|quy mo|chi tieu|muc tieu|it nhat|toi thieu|du kien"
                  r"|100%|dam bao")
# "đến năm 2028", "trước cuối năm 2025", and "đến 2028" without "năm".
_DEADLINE = re.compile(r"(?:den|truoc|trong|vao)(?: het| cuoi)?(?: nam)? (20\d\d)\b")
# A figure that reports what was done is no target: "đã đạt 120% kế hoạch", "đạt tỷ lệ 91,4%",
# "280 đại biểu tham dự"; unless the clause aims ("phấn đấu đạt tỷ lệ 95% trở lên").
_RESULT_BEFORE = re.compile(r"(?:^|\s)(?:đã|đạt tỷ lệ|đạt được|vượt)\s")
_RESULT_AFTER = re.compile(r"\stham dự\b")
_AIMING = re.compile(r"phấn đấu|trở lên|ít nhất|tối thiểu|đến năm|bảo đảm|đảm bảo|(?:^|\s)sẽ\s")


@dataclass
class Target:
    text: str
    value: float
    value_max: float | None
    unit: str
    deadline: str | None
    span: tuple[int, int]

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text, "value": _number(self.value), "value_max": _number(self.value_max),
            "unit": self.unit, "deadline": self.deadline, "span": list(self.span),
        }


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def deadline_in(key: str) -> str | None:
    """The last day of the year a flat text sets as deadline: "đến năm 2028", "đến 2028"."""
    explicit = _DEADLINE.search(key)
    return f"{explicit.group(1)}-12-31" if explicit else None


def targets_in_line(line: Line, *, aimed: bool, deadline: str | None,
                    any_noun: bool = False) -> list[Target]:
    """Targets in one line; `aimed` when the line sits under a heading that sets targets,
    `any_noun` when a label governs it, so that a count in any noun of measure is one."""
    key = line.flat
    aims = [] if aimed else [m.start() for m in _AIM.finditer(key)]
    if not aimed and not aims:
        return []
    deadline = deadline_in(key) or deadline
    found: list[Target] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_RANGE_PERCENT, _PERCENT, _COUNT, *((_ANY_COUNT,) if any_noun else ())):
        for match in pattern.finditer(key):
            if any(a <= match.start() < b for a, b in taken) or _is_date_or_code(key, match):
                continue
            if not aimed and not _announced(key, aims, match.start(), match.end()):
                continue
            taken.append((match.start(), match.end()))
            if not _is_result(line, match.start(), match.end()):
                found.append(_target(line, match, pattern, deadline))
    return sorted(found, key=lambda t: t.span)


def _is_result(line: Line, start: int, end: int) -> bool:
    """Whether the number's clause reports a result rather than sets an aim."""
    key = line.flat
    text = line.text.lower()
    clause = text[_clause_start(key, start):_clause_end(key, end)]
    at, after = start - _clause_start(key, start), end - _clause_start(key, start)
    reported = _RESULT_BEFORE.search(clause[:at]) or _RESULT_AFTER.search(clause[after:])
    return bool(reported) and not _AIMING.search(clause)


def _announced(key: str, aims: list[int], start: int, end: int) -> bool:
    """Whether an aim word opens the number's own clause: "đã đăng 350 tin; phấn đấu 400 tin"
    sets 400, not 350."""
    clause = max(key.rfind(";", 0, start), key.rfind(". ", 0, start)) + 1  # labels count
    return any(clause <= at < end for at in aims)


def _is_date_or_code(key: str, match: re.Match[str]) -> bool:
    before = key[max(0, match.start() - 12):match.start()]
    after = key[match.end():match.end() + 2]
    return bool(re.search(r"(?:nam|thang|ngay|so|quy|khoan|muc|dieu|giai doan)\s*$", before)
                or after.startswith("/") or re.search(r"/\s*$", before))


def _target(line: Line, match: re.Match[str], pattern: re.Pattern[str],
            deadline: str | None) -> Target:
    clause_deadline = deadline_in(line.flat[_clause_start(line.flat, match.start()):
                                            _clause_end(line.flat, match.end())])
    deadline = clause_deadline or deadline
    value = _to_float(match.group(1))
    value_max = _to_float(match.group(2)) if pattern.groups >= 2 and match.group(2) else None
    unit = line.text[match.start(3):match.end(3)] if pattern in (_COUNT, _ANY_COUNT) else "%"
    start = _clause_start(line.flat, match.start())
    end = _clause_end(line.flat, match.end())
    return Target(squash(line.text[start:end]).strip(" -+.;:,"), value, value_max, unit, deadline,
                  (line.start + start, line.start + end))


def _to_float(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def _clause_start(key: str, at: int) -> int:
    label = key.rfind(":", 0, at)
    stop = max(key.rfind(";", 0, at), key.rfind(". ", 0, at), label)
    return stop + 1 if stop >= 0 else 0


def _clause_end(key: str, at: int) -> int:
    stops = [i for i in (key.find(";", at), key.find(". ", at), key.find(" thuoc ", at))
             if i >= 0]
    end = min(stops) if stops else len(key)
    return min(end, at + 200)
