"""Tasks assigned in prose, where a document has no task section or task table.

A short plan assigns its work in "Tổ chức thực hiện" ("1. Giao Sở Tư pháp chủ trì, phối hợp
với ... tổ chức ...; thời gian: Quý II/2024", "Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì ..."), and
a letter in numbered groups of its addressees ("1. Các cơ quan báo chí: Tăng thời lượng ...",
"2. Đối với các sở, ban, ngành tỉnh" over what they must do). Each becomes a task whose lead
is the unit addressed and whose title is the work, from its verb.
"""

import re
from dataclasses import replace

from kehoach.ingest.lines import Line, sub_line
from kehoach.ingest.outline import Node
from kehoach.ingest.running import RUNNING, WORK_VERBS, is_addressed, lead_text, strip_address
from kehoach.ingest.tasks import Task, _cut_title, task_from_node
from kehoach.ingest.timeframes import inline_timeframe
from kehoach.ingest.units import names_unit, split_units, starts_unit

ORGANISING = re.compile(r"to chuc thuc hien|trach nhiem|phan cong")
# "Đối với các cơ quan báo chí": the group addressed, in a letter's heading.
_TOWARDS = re.compile(r"^(?:Đối với|đối với|ĐỐI VỚI)\s+")
_VERB = re.compile(r"\s(?:" + "|".join(WORK_VERBS) + r")\b")
_BULLET = re.compile(r"^[-+•*–]\s*")
# The unit's own duty, its name in the heading above: "Chủ trì, phối hợp với Sở Y tổ chức ...".
_OWN_DUTY = re.compile(r"^chu tri\s*(?:,|va)?\s*phoi hop (?:voi|cung)\s+(?P<coord>[^.;:()]{3,300}?)"
                       r"(?=\s(?:" + "|".join(WORK_VERBS) + r")\b)")


def assignment_tasks(roots: list[Node], plan_years: tuple[int, int] | None, *,
                     letter: bool) -> list[Task]:
    """The tasks a plan's "Tổ chức thực hiện" or a letter's numbered groups assign."""
    if letter:
        nodes = [node for root in roots for node in root.walk()]
    else:
        nodes = [node for root in roots if ORGANISING.search(root.heading.flat)
                 for node in root.walk()[1:]]
    tasks: list[Task] = []
    for node in nodes:
        task, used = _assigned(node, plan_years)
        tasks += [task] if task is not None else []
        tasks += _addressed_in_body(node, node.body[used:], plan_years)
    return tasks


def _assigned(node: Node, plan_years: tuple[int, int] | None) -> tuple[Task | None, int]:
    """The item's own task, if it assigns one, and how many of its paragraphs that took: the
    work of "2. Đối với các sở, ban, ngành" is the paragraph under it."""
    if node.children:
        return None, 0
    if _assigns_itself(node.heading):
        return task_from_node(node, plan_years), 0  # "Giao Sở X chủ trì, phối hợp ..."
    unit, work = _addressee(node.heading)
    if unit is None:
        return None, 0
    used = 0
    if work is None and node.body:
        bullet = _BULLET.match(node.body[0].text)
        work = sub_line(node.body[0], bullet.end() if bullet else 0, len(node.body[0].text))
        used = 1
    if work is None or not work.text:
        return None, 0
    return _task(node, unit, work, plan_years), used


def _assigns_itself(heading: Line) -> bool:
    """A heading that is a whole assignment: "Giao Sở X chủ trì, phối hợp với ... tổ chức"."""
    running = RUNNING.search(heading.flat)
    return running is not None and running.start() == 0 and starts_unit(
        lead_text(heading.text, running))


def _addressee(heading: Line) -> tuple[list[str] | None, Line | None]:
    """The units a heading addresses, and the work it gives them on the same line, if any:
    "Các cơ quan báo chí: Tăng ...", "Trung tâm ... các huyện triển khai ...", "Sở Tư pháp"."""
    text = _TOWARDS.sub("", strip_address(heading.text))
    offset = len(heading.text) - len(text)
    colon = text.find(":")
    if 0 < colon < 160:
        name, work = text[:colon], sub_line(heading, offset + colon + 1, len(heading.text))
    elif verb := _VERB.search(heading.flat, offset):
        name, work = heading.text[offset:verb.start()], sub_line(heading, verb.start(),
                                                                 len(heading.text))
    else:
        name, work = text, None
    units = split_units(name)
    if not units or not starts_unit(units[0]):
        return None, None
    return units, work


def _task(node: Node, units: list[str], work: Line,
          plan_years: tuple[int, int] | None) -> Task:
    text = work.text
    end = (node.body or [node.line])[-1].end
    task = Task(code=node.code, title="", lead_units=units, span=(node.line.start, end))
    if own := _OWN_DUTY.match(work.flat):
        task.coordinating_units = split_units(text[own.start("coord"):own.end("coord")])
    # Prose lists an addressee's duties one clause after another; the first is the task.
    first = text.split(";", 1)[0]
    duty = first if len(first.split()) >= 5 else text
    task.title = _cut_title(duty[:1].upper() + duty[1:])
    task.timeframe = inline_timeframe([text, *[line.text for line in node.body[:2]]], plan_years)
    task.content = "\n".join(line.text for line in [node.heading, *node.body])
    return task


def _addressed_in_body(node: Node, lines: list[Line],
                       plan_years: tuple[int, int] | None) -> list[Task]:
    """Paragraphs below an item that assign work to another unit: "Đề nghị Ban Tuyên giáo
    Tỉnh ủy chủ trì, phối hợp với ... định hướng ..."."""
    tasks: list[Task] = []
    for line in lines:
        running = RUNNING.search(line.flat)
        if running is None or not is_addressed(line.flat) or not names_unit(
                lead_text(line.text, running)):
            continue
        point = replace(node, line=line, heading=line, body=[], children=[], rows=[])
        task = task_from_node(point, plan_years)
        task.code = f"{node.code}-{len(tasks) + 1}"
        tasks.append(task)
    return tasks
