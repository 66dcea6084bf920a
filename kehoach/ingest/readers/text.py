"""Plain text and Markdown files, in whatever encoding a Vietnamese office saved them."""

from __future__ import annotations

from kehoach.ingest.readers.unwrap import rejoin_text
from kehoach.ingest.source import Source
from kehoach.vntext.legacy import decode_bytes


def read_text(data: bytes, fmt: str) -> Source:
    """Decode (UTF-8, UTF-16, Windows-1258, TCVN3, VNI: decode_bytes decides) and unify newlines.

    Newlines are unified because the parser splits on "\\n" only and offsets must not depend on
    whether the file came from Windows; NFC is applied by the caller for every format. A text
    copied from a web page or a PDF is broken where the page was: its paragraphs are rejoined.
    """
    text = decode_bytes(data)
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Source(text=rejoin_text(text), format=fmt)
