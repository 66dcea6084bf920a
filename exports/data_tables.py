"""A report's data table in a .docx: bordered, header row bold and repeated on every page.

In the body a table carries its caption, "Biểu số 01. <title>"; in an appendix the appendix's
own heading ("PHỤ LỤC 01", its title) names it and the caption is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from decimal import Decimal

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from lxml.etree import _Element

from exports.document import Cell, Table
from exports.docx_text import (
    CENTER,
    LEFT,
    RIGHT,
    add_run,
    add_table,
    add_text,
    set_borders,
    set_format,
    set_run_text,
)
from exports.metrics import CELL_MARGINS_MM, TEXT_WIDTH_MM, text_width_mm
from kehoach.vntext.formats import vn_number, vn_ratio

TABLE_SIZE = 12
CAPTION_SIZE = 13
KEEP_TOGETHER_ROWS = 15
WIDEST_COLUMN_MM = 70


def data_table(
    document: DocxDocument,
    data: Table,
    *,
    caption: bool = True,
    width_mm: float = TEXT_WIDTH_MM,
    spacer: bool = True,
) -> None:
    """The table as wide as width_mm, under "Biểu số 01. <title>" when caption is true, and
    an empty paragraph after it when spacer is true (the body's gap before the next text)."""
    if caption:
        above = add_text(document, f"{data.label}. {data.title}", CAPTION_SIZE, bold=True,
                         before=6)
        above.paragraph_format.space_after = Pt(6)
        above.paragraph_format.keep_with_next = True
    rows = data.grid
    if len(rows) <= KEEP_TOGETHER_ROWS:
        table = add_table(document, len(rows), column_widths(data, width_mm))
        for index, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
            _format_row(data, row.cells, values, index, len(rows))
    else:
        table = add_table(document, 2, column_widths(data, width_mm))
        _format_row(data, table.rows[0].cells, rows[0], 0, len(rows))
        copied_rows(table, data, rows)
    set_borders(table, "single")
    _keep_rows(table)
    _repeat_header_row(table)
    if spacer:
        set_format(document.add_paragraph(), LEFT, after=6)


def copied_rows(table: DocxTable, data: Table, rows: list[list[Cell]]) -> None:
    """The rows under the header, each cell copied from one formatted the same way (its
    column, alignment and weight) with its own text.

    Formatting a cell through python-docx takes milliseconds; a report of 1,000 units has
    tables of 1,000 rows, and copying an element costs microseconds. `table` comes with the
    header and one blank row, which is the pattern of every row.
    """
    tbl = table._tbl
    blank = tbl.tr_lst[-1]
    tbl.remove(blank)
    blank.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    empty = list(blank.tc_lst)
    for tc in empty:
        blank.remove(tc)
    formatted: dict[tuple[int, bool, bool], _Element] = {}
    for index, values in enumerate(rows[1:], start=1):
        tr = deepcopy(blank)
        bold = data.total is not None and index == len(rows) - 1
        for column, value in enumerate(values):
            percent = column in data.percent_columns
            key = (column, _is_number(value), bold)
            if key not in formatted:
                tc = deepcopy(empty[column])
                tr.append(tc)
                _table_cell(_Cell(tc, table), value, percent=percent, bold=bold, header=False)
                formatted[key] = deepcopy(tc)
                continue
            tc = deepcopy(formatted[key])
            set_run_text(tc.find(f".//{qn('w:r')}"), format_number(value, percent=percent))
            tr.append(tc)
        tbl.append(tr)


def _is_number(value: Cell) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _format_row(data: Table, cells: Sequence[_Cell], values: Sequence[Cell], index: int,
                count: int) -> None:
    bold = index == 0 or (data.total is not None and index == count - 1)
    for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
        _table_cell(cell, value, percent=index > 0 and column in data.percent_columns,
                    bold=bold, header=index == 0)


def _table_cell(cell: _Cell, value: Cell, *, percent: bool, bold: bool, header: bool) -> None:
    align = CENTER if header else RIGHT if _is_number(value) else LEFT
    paragraph = set_format(cell.paragraphs[0], align, before=2, after=2)
    add_run(paragraph, format_number(value, percent=percent), TABLE_SIZE, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def column_widths(data: Table, width_mm: float = TEXT_WIDTH_MM) -> list[float]:
    """Each column as wide as its longest text (a header may take two lines), never narrower
    than its longest word, the whole as wide as width_mm: "STT" stays on one line, names take
    the room, and a long header over short numbers does not widen its column."""
    natural, least = [], []
    for column in zip(*data.grid, strict=True):
        texts = [format_number(value) for value in column]
        word = max(text_width_mm(w, TABLE_SIZE, bold=True) for t in texts for w in [*t.split(), ""])
        header, *values = (text_width_mm(t, TABLE_SIZE, bold=True) for t in texts)
        widest = max([header / 2, word, *values])
        natural.append(min(widest, WIDEST_COLUMN_MM) + CELL_MARGINS_MM + 1)
        least.append(word + CELL_MARGINS_MM + 1)
    if sum(natural) <= width_mm or sum(natural) <= sum(least):
        return [width_mm * w / sum(natural) for w in natural]
    shrink = (width_mm - sum(least)) / (sum(natural) - sum(least))
    return [low + (high - low) * max(shrink, 0) for high, low in zip(natural, least, strict=True)]


def _keep_rows(table: DocxTable) -> None:
    """No row split across pages; a short table kept on one page with its caption."""
    short = len(table.rows) <= KEEP_TOGETHER_ROWS
    for index, row in enumerate(table.rows):
        if row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None:
            continue  # a copied row has it already
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if short and index < len(table.rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _repeat_header_row(table: DocxTable) -> None:
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def format_number(value: Cell, *, percent: bool = False) -> str:
    """A table value as Vietnamese writes it: "1.234", "2,5", "15,5%" (0.155 as a percent).

    >>> format_number(1234), format_number(2.5), format_number(0.155, percent=True)
    ('1.234', '2,5', '15,5%')
    >>> format_number(Decimal("0.2"), percent=True), format_number(None)
    ('20%', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return vn_ratio(value) if percent else vn_number(value)
