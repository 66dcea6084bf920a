from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms import BoundField, ChoiceField
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from indicators import permissions, selectors, services
from indicators.exports import table_xlsx
from indicators.forms import DashboardFilterForm, EnteredValueForm, IndicatorForm
from indicators.models import Indicator
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _options(field: BoundField) -> list[tuple[str, str, bool]]:
    """(value, label, selected) of a select's choices, selected as Django's Select marks them.

    The page writes the unit picker's options from these in one loop. Through the widget's
    templates (two per option) a national plan's 300 units took 19 ms of its dashboard; the
    loop takes about 2 ms.
    """
    value = field.value()  # already prepared: a pk, or the text sent
    chosen = "" if value is None else str(value)
    choices = cast(list[tuple[Any, Any]], cast(ChoiceField, field.field).choices)
    return [(str(key), str(label), str(key) == chosen) for key, label in choices]


@login_required
def dashboard(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    plan = permissions.get_dashboard_plan_for_user(request.user, pk)
    form = DashboardFilterForm(request.GET, plan=plan, user=request.user)
    filters = form.filters(timezone.localdate())
    # the sections first: the unit picker's choices reuse their pass over the products
    sections = selectors.dashboard_sections(plan, filters, user=request.user)
    return render(request, "indicators/dashboard.html", {
        "plan": plan, "form": form, "filters": filters, "query": form.query(),
        "sections": sections, "unit_options": _options(form["unit"]),
        **permissions.dashboard_permissions(request.user),
    })


@login_required
def dashboard_export(request: AuthenticatedRequest, pk: int, section: str) -> HttpResponse:
    """One table of the dashboard as .xlsx, with the same filters as the page."""
    if section not in selectors.SECTIONS:
        raise Http404
    plan = permissions.get_dashboard_plan_for_user(request.user, pk)
    form = DashboardFilterForm(request.GET, plan=plan, user=request.user)
    filters = form.filters(timezone.localdate())
    table = selectors.dashboard_sections(plan, filters, user=request.user, only=section)[section]
    data = table_xlsx(title=str(table.title), headers=table.headers, rows=table.rows,
                      notes=selectors.filter_notes(plan, filters))
    response = HttpResponse(data, content_type=XLSX)
    name = f"{section}-{plan.number}-{plan.symbol}-{plan.issued_year}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def indicator_edit(request: AuthenticatedRequest, target_pk: int) -> HttpResponse:
    target = permissions.get_target_for_user(request.user, target_pk, define=True)
    indicator: Indicator | None = getattr(target, "indicator", None)
    form = IndicatorForm(request.POST or None, instance=indicator, target=target)
    if request.method == "POST" and form.is_valid():
        try:
            if indicator is None:
                indicator = services.indicator_create(user=request.user, target=target,
                                                      **form.service_arguments())
            else:
                services.indicator_update(user=request.user, indicator=indicator,
                                          **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu chỉ số “%(name)s”.") % {"name": indicator.name})
            return redirect("indicators:dashboard", target.plan_id)
    return render(request, "indicators/indicator_form.html", {
        "form": form, "target": target, "indicator": indicator, "plan": target.plan})


@login_required
@require_POST
def indicator_delete(request: AuthenticatedRequest, target_pk: int) -> HttpResponse:
    indicator = permissions.get_target_indicator_for_user(request.user, target_pk)
    services.indicator_delete(user=request.user, indicator=indicator)
    messages.success(request, _("Đã xóa chỉ số của chỉ tiêu."))
    return redirect("indicators:dashboard", indicator.target.plan_id)


@login_required
@require_http_methods(["GET", "POST"])
def entered_values(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The figures entered for an indicator, and the form to enter one more."""
    indicator = permissions.get_indicator_for_user(request.user, pk, enter=True)
    form = EnteredValueForm(request.POST or None, indicator=indicator, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.entered_value_create(user=request.user, indicator=indicator,
                                          **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu số liệu."))
            return redirect("indicators:values", indicator.pk)
    return render(request, "indicators/entered_values.html", {
        "indicator": indicator, "form": form, "plan": indicator.target.plan,
        "values": selectors.entered_value_list(indicator),
        "editable": permissions.entry_units(request.user),
    })


@login_required
@require_http_methods(["GET", "POST"])
def entered_value_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    entered = permissions.get_entered_value_for_user(request.user, pk, change=True)
    indicator = entered.indicator
    form = EnteredValueForm(request.POST or None, instance=entered, indicator=indicator,
                            user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.entered_value_update(user=request.user, entered=entered,
                                          **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu số liệu."))
            return redirect("indicators:values", indicator.pk)
    return render(request, "indicators/entered_value_form.html", {
        "form": form, "entered": entered, "indicator": indicator,
        "plan": indicator.target.plan})


@login_required
@require_POST
def entered_value_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    entered = permissions.get_entered_value_for_user(request.user, pk, change=True)
    services.entered_value_delete(user=request.user, entered=entered)
    messages.success(request, _("Đã xóa số liệu."))
    return redirect("indicators:values", entered.indicator_id)
