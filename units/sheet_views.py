"""Units from Excel: the template, the upload with its preview, and the confirmation.

Administrators only. The preview is the import run and rolled back, so its errors are the
ones confirming would meet; the rows travel to the confirmation signed in the page (no
upload is kept on the server), and are checked again there against the units of that moment.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kehoach.forms import BoundedForm, add_service_errors
from kehoach.sheets import XLSX_CONTENT_TYPE
from kehoach.uploads import check_upload
from units import import_services, sheet
from units.permissions import check_can_manage_units

SALT = "units.sheet"
# Long enough to read the preview and fix nothing; the rows are checked again anyway.
SIGNED_FOR_SECONDS = 3600


class SheetUploadForm(BoundedForm, forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp Excel (.xlsx)"),
        widget=forms.FileInput(attrs={"accept": ".xlsx"}),
        error_messages={"required": gettext_lazy("Hãy chọn tệp Excel để tải lên."),
                        "empty": gettext_lazy("Tệp rỗng, không có nội dung.")},
    )


@login_required
@require_GET
def sheet_template(request: HttpRequest) -> HttpResponse:
    check_can_manage_units(request.user)
    response = HttpResponse(sheet.build_template(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mau-nhap-don-vi.xlsx"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def sheet_upload(request: HttpRequest) -> HttpResponse:
    """The upload form; once a file is sent, its preview with each row's errors."""
    check_can_manage_units(request.user)
    form = SheetUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if not (upload.name or "").lower().endswith(".xlsx"):
                raise sheet.file_error("not-xlsx")
            check_upload(upload, accepted={".xlsx": frozenset({"xlsx", "ole"})},
                         max_bytes=settings.IMPORT_MAX_BYTES)
            raw = sheet.read_cells(upload.read())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _preview(request, raw, name=upload.name or "")
    return render(request, "units/sheet_upload.html", {"form": form})


def _preview(request: HttpRequest, raw: list[tuple[int, dict[str, str]]], *, name: str
             ) -> HttpResponse:
    rows = sheet.check_rows(raw)
    result = import_services.sheet_import(rows=rows, commit=False)
    errors = _errors(rows, result)
    return render(request, "units/sheet_preview.html", {
        "name": name, "rows": len(rows), "result": result, "errors": errors,
        "payload": signing.dumps(raw, salt=SALT, compress=True),
    })


def _errors(rows: list[sheet.SheetRow], result: import_services.SheetResult
            ) -> list[dict[str, Any]]:
    found = []
    for row in rows:
        messages_ = list(row.errors) + [("", m) for m in result.errors.get(row.number, [])]
        if messages_:
            found.append({"number": row.number, "name": row.cells.get("name", ""),
                          "messages": messages_})
    return found


@login_required
@require_POST
def sheet_confirm(request: HttpRequest) -> HttpResponse:
    """Import the good rows of the previewed file."""
    check_can_manage_units(request.user)
    try:
        raw = signing.loads(request.POST.get("payload", ""), salt=SALT,
                            max_age=SIGNED_FOR_SECONDS)
    except signing.BadSignature:
        messages.error(request, _("Bản xem trước đã quá một giờ hoặc không hợp lệ; hãy tải tệp "
                                  "lên lại."))
        return redirect("units:sheet")
    rows = sheet.check_rows([(int(number), dict(cells)) for number, cells in raw])
    result = import_services.sheet_import(rows=rows, commit=True)
    skipped = sum(1 for row in rows if row.errors) + len(result.errors)
    messages.success(request, _(
        "Đã nhập đơn vị từ Excel: %(created)d tạo mới, %(updated)d cập nhật, %(unchanged)d "
        "không đổi, %(skipped)d dòng có lỗi không nhập.") % {
        "created": result.created, "updated": result.updated,
        "unchanged": result.unchanged, "skipped": skipped})
    return redirect("units:list")
