"""Readers: one uploaded file in, one plain-text `Source` out.

The content decides the reader, not the name alone, because officials rename files freely (a .docx
saved as .doc, a PDF without extension); the name only breaks ties for plain text.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from kehoach.ingest.archive import check_archive
from kehoach.ingest.errors import EmptyDocument, IngestError, UnreadableFile
from kehoach.ingest.readers import sniff
from kehoach.ingest.source import Source
from kehoach.vntext.text import nfc

__all__ = ["Progress", "read_bytes", "read_file"]

Progress = Callable[[int, int], None]

logger = logging.getLogger(__name__)


def read_file(path: str | os.PathLike[str], *, progress: Progress | None = None) -> Source:
    """Read a document from disk; an unreadable path is an `UnreadableFile`, like a corrupt file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{os.fspath(path)}: {exc.strerror or exc}") from exc
    return read_bytes(data, Path(path).name, progress=progress)


def read_bytes(data: bytes, filename: str, *, progress: Progress | None = None) -> Source:
    """Read an uploaded document; every failure caused by the input is an `IngestError`.

    `progress(done, total)` is called once per page of a PDF (OCR takes seconds per page) and once
    as (1, 1) for the other formats, so a caller can drive one progress bar for every upload.
    """
    kind = "unknown"
    report = _Reporter(progress)
    try:
        kind = sniff.detect(data, filename)
        source = _read(kind, data, report)
    except IngestError:
        raise
    except _CallerError as exc:
        raise exc.original from None
    except Exception as exc:
        # Third-party parsers raise dozens of exception types on damaged or hostile files; the
        # web app must answer with a message, never a server error. The traceback stays in the log.
        logger.warning("could not read %s as %s", filename, kind, exc_info=True)
        raise UnreadableFile(f"({type(exc).__name__})") from exc
    if not source.text.strip():
        raise EmptyDocument(filename)
    return Source(
        text=nfc(source.text),
        format=source.format,
        pages=source.pages,
        warnings=source.warnings,
    )


def _read(kind: str, data: bytes, report: Progress) -> Source:
    # Imported here so that reading a .txt does not load python-docx, pdfium and Pillow.
    if kind in ("txt", "md"):
        from kehoach.ingest.readers.text import read_text

        source = read_text(data, kind)
    elif kind == "docx":
        from kehoach.ingest.readers.docx import read_docx

        check_archive(data)  # before python-docx inflates anything
        source = read_docx(data)
    else:
        from kehoach.ingest.readers.pdf import read_pdf

        return read_pdf(data, report)
    report(1, 1)
    return source


class _CallerError(Exception):
    """An exception raised by the caller's progress callback, to be re-raised untouched.

    Without it a cancellation signalled from the callback would be turned into `UnreadableFile`
    by the catch-all around the parsers.
    """

    def __init__(self, original: Exception) -> None:
        super().__init__(str(original))
        self.original = original


class _Reporter:
    """Calls the caller's progress callback, marking its exceptions as the caller's own."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        try:
            self._progress(done, total)
        except Exception as exc:
            raise _CallerError(exc) from exc
