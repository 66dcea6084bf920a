"""Reads of unit reports; who may read or write each one is reporting.permissions."""

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from indicators.charts import format_number
from reporting.figures import FigureTable, Row
from reporting.models import Submission, SubmissionSection


def submission_sections(submission: Submission) -> list[SubmissionSection]:
    """The parts as saved now, to show after some of them were saved."""
    return list(submission.sections.select_related("updated_by").order_by("position"))


def submission_figures(submission: Submission) -> list[FigureTable]:
    """The figure tables as the report keeps them (what the unit sent stays what it sent)."""
    return [FigureTable.from_json(data) for data in submission.figures or []]


@dataclass
class Cell:
    text: str
    number: bool = False


@dataclass
class ShownRow:
    label: str
    cells: list[Cell]


@dataclass
class ShownTable:
    """A figure table as the page prints it: numbers the Vietnamese way, ratios in percent."""

    code: str
    title: str
    columns: list[str]
    rows: list[ShownRow]
    total: ShownRow | None


def _shown(value: object, ratio: bool) -> Cell:
    if value is None:
        return Cell("—", number=True)
    if isinstance(value, int | Decimal):
        if ratio:
            return Cell(format_number(float(value) * 100) + "%", number=True)
        return Cell(format_number(float(value)), number=True)
    return Cell(str(value))


def _shown_row(row: Row, ratios: Collection[int]) -> ShownRow:
    return ShownRow(row.label, [_shown(v, i in ratios) for i, v in enumerate(row.values)])


def shown_tables(tables: list[FigureTable]) -> list[ShownTable]:
    """Ratios, kept as fractions, are shown as percentages with a decimal comma ("15,5%"),
    counts with a dot between thousands ("1.234")."""
    shown = []
    for table in tables:
        total = table.total_row()
        shown.append(ShownTable(
            table.code, table.title, table.columns,
            [_shown_row(row, table.computed) for row in table.rows],
            _shown_row(total, table.computed) if total else None))
    return shown
