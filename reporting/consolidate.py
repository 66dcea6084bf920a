"""Merging the approved reports of a period into the receiving unit's own report.

The narrative is merged part by part, in the form's order: each unit's text becomes a block of
paragraphs that opens with the unit's name ("Báo Sóc Trăng: ..."), so the coordinator sees who
wrote what and can keep, edit or drop it. Blocks are separated by a blank line; paragraphs of a
block by a line break. Figures are summed by `reporting.figures.sum_tables`, so shares stay
ratios of sums.

The defaults of the document's header (issuing body, symbol, place, opening, recipients,
signature) are derived here from the receiving unit and the period, so that a coordinator only
fills in what a machine cannot know: the number, the date and the signer.

>>> outline = [(1, "Công tác chỉ đạo")]
>>> merge_sections(outline, [
...     UnitReport(7, "Báo Sóc Trăng", [(1, "I. Công tác chỉ đạo", "Đăng 12 tin.\\n\\nMở mục.")]),
...     UnitReport(9, "Đài Phát thanh và Truyền hình Sóc Trăng", [(1, "Công tác chỉ đạo", "")]),
... ])[0].text
'Báo Sóc Trăng: Đăng 12 tin.\\nMở mục.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kehoach.vntext.text import fold
from reporting.figures import FigureTable, sum_tables

LEAD_SEPARATOR = ": "
# Words that name a place in a unit's name ("... tỉnh Sóc Trăng"), longest first.
PLACE_WORDS = ("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường",
               "đặc khu")
# Where a unit's name cannot say where it sits: the ministries are in the capital.
DEFAULT_PLACE = "Hà Nội"


@dataclass
class UnitReport:
    """What one unit sent, as plain data: (position, title, text) per part, and its tables."""

    unit_id: int
    name: str
    sections: list[tuple[int, str, str]]
    figures: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MergedSection:
    position: int
    title: str
    text: str = ""
    contributors: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Block:
    """A unit's contribution as shown and written: its lead ("Báo Sóc Trăng: ") and paragraphs."""

    lead: str
    paragraphs: list[str]


def title_key(title: str) -> str:
    """Titles compare without their numbering, case and marks: "II. Kết quả" is "ket qua"."""
    words = fold(title).split()
    if words and words[0].rstrip(".)").isalnum() and (
            words[0].endswith((".", ")")) or _is_roman(words[0])):
        words = words[1:]
    return " ".join(words)


def _is_roman(word: str) -> bool:
    return bool(word) and set(word.rstrip(".")) <= set("ivxlc")


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs: every non-empty line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def contribution(name: str, text: str) -> str:
    """One unit's text as a block: its paragraphs, the first led by the unit's name."""
    lines = paragraphs(text)
    if not lines:
        return ""
    return "\n".join([f"{name}{LEAD_SEPARATOR}{lines[0]}", *lines[1:]])


class Merger:
    """The form's parts, filled unit by unit: a unit's part goes where its title matches,
    else where its position does.

    A part a unit wrote that the form does not have (an older form) is added after the
    form's parts, so nothing a unit sent is lost.
    """

    def __init__(self, outline: Sequence[tuple[int, str]]) -> None:
        self.sections = [MergedSection(position, title) for position, title in outline]
        self._by_title = {title_key(s.title): s for s in self.sections}
        self._by_position = {s.position: s for s in self.sections}

    def add(self, report: UnitReport) -> None:
        for position, title, text in report.sections:
            block = contribution(report.name, text)
            if not block:
                continue
            section = self._by_title.get(title_key(title)) or self._by_position.get(position)
            if section is None:
                section = MergedSection(len(self.sections) + 1, title)
                self.sections.append(section)
                self._by_title[title_key(title)] = section
            section.text = f"{section.text}\n\n{block}" if section.text else block
            section.contributors.append({"unit_id": report.unit_id, "name": report.name})


def merge_sections(outline: Sequence[tuple[int, str]],
                   reports: Iterable[UnitReport]) -> list[MergedSection]:
    """The form's parts with every unit's text, in the order the reports come."""
    merger = Merger(outline)
    for report in reports:
        merger.add(report)
    return merger.sections


def blocks(text: str, names: Iterable[str]) -> list[Block]:
    """A merged (and maybe edited) text cut back into contributions for display and export.

    A paragraph that opens with a contributor's name and ": " starts a new block with that
    lead; the others belong to the block before them, or stand alone.
    """
    leads = sorted({f"{name}{LEAD_SEPARATOR}" for name in names if name}, key=len, reverse=True)
    result: list[Block] = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        for index, line in enumerate(paragraphs(chunk)):
            lead = next((lead for lead in leads if line.startswith(lead)), "")
            if lead or index == 0 or not result:
                result.append(Block(lead.removesuffix(LEAD_SEPARATOR),
                                    [line.removeprefix(lead)]))
            else:
                result[-1].paragraphs.append(line)
    return result


