"""Tasks written as outline items: headings with field lines, lettered items, running text.

A task's lead unit is sometimes the subject of its sentence ("Sở Văn hóa, Thể thao và Du lịch
chủ trì, phối hợp với ... tổ chức ..."); that sentence then gives the units and the title starts
at the verb.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from kehoach.ingest.fields import field_of, inline_fields, inline_start, is_labelled
from kehoach.ingest.lines import Line, sub_line
from kehoach.ingest.outline import Node
from kehoach.ingest.textutil import flat, squash
from kehoach.ingest.units import split_units, starts_unit
from kehoach.vntext.timeframe import parse_timeframe

_TASK_SECTION = re.compile(r"nhiem vu|noi dung (?:thuc hien|trien khai|cong viec|hoat dong)"
                           r"|hoat dong|giai phap|cong viec")
_NOT_TASK_SECTION = re.compile(r"to chuc thuc hien|muc dich|muc tieu|kinh phi|yeu cau"
                               r"|trach nhiem|dieu khoan|hieu luc")
# "1. Nhiệm vụ chung" over a paragraph of principles: a heading that names no work of its own.
# The nouns may be paired with "và" or a comma: "Nhiệm vụ, giải pháp chung".
_GENERIC_NOUN = r"(?:nhiem vu|giai phap|noi dung|muc tieu|yeu cau|quan diem)"
_GENERIC = re.compile(rf"^(?:cac )?{_GENERIC_NOUN}(?:(?:\s*,\s*|\s+va\s+){_GENERIC_NOUN})?"
                      r"(?: chung| chu yeu| trong tam| cu the)?$")
# The clause after the task: its purpose ("…, nhằm …", "…, để …") or its time ("; thời gian …").
# The connectors are matched with their diacritics, because without them "để" (so that) reads
# as "đê" (dyke), "từ đó" (hence) as "tự do" (free) and "nhằm" as "nhầm" (by mistake).
_PURPOSE = re.compile(r",\s*(?:góp phần|nhằm|qua đó|từ đó|để|đồng thời|trong đó)\s|\s+nhằm\s")
_TIME_CLAUSE = re.compile(r";\s*thoi gian|\s*\(\s*(?:thoi gian|quy|thang|nam \d)")
_RUNNING = re.compile(
    r"(?:^|(?<=[.;:]\s)|giao\s+)(?P<lead>[^.;:()]{3,220}?)\s+(?:la (?:co quan|don vi) )?chu tri"
    r"(?:\s+thuc hien)?\s*(?:,|;|va)?\s*(?:phoi hop (?:voi|cung)\s+(?P<coord>[^.;:()]{3,300}?)"
    r"(?=\s(?:" + "|".join([
        "to chuc", "trien khai", "thuc hien", "xay dung", "tham muu", "huong dan", "tuyen truyen",
        "bien soan", "san xuat", "dang tai", "phat song", "ra soat", "theo doi", "tong hop",
        "duy tri", "cung cap", "chi dao", "long ghep", "van dong", "phat hanh", "in an",
        "nghien cuu", "tap huan", "boi duong", "khao sat", "danh gia", "kiem tra", "day manh",
        "tang cuong", "mo", "phoi hop", "dang phat", "cap nhat", "thiet ke", "lua chon",
    ]) + r")\b)|(?=[\s,]))"
)
_YEARS = r"nam \d{4}(?:\s*(?:-|den)\s*(?:nam )?\d{4})?"
# "thường xuyên trong năm 2026" and "hằng năm, giai đoạn ...": the period bounds the frequency.
_TIME_PHRASE = re.compile(
    r"(?:quy [ivx1-4]+(?:\s*(?:va|,|-|den)\s*(?:quy )?[ivx1-4]+)*\s*(?:/|nam)\s*\d{4}"
    r"|(?:thang|tu thang) \d{1,2}(?:\s*(?:-|den|va)\s*(?:thang )?\d{1,2})?\s*(?:/|nam)\s*\d{4}"
    r"|(?:thuong xuyen|hang nam|lien tuc)(?:\s*,?\s*(?:trong|suot)\s+(?:ca\s+)?" + _YEARS + r")?"
    r"|(?:trong |ca )?" + _YEARS
    + r"|giai doan \d{4}\s*-\s*\d{4}|6 thang (?:dau|cuoi) nam \d{4})"
)
_TIME_LABEL = re.compile(r"(?:thoi gian|thoi han|tien do)(?: [a-z]+){0,3}\s*:\s*(?P<value>[^;.]+)")


@dataclass
class Task:
    code: str
    title: str
    lead_units: list[str] = field(default_factory=list)
    coordinating_units: list[str] = field(default_factory=list)
    timeframe: dict[str, str | None] | None = None
    products: str | None = None
    content: str = ""
    span: tuple[int, int] = (0, 0)
    fields: dict[str, tuple[int, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code, "title": self.title, "lead_units": self.lead_units,
            "coordinating_units": self.coordinating_units, "timeframe": self.timeframe,
            "products": self.products, "content": self.content or None, "span": list(self.span),
            "spans": {k: list(v) for k, v in self.fields.items()},
        }


def is_task_section(node: Node) -> bool:
    key = node.heading.flat
    return bool(_TASK_SECTION.search(key)) and not _NOT_TASK_SECTION.search(key)


def tasks_from_outline(roots: list[Node], plan_years: tuple[int, int] | None) -> list[Task]:
    sections = [n for n in roots if n.kind == "roman" and is_task_section(n)]
    if sections:
        candidates = [n for s in sections for n in s.walk()[1:]]
        chosen = [n for n in candidates if _has_fields(n)
                  or not (n.children or n.rows or _GENERIC.match(n.heading.flat.strip(" .:")))]
    else:
        skip = {id(n) for r in roots if _NOT_TASK_SECTION.search(r.heading.flat) for n in r.walk()}
        chosen = [n for r in roots for n in r.walk() if id(n) not in skip and _has_fields(n)]
    return [task_from_node(n, plan_years) for n in chosen]


def _has_fields(node: Node) -> bool:
    return any(field_of(line) and field_of(line)[0] in ("lead", "coordinating")  # type: ignore[index]
               for line in node.body) or _names_lead(_first_paragraph(node)) \
        or any(name in ("lead", "coordinating") for line in [node.heading, *node.body[:1]]
               for name, _ in inline_fields(line))


def _names_lead(text: str) -> bool:
    """Whether "... chủ trì" in the text has a unit for its subject ("Sở X chủ trì, ..."), not a
    heading that only speaks of lead units ("Nhiệm vụ có đơn vị chủ trì")."""
    running = _RUNNING.search(flat(text))
    if running is None:
        return False
    lead = _strip_giao(text[running.start("lead"):running.end("lead")])
    return any(starts_unit(piece) for piece in split_units(lead)) or _run_in_at(lead) is not None


def _first_paragraph(node: Node) -> str:
    return node.heading.text + (" " + node.body[0].text if node.body else "")


def task_from_node(node: Node, plan_years: tuple[int, int] | None) -> Task:
    task = Task(code=node.code, title="", span=(node.line.start, _end(node)))
    heading, body = split_run_in(node.heading, node.body)
    content: list[str] = []
    products: list[str] = []
    current = None
    for line in body:
        found = field_of(line)
        if found is not None:
            current = found[0]
            _apply_field(task, *found, plan_years, products)
            continue
        if current == "products" and not is_labelled(line) and line.text[:1] in "-+•":
            products.append(line.text)
            continue
        current = None
        content.append(line.text)
    if not task.lead_units:
        heading = _inline_fields(task, heading, body, plan_years, products)
    task.products = squash(" ".join(products)) or None
    _title_and_inline(task, heading, body, plan_years)
    task.content = "\n".join(t for t in [node.heading.text, *content] if t)
    return task


def _apply_field(task: Task, name: str, value: Line, plan_years: tuple[int, int] | None,
                 products: list[str]) -> None:
    task.fields.setdefault(name, (value.start, value.end))
    if name == "lead":
        set_lead(task, value.text)
    elif name == "coordinating":
        task.coordinating_units = split_units(value.text)
    elif name == "timeframe":
        task.timeframe = _timeframe(value.text, plan_years)
    elif name == "products" and value.text:
        products.append(value.text)


def _inline_fields(task: Task, heading: Line, body: list[Line],
                   plan_years: tuple[int, int] | None, products: list[str]) -> Line:
    """Fields written inside the task's sentence; the heading without them, as its title."""
    for line in [heading, *body[:1]]:
        found = inline_fields(line)
        if not any(name in ("lead", "coordinating") for name, _ in found):
            continue
        for name, value in found:
            _apply_field(task, name, value, plan_years, products)
        at = inline_start(line)
        if line is heading and at is not None and len(line.text[:at].split()) >= 3:
            return sub_line(heading, 0, at)
        break
    return heading


