"""Changes to documents and plan imports; each function is one transaction.

Reading a file runs as a background task (documents.tasks) because a scanned plan takes
minutes of OCR; everything it stores goes through the functions here.
"""

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from documents.importing.types import Reviewed
from documents.models import Document, Ingestion, IngestionStatus, Reference, number_key
from documents.permissions import check_can_import_plans
from kehoach.uploads import check_upload

ACCEPTED = (".docx", ".pdf", ".txt", ".md")
# What each name may hold; the old binary Word and Excel formats are refused by name already.
UPLOAD_KINDS = {".docx": frozenset({"docx"}), ".pdf": frozenset({"pdf"}),
                ".txt": frozenset({"text"}), ".md": frozenset({"text"})}
PLAN_KINDS = ("plan", "programme", "scheme", None)
NOT_PLAN_KINDS = ("report", "official_letter", "article", "notice", "submission", "telegram")


def ingest_error_message(code: str) -> str:
    """The Vietnamese sentence for a kehoach.ingest error code."""
    messages = {
        "unsupported": _("Định dạng tệp không được hỗ trợ. Hãy tải lên tệp .docx, .pdf, .txt "
                         "hoặc .md (tệp .doc cũ: mở bằng Word và lưu lại thành .docx)."),
        "unreadable": _("Không đọc được tệp: tệp bị hỏng, có mật khẩu hoặc không đúng định dạng."),
        "ocr-unavailable": _("Tệp PDF là bản quét, không có lớp chữ, và máy chủ chưa cài phần "
                             "mềm nhận dạng chữ (Tesseract). Hãy tải lên bản .docx hoặc PDF có "
                             "lớp chữ."),
        "empty": _("Tệp không có nội dung chữ."),
        "not-a-plan": _("Văn bản này không phải là kế hoạch (không có phần nhiệm vụ). Chỉ nhập "
                        "được kế hoạch, chương trình hoặc đề án."),
        "stalled": _("Việc đọc tệp đã dừng giữa chừng: bộ xử lý nền bị gián đoạn hoặc máy chủ "
                     "quá bận. Tệp vẫn được giữ; bấm “Đọc lại” để thử lại, hoặc xóa tệp này."),
        "missing-file": _("Không tìm thấy tệp đã tải lên trên máy chủ (có thể do khôi phục dữ "
                          "liệu thiếu tệp). Hãy tải tệp lên lại."),
        "archive-too-large": _("Tệp .docx giải nén ra quá lớn hoặc có quá nhiều phần; có thể là "
                               "tệp độc hại, không đọc."),
    }
    return messages.get(code, messages["unreadable"])


def _check_upload(upload: UploadedFile) -> None:
    limit = settings.INGEST_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("Tệp quá lớn (%(size)s MB); giới hạn là %(limit)s MB.")
            % {"size": round(upload.size / 1048576, 1), "limit": round(limit / 1048576)},
            code="too-large",
        )
    if Path(upload.name or "").suffix.lower() not in ACCEPTED:
        raise ValidationError(ingest_error_message("unsupported"), code="unsupported")
    if not upload.size:
        raise ValidationError(ingest_error_message("empty"), code="empty")
    # The content must be what the name says: a program renamed .docx is refused unstored.
    check_upload(upload, accepted=UPLOAD_KINDS, max_bytes=limit)


@transaction.atomic
def ingestion_start(*, user: User, upload: UploadedFile) -> Ingestion:
    """Keep the uploaded file and queue its reading; refuses what cannot be a plan file."""
    check_can_import_plans(user)
    _check_upload(upload)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    name = Path(upload.name or "van-ban").name
    document = Document(original_name=name, size=upload.size or 0, sha256=digest.hexdigest(),
                        uploaded_by=user)
    document.file.save(name, upload, save=False)
    document.save()
    ingestion = Ingestion.objects.create(document=document, original_name=name, created_by=user)
    from documents.tasks import read_document

    transaction.on_commit(lambda: read_document.enqueue(ingestion.pk))
    return ingestion


def ingestion_progress(*, ingestion_id: int, done: int, total: int) -> None:
    """Each page read is a sign of life: `updated_at` moves with the progress."""
    Ingestion.objects.filter(pk=ingestion_id).update(progress_done=done, progress_total=total,
                                                     updated_at=timezone.now())


def ingestion_mark_running(*, ingestion_id: int) -> None:
    Ingestion.objects.filter(pk=ingestion_id).update(status=IngestionStatus.RUNNING,
                                                     updated_at=timezone.now())


@transaction.atomic
def ingestion_check_stalled(*, ingestion: Ingestion) -> Ingestion:
    """An import that has not moved for INGEST_STALE_AFTER is failed, with the file kept so
    that it can be read again: a worker that died never leaves "Đã đọc 6/6 trang" for ever."""
    limit = timezone.now() - timedelta(seconds=settings.INGEST_STALE_AFTER)
    stalled = Ingestion.objects.select_for_update().filter(
        pk=ingestion.pk, status__in=(IngestionStatus.QUEUED, IngestionStatus.RUNNING),
        updated_at__lt=limit)
    if stalled.update(status=IngestionStatus.FAILED, error="stalled", updated_at=timezone.now()):
        ingestion.refresh_from_db()
    return ingestion


