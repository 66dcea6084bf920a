"""The signing pages: upload a signed copy, issue it, open a new version, download a signed
copy, and the administrators' list of trusted root certificates.

The upload, issue and version forms live on the report's own page (signing's template tags);
their POSTs come here and go back there, with the outcome as a message.
"""

from typing import cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from exports import decree30, pdf
from kehoach.actions import show_refusal
from kehoach.downloads import stored_file_response
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from reporting.models import ConsolidatedReport
from reporting.permissions import get_submission_for_user
from reporting.selectors.consolidated import get_period, get_report
from reporting.unit_document import submission_document
from signing import permissions, selectors, services
from signing.forms import IssueForm, NewVersionForm, SignedUploadForm, TrustedRootForm
from signing.models import SignedDocument


def _report(request: AuthenticatedRequest, period_pk: int) -> ConsolidatedReport | None:
    permissions.check_can_sign_report(request.user)
    return get_report(get_period(period_pk))


def _page(period_pk: int) -> HttpResponse:
    return redirect(reverse("reporting:consolidated", args=[period_pk]))


def _said(request: AuthenticatedRequest, document: SignedDocument) -> None:
    if document.verified:
        messages.success(request, _("Đã ký số: chữ ký hợp lệ, đúng văn bản đã xuất."))
        return
    # Kept with what failed (the page shows it), so a warning rather than a refusal.
    messages.warning(request, _("Bản đã ký chưa được chấp nhận:"))
    for problem in document.problems:
        messages.warning(request, problem["message"])


@login_required
@require_POST
def upload_report(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    if report is None:  # nothing built yet: the page says so
        return _page(pk)
    form = SignedUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        for message in form.errors.get("file", []):
            messages.error(request, str(message))
        return redirect(report)
    try:
        document = services.upload_signed_report(user=request.user, report=report,
                                                 upload=form.cleaned_data["file"])
    except ValidationError as error:
        show_refusal(request, error)
    else:
        _said(request, document)
    return redirect(report)


@login_required
@require_POST
def issue(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    permissions.check_can_sign_report(request.user)
    document = get_object_or_404(SignedDocument.objects.select_related("report__period"),
                                 pk=pk, report__isnull=False)
    form = IssueForm(request.POST)
    if form.is_valid():
        try:
            services.issue_signed_report(user=request.user, document=document,
                                         **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
    for errors in form.errors.values():
        for message in errors:
            messages.error(request, str(message))
    if not form.errors:
        messages.success(request, _("Đã ban hành báo cáo; nội dung và số liệu đã được khóa."))
    return redirect(cast(ConsolidatedReport, document.report))  # the lookup asks for a report


@login_required
@require_POST
def new_version(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    if report is None:
        return _page(pk)
    form = NewVersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Hãy ghi lý do mở phiên bản mới."))
        return redirect(report)
    try:
        version = services.open_new_version(user=request.user, report=report,
                                            reason=form.cleaned_data["reason"])
    except ValidationError as error:
        show_refusal(request, error)
    else:
        messages.success(request, _("Đã mở phiên bản %(version)s; sửa, xuất văn bản rồi ký lại.")
                         % {"version": version.version})
    return redirect(report)


@login_required
@require_POST
def upload_submission(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    submission = get_submission_for_user(request.user, pk)
    permissions.check_can_sign_submission(request.user, submission.unit_id)
    form = SignedUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        for message in form.errors.get("file", []):
            messages.error(request, str(message))
        return redirect(submission)
    def exported() -> bytes:
        with translation.override("vi"):  # the document the unit downloaded and signed
            return pdf.docx_to_pdf(decree30.docx_bytes(submission_document(submission)),
                                   soffice=settings.SOFFICE)

    try:
        document = services.upload_signed_submission(
            user=request.user, submission=submission, upload=form.cleaned_data["file"],
            exported=exported)
    except pdf.ExportError as error:
        messages.error(request, error.message)
    except ValidationError as error:
        show_refusal(request, error)
    else:
        _said(request, document)
    return redirect(submission)


@login_required
def download(request: AuthenticatedRequest, pk: int) -> HttpResponse | FileResponse:
    document = selectors.get_document_for_user(request.user, pk)
    name = f"da-ky-so-{document.pk}-{document.sha256[:8]}.pdf"
    return stored_file_response(request, document.file, name)


@login_required
@require_http_methods(["GET", "POST"])
def roots(request: AuthenticatedRequest) -> HttpResponse:
    permissions.check_can_manage_roots(request.user)
    form = TrustedRootForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            root = services.add_trusted_root(user=request.user, upload=form.cleaned_data["file"],
                                             name=form.cleaned_data["name"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã thêm chứng thư số gốc “%(name)s”.")
                             % {"name": root.name})
            return redirect("signing:roots")
    return render(request, "signing/roots.html",
                  {"form": form, "roots": selectors.trusted_roots()})


@login_required
@require_POST
def root_active(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    permissions.check_can_manage_roots(request.user)
    root = selectors.get_root(pk)
    active = request.POST.get("active") == "1"
    services.set_root_active(user=request.user, root=root, active=active)
    if active:
        said = _("Đã bật chứng thư số gốc “%(name)s”: chữ ký theo chứng thư này được công "
                 "nhận.")
    else:
        said = _("Đã tắt chứng thư số gốc “%(name)s”: chữ ký theo chứng thư này không còn "
                 "được công nhận.")
    messages.success(request, said % {"name": root.name})
    return redirect("signing:roots")


app_name = "signing"
urlpatterns = [
    path("reports/<int:pk>/upload/", upload_report, name="upload_report"),
    path("reports/<int:pk>/new-version/", new_version, name="new_version"),
    path("signed/<int:pk>/issue/", issue, name="issue"),
    path("signed/<int:pk>/download/", download, name="download"),
    path("submissions/<int:pk>/upload/", upload_submission, name="upload_submission"),
    path("roots/", roots, name="roots"),
    path("roots/<int:pk>/active/", root_active, name="root_active"),
]
