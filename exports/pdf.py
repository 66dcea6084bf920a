"""A .docx as PDF, through LibreOffice.

LibreOffice draws Times New Roman with Liberation Serif, its metric twin, so the PDF's lines
and pages break where Word's do. Liberation Serif 2.x (Debian's fonts-liberation2, which
`.ci/run` installs) has the Vietnamese capitals with tone marks; fontconfig prefers it over the
1.x fonts when both are installed, as it ranks the higher font version first.

Each call runs its own LibreOffice with its own profile in a fresh temporary directory:
two LibreOffice processes sharing a profile wait on each other's lock, or fail.

The PDF is PDF/A-2b unless asked otherwise: a document that is signed and kept as the issued
version must show the same in thirty years, so every font is embedded, the colours have an
output intent and the XMP metadata says which PDF/A it is (writer_pdf_Export's
SelectPdfVersion=2; LibreOffice 7.4 reads the filter's options as JSON).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

MISSING = _("Không tìm thấy LibreOffice (%(command)s) để chuyển văn bản sang PDF.")
TIMED_OUT = _("LibreOffice không chuyển xong văn bản sang PDF trong %(seconds)s giây.")
NOTHING = _("LibreOffice không tạo ra tệp PDF: %(detail)s")
# writer_pdf_Export's options: SelectPdfVersion 2 is PDF/A-2b (1 is PDF/A-1b, 3 PDF/A-3b).
PDFA_2B = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'


class ExportError(Exception):
    """A document could not be converted; the message is for the user, in their language."""

    def __init__(self, message: str | Promise) -> None:
        super().__init__(str(message))
        self.message = str(message)


def docx_to_pdf(docx: bytes, *, soffice: str = "soffice", timeout: float = 120,
                pdfa: bool = True) -> bytes:
    """The PDF LibreOffice makes of docx, PDF/A-2b unless `pdfa` is False; `soffice` may
    come from a setting.

    Raises ExportError when LibreOffice is missing, does not finish within `timeout`
    seconds, or writes no PDF.
    """
    program = shutil.which(soffice)
    if program is None:
        raise ExportError(MISSING % {"command": soffice})
    with tempfile.TemporaryDirectory(prefix="kehoach-pdf-") as work:
        folder = Path(work)
        source = folder / "document.docx"
        source.write_bytes(docx)
        detail = _convert(program, source, timeout, PDFA_2B if pdfa else "pdf")
        pdf = source.with_suffix(".pdf")
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise ExportError(NOTHING % {"detail": detail or "-"})
        return pdf.read_bytes()


def _convert(program: str, source: Path, timeout: float, target: str) -> str:
    """Run the conversion; the last line LibreOffice wrote, to explain a missing PDF."""
    profile = (source.parent / "profile").as_uri()
    command = [
        program,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(source.parent),
        str(source),
    ]
    # Its own process group, so a timeout ends soffice.bin too, not only the launcher script.
    process = subprocess.Popen(  # noqa: S603 - a fixed command on our own temporary file
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "HOME": str(source.parent)},
    )
    try:
        output, _unused = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ExportError(TIMED_OUT % {"seconds": f"{timeout:g}"}) from None
    lines = output.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""
