#!/usr/bin/env python3
"""Write the .docx shapes: `.venv/bin/python kehoach/ingest/tests/shapes/build.py` (python-docx).

`header-table-wrapped.docx`: the Decree 30 header as a borderless two-column table whose narrow
cells broke their values over paragraphs ("Số:" / "512/KH-UBND", "ngày 08" / "tháng 4 năm
2024"). `tasks-pasted-lines.docx`: the plan in `tasks-numbered-fields.txt` pasted into Word
from a PDF, one printed line per paragraph.
"""
# A fixture script, run by hand.
# ruff: noqa: B905
import textwrap
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent


def borderless(table) -> None:  # type: ignore[no-untyped-def]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def header_table_wrapped() -> None:
    document = Document()
    table = document.add_table(rows=1, cols=2)
    borderless(table)
    left = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "", "Số:", "512/KH-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Đồng Nai, ngày 08", "tháng 4 năm 2024"]
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    body = (HERE / "header-table-wrapped.body.src").read_text(encoding="utf-8")
    for paragraph in body.split("\n"):
        document.add_paragraph(paragraph)
    document.save(str(HERE / "header-table-wrapped.docx"))


def pasted_lines() -> None:
    document = Document()
    text = (HERE / "tasks-numbered-fields.txt").read_text(encoding="utf-8")
    for line in text.split("\n"):
        pieces = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        for piece in pieces or [""]:
            document.add_paragraph(piece)
    document.save(str(HERE / "tasks-pasted-lines.docx"))


if __name__ == "__main__":
    header_table_wrapped()
    if (HERE / "tasks-numbered-fields.txt").exists():
        pasted_lines()
