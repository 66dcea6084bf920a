"""What follows the body: "TỔ CHỨC THỰC HIỆN" (who answers for what) and "Nơi nhận"."""

import re

from kehoach.ingest.lines import Line, columns
from kehoach.ingest.outline import Node
from kehoach.ingest.running import strip_address
from kehoach.ingest.textutil import squash

_ORGANISING = re.compile(r"to chuc thuc hien|trach nhiem|phan cong")


def responsibilities(roots: list[Node]) -> list[dict[str, object]]:
    """The numbered units under "TỔ CHỨC THỰC HIỆN", each with what it must do."""
    found: list[dict[str, object]] = []
    for root in roots:
        if not _ORGANISING.search(root.heading.flat):
            continue
        for child in root.children:
            unit = _unit_of(child.heading.text)
            text = "\n".join(line.text for line in child.body)
            if len(unit) > 3:
                found.append({"code": child.code, "unit": unit, "text": text or None,
                              "span": [child.line.start, child.body[-1].end if child.body
                                       else child.line.end]})
    return found


def _unit_of(heading: str) -> str:
    heading = strip_address(squash(heading))
    for separator in (":", " chủ trì", " có trách nhiệm", " chịu trách nhiệm", " phối hợp"):
        at = heading.find(separator)
        if 0 < at < 160:
            heading = heading[:at]
    return heading.strip(" .;,")


def recipients(lines: list[Line], label: str = "noi nhan") -> tuple[list[str], tuple[int, int]]:
    """The list under "Nơi nhận:" (or "Kính gửi:"), one recipient per line."""
    for index, line in enumerate(lines):
        if not line.flat.startswith(label):
            continue
        # The list is the left column when the signature is laid out beside it.
        line = columns(line)[0]
        found: list[str] = []
        rest = line.text.split(":", 1)[1] if ":" in line.text else ""
        candidates = [rest] if rest.strip() else []
        end = line.end
        for following in lines[index + 1:index + 40]:
            following = columns(following)[0]
            if following.blank:
                continue
            if following.text[:1] not in "-+•" :
                break
            candidates.append(following.text)
            end = following.end
        for text in candidates:
            cleaned = squash(text).lstrip("-+• ").rstrip(" ;.,")
            if cleaned:
                found.append(cleaned)
        return found, (line.start, end)
    return [], (0, 0)
