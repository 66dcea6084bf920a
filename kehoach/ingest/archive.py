"""Zip packages (.docx, .xlsx) checked before any parser opens them.

A .docx or .xlsx is a zip archive; a hostile one unpacks to gigabytes from a few megabytes
(a "zip bomb"), or holds a million entries. The central directory at the end of the archive
states every entry's packed and unpacked size, and Python's zipfile never inflates an entry
past its stated size (a lying entry ends in a CRC error, not in more bytes), so checking the
stated sizes before parsing bounds what python-docx and openpyxl can unpack. Nothing here is
inflated: only the directory is read, from a seekable file or from bytes.

>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
...     package.writestr("word/document.xml", "<w:document/>")
>>> sorted(check_archive(buffer.getvalue()))
['word/document.xml']
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import IO

from kehoach.ingest.errors import IngestError, UnreadableFile


@dataclass(frozen=True)
class ArchiveLimits:
    """What a real office file stays far below.

    A 20-page plan's .docx unpacks to about 1 MB in 20-40 entries; a template of 1,000
    product rows to a few MB. XML packs about 10-30 to 1, and a sheet of repeated empty
    cells up to about 100 to 1; a bomb packs thousands to 1.
    """

    max_entries: int = 2_000
    max_unpacked: int = 200 * 1024 * 1024
    max_ratio: int = 200
    # Below this an entry's ratio does not matter: 1 MB of spaces harms nobody.
    ratio_from: int = 1024 * 1024


DEFAULT_LIMITS = ArchiveLimits()


class ArchiveTooLarge(IngestError):
    """A package that would unpack to more than any real office file: refused unread."""

    code = "archive-too-large"
    message = "Tệp nén bên trong quá lớn hoặc có quá nhiều phần; có thể là tệp độc hại."


def check_archive(data: bytes | IO[bytes], limits: ArchiveLimits = DEFAULT_LIMITS
                  ) -> set[str]:
    """The names of a zip package's entries, once its stated sizes are within `limits`.

    Raises `ArchiveTooLarge` for a bomb, `UnreadableFile` for what is not a readable zip
    (a truncated download, a renamed file).
    """
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        with zipfile.ZipFile(source) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableFile("không phải gói zip hợp lệ, hoặc tệp bị cắt cụt") from exc
    if len(members) > limits.max_entries:
        raise ArchiveTooLarge(f"{len(members)} phần (tối đa {limits.max_entries})")
    total = 0
    for member in members:
        total += member.file_size
        if total > limits.max_unpacked:
            raise ArchiveTooLarge(f"giải nén hơn {limits.max_unpacked // 1048576} MB")
        packed = max(member.compress_size, 1)
        if member.file_size > limits.ratio_from and member.file_size / packed > limits.max_ratio:
            raise ArchiveTooLarge(f"{member.filename}: tỷ lệ nén {member.file_size // packed}:1")
    return {member.filename for member in members}


def office_kind(names: set[str]) -> str | None:
    """"docx" or "xlsx" from a package's parts, as Word and Excel write them; else None.

    The [Content_Types].xml part is what makes a zip an Office Open XML package at all.
    """
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None
