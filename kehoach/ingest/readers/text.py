"""Plain text and Markdown files, in whatever encoding a Vietnamese office saved them."""

from __future__ import annotations

from kehoach.ingest.readers.unwrap import rejoin_text
from kehoach.ingest.source import Source
from kehoach.vntext.legacy import decode_bytes

# A table copied from a web page arrives as lines of cells set apart by tabs.
_MIN_COLUMNS = 3


def read_text(data: bytes, fmt: str) -> Source:
    """Decode (UTF-8, UTF-16, Windows-1258, TCVN3, VNI: decode_bytes decides) and unify newlines.

    Newlines are unified because the parser splits on "\\n" only and offsets must not depend on
    whether the file came from Windows; NFC is applied by the caller for every format. A text
    copied from a web page or a PDF is broken where the page was: its paragraphs are rejoined.
    """
    text = decode_bytes(data)
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Source(text=rejoin_text(tab_tables(text)), format=fmt)


def tab_tables(text: str) -> str:
    """Runs of two lines or more with three tab-separated cells or more, as table rows.

    The parser reads a table as "| cell | cell |" lines, which a Markdown file writes and
    the .docx reader makes; a table copied from a legal-document website into a text file has
    its cells set apart by tabs instead. Two cells are the two columns of a header or a
    signature, which are read as such.
    """
    lines = text.split("\n")
    cells = [line.strip("\r").split("\t") if "\t" in line else [] for line in lines]
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and len(cells[end]) >= _MIN_COLUMNS:
            end += 1
        if end - index >= 2:
            out += ["| " + " | ".join(cell.strip().replace("|", "\\|") for cell in row) + " |"
                    for row in cells[index:end]]
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)