def sum_figures(reports: Iterable[UnitReport], kinds: Sequence[str] = (),
                row_orders: Mapping[str, Sequence[str]] | None = None) -> list[FigureTable]:
    """The units' tables added up, in the form's order of kinds, then any other tables.

    Rows come in the order `row_orders` gives for a table's code (the order of product kinds,
    channels, languages), then in the order the units list them, even when the first unit
    lacks some of them.
    """
    per_unit = [[FigureTable.from_json(t) for t in report.figures] for report in reports]
    tables = sum_tables(per_unit)
    for table in tables:
        known = list((row_orders or {}).get(table.code, ()))
        order = agreed_order([known, *([row.key for row in t.rows]
                                       for unit in per_unit for t in unit
                                       if t.code == table.code)])
        rank = {key: index for index, key in enumerate(order)}
        table.rows.sort(key=lambda row: rank.get(row.key, len(rank)))
    position = {kind: index for index, kind in enumerate(kinds)}
    return sorted(tables, key=lambda t: position.get(t.code, len(position)))


def agreed_order(sequences: Iterable[Sequence[str]]) -> list[str]:
    """All keys, each after the keys some sequence puts just before it; ties (and orders the
    sequences disagree on) go by first appearance.

    >>> agreed_order([["tin", "bai"], ["phong_su"], ["bai", "phong_su", "video"], ["anh"]])
    ['tin', 'bai', 'phong_su', 'video', 'anh']
    """
    first: dict[str, int] = {}
    before: dict[str, set[str]] = {}
    for sequence in sequences:
        for index, key in enumerate(sequence):
            first.setdefault(key, len(first))
            before.setdefault(key, set())
            if index and sequence[index - 1] != key:
                before[key].add(sequence[index - 1])
    result: list[str] = []
    placed: set[str] = set()
    waiting = sorted(first, key=first.__getitem__)
    while waiting:
        ready = next((k for k in waiting if before[k] <= placed), waiting[0])
        result.append(ready)
        placed.add(ready)
        waiting.remove(ready)
    return result


# --- The header and the words around the body ------------------------------------------


_PLACE = re.compile(r"(?<![^\s,])(" + "|".join(PLACE_WORDS) + r")\s+(\S)")


def _place_after(name: str) -> tuple[int, str, str] | None:
    """Where the first lower-case place word followed by a capitalised name starts, the word,
    and the name.

    >>> _place_after("Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    (29, 'tỉnh', 'Sóc Trăng')
    >>> _place_after("Sở Lao động - Thương binh và Xã hội") is None
    True
    """
    for match in _PLACE.finditer(name):
        if match.group(2).isupper() or match.group(2).isdigit():
            rest = name[match.end(1):].split(",")[0].strip()
            return match.start(1), match.group(1), rest
    return None


def place_name(name: str) -> str:
    """The place a unit's name ends with: "Ủy ban nhân dân tỉnh Sóc Trăng" is "Sóc Trăng"."""
    found = _place_after(name)
    return found[2] if found else ""


def own_name(name: str, parent_name: str = "") -> str:
    """The unit's name without the place its parent body already names.

    >>> province = "Ủy ban nhân dân tỉnh Sóc Trăng"
    >>> own_name("Sở Thông tin và Truyền thông tỉnh Sóc Trăng", province)
    'Sở Thông tin và Truyền thông'
    >>> own_name("Ủy ban nhân dân thành phố Sóc Trăng", province)
    'Ủy ban nhân dân thành phố Sóc Trăng'
    """
    found = _place_after(name)
    parent = _place_after(parent_name) if parent_name else None
    if found and parent and found[1:] == parent[1:] and name.endswith(found[2]):
        return name[:found[0]].rstrip(" ,")
    return name


def local_name(name: str, parent_name: str = "") -> str:
    """A unit's name as a report of its own province writes it: the place goes, "tỉnh" stays
    where it says the level ("Hội Liên hiệp Phụ nữ tỉnh"); a department needs neither.

    >>> province = "Ủy ban nhân dân tỉnh Sóc Trăng"
    >>> local_name("Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng", province)
    'Hội Liên hiệp Phụ nữ tỉnh'
    >>> local_name("Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", province)
    'Sở Giáo dục và Đào tạo'
    >>> local_name("Ủy ban nhân dân huyện Trần Đề", province), local_name("Báo Sóc Trăng", province)
    ('Ủy ban nhân dân huyện Trần Đề', 'Báo Sóc Trăng')
    """
    found = _place_after(name)
    parent = _place_after(parent_name) if parent_name else None
    if not (found and parent and found[1:] == parent[1:] and name.endswith(found[2])):
        return name
    own = name[:found[0]].rstrip(" ,")
    return own if fold(own).startswith("so ") else f"{own} {found[1]}"


