"""Tasks written as outline items: headings with field lines, lettered items, running text.

A task's lead unit is sometimes the subject of its sentence ("Sở Văn hóa, Thể thao và Du lịch
chủ trì, phối hợp với ... tổ chức ..."); that sentence then gives the units and the title starts
at the verb.
"""

import re
from dataclasses import dataclass, field

from kehoach.ingest.fields import field_of, inline_fields, inline_start, is_labelled
from kehoach.ingest.lines import Line, sub_line
from kehoach.ingest.outline import Node
from kehoach.ingest.running import RUNNING, duty_line, is_addressed, lead_text, run_in_at
from kehoach.ingest.textutil import flat, squash
from kehoach.ingest.timeframes import inline_timeframe, timeframe_of
from kehoach.ingest.units import split_units, starts_unit

_TASK_SECTION = re.compile(r"nhiem vu|noi dung (?:thuc hien|trien khai|cong viec|hoat dong)"
                           r"|hoat dong|giai phap|cong viec")
NOT_TASK_SECTION = re.compile(r"to chuc thuc hien|muc dich|muc tieu|kinh phi|yeu cau"
                               r"|trach nhiem|dieu khoan|hieu luc")
# The clause after the task: its purpose ("…, nhằm …", "…, để …") or its time ("; thời gian …").
# The connectors are matched with their diacritics, because without them "để" (so that) reads
# as "đê" (dyke), "từ đó" (hence) as "tự do" (free) and "nhằm" as "nhầm" (by mistake).
_PURPOSE = re.compile(r",\s*(?:góp phần|nhằm|qua đó|từ đó|để|đồng thời|trong đó)\s|\s+nhằm\s")
_TIME_CLAUSE = re.compile(r";\s*thoi gian|\s*\(\s*(?:thoi gian|quy|thang|nam \d)")


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
    return bool(_TASK_SECTION.search(key)) and not NOT_TASK_SECTION.search(key)


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
        task.timeframe = timeframe_of(value.text, plan_years)
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
    running = RUNNING.search(heading.flat)
    if running is None or running.start("lead") != 0:
        return heading, body
    lead = heading.text[:running.end("lead")]
    cut = None if starts_unit(lead) else run_in_at(lead)
    if cut is None:
        return heading, body
    return (sub_line(heading, 0, cut), [sub_line(heading, cut, len(heading.text)), *body])


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


def _title_and_inline(task: Task, heading: Line, body: list[Line],
                      plan_years: tuple[int, int] | None) -> None:
    text = heading.text
    key = heading.flat
    running = RUNNING.search(key) if not task.lead_units else None
    # The heading is the title; the units may be in a paragraph below it, the first or the
    # responsibility sentence after the content.
    duty = duty_line(body) if running is None and not task.lead_units and len(text) < 160 \
        else None
    if duty:
        _units_from_running(task, duty[0].text, duty[1])
    if running and starts_unit(lead_text(text, running)):
        _units_from_running(task, text, running)
        if running.start() == 0 or is_addressed(key):
            verb_at = running.end("coord") if running.group("coord") else running.end()
            rest = text[verb_at:].strip(" ,;")
            text = rest[:1].upper() + rest[1:] if rest else text
            key = flat(text)
    task.title = _cut_title(text)
    if task.timeframe is None:
        sources = [text, *[line.text for line in body[:2]], *([duty[0].text] if duty else [])]
        task.timeframe = inline_timeframe(sources, plan_years)


def _units_from_running(task: Task, text: str, match: re.Match[str]) -> None:
    lead = lead_text(text, match)
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
    if (timed := _TIME_CLAUSE.search(flat(sentence))) and timed.start() > 10 and \
            flat(sentence)[timed.start():].lstrip(" ;").startswith("thoi gian"):
        sentence = sentence[:timed.start()]  # "...; thời gian: Quý III/2024" is no title
    if len(sentence) > 90:
        cuts = [match.start() for match in (_PURPOSE.search(sentence.lower()),
                                            _TIME_CLAUSE.search(flat(sentence))) if match]
        cut = min(cuts, default=None)
        if cut is not None and cut > 30:
            sentence = sentence[:cut]
    return sentence.strip(" .;:,")
