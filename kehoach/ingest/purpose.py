"""What a plan is for: its "Mục đích, yêu cầu" and its general goal, kept beside its targets
and tasks so that a reader of the plan in the app sees it whole.

Plans write them as a part of their own ("I. MỤC ĐÍCH, YÊU CẦU" with "1. Mục đích" and
"2. Yêu cầu" under it, or both in one run of text), and the general goal under "Mục tiêu"
("1. Mục tiêu chung"), where the numbered targets are "Mục tiêu cụ thể".
"""

import re
from collections.abc import Iterable

from kehoach.ingest.lines import Line
from kehoach.ingest.outline import Node

_PURPOSE = re.compile(r"^muc dich")
_REQUIREMENTS = re.compile(r"^yeu cau")
_AIMS = re.compile(r"^muc tieu")
_GENERAL = re.compile(r"^muc tieu chung")
_SPECIFIC = re.compile(r"^(?:muc tieu cu the|chi tieu)")
_MARK = re.compile(r"^(?:[-+•*–]\s*)+")


def plan_purpose(roots: list[Node]) -> dict[str, list[str]]:
    """The plan's purposes, requirements and general goals, a paragraph each.

    >>> from kehoach.ingest.lines import split_lines
    >>> from kehoach.ingest.outline import build_outline
    >>> text = ("I. MỤC ĐÍCH, YÊU CẦU\\n1. Mục đích\\nTriển khai có hiệu quả Đề án.\\n"
    ...         "2. Yêu cầu\\n- Tạo mạch tuyên truyền xuyên suốt.\\n- Bảo đảm tiết kiệm.\\n"
    ...         "II. MỤC TIÊU\\n1. Mục tiêu chung\\nNâng cao nhận thức về quyền con người.\\n"
    ...         "2. Mục tiêu cụ thể\\n- 100% cán bộ được phổ biến.\\n")
    >>> found = plan_purpose(build_outline(split_lines(text), 0))
    >>> found["requirements"]
    ['Tạo mạch tuyên truyền xuyên suốt.', 'Bảo đảm tiết kiệm.']
    >>> found["purposes"], found["general_goals"]
    (['Triển khai có hiệu quả Đề án.'], ['Nâng cao nhận thức về quyền con người.'])
    """
    found: dict[str, list[str]] = {"purposes": [], "requirements": [], "general_goals": []}
    for root in roots:
        heading = root.heading.flat.strip()
        if _PURPOSE.match(heading) or _REQUIREMENTS.match(heading):
            _purposes(root, found)
        elif _AIMS.match(heading):
            _goals(root, found)
    return found


def _purposes(root: Node, found: dict[str, list[str]]) -> None:
    found["purposes"] += _paragraphs(root.body)
    for child in root.children:
        heading = child.heading.flat.strip()
        if _GENERAL.match(heading):
            key = "general_goals"
        elif _REQUIREMENTS.match(heading) or _PURPOSE.match(heading):
            key = "requirements" if _REQUIREMENTS.match(heading) else "purposes"
        else:  # "2. Chỉ tiêu" under "Mục đích, yêu cầu": targets, read elsewhere
            continue
        found[key] += _after_colon(child.heading)
        found[key] += [text for node in child.walk() for text in _paragraphs(node.body)]


def _goals(root: Node, found: dict[str, list[str]]) -> None:
    general = [child for child in root.children if _GENERAL.match(child.heading.flat.strip())]
    for child in general:
        found["general_goals"] += _after_colon(child.heading)
        found["general_goals"] += [text for node in child.walk()
                                   for text in _paragraphs(node.body)]
    if not general and not any(_SPECIFIC.match(c.heading.flat.strip()) for c in root.children):
        found["general_goals"] += _paragraphs(root.body[:1])


def _after_colon(heading: Line) -> list[str]:
    """The text a heading goes on with ("1. Mục đích: triển khai ..."), if any."""
    _name, colon, rest = heading.text.partition(":")
    return _paragraphs_of([rest]) if colon else []


def _paragraphs(lines: list[Line]) -> list[str]:
    return _paragraphs_of(line.text for line in lines)


def _paragraphs_of(texts: Iterable[str]) -> list[str]:
    """Each text without its list marker ("- ", "+ "); empty ones left out."""
    return [cleaned for text in texts if (cleaned := _MARK.sub("", text).strip())]
