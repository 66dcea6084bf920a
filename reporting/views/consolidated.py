"""The consolidated report's pages: build, follow, edit, export, download, send upward.

Coordinators act; viewers and the receiving unit's reporters read and download once the
report is written out. The build and the export run in the background: the page polls a
small progress partial (htmx every second, or a meta refresh without JavaScript).
"""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from kehoach.actions import run_action
from kehoach.downloads import stored_file_response
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from reporting import permissions
from reporting.forms import ConsolidatedForm
from reporting.selectors import consolidated as selectors
from reporting.services import consolidated as services


@login_required
def consolidated(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_consolidated_period_for_user(request.user, pk)
    return render(request, "reporting/consolidated.html",
                  selectors.consolidated_page(request.user, period))


@login_required
def consolidated_progress(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The progress partial while busy; once done, the whole page (htmx follows a redirect)."""
    period = permissions.get_consolidated_period_for_user(request.user, pk)
    report = selectors.get_report(period)
    here = period_url(pk)
    if report is None or report.status not in services.BUSY:
        return HttpResponseClientRedirect(here) if request.htmx else redirect(here)
    return render(request, "reporting/consolidated.html#progress",
                  {"period": period, "report": report})


def period_url(pk: int) -> str:
    return reverse("reporting:consolidated", args=[pk])


def _act(request: AuthenticatedRequest, pk: int, action: Callable[[], object], done: str
         ) -> HttpResponse:
    """Run a coordinator's action; a refusal is shown on the page, the reason in full."""
    run_action(request, action, done)
    return redirect(period_url(pk))


@login_required
@require_POST
def consolidate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_consolidated_period_for_user(request.user, pk, act=True)
    return _act(request, pk, lambda: services.consolidated_build(user=request.user,
                                                                 period=period),
                _("Đang tổng hợp các báo cáo đã duyệt; trang sẽ tự cập nhật khi xong."))


@login_required
@require_POST
def consolidated_export(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_consolidated_period_for_user(request.user, pk, act=True)
    report = selectors.get_report(period)
    if report is None:
        return redirect(period_url(pk))
    return _act(request, pk, lambda: services.consolidated_export(user=request.user,
                                                                  report=report),
                _("Đang xuất văn bản .docx, phụ lục .xlsx và tệp PDF."))


@login_required
@require_POST
def submit_upward(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_consolidated_period_for_user(request.user, pk, act=True)
    report = selectors.get_report(period)
    if report is None:
        return redirect(period_url(pk))
    parent = period.parent.title if period.parent else ""
    return _act(request, pk, lambda: services.consolidated_submit_upward(user=request.user,
                                                                         report=report),
                _("Đã gửi báo cáo tổng hợp lên kỳ báo cáo cấp trên “%(period)s”.")
                % {"period": parent})


@login_required
@require_http_methods(["GET", "POST"])
def consolidated_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_consolidated_period_for_user(request.user, pk, act=True)
    report = selectors.get_report(period)
    if report is None or report.status not in services.EDITABLE:
        messages.error(request, _("Báo cáo tổng hợp chưa sẵn sàng để sửa."))
        return redirect(period_url(pk))
    sections = list(report.sections.order_by("position"))
    form = ConsolidatedForm(request.POST or None, instance=report, sections=sections)
    if request.method == "POST" and form.is_valid():
        try:
            services.consolidated_update(user=request.user, report=report,
                                         **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu báo cáo tổng hợp. Hãy xuất lại văn bản."))
            return redirect(period_url(pk))
    return render(request, "reporting/consolidated_edit.html", {
        "period": period, "report": report, "form": form,
        # Each part's field with the units' texts for it, to take a sentence from.
        "section_rows": list(zip(form.section_fields(), sections, strict=True))})


@login_required
def consolidated_download(request: AuthenticatedRequest, pk: int, fmt: str
                          ) -> HttpResponse | FileResponse:
    period = permissions.get_consolidated_period_for_user(request.user, pk)
    report, file = permissions.get_consolidated_file_for_user(request.user, period, fmt)
    return stored_file_response(request, file, services.download_name(report, fmt))


urlpatterns = [
    path("periods/<int:pk>/consolidated/", consolidated, name="consolidated"),
    path("periods/<int:pk>/consolidated/build/", consolidate, name="consolidate"),
    path("periods/<int:pk>/consolidated/edit/", consolidated_edit, name="consolidated_edit"),
    path("periods/<int:pk>/consolidated/export/", consolidated_export,
         name="consolidated_export"),
    path("periods/<int:pk>/consolidated/progress/", consolidated_progress,
         name="consolidated_progress"),
    path("periods/<int:pk>/consolidated/download/<str:fmt>/", consolidated_download,
         name="consolidated_download"),
    path("periods/<int:pk>/consolidated/submit-upward/", submit_upward, name="submit_upward"),
]
