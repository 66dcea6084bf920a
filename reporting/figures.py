"""Figure tables of a report, as plain data that a report stores and its documents print.

A table is kept as JSON in the unit's report (and the consolidated report), so what was sent
stays what was sent even when the records change later. A percentage column is never added
up: the total row recomputes it from the summed numerator and denominator columns, so a total
share is a ratio of sums, not an average of shares.

>>> langs = FigureTable("langs", "Ngôn ngữ", ["Đơn vị", "Khmer", "Tổng", "Tỷ lệ"],
...                     [Row("bao", "Báo", [1, 4, None]), Row("dai", "Đài", [0, 16, None])],
...                     ratios={2: (0, 1)}).with_ratios()
>>> langs.total_row().values
[1, 20, Decimal('0.0500')]

A share of the whole (`shares`) is each row's count over the column's total, so the shares of
rows that split the whole (products only in Vietnamese, only in other languages, bilingual)
add up to 100%, never more:

>>> split = FigureTable("split", "Ngôn ngữ", ["Ngôn ngữ", "Sản phẩm", "Tỷ lệ"],
...                     [Row("vi", "Chỉ tiếng Việt", [3, None]), Row("km", "Song ngữ", [1, None])],
...                     shares={1: 0}).with_ratios()
>>> [row.values[1] for row in split.rows], split.total_row().values
([Decimal('0.7500'), Decimal('0.2500')], [4, Decimal('1.0000')])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

Cell = int | Decimal | str | None
RATIO_PLACES = Decimal("0.0001")


@dataclass
class Row:
    key: str
    label: str
    values: list[Cell]


@dataclass
class FigureTable:
    """Columns: the label column first, then one per value; `ratios` maps a value column
    to the (numerator, denominator) value columns it is computed from."""

    code: str
    title: str
    columns: list[str]
    rows: list[Row]
    ratios: dict[int, tuple[int, int]] = field(default_factory=dict)
    total: bool = True
    # A share column → the count column whose total it divides: the row's part of the whole.
    shares: dict[int, int] = field(default_factory=dict)
    # A line printed under the table: what a column counts, details that would break it.
    note: str = ""

    def with_ratios(self) -> FigureTable:
        for row in self.rows:
            _fill_ratios(row.values, self.ratios)
        for column, counted in self.shares.items():
            whole = _sum(row.values[counted] for row in self.rows if counted < len(row.values))
            for row in self.rows:
                _fill_share(row.values, column, counted, whole)
        return self

    @property
    def computed(self) -> set[int]:
        """Columns computed from others, never added up."""
        return set(self.ratios) | set(self.shares)

    def total_row(self) -> Row | None:
        """The sum of every number column, with ratios of the sums; None if not summed."""
        if not self.total or not self.rows:
            return None
        width = max(len(row.values) for row in self.rows)
        values: list[Cell] = []
        for index in range(width):
            cells = [row.values[index] for row in self.rows if index < len(row.values)]
            values.append(_sum(cells) if index not in self.computed else None)
        _fill_ratios(values, self.ratios)
        for column, counted in self.shares.items():
            _fill_share(values, column, counted, values[counted] if counted < len(values)
                        else None)
        return Row("total", "Tổng cộng", values)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "title": self.title, "columns": self.columns,
            "rows": [{"key": r.key, "label": r.label, "values": [_json_cell(v) for v in r.values]}
                     for r in self.rows],
            "ratios": {str(k): list(v) for k, v in self.ratios.items()},
            "shares": {str(k): v for k, v in self.shares.items()},
            "total": self.total, "note": self.note,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FigureTable:
        return cls(
            code=str(data["code"]), title=str(data["title"]),
            columns=[str(c) for c in data["columns"]],
            rows=[Row(str(r["key"]), str(r["label"]), [_cell(v) for v in r["values"]])
                  for r in data["rows"]],
            ratios={int(k): (int(v[0]), int(v[1])) for k, v in data.get("ratios", {}).items()},
            total=bool(data.get("total", True)),
            shares={int(k): int(v) for k, v in data.get("shares", {}).items()},
            note=str(data.get("note", "")),
        )


def _json_cell(value: Cell) -> int | str | None:
    """JSON keeps decimals as strings, so that no figure turns into a float on the way."""
    if isinstance(value, Decimal):
        return str(value)
    return value


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    text = str(value)
    try:
        number = Decimal(text)
    except ArithmeticError:
        return text
    return int(number) if number == number.to_integral_value() and "." not in text else number


def _sum(cells: Iterable[Cell]) -> Cell:
    numbers = [c for c in cells if isinstance(c, int | Decimal)]
    if not numbers:
        return None
    return sum(numbers, start=0)


def _fill_ratios(values: list[Cell], ratios: dict[int, tuple[int, int]]) -> None:
    for index, (num, den) in ratios.items():
        while len(values) <= index:
            values.append(None)
        numerator, denominator = values[num], values[den]
        if isinstance(numerator, int | Decimal) and isinstance(denominator, int | Decimal) \
                and denominator:
            ratio = Decimal(numerator) / Decimal(denominator)
            values[index] = ratio.quantize(RATIO_PLACES)
        else:
            values[index] = None


def _fill_share(values: list[Cell], column: int, counted: int, whole: Cell) -> None:
    while len(values) <= column:
        values.append(None)
    part = values[counted] if counted < len(values) else None
    if isinstance(part, int | Decimal) and isinstance(whole, int | Decimal) and whole:
        values[column] = (Decimal(part) / Decimal(whole)).quantize(RATIO_PLACES)
    else:
        values[column] = None
