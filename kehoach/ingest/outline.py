"""The numbered outline of a document: "II. NHIỆM VỤ" › "3. Các hình thức ..." › "a) ...".

Decree 30 numbers parts with Roman numerals, items with Arabic numerals ("1.", "2.1.") and
sub-items with letters ("a)", "đ)"). The outline gives every task its code ("II.3.a") and tells
a group heading from a task: a group has sub-items and no fields of its own.
"""

import re
from dataclasses import dataclass, field

from kehoach.ingest.fields import field_of, is_labelled
from kehoach.ingest.lines import Line, sub_line
from kehoach.ingest.textutil import ROMAN

_ROMAN = re.compile(r"^(?:(?:PHẦN|Phần|MỤC|Mục)\s+)?([IVX]{1,4})\s*[.:)\-–]\s*(?=\S)")
_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(?=[^\d\s.,/%])"
                     r"|^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=[^\d\s])")
_LETTER = re.compile(r"^([a-zđ])\s*[).]\s+(?=\S)")
# "Nhiệm vụ 1: Tuyên truyền ...", "Hoạt động 2. ...": a task numbered by name.
_NAMED = re.compile(r"^(?:Nhiệm vụ|NHIỆM VỤ|Hoạt động|HOẠT ĐỘNG|Nội dung|NỘI DUNG)\s+(\d{1,2})"
                    r"\s*[.:)\-–]\s*(?=\S)")
_END = re.compile(r"^(noi nhan|tren day la|kinh gui)")


@dataclass(eq=False)
class Node:
    kind: str  # "roman", "number", "letter"
    label: str
    level: int
    line: Line
    heading: Line  # the line's text after its marker
    parent: "Node | None" = None
    body: list[Line] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    rows: list[Line] = field(default_factory=list)  # table rows under this item

    @property
    def code(self) -> str:
        """"II.3.a"; an item "2.1." under "2." adds only its own "1": "III.2.1", not "III.2.2.1"."""
        labels = []
        node: Node | None = self
        while node is not None:
            label = node.label
            parent = node.parent
            if parent is not None and label.startswith(parent.label + "."):
                label = label[len(parent.label) + 1:]
            labels.append(label)
            node = parent
        return ".".join(reversed(labels))

    def walk(self) -> "list[Node]":
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes


def heading_of(line: Line) -> tuple[str, str, int, int] | None:
    """(kind, label, level, length of the marker) when the line opens an outline item."""
    if line.is_row or not line.text:
        return None
    if (match := _ROMAN.match(line.text)) and match.group(1) in ROMAN:
        return "roman", match.group(1), 1, match.end()
    if match := _NUMBER.match(line.text):
        label = match.group(1) or match.group(2)
        return "number", label, 2 + label.count("."), match.end()
    if match := _LETTER.match(line.text):
        return "letter", match.group(1), 6, match.end()
    if match := _NAMED.match(line.text):
        return "number", match.group(1), 2, match.end()
    return None


def build_outline(lines: list[Line], start: int = 0) -> list[Node]:
    """The top-level items from line `start` up to "Nơi nhận" or "Trên đây là ..."."""
    roots: list[Node] = []
    stack: list[Node] = []
    current: Node | None = None
    for line in lines[start:]:
        if _END.match(line.flat):
            break
        found = heading_of(line)
        if found is None:
            if current is not None and line.is_row:
                current.rows.append(line)
            elif current is not None and not line.blank:
                current.body.append(line)
            continue
        kind, label, level, length = found
        node = Node(kind, label, level, line, sub_line(line, length, len(line.text)))
        while stack and stack[-1].level >= level:
            stack.pop()
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
        current = node
    for root in roots:
        for node in root.walk():
            _fold_field_items(node)
    return roots


def _fold_field_items(node: Node) -> None:
    """Sub-items that are the item's fields ("a) Nội dung: ...", "b) Đơn vị chủ trì: ...")
    become lines of its body: they describe one task, they are not tasks of their own."""
    items = node.children
    if not items or any(item.children or item.rows for item in items):
        return
    if not all(is_labelled(item.heading) for item in items):
        return
    fields = [found[0] for item in items if (found := field_of(item.heading))]
    if not any(name in ("lead", "coordinating") for name in fields):
        return
    for item in items:
        node.body += [item.heading, *item.body]
    node.children = []
