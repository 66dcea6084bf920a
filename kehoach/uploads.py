"""Every uploaded file is checked here before it is stored or parsed: its size, then its type
read from its first bytes, never from its name, then (for .docx and .xlsx) its zip directory.

A file whose content is not what its name says (a program renamed .docx, a page of HTML saved
as .pdf) is refused with a Vietnamese message naming both. The size is known before the body
is read: kehoach.middleware.RequestSizeLimit refuses a request larger than any upload, and
Django spools a large file to disk instead of memory (FILE_UPLOAD_MAX_MEMORY_SIZE).
"""

from __future__ import annotations

from pathlib import PurePath
from typing import IO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kehoach.ingest.archive import ArchiveTooLarge, check_archive, office_kind
from kehoach.ingest.errors import UnreadableFile

HEAD_BYTES = 4096

# Content kinds, by their first bytes. Order matters only where one signature starts another.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "program"), (b"MZ", "program"), (b"\xca\xfe\xba\xbe", "program"),
    (b"\xcf\xfa\xed\xfe", "program"), (b"#!", "program"),
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF87a", "gif"),
    (b"GIF89a", "gif"), (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"), (b"ID3", "mp3"), (b"OggS", "ogg"),
    (b"fLaC", "flac"), (b"Rar!", "archive"), (b"7z\xbc\xaf", "archive"),
    (b"\x1f\x8b", "archive"),
)

# What each kind is called in a message.
KIND_NAMES = {
    "program": gettext_lazy("tệp chương trình (có thể chứa mã độc)"),
    "pdf": gettext_lazy("tệp PDF"), "docx": gettext_lazy("tệp Word .docx"),
    "xlsx": gettext_lazy("tệp Excel .xlsx"), "zip": gettext_lazy("tệp nén .zip"),
    "ole": gettext_lazy("tệp Office cũ (.doc, .xls)"), "png": gettext_lazy("ảnh PNG"),
    "jpeg": gettext_lazy("ảnh JPEG"), "gif": gettext_lazy("ảnh GIF"),
    "webp": gettext_lazy("ảnh WebP"), "mp3": gettext_lazy("âm thanh MP3"),
    "ogg": gettext_lazy("âm thanh OGG"), "flac": gettext_lazy("âm thanh FLAC"),
    "wav": gettext_lazy("âm thanh WAV"), "m4a": gettext_lazy("âm thanh, video MP4/M4A"),
    "archive": gettext_lazy("tệp nén"), "text": gettext_lazy("văn bản thuần"),
    "unknown": gettext_lazy("tệp không rõ loại"),
}
IMAGES = frozenset({"png", "jpeg", "gif", "webp"})
AUDIO = frozenset({"mp3", "ogg", "flac", "wav", "m4a"})


def sniff(head: bytes) -> str:
    """The kind of a file from its first bytes ("pdf", "zip", "png", "program", "text"…).

    >>> sniff(b"%PDF-1.7"), sniff(b"\\x7fELF\\x02"), sniff(b"Ke hoach 81/KH-UBND")
    ('pdf', 'program', 'text')
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE"):
        return "webp" if head[8:12] == b"WEBP" else "wav"
    if head[4:8] == b"ftyp":
        return "m4a"
    if head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "mp3"
    if b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "text"
    return "unknown"


def _content_kind(file: IO[bytes]) -> str:
    """The kind, with a zip's package read: "docx", "xlsx" or a plain "zip"."""
    file.seek(0)
    head = file.read(HEAD_BYTES)
    kind = sniff(head)
    if kind == "zip":
        file.seek(0)
        try:
            kind = office_kind(check_archive(file)) or "zip"
        except ArchiveTooLarge as error:
            raise ValidationError(_("Tệp nén bên trong quá lớn (%(detail)s); có thể là tệp độc "
                                    "hại, không mở.") % {"detail": error.detail},
                                  code="archive-too-large") from error
        except UnreadableFile as error:
            raise ValidationError(_("Tệp bị hỏng hoặc bị cắt cụt (gói zip không đọc được). Hãy "
                                    "lưu lại tệp rồi tải lên lần nữa."),
                                  code="truncated") from error
    file.seek(0)
    return kind


def check_upload(upload: UploadedFile, *, accepted: dict[str, frozenset[str]],
                 max_bytes: int) -> str:
    """The content kind of an upload whose size and type are allowed; ValidationError if not.

    `accepted` maps each extension allowed (".docx") to the content kinds a file of that
    name may hold ({"docx"}). Nothing is read before the size is checked.
    """
    size = upload.size or 0
    if size > max_bytes:
        raise ValidationError(_("Tệp quá lớn (%(size)s MB); giới hạn là %(limit)s MB.") % {
            "size": round(size / 1048576, 1), "limit": round(max_bytes / 1048576)},
            code="too-large")
    name = PurePath(upload.name or "").name
    extension = PurePath(name).suffix.lower()
    if extension not in accepted:
        raise ValidationError(_("Không nhận tệp %(extension)s; chỉ nhận: %(accepted)s.") % {
            "extension": extension or _("không có phần mở rộng"),
            "accepted": ", ".join(sorted(accepted))}, code="unsupported")
    kind = _content_kind(upload)
    if kind not in accepted[extension]:
        raise ValidationError(
            _("Tệp “%(name)s” mang tên %(extension)s nhưng nội dung là %(kind)s; không nhận "
              "tệp có nội dung khác với tên.") % {
                "name": name[:80], "extension": extension, "kind": KIND_NAMES[kind]},
            code="wrong-content")
    return kind
