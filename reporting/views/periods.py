"""Pages of reporting periods: the list, opening and changing one, its page, closing it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from kehoach.actions import run_action
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from kehoach.listing import Sorting
from kehoach.tables import export_kind, export_response
from reporting import listing, permissions
from reporting.forms import PeriodEditForm, PeriodForm, PeriodsGenerateForm
from reporting.selectors import periods as selectors
from reporting.selectors.period_units import period_unit_page, period_unit_states
from reporting.services import periods as services

PAGE_SIZE = 50


@login_required
def period_list(request: AuthenticatedRequest) -> HttpResponseBase:
    """Reporters see their units' periods with their own reports; others every period with
    how many units sent and how many were approved."""
    user = request.user
    context: dict[str, object] = {"can_manage": permissions.can_manage_periods(user),
                                  "can_manage_forms": permissions.can_manage_forms(user)}
    if permissions.sees_own_units_only(user):
        sorting = Sorting.from_request(request.GET, listing.REPORTER_SORTS, "")
        rows = selectors.reporter_rows(user, sorting)
        if kind := export_kind(request):
            return export_response(kind, rows, listing.REPORTER_COLUMNS, name="ky-bao-cao")
        context.update(rows=rows, sorting=sorting)
    else:
        sorting = Sorting.from_request(request.GET, listing.PERIOD_SORTS, "")
        periods = sorting.apply(selectors.period_list())
        if kind := export_kind(request):
            return export_response(kind, listing.period_rows(periods), listing.PERIOD_COLUMNS,
                                   name="ky-bao-cao")
        page = Paginator(periods, PAGE_SIZE).get_page(request.GET.get("page"))
        context.update(page=page, counts=selectors.period_counts(list(page)), sorting=sorting)
    return render(request, "reporting/period_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def period_create(request: AuthenticatedRequest) -> HttpResponse:
    permissions.check_can_manage_periods(request.user)
    if request.htmx and request.method == "GET":  # the window as the kind or year changes
        return render(request, "reporting/period_form.html#window", {
            "form": PeriodForm.preview(request.GET, user=request.user)})
    form = PeriodForm(request.POST or None, user=request.user, chosen=request.GET)
    if request.method == "POST" and form.is_valid():
        try:
            period = services.period_create(user=request.user, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã mở kỳ “%(title)s”.") % {"title": period})
            return redirect(period)
    return render(request, "reporting/period_form.html", {"form": form, "period": None})


@login_required
@require_http_methods(["GET", "POST"])
def period_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_period_for_user(request.user, pk, change=True)
    form = PeriodEditForm(request.POST or None, user=request.user, period=period)
    if request.method == "POST" and form.is_valid():
        try:
            services.period_update(user=request.user, period=period, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu kỳ “%(title)s”.") % {"title": period})
            return redirect(period)
    return render(request, "reporting/period_form.html", {"form": form, "period": period})


@login_required
@require_http_methods(["GET", "POST"])
def periods_generate(request: AuthenticatedRequest) -> HttpResponse:
    permissions.check_can_manage_periods(request.user)
    form = PeriodsGenerateForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.periods_generate(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, ngettext(
                "Đã mở %(count)s kỳ báo cáo.", "Đã mở %(count)s kỳ báo cáo.", len(created)
            ) % {"count": len(created)} if created else _(
                "Các kỳ báo cáo này đã có đủ; không mở thêm kỳ nào."))
            return redirect("reporting:periods")
    return render(request, "reporting/period_generate.html", {"form": form})


@login_required
def period_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_period_for_user(request.user, pk)
    state, query = request.GET.get("state", ""), request.GET.get("q", "")[:100]
    return render(request, "reporting/period_detail.html", {
        "period": period, "units_asked": period.units.count(),
        "states": period_unit_states(period, request.user), "state": state, "q": query,
        "rows": period_unit_page(period, request.user, state=state, query=query,
                                 page=request.GET.get("page")),
        "can_manage": permissions.can_manage_periods(request.user),
        "can_review": permissions.can_review(request.user),
    })


@login_required
@require_POST
def period_close(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_period_for_user(request.user, pk, change=True)
    run_action(request, lambda: services.period_close(user=request.user, period=period),
               _("Đã khóa kỳ báo cáo; các đơn vị không gửi thêm được."))
    return redirect(period)


@login_required
@require_POST
def period_reopen(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = permissions.get_period_for_user(request.user, pk, change=True)
    run_action(request, lambda: services.period_reopen(user=request.user, period=period),
               _("Đã mở lại kỳ báo cáo."))
    return redirect(period)


urlpatterns: list[URLPattern] = [
    path("", period_list, name="periods"),
    path("periods/new/", period_create, name="period_create"),
    path("periods/generate/", periods_generate, name="periods_generate"),
    path("periods/<int:pk>/", period_detail, name="period"),
    path("periods/<int:pk>/edit/", period_edit, name="period_edit"),
    path("periods/<int:pk>/close/", period_close, name="period_close"),
    path("periods/<int:pk>/reopen/", period_reopen, name="period_reopen"),
]
