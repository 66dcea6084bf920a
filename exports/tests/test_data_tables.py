"""Long tables are written by copying one formatted row: the same .docx as formatting every
cell through python-docx, in a fraction of the time."""

from decimal import Decimal

from docx import Document
from lxml import etree

from exports import data_tables
from exports.document import Table


def communes(count: int) -> Table:
    rows: list[list[object]] = [
        [n, f"Ủy ban nhân dân xã Số {n}", n * 3, Decimal(n) / 7, "" if n % 5 else " có \nghi chú "]
        for n in range(1, count + 1)]
    return Table(number=3, title="Sản phẩm truyền thông theo đơn vị",
                 columns=["STT", "Đơn vị", "Tin, bài", "Tỷ lệ tiếng Khmer", "Ghi chú"],
                 rows=rows, total=["", "Tổng cộng", sum(r[2] for r in rows), Decimal("0.5"), ""],
                 percent_columns=frozenset({3}))


def table_xml(data: Table, *, copy: bool) -> bytes:
    document = Document()
    if not copy:  # every row formatted through python-docx, as short tables are
        original = data_tables.KEEP_TOGETHER_ROWS
        data_tables.KEEP_TOGETHER_ROWS = 10_000
    try:
        data_tables.data_table(document, data)
    finally:
        if not copy:
            data_tables.KEEP_TOGETHER_ROWS = original
    tbl = document.element.body.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tbl")
    return etree.tostring(tbl, method="c14n")


def test_copied_rows_write_the_same_table_as_formatted_ones() -> None:
    data = communes(40)
    copied, formatted = table_xml(data, copy=True), table_xml(data, copy=False)
    # Formatting every row also keeps a short table together; a long one never is.
    formatted = formatted.replace(b'<w:keepNext></w:keepNext>', b"")
    assert copied == formatted


def test_copied_rows_keep_their_own_texts_and_the_total_in_bold() -> None:
    document = Document()
    data_tables.data_table(document, communes(30))
    table = document.tables[0]
    assert len(table.rows) == 32
    assert [c.text for c in table.rows[30].cells] == [
        "30", "Ủy ban nhân dân xã Số 30", "90", "428,6%", " có \nghi chú "]
    total = table.rows[31].cells
    assert total[1].text == "Tổng cộng" and total[1].paragraphs[0].runs[0].bold
    assert not table.rows[30].cells[1].paragraphs[0].runs[0].bold
    assert table.rows[30].cells[2].paragraphs[0].alignment == 2  # numbers to the right
