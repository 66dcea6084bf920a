from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.selectors import history_for
from guidance import listing, permissions, selectors, services
from guidance.forms import GuidanceFilterForm, GuidanceForm
from guidance.models import Guidance, GuidanceTopic
from guidance.qr import qr_png, qr_svg
from guidance.spreadsheet import coverage_xlsx
from kehoach.actions import run_action
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest, Request
from kehoach.listing import Sorting
from kehoach.tables import export_kind, export_response

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def guidance_list(request: AuthenticatedRequest) -> HttpResponseBase:
    form = GuidanceFilterForm(request.GET)
    form.is_valid()
    sorting = Sorting.from_request(request.GET, listing.GUIDANCE_SORTS, "")
    guidances = sorting.apply(selectors.guidance_list(
        request.user, query=form.cleaned_data.get("q", "")))
    if kind := export_kind(request):
        return export_response(kind, guidances, listing.GUIDANCE_COLUMNS, name="dinh-huong")
    return render(request, "guidance/guidance_list.html", {
        "form": form, "guidances": guidances, "sorting": sorting,
        "can_edit": permissions.can_edit_guidance(request.user),
    })


@login_required
def guidance_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    guidance = permissions.get_guidance_for_user(request.user, pk)
    topics = selectors.guidance_topics(guidance)
    units = selectors.guidance_units(guidance)
    return render(request, "guidance/guidance_detail.html", {
        "guidance": guidance, "topics": topics, "units": units,
        "coverage": selectors.coverage(guidance, topics=topics, units=units),
        "public_url": request.build_absolute_uri(guidance.get_public_url()),
        "can_edit": permissions.can_edit_guidance(request.user),
        "history": history_for(guidance, related=[(GuidanceTopic, "guidance_id")]),
    })


@login_required
@require_http_methods(["GET", "POST"])
def guidance_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    permissions.check_can_edit_guidance(request.user)
    guidance = permissions.get_guidance_for_user(request.user, pk, change=True) if pk else None
    form = GuidanceForm(request.POST or None, instance=guidance,
                        issuer=request.user.units.order_by("pk").first())
    if request.method == "POST" and form.is_valid():
        try:
            if guidance is None:
                guidance = services.guidance_create(user=request.user,
                                                    **form.service_arguments())
            else:
                services.guidance_update(guidance=guidance, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu định hướng %(number)s.") % {
                "number": guidance.number_symbol})
            return redirect(guidance)
    return render(request, "guidance/guidance_form.html", {"form": form, "guidance": guidance})


@login_required
@require_POST
def guidance_publish(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    guidance = permissions.get_guidance_for_user(request.user, pk, change=True)
    run_action(request, lambda: services.guidance_publish(guidance=guidance),
               _("Đã công bố; trang công khai và mã QR đã dùng được."))
    return redirect(guidance)


@login_required
@require_POST
def guidance_unpublish(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    guidance = permissions.get_guidance_for_user(request.user, pk, change=True)
    services.guidance_unpublish(guidance=guidance)
    messages.success(request, _("Đã ngừng công bố; trang công khai không còn truy cập được."))
    return redirect(guidance)


@login_required
def coverage_download(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    guidance = permissions.get_guidance_for_user(request.user, pk)
    content = coverage_xlsx(guidance, selectors.coverage(guidance))
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{_download_name(guidance)}.xlsx"'
    return response


def _download_name(guidance: Guidance) -> str:
    """An ASCII name that survives every browser and mail client: "dinh-huong-12-STTTT"."""
    symbol = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in guidance.symbol)
    return f"dinh-huong-{guidance.number or guidance.pk}-{symbol}".strip("-")


def guidance_public(request: Request, public_key: str) -> HttpResponse:
    """The page the QR code on the letter opens: no login, no names of people."""
    guidance = permissions.get_published_guidance(public_key)
    return render(request, "guidance/guidance_public.html", {
        "guidance": guidance, "topics": selectors.guidance_topics(guidance),
        "units": selectors.guidance_units(guidance),
    })


def guidance_qr(request: Request, public_key: str, kind: str) -> HttpResponse:
    guidance = permissions.get_guidance_for_qr(request.user, public_key)
    url = request.build_absolute_uri(guidance.get_public_url())
    if kind == "svg":
        content, content_type = qr_svg(url, title=guidance.number_symbol), "image/svg+xml"
    else:
        content, content_type = qr_png(url), "image/png"
    response = HttpResponse(content, content_type=content_type)
    if "download" in request.GET:
        response["Content-Disposition"] = (
            f'attachment; filename="{_download_name(guidance)}-qr.{kind}"')
    return response