def split_run_in(heading: Line, body: list[Line]) -> tuple[Line, list[Line]]:
    """A heading run into its paragraph by a lost line break, cut back into the two.

    PDF conversion joins a short heading to the paragraph under it: "3. Tổ chức Cuộc thi viết
    tìm hiểu về quyền con người Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp ...". A
    unit's name that starts after a lower-case word, with no punctuation between, and is the
    subject of "chủ trì" is where the paragraph began.
    """
    running = _RUNNING.search(heading.flat)
    if running is None or running.start("lead") != 0:
        return heading, body
    lead = heading.text[:running.end("lead")]
    cut = None if starts_unit(lead) else _run_in_at(lead)
    if cut is None:
        return heading, body
    return (sub_line(heading, 0, cut), [sub_line(heading, cut, len(heading.text)), *body])


def _run_in_at(text: str) -> int | None:
    """Where, after at least three words, a unit's name starts right after a lower-case word."""
    cut = None
    for word in re.finditer(r"(?<=[a-zà-ỹđ] )[A-ZĐÀ-Ỹ]", text):
        if len(text[:word.start()].split()) >= 3 and starts_unit(text[word.start():]):
            cut = word.start()
    return cut


def _end(node: Node) -> int:
    last = node.body[-1] if node.body else node.line
    return max(last.end, node.line.end)


