"""Word .docx files: body paragraphs and tables in document order, then footnotes.

The body XML is walked directly instead of through python-docx's paragraph and table lists,
because only the XML keeps paragraphs and tables interleaved, shows content controls (w:sdt) and
tells merged cells apart from repeated ones. Page headers and footers are skipped: they repeat the
letterhead or page numbers, which are not part of the plan.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from kehoach.ingest.readers.docx_fonts import FontResolver
from kehoach.ingest.readers.docx_numbering import Numbering
from kehoach.ingest.readers.docx_xml import xpath
from kehoach.ingest.readers.unwrap import rejoin
from kehoach.ingest.source import Source
from kehoach.vntext.legacy import to_unicode

_P = qn("w:p")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_CUSTOM_XML = qn("w:customXml")
_VAL = qn("w:val")
_ID = qn("w:id")

# Runs that Word does not display in the text: deleted revisions and text boxes (drawn shapes that
# also appear in a fallback copy, so reading them would duplicate their text).
_VISIBLE_RUNS = (
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)"
    " and not(ancestor::w:txbxContent) and not(ancestor::w:pict)]"
)


def read_docx(data: bytes) -> Source:
    document = docx.Document(io.BytesIO(data))
    reader = _Reader(document)
    blocks = list(reader.blocks(document.element.body))
    blocks.extend(reader.footnotes(document))
    return Source(text=_rejoined(blocks), format="docx")


def _rejoined(blocks: list[str]) -> str:
    """Blocks one paragraph apart, and paragraphs pasted from a PDF line by line rejoined.

    A plan pasted into Word from a PDF or a web page keeps each printed line as a paragraph, or
    as a line break inside one; both are read as the lines of a wrapped text. A table is one
    piece that nothing joins, and so is an empty paragraph, which breaks what it separates.
    """
    pieces: list[str] = []
    separators: list[str] = []
    for block in blocks:
        lines = [block] if block.startswith("|") else block.split("\n")
        separators += ["\n\n"] if pieces else []
        separators += ["\n"] * (len(lines) - 1)
        pieces += lines
    text = rejoin(pieces, separators)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


class _Reader:
    def __init__(self, document: Any) -> None:
        styles = document.styles.element
        self._fonts = FontResolver(styles)
        self._numbering = Numbering(_related_element(document, RT.NUMBERING), styles)
        self._footnote_marks: dict[str, int] = {}

    def blocks(self, container: Any) -> Iterator[str]:
        """One string per non-empty paragraph, one per table (its rows on consecutive lines)."""
        for element in _block_elements(container):
            if element.tag == _P:
                yield self.paragraph(element).strip()  # empty: a break between paragraphs
            elif text := "\n".join(self.table_rows(element)):
                yield text

    def paragraph(self, p: Any, *, numbered: bool = True) -> str:
        style = xpath(p, "./w:pPr/w:pStyle/@w:val")
        style_id = style[0] if style else None
        label = self._numbering.label(p, style_id) if numbered else ""
        pieces: list[tuple[str | None, str]] = []
        for run in xpath(p, _VISIBLE_RUNS):
            for footnote_id in xpath(run, "./w:footnoteReference/@w:id"):
                mark = self._footnote_marks.setdefault(footnote_id, len(self._footnote_marks) + 1)
                pieces.append((None, f"[{mark}]"))
            text = run.text
            if text:
                pieces.append((self._fonts.encoding(run, style_id), text))
        text = _convert(pieces)
        if label and text.strip():
            return f"{label} {text.strip()}"
        return text

    def table_rows(self, tbl: Any) -> Iterator[str]:
        """`| a | b |` per row; merged cells once, continuations of vertical merges empty."""
        for tr in xpath(tbl, "./w:tr | ./w:sdt/w:sdtContent/w:tr | ./w:customXml/w:tr"):
            cells = []
            for tc in xpath(tr, "./w:tc | ./w:sdt/w:sdtContent/w:tc | ./w:customXml/w:tc"):
                if xpath(tc, "./w:tcPr/w:hMerge[not(@w:val='restart')]"):
                    continue
                if xpath(tc, "./w:tcPr/w:vMerge[not(@w:val='restart')]"):
                    cells.append("")
                else:
                    cells.append(self.cell(tc))
            if any(cells):
                yield "| " + " | ".join(cells) + " |"

    def cell(self, tc: Any) -> str:
        parts = []
        for element in _block_elements(tc):
            if element.tag == _P:
                text = self.paragraph(element).strip()
            else:
                text = "<br>".join(self.flat_rows(element))
            if text:
                parts.append(text)
        return "<br>".join(parts).replace("|", "\\|").replace("\n", "<br>")

    def flat_rows(self, tbl: Any) -> Iterator[str]:
        """A nested table as one text per row; only the outer table keeps the | grid."""
        for tr in xpath(tbl, ".//w:tr"):
            texts = (
                self.paragraph(p).strip()
                for p in xpath(tr, "./w:tc/w:p | ./w:sdt/w:sdtContent/w:tc/w:p")
            )
            row = " ".join(t for t in texts if t)
            if row:
                yield row

    def footnotes(self, document: Any) -> Iterator[str]:
        """Referenced footnotes as "[n] text", numbered in order of first reference like Word."""
        element = _related_element(document, RT.FOOTNOTES)
        if element is None or not self._footnote_marks:
            return
        by_id = {note.get(_ID): note for note in xpath(element, "./w:footnote")}
        for footnote_id, mark in sorted(self._footnote_marks.items(), key=lambda item: item[1]):
            note = by_id.get(footnote_id)
            if note is None:
                continue
            texts = (self.paragraph(p, numbered=False).strip() for p in xpath(note, ".//w:p"))
            text = " ".join(t for t in texts if t)
            if text:
                yield f"[{mark}] {text}"


def _block_elements(container: Any) -> Iterator[Any]:
    for child in container.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            for content in xpath(child, "./w:sdtContent"):
                yield from _block_elements(content)
        elif child.tag == _CUSTOM_XML:
            yield from _block_elements(child)


def _convert(pieces: list[tuple[str | None, str]]) -> str:
    """Join runs, converting consecutive runs of one legacy encoding together.

    Word splits runs anywhere (spell-check marks, revisions), also between a VNI letter and the
    byte carrying its tone mark, so conversion must see the whole stretch.
    """
    out: list[str] = []
    index = 0
    while index < len(pieces):
        encoding, text = pieces[index]
        index += 1
        while index < len(pieces) and pieces[index][0] == encoding and encoding is not None:
            text += pieces[index][1]
            index += 1
        out.append(to_unicode(text, encoding) if encoding else text)
    return "".join(out)


def _related_element(document: Any, reltype: str) -> Any | None:
    """The XML root of a related part (numbering, footnotes), or None when the file has none."""
    try:
        part = document.part.part_related_by(reltype)
    except KeyError:
        return None
    element = getattr(part, "element", None)
    if element is not None:
        return element
    return parse_xml(part.blob)
