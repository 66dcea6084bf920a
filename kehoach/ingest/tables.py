"""Tasks in a table: STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Phối hợp | Thời gian | Sản phẩm.

Columns are found by the words of their headings, not by position, because every province
orders and names them differently. Rows that span the table ("I | Công tác tuyên truyền trên
báo chí") are group headings, not tasks.
"""

import re
from collections.abc import Iterator

from kehoach.ingest.lines import Line, split_br
from kehoach.ingest.tasks import Task, _cut_title, set_lead
from kehoach.ingest.textutil import ROMAN, squash
from kehoach.ingest.timeframes import timeframe_of
from kehoach.ingest.units import split_units

# Tried in this order: "Thời gian thực hiện" is a time and "Nội dung thực hiện" the task, while
# "Đơn vị thực hiện" and "Cơ quan thực hiện nhiệm vụ" name the units.
_COLUMNS = [
    ("code", re.compile(r"^(stt|tt|so tt|so thu tu)$")),
    ("coordinating", re.compile(r"phoi hop")),
    ("timeframe", re.compile(r"thoi gian|thoi han|tien do")),
    ("products", re.compile(r"san pham|ket qua")),
    ("notes", re.compile(r"ghi chu|kinh phi|nguon")),
    ("lead", re.compile(r"chu tri|don vi|co quan|phu trach|tham muu|chiu trach nhiem")),
    ("title", re.compile(r"noi dung|nhiem vu|hoat dong|cong viec|ten")),
    ("lead", re.compile(r"thuc hien")),
]


def columns_of(row: Line) -> dict[str, int] | None:
    """Which column holds what, when the row is the heading row of a task table."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row.cells()):
        _take_column(found, cell, index)
    return found if "title" in found and ("lead" in found or "timeframe" in found) else None


def _column_names(cell: Line) -> list[str]:
    """What a heading may name, in the order of `_COLUMNS`; a name already taken passes the
    heading on to its next reading."""
    key = " ".join(cell.flat.replace("<br>", " ").split()).strip(" .:")
    return [name for name, pattern in _COLUMNS if pattern.search(key)]


def _take_column(found: dict[str, int], cell: Line, index: int) -> None:
    name = next((name for name in _column_names(cell) if name not in found), None)
    if name is not None:
        found[name] = index


def _with_sub_headings(top: Line, sub: Line) -> dict[str, int] | None:
    """Columns of a heading in two rows: "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp".

    The upper cell spans the sub-headings under it and is one cell in the upper row; the cells
    it does not span are blank in the lower row. Each blank takes the next upper heading, each
    run of sub-headings one upper heading between them.
    """
    upper, lower = top.cells(), sub.cells()
    if not any(cell.text for cell in lower) or any(
            cell.text and not _column_names(cell) for cell in lower):
        return None
    found: dict[str, int] = {}
    position = 0
    for index, cell in enumerate(lower):
        source = cell if cell.text else (upper[position] if position < len(upper) else None)
        if source is not None:
            _take_column(found, source, index)
        following = lower[index + 1] if index + 1 < len(lower) else None
        if not cell.text or following is None or not following.text:
            position += 1
    return found if "title" in found and ("lead" in found or "timeframe" in found) else None


def is_task_table(rows: list[Line]) -> bool:
    return any(columns_of(row) for row in rows[:3])


def tasks_from_table(rows: list[Line], section: str | None,
                     plan_years: tuple[int, int] | None) -> list[Task]:
    found = list(task_rows(rows))
    numbers = [_cell(texts, columns, "code").strip(" .") for _, texts, columns, _ in found]
    # Rows numbered 1, 2, 3 ... across the groups are known by their number alone; numbering
    # that starts again in each group ("I" 1, 2; "II" 1, 2) needs the group in the code.
    grouped = len(set(numbers)) < len(numbers)
    tasks: list[Task] = []
    for cells, texts, columns, group in found:
        task = _task(cells, texts, columns, section, group if grouped else None, plan_years)
        if task.title:
            tasks.append(task)
    return tasks


def task_rows(rows: list[Line]
              ) -> Iterator[tuple[list[Line], list[str], dict[str, int], str | None]]:
    """(cells, their texts, columns, group label) for each row of the table that is a task."""
    columns: dict[str, int] | None = None
    heading: Line | None = None
    width = 0
    group = None
    for row in rows:
        cells = row.cells()
        if columns is None:
            columns, heading = columns_of(row), row
            width = len(cells)
            continue
        if heading is not None and (two_rows := _with_sub_headings(heading, row)):
            columns, heading, width = two_rows, None, len(cells)
            continue
        heading = None
        texts = [squash(c.text) for c in cells]
        if all(re.fullmatch(r"\(?\d{1,2}\)?|", t) for t in texts):
            continue  # the "(1) (2) (3)" row under the headings
        filled = [t for t in texts if t]
        if len(cells) < width - 1 or (len(filled) <= 2 and not _cell(texts, columns, "lead")):
            group = _group_label(texts)
            continue
        yield cells, texts, columns, group


def target_cells(rows: list[Line]) -> Iterator[tuple[Line, bool, str]]:
    """(cell, whether it is the product column, time frame) for the cells that may set targets.

    A count in the product column ("Ít nhất 12 phóng sự", "2.000 cuốn") is what the task must
    deliver; the task's own wording counts only where it says so ("tổ chức ít nhất 02 lớp").
    """
    for cells, texts, columns, _ in task_rows(rows):
        time = _cell(texts, columns, "timeframe").replace("<br>", " ")
        for name in ("title", "products"):
            index = columns.get(name)
            if index is not None and index < len(cells):
                for part in split_br(cells[index]):
                    yield part, name == "products", time


def _cell(texts: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return texts[index] if index is not None and index < len(texts) else ""


def _group_label(texts: list[str]) -> str | None:
    first = texts[0].strip(" .") if texts else ""
    return first if first in ROMAN or re.fullmatch(r"[A-ZĐ]|\d{1,2}", first) else None


def _task(cells: list[Line], texts: list[str], columns: dict[str, int], section: str | None,
          group: str | None, plan_years: tuple[int, int] | None) -> Task:
    number = _cell(texts, columns, "code").strip(" .")
    labels = [label for label in (section, group if group not in (None, section) else None,
                                  number) if label]
    title_cell = cells[columns["title"]] if columns["title"] < len(cells) else None
    paragraphs = split_br(title_cell) if title_cell else []
    task = Task(code=".".join(labels), title=_cut_title(paragraphs[0].text) if paragraphs else "",
                span=(cells[0].start if cells else 0, cells[-1].end if cells else 0))
    task.content = "\n".join(p.text for p in paragraphs)
    # A single "Cơ quan thực hiện" column may mark roles: "Sở A (chủ trì); Sở B (phối hợp)".
    set_lead(task, _cell_raw(cells, columns, "lead"))
    if coordinating := split_units(_cell_raw(cells, columns, "coordinating")):
        task.coordinating_units = coordinating
    if time := _cell(texts, columns, "timeframe"):
        task.timeframe = timeframe_of(time.replace("<br>", " "), plan_years)
    task.products = _cell(texts, columns, "products").replace("<br>", "; ") or None
    for name in ("lead", "coordinating", "timeframe", "products"):
        index = columns.get(name)
        if index is not None and index < len(cells) and cells[index].text:
            task.fields[name] = (cells[index].start, cells[index].end)
    return task


def _cell_raw(cells: list[Line], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(cells):
        return ""
    return "; ".join(part.text.lstrip("-+• ") for part in split_br(cells[index]))