def set_lead(task: Task, value: str) -> None:
    """"Sở A; phối hợp: Sở B" and "Sở A chủ trì, Sở B phối hợp" in one field."""
    if _by_roles(task, value):
        return
    key = flat(value)
    cut = re.search(r"[;,.]?\s*(?:don vi |co quan )?phoi hop(?: voi| cung)?\s*:?\s*", key)
    if cut:
        task.coordinating_units = split_units(value[cut.end():]) or task.coordinating_units
        value = value[:cut.start()]
    task.lead_units = split_units(re.sub(r"\s+chủ trì$", "", value.strip(" .;,")))


# "Sở A (chủ trì); Sở B, Sở C (phối hợp)" and "Sở A chủ trì; Sở B phối hợp".
_ROLE = re.compile(r"\(\s*(chu tri|phoi hop)[^)]*\)|\s(chu tri|phoi hop)(?=\s*(?:[;,.]|$))")


def _by_roles(task: Task, value: str) -> bool:
    """Units each followed by their role; False when the value marks no roles."""
    markers = list(_ROLE.finditer(flat(value)))
    if not markers or not any(m.group(1) or m.group(2) == "phoi hop" for m in markers):
        return False
    lead: list[str] = []
    coordinating: list[str] = []
    position = 0
    for marker in markers:
        units = split_units(value[position:marker.start()])
        (lead if (marker.group(1) or marker.group(2)) == "chu tri" else coordinating).extend(units)
        position = marker.end()
    task.lead_units = lead or task.lead_units
    task.coordinating_units = coordinating or task.coordinating_units
    return True


