"""Pages of the spreadsheet import: template, upload, preview, confirm.

Only people who may record products reach them (records.permissions); an import is seen
and confirmed only by its uploader. The logic is in records.import_services.
"""

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kehoach.actions import run_action
from kehoach.forms import BoundedForm, add_service_errors
from kehoach.http import AuthenticatedRequest
from records import import_services as services
from records.models import ImportStatus, ProductImport
from records.permissions import check_can_record, get_import_for_user
from records.spreadsheet import MAX_ROWS, XLSX_CONTENT_TYPE, build_template

# Enough to read the list; the rest of a long file is summed up in a line.
SHOWN_ROWS = 200


class ImportUploadForm(BoundedForm, forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp Excel (.xlsx)"),
        widget=forms.FileInput(attrs={"accept": ".xlsx"}),
        error_messages={"required": gettext_lazy("Hãy chọn tệp Excel để tải lên."),
                        "empty": gettext_lazy("Tệp rỗng, không có nội dung.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("Tệp theo mẫu, tối đa %(rows)s dòng sản phẩm.") % {
            "rows": f"{MAX_ROWS:,}".replace(",", ".")}


@login_required
@require_GET
def import_template(request: AuthenticatedRequest) -> HttpResponse:
    check_can_record(request.user)
    response = HttpResponse(build_template(request.user), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mau-nhap-san-pham.xlsx"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: AuthenticatedRequest) -> HttpResponse:
    check_can_record(request.user)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            product_import = services.import_start(user=request.user,
                                                   upload=form.cleaned_data["file"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect(product_import)
    return render(request, "records/import_upload.html", {
        "form": form, "recent": services.recent_imports(request.user)})


@login_required
@require_GET
def import_preview(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    product_import = get_import_for_user(request.user, pk)
    return render(request, "records/import_preview.html", _preview_context(product_import))


def _preview_context(product_import: ProductImport) -> dict[str, Any]:
    rows = product_import.summary.get("rows", [])
    by_status: dict[str, list[dict[str, Any]]] = {"ok": [], "duplicate": [], "error": []}
    for row in rows:
        by_status[row["status"]].append(row)
    return {
        "import": product_import,
        "counts": product_import.summary.get("counts", {}),
        "total": len(rows),
        "errors": by_status["error"],
        "good": by_status["ok"][:SHOWN_ROWS],
        "good_more": max(0, len(by_status["ok"]) - SHOWN_ROWS),
        "duplicates": by_status["duplicate"][:SHOWN_ROWS],
        "duplicates_more": max(0, len(by_status["duplicate"]) - SHOWN_ROWS),
        "can_confirm": product_import.status == ImportStatus.READY and by_status["ok"],
        "earlier": services.earlier_import(product_import),
    }


@login_required
@require_POST
def import_confirm(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    product_import = get_import_for_user(request.user, pk)
    done = run_action(
        request, lambda: services.import_confirm(user=request.user, product_import=product_import),
        lambda result: "" if result.already_done else _(
            "Đã nhập %(created)d sản phẩm; bỏ qua %(skipped)d dòng đã có.") % {
                "created": result.created, "skipped": result.skipped})
    if done.value is not None and done.value.already_done:
        messages.info(request, _("Tệp này đã được nhập trước đó; không nhập thêm gì."))
    return redirect(product_import)
