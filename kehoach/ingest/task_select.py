"""Which items of a plan's outline are tasks.

In a task section ("II. NHIỆM VỤ"), an item is a task when it names its units or is a leaf
with a title of its own; a heading that names no work ("1. Nhiệm vụ chung") is none. Sub-items
are the content of the item above them unless they carry units of their own: "1. Tuyên truyền
trên báo chí" over "a) Mở chuyên mục ...", "b) Sản xuất phóng sự ..." and then "Sở X chủ trì,
phối hợp với ... thực hiện" is one task, whose units the sentence after its points gives.
Outside task sections, only items that name their units are tasks.
"""

import re
from dataclasses import replace

from kehoach.ingest.fields import field_of, inline_fields
from kehoach.ingest.lines import sub_line
from kehoach.ingest.outline import Node
from kehoach.ingest.running import RUNNING, duty_line, lead_text, names_lead
from kehoach.ingest.tasks import NOT_TASK_SECTION, Task, is_task_section, task_from_node
from kehoach.ingest.units import names_unit

# "1. Nhiệm vụ chung" over a paragraph of principles: a heading that names no work of its own.
# The nouns may be paired with "và" or a comma: "Nhiệm vụ, giải pháp chung".
_GENERIC_NOUN = r"(?:nhiem vu|giai phap|noi dung|muc tieu|yeu cau|quan diem)"
_GENERIC = re.compile(rf"^(?:cac )?{_GENERIC_NOUN}(?:(?:\s*,\s*|\s+va\s+){_GENERIC_NOUN})?"
                      r"(?: chung| chu yeu| trong tam| cu the)?$")
_UNIT_FIELDS = ("lead", "coordinating")
_BULLET = re.compile(r"^[-+•*–]\s*")


def tasks_from_outline(roots: list[Node], plan_years: tuple[int, int] | None) -> list[Task]:
    sections = [n for n in roots if n.kind == "roman" and is_task_section(n)]
    if not sections:
        skip = {id(n) for r in roots if NOT_TASK_SECTION.search(r.heading.flat) for n in r.walk()}
        chosen = [n for r in roots for n in r.walk() if id(n) not in skip and has_fields(n)]
        return [task_from_node(n, plan_years) for n in chosen]
    tasks: list[Task] = []
    for section in sections:
        tasks += duty_tasks(section, plan_years)
        for child in section.children:
            tasks += [task_from_node(item, plan_years) if isinstance(item, Node) else item
                      for item in _choose(child, plan_years)]
    return tasks


def duty_tasks(node: Node, plan_years: tuple[int, int] | None) -> list[Task]:
    """The paragraphs under a heading that is no task itself which each assign a task, with
    their unit as subject: "- Sở Dân tộc và Tôn giáo chủ trì, phối hợp với ... biên soạn ..."."""
    tasks: list[Task] = []
    for line in node.body:
        bullet = _BULLET.match(line.text)
        sentence = sub_line(line, bullet.end() if bullet else 0, len(line.text))
        running = RUNNING.match(sentence.flat)
        if running is None or not names_unit(lead_text(sentence.text, running)):
            continue
        point = replace(node, line=line, heading=sentence, body=[], children=[], rows=[])
        task = task_from_node(point, plan_years)
        task.code = f"{node.code}-{len(tasks) + 1}"
        tasks.append(task)
    return tasks


def has_fields(node: Node) -> bool:
    """Whether the item names its units: in field lines, in its sentence, in brackets, or in
    a responsibility sentence below its content."""
    return any((found := field_of(line)) is not None and found[0] in _UNIT_FIELDS
               for line in node.body) \
        or names_lead(node.heading.text + (" " + node.body[0].text if node.body else "")) \
        or duty_line(node.body) is not None \
        or any(name in _UNIT_FIELDS for line in [node.heading, *node.body[:1]]
               for name, _ in inline_fields(line))


def _choose(node: Node, plan_years: tuple[int, int] | None) -> list[Node | Task]:
    """The item's tasks, in order: items that are tasks, and tasks its paragraphs assign."""
    if _holds_its_points(node):
        return [_folded(node)]
    chosen: list[Node | Task] = []
    if has_fields(node) or not (node.children or node.rows or _generic(node)):
        chosen.append(node)
    else:
        chosen += duty_tasks(node, plan_years)
    for child in node.children:
        chosen += _choose(child, plan_years)
    return chosen


def _generic(node: Node) -> bool:
    return _GENERIC.match(node.heading.flat.strip(" .:")) is not None


def _holds_its_points(node: Node) -> bool:
    """Whether the item's sub-items are its content: none carries units of its own, or only
    the last does, in lines below its own sentence, which are then the item's."""
    points = node.children
    if not points or node.rows or _generic(node) or any(p.children or p.rows for p in points):
        return False
    carrying = [point for point in points if has_fields(point)]
    if not carrying:
        return True
    last = points[-1]
    return len(points) > 1 and carrying == [last] and not _names_units_itself(last)


def _names_units_itself(point: Node) -> bool:
    """Units in the point's own sentence, not in lines after it."""
    return names_lead(point.heading.text) or any(
        name in _UNIT_FIELDS for name, _ in inline_fields(point.heading))


def _folded(node: Node) -> Node:
    """The item with its points as lines of its body."""
    body = list(node.body)
    for point in node.children:
        body += [point.line, *point.body]
    return replace(node, body=body, children=[])