@transaction.atomic
def ingestion_retry(*, user: User, ingestion: Ingestion) -> Ingestion:
    """Read a kept file again after a stall."""
    check_can_import_plans(user)
    locked = Ingestion.objects.select_for_update().get(pk=ingestion.pk)
    if locked.status != IngestionStatus.FAILED or locked.document is None:
        raise ValidationError(_("Không thể đọc lại: tệp không còn được giữ; hãy tải lên lại."),
                              code="not-retryable")
    locked.status, locked.error = IngestionStatus.QUEUED, ""
    locked.progress_done = locked.progress_total = 0
    locked.save(update_fields=["status", "error", "progress_done", "progress_total",
                               "updated_at"])
    from documents.tasks import read_document

    transaction.on_commit(lambda: read_document.enqueue(locked.pk))
    return locked


@transaction.atomic
def ingestion_delete(*, user: User, ingestion: Ingestion) -> None:
    """Withdraw an upload that was not imported: its kept file goes with it."""
    check_can_import_plans(user)
    locked = Ingestion.objects.select_for_update().get(pk=ingestion.pk)
    if locked.status == IngestionStatus.DONE:
        raise ValidationError(_("Văn bản đã được nhập thành kế hoạch; không xóa ở đây."),
                              code="imported")
    document = locked.document
    locked.delete()
    if document is not None and not document.plan_id:
        document.file.delete(save=False)
        document.delete()


@transaction.atomic
def ingestion_fail(*, ingestion: Ingestion, code: str) -> None:
    """Nothing of a failed upload is kept but the message saying why: the file was read and
    cannot be a plan, so there is nothing to try again."""
    document = ingestion.document
    ingestion.status = IngestionStatus.FAILED
    ingestion.error = code
    ingestion.document = None
    ingestion.save(update_fields=["status", "error", "document", "updated_at"])
    if document is not None and not document.plan_id:
        document.file.delete(save=False)
        document.delete()


@transaction.atomic
def ingestion_succeed(*, ingestion: Ingestion, text: str, fmt: str,
                      parsed: dict[str, Any]) -> None:
    """Store what was read; the document's header fields come from the parse."""
    header = parsed.get("document") or {}
    document = ingestion.document
    if document is None:  # the upload was withdrawn while it was being read
        return
    document.text = text
    document.format = fmt
    document.kind = header.get("kind") or ""
    document.type_name = header.get("type_name") or ""
    document.number = (header.get("number") or "")[:16]
    document.symbol = (header.get("symbol") or "")[:64]
    document.issuer_name = (header.get("issuer") or "")[:255]
    document.issued_on = _iso_date(header.get("date"))
    document.title = (header.get("title") or "")[:500]
    document.save()
    document_set_references(document=document, references=parsed.get("references") or [])
    ingestion.parsed = parsed
    ingestion.status = IngestionStatus.READY
    ingestion.progress_done = ingestion.progress_total = max(ingestion.progress_total, 1)
    ingestion.save()


def _iso_date(value: str | None) -> date | None:
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def document_set_references(*, document: Document, references: list[dict[str, Any]]) -> None:
    """Record what the document cites, and link citations both ways by number and year."""
    document.references.all().delete()
    for position, item in enumerate(references, start=1):
        reference = Reference(
            document=document, position=position, type_name=(item.get("type_name") or "")[:64],
            number=(item.get("number") or "")[:16], symbol=(item.get("symbol") or "")[:64],
            issued_on=_iso_date(item.get("date")), issuer_name=(item.get("issuer") or "")[:255],
            title=(item.get("title") or "")[:500],
        )
        reference.refresh_derived()
        reference.cited = _find_cited(reference.number_key, reference.issued_on, document)
        reference.save()
    if document.number_key:
        for reference in Reference.objects.filter(number_key=document.number_key, cited=None):
            if _same_year(reference.issued_on, document.issued_on):
                reference.cited = document
                reference.save(update_fields=["cited"])


def _find_cited(key: str, issued_on: date | None, citing: Document) -> Document | None:
    for candidate in Document.objects.filter(number_key=key).exclude(pk=citing.pk):
        if _same_year(issued_on, candidate.issued_on):
            return candidate
    return None


def _same_year(a: date | None, b: date | None) -> bool:
    return a is None or b is None or a.year == b.year


@transaction.atomic
def ingestion_save_review(*, ingestion: Ingestion, reviewed: Reviewed) -> None:
    ingestion.reviewed = reviewed
    ingestion.save(update_fields=["reviewed", "updated_at"])


__all__ = ["number_key"]
