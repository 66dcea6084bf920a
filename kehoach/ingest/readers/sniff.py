"""Which reader a file needs, decided from its first bytes before its name.

A file's name is what the user typed; its bytes are what the program that wrote it produced. The
extension only decides between .txt and .md, and names the expected format in error details.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from kehoach.ingest.errors import EmptyDocument, UnreadableFile, UnsupportedFormat

TEXT_EXTENSIONS = frozenset({"txt", "md"})

# Office formats that are zip packages, by a part only they contain.
_ZIP_KINDS = (
    ("word/document.xml", "docx"),
    ("xl/workbook.xml", "xlsx"),
    ("ppt/presentation.xml", "pptx"),
    ("content.xml", "odf"),
)

# Formats we recognise only to refuse them with a precise reason.
_REFUSED_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "tệp Office cũ (.doc, .xls): hãy lưu lại thành .docx"),
    (b"{\\rtf", "tệp RTF: hãy lưu lại thành .docx"),
    (b"\x89PNG", "tệp ảnh: hãy chuyển thành PDF"),
    (b"\xff\xd8\xff", "tệp ảnh: hãy chuyển thành PDF"),
    (b"GIF8", "tệp ảnh: hãy chuyển thành PDF"),
    (b"II*\x00", "tệp ảnh: hãy chuyển thành PDF"),
    (b"MM\x00*", "tệp ảnh: hãy chuyển thành PDF"),
    (b"Rar!", "tệp nén"),
    (b"7z\xbc\xaf", "tệp nén"),
)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Where a PDF header may start: readers accept a little junk before it, as Acrobat does.
_PDF_HEADER_WINDOW = 1024


def extension(filename: str) -> str:
    return PurePath(filename).suffix.lower().lstrip(".")


def detect(data: bytes, filename: str) -> str:
    """Return "docx", "pdf", "txt" or "md", or raise the error the user should see."""
    ext = extension(filename)
    if not data or data.isspace():
        raise EmptyDocument(filename)
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, ext)
    for magic, reason in _REFUSED_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(reason)
    if _is_other_image(data):
        raise UnsupportedFormat("tệp ảnh: hãy chuyển thành PDF")
    if ext == "pdf":
        raise UnreadableFile("tệp không phải PDF hoặc đã hỏng (không có phần đầu %PDF)")
    if ext == "docx":
        raise UnreadableFile("tệp không phải .docx hoặc đã hỏng (không phải gói zip)")
    if ext in TEXT_EXTENSIONS:
        if b"\x00" in data and not data.startswith(_UTF16_BOMS):
            raise UnreadableFile("tệp nhị phân, không phải văn bản thuần")
        return ext
    raise UnsupportedFormat(f".{ext}" if ext else filename)


def _is_other_image(data: bytes) -> bool:
    """HEIC (phone photos), WebP and BMP, whose signatures are not at offset 0 or are too short."""
    heic = data[4:12] in (b"ftypheic", b"ftypmif1")
    webp = data.startswith(b"RIFF") and data[8:12] == b"WEBP"
    bmp = data.startswith(b"BM") and data[6:10] == b"\x00\x00\x00\x00"
    return heic or webp or bmp


def _zip_kind(data: bytes, ext: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if ext in ("xlsx", "pptx", "odt", "ods", "zip"):
            raise UnsupportedFormat(f".{ext}") from exc
        raise UnreadableFile("gói .docx bị cắt cụt hoặc hỏng") from exc
    for part, kind in _ZIP_KINDS:
        if part in names:
            if kind == "docx":
                return kind
            raise UnsupportedFormat(f"tệp {kind}: hãy lưu lại thành .docx")
    if ext == "docx":
        raise UnreadableFile("gói .docx thiếu phần word/document.xml")
    raise UnsupportedFormat("tệp nén .zip, không phải .docx")
