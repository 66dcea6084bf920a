"""The review page's source pane: the document's text with each extracted field marked.

Marks never overlap: where two extracted items cover the same words, the first one found (the
header, then each task's fields) keeps the mark, and the other's link points to it.
"""

from dataclasses import dataclass
from typing import Any


@dataclass
class Segment:
    text: str
    mark: str = ""  # the anchor id, "" for plain text
    label: str = ""


def source_marks(parsed: dict[str, Any], text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, anchor id, label) of every extracted item, in the order of the text."""
    marks: list[tuple[int, int, str, str]] = []
    for name, span in ((parsed.get("document") or {}).get("spans") or {}).items():
        marks.append((span[0], span[1], f"src-doc-{name}", name))
    for index, task in enumerate(parsed.get("tasks") or []):
        start = task["span"][0]
        line_end = text.find("\n", start)
        marks.append((start, line_end if line_end > 0 else task["span"][1], f"src-task-{index}",
                      task.get("code") or ""))
        for name, span in (task.get("spans") or {}).items():
            marks.append((span[0], span[1], f"src-task-{index}-{name}", name))
    for index, target in enumerate(parsed.get("targets") or []):
        marks.append((target["span"][0], target["span"][1], f"src-target-{index}", "target"))
    for index, reference in enumerate(parsed.get("references") or []):
        marks.append((reference["span"][0], reference["span"][1], f"src-ref-{index}", "ref"))
    return marks


def segments(parsed: dict[str, Any], text: str) -> tuple[list[Segment], set[str]]:
    """The text cut at the marks, and the anchors that were placed."""
    kept: list[tuple[int, int, str, str]] = []
    for mark in sorted(source_marks(parsed, text), key=lambda m: (m[0], -m[1])):
        start, end = max(0, mark[0]), min(len(text), mark[1])
        if end <= start or any(start < k[1] and k[0] < end for k in kept):
            continue
        kept.append((start, end, mark[2], mark[3]))
    kept.sort()
    result: list[Segment] = []
    position = 0
    for start, end, anchor, label in kept:
        if start > position:
            result.append(Segment(text[position:start]))
        result.append(Segment(text[start:end], anchor, label))
        position = end
    result.append(Segment(text[position:]))
    return result, {k[2] for k in kept}
