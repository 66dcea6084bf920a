from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.models import Membership
from accounts.selectors import history_for
from kehoach.forms import add_service_errors
from units import selectors, services
from units.forms import UnitForm, UnitSearchForm
from units.permissions import check_can_manage_units, get_unit_for_user


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    form = UnitSearchForm(request.GET)
    form.is_valid()
    data = form.cleaned_data
    units = selectors.unit_list(
        query=data.get("q", ""), kind=data.get("kind", ""),
        include_ended=not data.get("current"),
    )
    page = Paginator(units, 50).get_page(request.GET.get("page"))
    template = "units/unit_list.html#results" if request.htmx else "units/unit_list.html"
    return render(request, template, {"form": form, "page": page})


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    unit = selectors.unit_detail(pk)
    context = {
        "unit": unit,
        "children": selectors.unit_children(unit),
        "heirs": selectors.unit_current_heirs(unit),
        "history": history_for(unit, related=[(Membership, "unit_id")]),
    }
    return render(request, "units/unit_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def unit_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    check_can_manage_units(request.user)
    unit = get_unit_for_user(request.user, pk, change=True) if pk else None
    form = UnitForm(request.POST or None, instance=unit)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        successors = data.pop("successors")
        try:
            if unit is None:
                unit = services.unit_create(successors=successors, **data)
            else:
                services.unit_update(unit=unit, successors=successors, **data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu đơn vị “%(name)s”.") % {"name": unit.name})
            return redirect(unit)
    return render(request, "units/unit_form.html", {"form": form, "unit": unit})
