"""The labelled lines under a task: "- Đơn vị chủ trì: ...", "- Thời gian thực hiện: ..."."""

import re

from kehoach.ingest.lines import Line, sub_line

LABELS: dict[str, str] = {
    "lead": r"(?:(?:don vi|co quan)(?:\s*/\s*(?:don vi|co quan))?\s+)?(?:chu tri|thuc hien"
            r"|tham muu|chiu trach nhiem|phu trach)(?: thuc hien| chinh)?|trach nhiem thuc hien"
            r"|phan cong(?: thuc hien)?|giao",
    "coordinating": r"(?:(?:don vi|co quan)\s+)?phoi hop(?: thuc hien)?",
    "timeframe": r"thoi gian(?: thuc hien| du kien| hoan thanh| trien khai| to chuc)?(?: du kien)?"
                 r"|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien| hoan thanh)?",
    "products": r"(?:ket qua\s*/\s*)?san pham(?: du kien| dau ra| chu yeu)?"
                r"(?:\s*/\s*ket qua(?: du kien)?)?|ket qua(?: du kien| dau ra)?",
}
_LABEL = re.compile(
    r"^[-+•*–]?\s*(?:(" + r")|(".join(LABELS.values()) + r"))\s*(?:\([^)]*\))?\s*:\s*"
)
_ANY_LABEL = re.compile(r"^[-+•*–]?\s*[^:]{2,45}:\s*")


def field_of(line: Line) -> tuple[str, Line] | None:
    """(field name, value) when the line is one of the task fields."""
    match = _LABEL.match(line.flat)
    if match is None:
        return None
    name = list(LABELS)[next(i for i, g in enumerate(match.groups()) if g is not None)]
    return name, sub_line(line, match.end(), len(line.text))


def is_labelled(line: Line) -> bool:
    """Any "Label: value" line, so that a list under "Sản phẩm:" stops at the next label."""
    return _ANY_LABEL.match(line.flat) is not None and not line.text.startswith("+")