# "Từ tháng 7/2025 đến hết năm 2025": a span that runs to the end of a whole year, whose start
# lies inside that year. `parse_timeframe` orders the periods of a span by their first days and
# so refuses it; the two ends are read apart here.
_TO_YEAR_END = re.compile(r"\s*(?:-|–|den|toi)\s+(?:het\s+|cuoi\s+)?(?:nam\s+)?(\d{4})\s*$")


def _timeframe(text: str, plan_years: tuple[int, int] | None) -> dict[str, str | None]:
    text = text.strip(" .;")
    frame = parse_timeframe(text, plan_years=plan_years)
    start, end = frame.start, frame.end
    if start is None and (to_year := _TO_YEAR_END.search(flat(text))) and to_year.start() > 0:
        year = int(to_year.group(1))
        first = parse_timeframe(text[:to_year.start()], plan_years=(year, year))
        if first.start is not None and first.start.year <= year:
            start, end = first.start, date(year, 12, 31)
    return {
        "text": frame.text,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }


def _title_and_inline(task: Task, heading: Line, body: list[Line],
                      plan_years: tuple[int, int] | None) -> None:
    text = heading.text
    key = heading.flat
    running = _RUNNING.search(key) if not task.lead_units else None
    if running is None and not task.lead_units and body and len(text) < 160:
        # The heading is the title; the units may be in the first paragraph below it.
        paragraph = body[0]
        inline = _RUNNING.search(paragraph.flat)
        if inline and starts_unit(_strip_giao(paragraph.text[inline.start("lead"):
                                                              inline.end("lead")])):
            _units_from_running(task, paragraph.text, inline)
    if running and starts_unit(_strip_giao(text[running.start("lead"):running.end("lead")])):
        _units_from_running(task, text, running)
        if running.start() == 0 or key.startswith("giao"):
            verb_at = running.end("coord") if running.group("coord") else running.end()
            rest = text[verb_at:].strip(" ,;")
            text = rest[:1].upper() + rest[1:] if rest else text
            key = flat(text)
    task.title = _cut_title(text)
    if task.timeframe is None:
        task.timeframe = _inline_timeframe([text, *[line.text for line in body[:2]]],
                                           plan_years)


def _inline_timeframe(sources: list[str], plan_years: tuple[int, int] | None
                      ) -> dict[str, str | None] | None:
    """The time frame a running paragraph gives: after "thời gian thực hiện:" or in passing."""
    written = None
    for source in sources:
        if labelled := _TIME_LABEL.search(flat(source)):
            frame = _timeframe(source[labelled.start("value"):labelled.end("value")], plan_years)
            if frame["start"] or frame["end"]:
                return frame
            written = written or frame
    for source in sources:
        if found := _TIME_PHRASE.search(flat(source)):
            return _timeframe(source[found.start():found.end()], plan_years)
    return written


def _strip_giao(text: str) -> str:
    return re.sub(r"^(?:Giao|giao|GIAO)\s+", "", text.strip())


def _units_from_running(task: Task, text: str, match: re.Match[str]) -> None:
    lead = _strip_giao(text[match.start("lead"):match.end("lead")])
    # The subject may follow an introductory clause: "Trên cơ sở ..., Sở X chủ trì".
    pieces = split_units(lead)
    task.lead_units = [p for p in pieces if starts_unit(p)][-1:] if pieces else []
    if len(pieces) > 1 and all(starts_unit(p) for p in pieces):
        task.lead_units = pieces
    if match.group("coord"):
        task.coordinating_units = split_units(text[match.start("coord"):match.end("coord")])


def _cut_title(text: str) -> str:
    """The first sentence, without the purpose clause that follows the task itself."""
    text = squash(text)
    sentence = re.split(r"(?<=[^A-ZĐ.][.!?])\s+(?=[A-ZĐÀ-Ỹ])", text, maxsplit=1)[0]
    if len(sentence) > 90:
        cuts = [match.start() for match in (_PURPOSE.search(sentence.lower()),
                                            _TIME_CLAUSE.search(flat(sentence))) if match]
        cut = min(cuts, default=None)
        if cut is not None and cut > 30:
            sentence = sentence[:cut]
    return sentence.strip(" .;:,")
