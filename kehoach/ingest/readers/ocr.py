"""Text of scanned pages, by the `tesseract` program with its Vietnamese model.

The command-line program is used rather than a Python binding so that the only requirement is
the Debian packages tesseract-ocr and tesseract-ocr-vie, which an administrator can install.
"""

from __future__ import annotations

import io
import shutil
import subprocess

from PIL.Image import Image

__all__ = ["Image", "is_blank", "problem", "recognise"]

LANGUAGE = "vie"
# Seconds; an A4 page at 300 dpi takes 2-10 s, a pathological one must not hold a worker forever.
PAGE_TIMEOUT = 180
_LIST_TIMEOUT = 30
# Pixels darker than mid-grey, as a share of the page, below which a page is blank paper.
_BLANK_INK = 0.0005


def problem() -> str | None:
    """Why OCR cannot run here (program or language model missing), or None when it can."""
    program = shutil.which("tesseract")
    if program is None:
        return "không tìm thấy chương trình tesseract"
    try:
        listed = subprocess.run(  # noqa: S603 -- fixed arguments, no shell
            [program, "--list-langs"],
            capture_output=True,
            timeout=_LIST_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return "không chạy được tesseract"
    # Tesseract 3 printed the list on stderr, later versions on stdout.
    output = (listed.stdout + listed.stderr).decode("utf-8", "replace")
    if LANGUAGE not in (line.strip() for line in output.splitlines()):
        return f"tesseract chưa có dữ liệu tiếng Việt ({LANGUAGE})"
    return None


def is_blank(image: Image) -> bool:
    """Blank paper (a scanned empty back page), where OCR would only invent characters."""
    histogram = image.convert("L").histogram()
    ink = sum(histogram[:128])
    return ink < _BLANK_INK * image.width * image.height


def recognise(image: Image) -> str | None:
    """The page's text with tesseract's line breaks (blank line between blocks), or None."""
    program = shutil.which("tesseract")
    if program is None:
        return None
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    try:
        result = subprocess.run(  # noqa: S603 -- fixed arguments, no shell
            [program, "stdin", "stdout", "-l", LANGUAGE, "--psm", "3"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=PAGE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.decode("utf-8", "replace").replace("\f", "").replace("\r\n", "\n")
