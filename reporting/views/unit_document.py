"""A unit's report downloaded as its own Decree 30 document (.docx, or PDF by LibreOffice)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, path
from django.utils import translation

from exports import decree30, pdf, signature_fields
from kehoach.http import AuthenticatedRequest
from reporting.permissions import get_submission_for_user
from reporting.unit_document import submission_document

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def file_name(submission_pk: int, unit_code: str, fmt: str) -> str:
    """An ASCII name that says whose report it is: "BC-ST-BAO-12.docx"."""
    code = "".join(ch for ch in unit_code if ch.isascii() and (ch.isalnum() or ch in "-_"))
    return f"BC-{code or 'donvi'}-{submission_pk}.{fmt}"


@login_required
def submission_download(request: AuthenticatedRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404
    submission = get_submission_for_user(request.user, pk)
    with translation.override("vi"):  # an official document, whatever the page's language
        document = submission_document(submission)
        docx = decree30.docx_bytes(document)
    content = docx
    if fmt == "pdf":
        try:
            content = pdf.docx_to_pdf(docx, soffice=settings.SOFFICE)
        except pdf.ExportError as error:
            messages.error(request, error.message)
            return redirect(submission)
        # PDF/A with the empty field the unit's head signs in (issue 17).
        content = signature_fields.prepare_for_signing(
            content, title=signature_fields.signature_title(document.signature_prefix,
                                                            document.signature_position),
            name=document.signer_name)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    name = file_name(submission.pk, submission.unit.code or "", fmt)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


urlpatterns: list[URLPattern] = [
    path("submissions/<int:pk>/download/<str:fmt>/", submission_download,
         name="submission_download"),
]
