"""The labelled lines under a task: "- Đơn vị chủ trì: ...", "- Thời gian thực hiện: ..."."""

import re

from kehoach.ingest.lines import Line, sub_line

LABELS: dict[str, str] = {
    "lead": r"(?:(?:don vi|co quan)(?:\s*/\s*(?:don vi|co quan))?\s+)?(?:chu tri|thuc hien"
            r"|tham muu|chiu trach nhiem|phu trach)(?: thuc hien| chinh)?"
            r"|trach nhiem(?: thuc hien)?|phan cong(?: thuc hien)?|giao",
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
# The same labels inside a sentence: "... (Cơ quan chủ trì: Báo Hà Tĩnh; thời gian: Quý II/2024)".
_INLINE = re.compile(
    r"(?:^|(?<=[(;,.]))\s*(?:(" + r")|(".join(LABELS.values()) + r"))\s*:\s*"
)
_INLINE_END = re.compile(r"[;)]|\.(?:\s|$)")


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


def inline_fields(line: Line) -> list[tuple[str, Line]]:
    """(field name, value) for each label written inside the line rather than at its start.

    Plans that write a task as one sentence put its fields in brackets or after a semicolon:
    "Mở chuyên mục ... (Cơ quan chủ trì: Báo Hà Tĩnh; cơ quan phối hợp: Công an tỉnh)".
    """
    found: list[tuple[str, Line]] = []
    key = line.flat
    for match in _INLINE.finditer(key):
        name = list(LABELS)[next(i for i, g in enumerate(match.groups()) if g is not None)]
        end = _INLINE_END.search(key, match.end())
        value = sub_line(line, match.end(), end.start() if end else len(line.text))
        if value.text:
            found.append((name, value))
    return found


def inline_start(line: Line) -> int | None:
    """Where the first inline label (or the bracket that opens it) begins."""
    match = _INLINE.search(line.flat)
    if match is None:
        return None
    bracket = line.text.rfind("(", 0, match.start(1) if match.group(1) else match.start())
    start = match.start()
    return bracket if bracket >= 0 and ")" not in line.text[bracket:start] else start