def issuing_body(name: str, parent_name: str = "") -> str:
    """The issuing body as the header prints it: its own name, in capitals.

    >>> issuing_body("Sở Thông tin và Truyền thông tỉnh Sóc Trăng", "UBND tỉnh Sóc Trăng")
    'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'
    """
    return own_name(name, parent_name).upper()


def parent_body(name: str) -> str:
    """The parent body as headers print it: people's committees are written "UBND"."""
    prefix = "Ủy ban nhân dân "
    if fold(name).startswith(fold(prefix)):
        name = "UBND " + name[len(prefix):]
    return name.upper()


def abbreviation(name: str) -> str:
    """The initials that make a body's symbol, without "và" and the place.

    >>> abbreviation("Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    'STTTT'
    >>> abbreviation("Sở Văn hóa, Thể thao và Du lịch")
    'SVHTTDL'
    >>> abbreviation("Ủy ban nhân dân tỉnh Sóc Trăng")
    'UBND'
    >>> abbreviation("Sở Lao động - Thương binh và Xã hội")
    'SLĐTBXH'
    """
    found = _place_after(name)
    if found:
        name = name[:found[0]]
    words = [w for w in name.replace(",", " ").replace("-", " ").split() if w.lower() != "và"]
    return "".join("Đ" if w[0] in "Đđ" else fold(w[0]).upper() for w in words)


def period_phrase(title: str) -> str:
    """A period's title as the report's sentences use it, without "Báo cáo".

    >>> period_phrase("Báo cáo 6 tháng đầu năm 2024")
    '6 tháng đầu năm 2024'
    >>> period_phrase("Kết quả năm 2024")
    'kết quả năm 2024'
    """
    phrase = title.strip()
    if fold(phrase).startswith("bao cao "):
        phrase = phrase[len("báo cáo "):].strip()
    if len(phrase) > 1 and phrase[0].isupper() and not phrase[1].isupper():
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


def report_title(form_name: str, period_title: str) -> str:
    """The trích yếu: what the form reports on, for the period.

    >>> report_title("Báo cáo kết quả thực hiện Đề án truyền thông về quyền con người",
    ...              "Báo cáo 6 tháng đầu năm 2024")
    'Kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng đầu năm 2024'
    """
    subject = period_phrase(form_name)
    phrase = period_phrase(period_title)
    if fold(phrase).startswith(fold(subject)):
        subject = ""
    text = f"{subject} {phrase}".strip()
    return text[0].upper() + text[1:] if text else text


def short_date(day: date) -> str:
    """ "06/5/2024", as documents cite other documents (months 1 and 2 as 01, 02)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def opening(*, unit_name: str, subject: str, request: str = "", plan: str = "") -> str:
    """The sentence before part I: what the report answers, who reports, on what.

    >>> opening(unit_name="Sở Nội vụ", subject="Báo cáo 6 tháng đầu năm 2024",
    ...         request="Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo")
    'Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo, Sở Nội vụ báo cáo \
kết quả 6 tháng đầu năm 2024 như sau:'
    """
    basis = request.strip().rstrip(".;,") or plan.strip()
    subject = period_phrase(subject)
    if not fold(subject).startswith("ket qua"):
        subject = f"kết quả {subject}"
    sentence = f"{unit_name} báo cáo {subject} như sau:"
    return f"Thực hiện {basis}, {sentence}" if basis else sentence


def requester(request: str) -> str:
    """Who asked, from an ad-hoc request's wording: "... của Ban Chỉ đạo Nhân quyền tỉnh"."""
    marker = " của "
    if marker not in request:
        return ""
    return request.rsplit(marker, 1)[1].strip().rstrip(".;,")


def line_ministry(name: str) -> str:
    """The ministry a provincial department reports to on its field.

    >>> line_ministry("Sở Văn hóa, Thể thao và Du lịch")
    'Bộ Văn hóa, Thể thao và Du lịch'
    >>> line_ministry("Báo Sóc Trăng")
    ''
    """
    if fold(name).startswith("so ") and _place_after(name) is None:
        return "Bộ " + name.split(" ", 1)[1]
    return ""


def signature(name: str) -> tuple[str, str]:
    """The usual authority prefix and position for a deputy head signing for the head.

    >>> signature("Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    ('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC')
    """
    key = fold(name)
    if key.startswith("so "):
        return "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    if key.startswith("bo "):
        return "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"
    if key.startswith("uy ban nhan dan"):
        return "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    return "", "THỦ TRƯỞNG ĐƠN VỊ"


def place_of(units: Iterable[tuple[str, str]]) -> str:
    """The place of the date line: the nearest people's committee's place among a unit and its
    parents, given as (kind, name) from the unit up; ministries write "Hà Nội"."""
    for kind, name in units:
        if kind in ("province", "district", "commune") and (found := place_name(name)):
            return found
    return DEFAULT_PLACE
