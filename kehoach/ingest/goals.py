"""Where a plan sets its targets, and until when.

A number is a target where the plan sets one: under a "Mục tiêu"/"Chỉ tiêu" heading, after
words of aim ("phấn đấu", "ít nhất"), in a task's products, and in what a label governs. A label
line ("Mục tiêu cụ thể đến năm 2028:", "Phấn đấu đến 2027:") governs the list or the run of
clauses after it: each item or clause is a target with the label's deadline, and a count with
any noun of measure ("15.000 tờ gấp", "1.000 đầu sách") is one there. A heading stating a
deadline ("2. Mục tiêu cụ thể đến năm 2026") gives it to what is under it.
"""

import re
from dataclasses import dataclass

from kehoach.ingest.fields import field_of
from kehoach.ingest.header import Header
from kehoach.ingest.lines import Line, sub_line
from kehoach.ingest.outline import Node
from kehoach.ingest.tables import target_cells
from kehoach.ingest.targets import Target, deadline_in, targets_in_line
from kehoach.ingest.tasks import Task, is_task_section
from kehoach.ingest.timeframes import timeframe_of

_AIM_HEADING = re.compile(r"muc tieu|chi tieu")
_PURPOSE_HEADING = re.compile(r"(?:muc dich|yeu cau)\b")
_REPORT_AIM = re.compile(r"phan dau|chi tieu|muc tieu|ke hoach de ra")
# What a label says before its colon: an aim, or a deadline ("Đến năm 2025:", "đến 2028:").
_LABEL = re.compile(r"muc tieu|chi tieu|phan dau|\bden (?:het )?(?:nam )?20\d\d\b")
_SPECIFIC_AIM = re.compile(r"muc tieu cu the|chi tieu")
_ITEM = re.compile(r"^(?:[-+•*–]\s|[a-zđ]\)\s)")


@dataclass
class PlanText:
    """What the parse found that targets are read from."""

    header: Header
    lines: list[Line]
    roots: list[Node]
    issued: list[Node]  # the plan a decision issues
    appendix: list[list[Line]]  # task tables after the signature
    tasks: list[Task]
    years: tuple[int, int] | None


def plan_targets(plan: PlanText) -> list[Target]:
    plan_end = f"{plan.years[1]}-12-31" if plan.years else None
    found: list[Target] = []
    if plan.header.kind in ("plan", None) or plan.issued:
        for rows in plan.appendix:
            found += _table_targets(rows, plan.years, plan_end)
    first = min((root.line.index for root in plan.roots + plan.issued), default=len(plan.lines))
    whole = plan.header.kind == "plan" and first == len(plan.lines)
    for line in plan.lines[plan.header.title_end:first]:  # before the outline, or all of it
        if _REPORT_AIM.search(line.flat) or whole:
            found += targets_in_line(line, aimed=False, deadline=plan_end)
    ends = {task.code: (task.timeframe or {}).get("end") for task in plan.tasks}
    for root in plan.roots + plan.issued:
        planned = plan.header.kind in ("plan", None) or root in plan.issued
        for node in root.walk():
            deadline = _deadline(node, ends) or plan_end
            found += _node_targets(node, planned, deadline)
            if planned:
                found += _table_targets(node.rows, plan.years, deadline)
    return found


def _node_targets(node: Node, planned: bool, deadline: str | None) -> list[Target]:
    aimed = _aimed(node)
    under_label = _label_over(node) is not None
    governed = under_label or _governed(node)
    found: list[Target] = []
    label_deadline: str | None = None
    labelled = False  # the lines after a label line, while they are its list
    for line in [node.heading, *node.body]:
        if (label := _label_end(line)) is not None:
            labelled, label_deadline = True, deadline_in(line.flat[:label]) or deadline
            found += targets_in_line(sub_line(line, label, len(line.text)), aimed=True,
                                     deadline=label_deadline, any_noun=True)
            continue
        if labelled and _ITEM.match(line.text):
            found += targets_in_line(line, aimed=True, deadline=label_deadline, any_noun=True)
            continue
        labelled = False
        if governed and (line is not node.heading or under_label):
            found += targets_in_line(line, aimed=True, deadline=deadline, any_noun=True)
        elif aimed or planned or _REPORT_AIM.search(line.flat):
            # A task's heading may be its whole paragraph ("b) Sản xuất ... ít nhất 08 ...").
            found += targets_in_line(line, aimed=aimed or (planned and _is_product(line)),
                                     deadline=deadline)
    return found


def _label_end(line: Line) -> int | None:
    """Where the clauses a label governs begin: after "Phấn đấu đến năm 2025:"."""
    colon = line.flat.find(":")
    if colon < 0 or colon > 90 or not _LABEL.search(line.flat[:colon]):
        return None
    return colon + 1


def _governed(node: Node) -> bool:
    """Under a heading of specific aims ("2. Mục tiêu cụ thể", "3. Chỉ tiêu"), as after a
    label line ("Phấn đấu đến năm 2025:" over "a) ...", "b) ..."), every line of the list is a
    target, whatever noun it counts in."""
    current: Node | None = node
    while current is not None:
        if _PURPOSE_HEADING.match(current.heading.flat):
            return False
        if _SPECIFIC_AIM.search(current.heading.flat) and not is_task_section(current):
            return True
        current = current.parent
    return False


def _is_product(line: Line) -> bool:
    """A task's "Sản phẩm:"/"Kết quả:" line: its counts are what the task must deliver."""
    field = field_of(line)
    return field is not None and field[0] == "products"


def _table_targets(rows: list[Line], years: tuple[int, int] | None,
                   deadline: str | None) -> list[Target]:
    found: list[Target] = []
    for cell, product, time in target_cells(rows):
        end = timeframe_of(time, years)["end"] if time else None
        found += targets_in_line(cell, aimed=product, deadline=end or deadline)
    return found


def _aimed(node: Node) -> bool:
    """Under a heading that sets targets; the nearest heading decides, so "1. Mục đích" under
    "I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU" does not, and "3. Chỉ tiêu" does."""
    current: Node | None = node
    while current is not None:
        if _AIM_HEADING.search(current.heading.flat) and not is_task_section(current):
            return True
        if _PURPOSE_HEADING.match(current.heading.flat):
            return False
        current = current.parent
    return False


def _deadline(node: Node, ends: dict[str, str | None]) -> str | None:
    """The end of the nearest task's time frame, or the deadline its nearest heading or the
    label above its points states ("2. Mục tiêu cụ thể đến năm 2026", "Đến năm 2028:")."""
    current: Node | None = node
    while current is not None:
        if ends.get(current.code):
            return ends[current.code]
        label = _label_over(current)
        if stated := deadline_in(current.heading.flat) or (label and deadline_in(label.flat)):
            return stated
        current = current.parent
    return None


def _label_over(node: Node) -> Line | None:
    """The label line alone on its line that the point comes under: the last one above it in
    its parent's text or its earlier siblings' ("Phấn đấu đến năm 2025:" / "a) 80% ...")."""
    if node.parent is None:
        return None
    above = [*node.parent.body, *(line for sibling in node.parent.children
                                  if sibling.line.index < node.line.index
                                  for item in sibling.walk() for line in item.body)]
    labels = [line for line in above
              if line.index < node.line.index and (end := _label_end(line)) is not None
              and not line.text[end:].strip()]
    return max(labels, key=lambda line: line.index) if labels else None
