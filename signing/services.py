"""Signed reports: trust anchors, uploading and verifying a signed copy, issuing it, opening a
new version. Each request is checked and done in one transaction, under a row lock on the
report, and every change is in the history (auditlog on these models and on the report).

The uploaded file is kept as it came, through Django's storage, with its SHA-256; so is the
fact of what verification found, in the words the coordinator read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.uploads import check_upload
from reporting.models import ConsolidatedReport, ConsolidatedStatus, Submission
from signing import permissions, selectors
from signing.models import NewVersion, SignedDocument, TrustedRoot
from signing.verify import verify_signed_pdf

PDF_ONLY = {".pdf": frozenset({"pdf"})}
ROOT_FILES = {".cer": frozenset({"unknown", "text"}), ".crt": frozenset({"unknown", "text"}),
              ".der": frozenset({"unknown", "text"}), ".pem": frozenset({"text"})}
ROOT_MAX_BYTES = 64 * 1024


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- Trust anchors ----------------------------------------------------------------------


def _parse_certificate(data: bytes) -> x509.Certificate:
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise ValidationError(_("Tệp này không phải chứng thư số X.509 (.cer, .crt, .der, .pem)."),
                              code="not_certificate") from None


@transaction.atomic
def add_trusted_root(*, user: User, upload: UploadedFile, name: str = "") -> TrustedRoot:
    """Trust a root certificate an administrator uploads (the national root CA's, a licensed
    CA's). Only a CA certificate is taken: a person's certificate is never a trust anchor."""
    permissions.check_can_manage_roots(user)
    check_upload(upload, accepted=ROOT_FILES, max_bytes=ROOT_MAX_BYTES)
    certificate = _parse_certificate(upload.read())
    try:
        is_ca = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = certificate.issuer == certificate.subject
    if not is_ca:
        raise ValidationError(_("Chứng thư số này không phải của một tổ chức cung cấp dịch vụ "
                                "chứng thực (CA); chỉ nhận chứng thư số gốc."), code="not_ca")
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    if TrustedRoot.objects.filter(fingerprint=fingerprint).exists():
        raise ValidationError(_("Chứng thư số gốc này đã có trong danh sách."), code="duplicate")
    subject = certificate.subject.rfc4514_string()
    return TrustedRoot.objects.create(
        name=(name.strip() or subject)[:255], subject=subject[:500],
        certificate=certificate.public_bytes(Encoding.DER),
        serial=format(certificate.serial_number, "X")[:64], fingerprint=fingerprint,
        not_before=certificate.not_valid_before_utc, not_after=certificate.not_valid_after_utc,
        added_by=user)


@transaction.atomic
def set_root_active(*, user: User, root: TrustedRoot, active: bool) -> TrustedRoot:
    """Stop (or start again) trusting a root; signatures already verified keep their record."""
    permissions.check_can_manage_roots(user)
    locked = TrustedRoot.objects.select_for_update().get(pk=root.pk)
    if locked.active != active:
        locked.active = active
        locked.save(update_fields=["active"])
    return locked


# --- Consolidated reports ---------------------------------------------------------------


def _lock_report(report: ConsolidatedReport) -> ConsolidatedReport:
    return ConsolidatedReport.objects.select_for_update().select_related(
        "period__receiving_unit").get(pk=report.pk)


def _read_pdf(upload: UploadedFile) -> bytes:
    check_upload(upload, accepted=PDF_ONLY, max_bytes=settings.SIGNED_PDF_MAX_BYTES)
    upload.seek(0)
    return upload.read()


def _verify_and_keep(data: bytes, exported: bytes, **owner: object) -> SignedDocument:
    with translation.override("vi"):  # the record keeps what the coordinator read, in Vietnamese
        result = verify_signed_pdf(data, exported=exported, roots=selectors.trusted_roots_der())
    document = SignedDocument(
        sha256=sha256(data), exported_sha256=sha256(exported), verified=result.ok,
        signers=[signer.as_json() for signer in result.signers],
        problems=[{"code": p.code, "message": p.message} for p in result.problems], **owner)
    document.file.save(f"signed-{document.sha256[:16]}.pdf", ContentFile(data), save=False)
    document.save()
    return document


@transaction.atomic
def upload_signed_report(*, user: User, report: ConsolidatedReport,
                         upload: UploadedFile) -> SignedDocument:
    """Keep and verify the signed PDF of the report as it was last exported.

    A copy that fails verification is kept too, with what failed: the coordinator sees why,
    and the history shows what was tried. Only a verified copy can be issued.
    """
    permissions.check_can_sign_report(user)
    locked = _lock_report(report)
    if locked.issued_at is not None:
        raise ValidationError(_("Báo cáo đã được ban hành; muốn thay bản đã ký, hãy mở phiên bản "
                                "mới."), code="issued")
    if locked.status != ConsolidatedStatus.READY or not locked.pdf:
        raise ValidationError(_("Báo cáo chưa được xuất văn bản (hoặc đã sửa sau lần xuất gần "
                                "nhất); hãy xuất văn bản rồi ký tệp PDF đó."), code="not_exported")
    data = _read_pdf(upload)
    with locked.pdf.open("rb") as handle:
        exported = handle.read()
    return _verify_and_keep(data, exported, report=locked, version=locked.version,
                            uploaded_by=user)


@transaction.atomic
def issue_signed_report(*, user: User, document: SignedDocument, number: str,
                        issued_on: date) -> SignedDocument:
    """Make a verified signed copy the issued version: the report takes its number and date,
    and its text and figures are locked until a new version is opened."""
    permissions.check_can_sign_report(user)
    if document.report_id is None:
        raise ValidationError(_("Bản đã ký này không thuộc báo cáo tổng hợp."), code="not_report")
    report = _lock_report(document.report)  # type: ignore[arg-type]
    locked = SignedDocument.objects.select_for_update().get(pk=document.pk)
    if report.issued_at is not None:
        raise ValidationError(_("Báo cáo đã được ban hành."), code="issued")
    if not locked.verified:
        raise ValidationError(_("Chỉ ban hành được bản đã ký số đã xác minh thành công."),
                              code="not_verified")
    with report.pdf.open("rb") as handle:
        if locked.version != report.version or sha256(handle.read()) != locked.exported_sha256:
            raise ValidationError(_("Bản đã ký này được ký trên một lần xuất văn bản cũ; hãy ký "
                                    "và tải lên bản của lần xuất mới nhất."), code="stale")
    if not number.strip().isdigit():
        raise ValidationError(_("Số văn bản phải là số, ví dụ 312."), code="number")
    now = timezone.now()
    locked.number, locked.issued_on = number.strip().lstrip("0") or "0", issued_on
    locked.issued_at, locked.issued_by = now, user
    locked.save(update_fields=["number", "issued_on", "issued_at", "issued_by"])
    report.number, report.issued_on, report.issued_at = locked.number, issued_on, now
    report.save(update_fields=["number", "issued_on", "issued_at", "updated_at"])
    return locked


@transaction.atomic
def open_new_version(*, user: User, report: ConsolidatedReport, reason: str) -> NewVersion:
    """Unlock an issued report for a change: a new version, with its reason recorded. The
    issued file stays as it was; the new version is exported, signed and issued again."""
    permissions.check_can_sign_report(user)
    locked = _lock_report(report)
    if locked.issued_at is None:
        raise ValidationError(_("Báo cáo chưa được ban hành; cứ sửa trực tiếp."),
                              code="not_issued")
    if not reason.strip():
        raise ValidationError(_("Hãy ghi lý do mở phiên bản mới."), code="reason")
    locked.version += 1
    locked.issued_at = None
    locked.status = ConsolidatedStatus.DRAFT
    locked.save(update_fields=["version", "issued_at", "status", "updated_at"])
    return NewVersion.objects.create(report=locked, version=locked.version,
                                     reason=reason.strip(), created_by=user)


# --- Units' reports ---------------------------------------------------------------------


@transaction.atomic
def upload_signed_submission(*, user: User, submission: Submission, upload: UploadedFile,
                             exported: bytes | Callable[[], bytes]) -> SignedDocument:
    """Keep and verify a unit's signed report against its document as the app writes it now
    (`exported`, made by the caller from the submission, or a function that makes it: then
    LibreOffice runs only for an upload that is a PDF), before the unit sends it."""
    permissions.check_can_sign_submission(user, submission.unit_id)
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if not locked.is_editable:
        raise ValidationError(_("Báo cáo đã gửi; không thay được bản đã ký."), code="sent")
    data = _read_pdf(upload)
    document = exported() if callable(exported) else exported
    return _verify_and_keep(data, document, submission=locked, uploaded_by=user)
