"""Pages of the people import: template, upload, preview, confirm (accounts.people_import)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import people_import as services
from accounts.models import PeopleImportStatus
from accounts.permissions import check_can_manage_people
from accounts.spreadsheet import build_template
from kehoach.forms import BoundedForm, add_service_errors
from kehoach.sheets import XLSX_CONTENT_TYPE


class PeopleUploadForm(BoundedForm, forms.Form):
    file = forms.FileField(label=gettext_lazy("Tệp Excel (.xlsx)"),
                           widget=forms.FileInput(attrs={"accept": ".xlsx"}),
                           error_messages={"required": gettext_lazy("Hãy chọn tệp Excel.")})


@login_required
@require_GET
def people_template(request: HttpRequest) -> HttpResponse:
    check_can_manage_people(request.user)
    response = HttpResponse(build_template(request.user),  # type: ignore[arg-type]
                            content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mau-nguoi-dung.xlsx"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def people_upload(request: HttpRequest) -> HttpResponse:
    check_can_manage_people(request.user)
    form = PeopleUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            found = services.people_import_start(user=request.user,  # type: ignore[arg-type]
                                                 upload=form.cleaned_data["file"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(found)
    return render(request, "accounts/people_upload.html", {
        "form": form, "recent": services.recent_people_imports(request.user)})  # type: ignore[arg-type]


@login_required
@require_GET
def people_import_preview(request: HttpRequest, pk: int) -> HttpResponse:
    found = services.get_people_import_for_user(request.user, pk)  # type: ignore[arg-type]
    rows = found.summary.get("rows", [])
    return render(request, "accounts/people_preview.html", {
        "import": found, "counts": found.summary.get("counts", {}),
        "errors": [r for r in rows if r["status"] == "error"],
        "good": [r for r in rows if r["status"] == "ok"],
        "existing": [r for r in rows if r["status"] == "duplicate"],
        "can_confirm": found.status == PeopleImportStatus.READY
        and any(r["status"] == "ok" for r in rows)})


@login_required
@require_POST
def people_import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    found = services.get_people_import_for_user(request.user, pk)  # type: ignore[arg-type]
    try:
        result = services.people_import_confirm(user=request.user,  # type: ignore[arg-type]
                                                people_import=found)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(found)
    if result.already_done:
        messages.info(request, _("Tệp này đã được xác nhận trước đó; không mời thêm ai."))
    else:
        messages.success(request, _("Đã tạo %(invited)d tài khoản và gửi thư mời; bỏ qua "
                                    "%(skipped)d người đã có tài khoản.") % {
            "invited": result.invited, "skipped": result.skipped})
    return redirect(found)
