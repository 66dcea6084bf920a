"""Reads for signed reports: the trust anchors, a report's signed copies and what the pages
show of them, for the report's own level and for the level it was sent up to."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pypdfium2 as pdfium
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import User
from reporting.models import ConsolidatedReport, Submission
from reporting.permissions import (
    can_read_consolidated,
    can_read_submission,
    check_can_see_consolidated,
)
from signing import permissions
from signing.models import NewVersion, SignedDocument, TrustedRoot
from signing.reading import issued_number_and_date


def trusted_roots_der() -> list[bytes]:
    return [bytes(der) for der in TrustedRoot.objects.filter(active=True)
            .values_list("certificate", flat=True)]


def trusted_roots() -> QuerySet[TrustedRoot]:
    return TrustedRoot.objects.select_related("added_by").all()


def get_root(pk: int) -> TrustedRoot:
    return get_object_or_404(TrustedRoot, pk=pk)


def signer_rows(document: SignedDocument) -> list[dict[str, Any]]:
    """The signers as the page lists them, with their time as a datetime."""
    rows = []
    for signer in document.signers:
        at = signer.get("signed_at")
        rows.append({**signer, "signed_at": datetime.fromisoformat(at) if at else None})
    return rows


def issued_document(report: ConsolidatedReport | None) -> SignedDocument | None:
    """The signed copy issued as the report's current version, if it is issued."""
    if report is None or report.issued_at is None:
        return None
    return report.signed_documents.filter(issued_at__isnull=False,
                                          version=report.version).first()


def document_reading(document: SignedDocument) -> dict[str, Any]:
    """The number and date the signed copy's first page says, to prefill the issue form."""
    with document.file.open("rb") as handle:
        pdf = pdfium.PdfDocument(handle.read())
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    number, issued_on = issued_number_and_date(text)
    return {"number": number, "issued_on": issued_on}


def report_panel(user: User, report: ConsolidatedReport) -> dict[str, Any]:
    """What the consolidated report's page shows of signing: the copies uploaded for this
    version (newest first), the issued one, the versions opened, and what `user` may do."""
    may_sign = permissions.can_sign_report(user)
    documents = list(report.signed_documents.select_related("uploaded_by", "issued_by"))
    current = [d for d in documents if d.version == report.version]
    latest = current[0] if current else None
    context: dict[str, Any] = {
        "report": report, "may_sign": may_sign,
        "issued": issued_document(report),
        "latest": latest, "latest_signers": signer_rows(latest) if latest else [],
        "earlier_issued": [d for d in documents if d.is_issued and d.version != report.version],
        "versions": list(NewVersion.objects.filter(report=report).select_related("created_by")),
        "can_upload": may_sign and report.issued_at is None and bool(report.pdf)
        and report.status == "ready",
    }
    if context["issued"] is not None:
        context["issued_signers"] = signer_rows(context["issued"])
    if may_sign and latest is not None and latest.verified and report.issued_at is None:
        context["reading"] = document_reading(latest)
    return context


def submission_panel(user: User, submission: Submission) -> dict[str, Any]:
    """A unit's report: its signed copy, or, for a report sent up from a lower level, the
    issued signed copy of the consolidated report it carries, with its verification."""
    source = submission.source
    if source is not None:
        issued = issued_document(source)
        return {"submission": submission, "carried": issued,
                "carried_signers": signer_rows(issued) if issued else []}
    latest = submission.signed_documents.select_related("uploaded_by").first()
    return {"submission": submission, "latest": latest,
            "latest_signers": signer_rows(latest) if latest else [],
            "required": submission.period.require_signed,
            "can_upload": permissions.can_sign_submission(user, submission.unit_id)
            and submission.is_editable}


def get_document_for_user(user: User, pk: int) -> SignedDocument:
    """A signed copy `user` may download: one of a report they may read."""
    document = get_object_or_404(SignedDocument.objects.select_related(
        "report__period", "submission__period"), pk=pk)
    if document.report is not None:
        check_can_see_consolidated(user, document.report.period)
        if not (can_read_consolidated(user, document.report)
                or permissions.can_sign_report(user)):
            raise Http404
        return document
    if document.submission is None or not can_read_submission(user, document.submission):
        raise Http404
    return document


def has_trust_anchors() -> bool:
    """Whether any root is trusted: until one is, no signature can be accepted."""
    return TrustedRoot.objects.filter(active=True).exists()
