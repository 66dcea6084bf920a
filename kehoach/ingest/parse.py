"""From a document's text to the structured data of schema `kehoach.ingest/1`."""

import re
from collections.abc import Callable
from dataclasses import replace
from os import PathLike

from kehoach.ingest.assignments import assignment_tasks
from kehoach.ingest.closing import recipients, responsibilities
from kehoach.ingest.goals import PlanText, plan_targets
from kehoach.ingest.header import Header, attached_document, read_header
from kehoach.ingest.lines import Line, split_br, split_lines
from kehoach.ingest.outline import Node, build_outline
from kehoach.ingest.purpose import plan_purpose
from kehoach.ingest.references import find_references
from kehoach.ingest.source import Source
from kehoach.ingest.tables import columns_of, is_task_table, tasks_from_table
from kehoach.ingest.task_select import tasks_from_outline
from kehoach.ingest.tasks import Task, task_from_node
from kehoach.ingest.textutil import flat, repair_hyphens

SCHEMA = "kehoach.ingest/1"
# Plans assign their work in prose where they have no task list; letters always do.
_PLANS = ("plan", "programme", "scheme", None)


def ingest_file(path: str | PathLike[str], *,
                progress: Callable[[int, int], None] | None = None) -> dict[str, object]:
    from kehoach.ingest.readers import read_file

    return parse(read_file(path, progress=progress))


def parse(source: Source) -> dict[str, object]:
    text = repair_hyphens(source.text)
    lines = _flatten_tables(split_lines(text))
    header = read_header(lines)
    attached = attached_document(lines, header.title_end)
    roots = build_outline(lines[:attached], _body_start(lines, header.title_end))
    issued = build_outline(lines, attached) if attached else []  # the plan a decision issues
    appendix = _appendix_tables(lines, roots + issued)
    years = plan_years(header)
    tasks = _tasks(roots + issued, appendix, years)
    if header.kind == "official_letter":
        tasks = [task for rows in appendix for task in tasks_from_table(rows, None, years)] \
            or assignment_tasks(roots, years, letter=True)
    elif not tasks and header.kind in _PLANS:
        tasks = assignment_tasks(roots, years, letter=False)
    own = f"{header.number}/{header.symbol}" if header.number and header.symbol else None
    people, people_span = recipients(lines)
    addressed, _ = recipients(lines, "kinh gui")
    return {
        "schema": SCHEMA,
        "source": {"format": source.format, "pages": source.pages, "characters": len(source.text),
                   "warnings": source.warnings},
        "document": header.as_json(),
        "plan_years": list(years) if years else None,
        "references": [r.as_json() for r in find_references(text, flat(text), own)],
        "tasks": [t.as_json() for t in tasks],
        "purpose": plan_purpose(roots + issued),
        "targets": [t.as_json() for t in plan_targets(
            PlanText(header, lines, roots, issued, appendix, tasks, years))],
        "responsibilities": responsibilities(roots + issued),
        "recipients": people,
        "recipients_span": list(people_span),
        "addressees": addressed,
    }


def _flatten_tables(lines: list[Line]) -> list[Line]:
    """Keep task tables as rows; read every other table (header, signature) cell by cell.

    The lines are numbered again, so that a line's `index` is its place in the list the header
    and outline readers walk, whatever number of cells a row was cut into.
    """
    result: list[Line] = []
    block: list[Line] = []
    for line in [*lines, Line("", 0, 0, -1)]:
        if line.is_row:
            block.append(line)
            continue
        if block:
            if any(columns_of(row) for row in block[:3]):
                result.extend(block)
            else:
                for row in block:
                    for cell in row.cells():
                        result.extend(split_br(cell))
            block = []
        if line.index >= 0:
            result.append(line)
    return [replace(line, index=number) for number, line in enumerate(result)]


def _body_start(lines: list[Line], title_end: int) -> int:
    """Where the body begins: after the title, or after a letter's "Kính gửi:" list, which
    Decree 30 puts between the title and the body."""
    for index in range(title_end, min(title_end + 12, len(lines))):
        if lines[index].flat.startswith("kinh gui"):
            end = index + 1
            while end < len(lines) and (lines[end].blank or lines[end].text[:1] in "-+•"):
                end += 1
            return end
    return title_end


def plan_years(header: Header) -> tuple[int, int] | None:
    """The years a plan covers: from its title ("giai đoạn 2023 - 2028", "năm 2024").

    "những tháng cuối năm 2025 và năm 2026" covers both years.
    """
    title = flat(header.title or "")
    if span := re.search(r"(20\d\d)\s*[-–]\s*(20\d\d)"
                         r"|nam (20\d\d)\s*(?:va|den)\s*(?:nam )?(20\d\d)", title):
        first, last = (int(year) for year in span.groups() if year)
        return first, last
    if year := re.search(r"(?:nam|den nam) (20\d\d)", title):
        return int(year.group(1)), int(year.group(1))
    if header.date:
        return int(header.date[:4]), int(header.date[:4])
    return None


def _tasks(roots: list[Node], appendix: list[list[Line]],
           years: tuple[int, int] | None) -> list[Task]:
    tasks = tasks_from_outline(roots, years)
    for root in roots:
        for node in root.walk():
            if node.rows:
                section = node.code if node.kind == "roman" else root.code
                tasks.extend(tasks_from_table(node.rows, section, years))
    for rows in appendix:
        tasks.extend(tasks_from_table(rows, None, years))
    return tasks


def _appendix_tables(lines: list[Line], roots: list[Node]) -> list[list[Line]]:
    """Task tables outside the outline: the "Phụ lục" after the signature that many plans put
    their task list in ("Nhiệm vụ ... (có Phụ lục kèm theo)")."""
    inside = {row.index for root in roots for node in root.walk() for row in node.rows}
    tables: list[list[Line]] = []
    block: list[Line] = []
    for line in [*lines, Line("", 0, 0, -1)]:
        if line.is_row and line.index not in inside:
            block.append(line)
            continue
        if block and is_task_table(block):
            tables.append(block)
        block = []
    return tables


__all__ = ["SCHEMA", "Source", "ingest_file", "parse", "task_from_node"]
