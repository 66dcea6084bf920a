"""Pages that set up a province's units: the official catalogue, then the usual bodies.

Administrators only (units.permissions). The import itself is units.import_services; the
summary of the last import is kept in the session so that the page after the redirect can
show it, and reloading that page imports nothing.
"""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kehoach.forms import add_service_errors
from units import catalogue, import_services
from units.bodies import usual_bodies
from units.import_forms import AllProvincesForm, BodiesForm, ProvinceImportForm
from units.permissions import check_can_manage_units, get_unit_for_user
from units.tree import catalogue_committees

REPORT_KEY = "units_catalogue_report"


def _page(request: HttpRequest, one: ProvinceImportForm, every: AllProvincesForm,
          status: int = 200) -> HttpResponse:
    return render(request, "units/catalogue.html", {
        "one": one, "every": every, "data_version": date.fromisoformat(catalogue.DATA_VERSION),
        "committees": catalogue_committees(),
    }, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def catalogue_import(request: HttpRequest) -> HttpResponse:
    """Pick a province and import its committee and communes."""
    check_can_manage_units(request.user)
    one = ProvinceImportForm(request.POST or None)
    if request.method == "POST" and one.is_valid():
        return _run(request, [one.cleaned_data["province"]], one=one)
    return _page(request, one, AllProvincesForm())


@login_required
@require_POST
def catalogue_import_all(request: HttpRequest) -> HttpResponse:
    """A ministry's instance: every province at once, after a ticked confirmation."""
    check_can_manage_units(request.user)
    every = AllProvincesForm(request.POST)
    if every.is_valid():
        return _run(request, [p.code for p in catalogue.provinces()], every=every)
    return _page(request, ProvinceImportForm(), every, status=400)


def _run(request: HttpRequest, codes: list[str], *, one: ProvinceImportForm | None = None,
         every: AllProvincesForm | None = None) -> HttpResponse:
    try:
        results = import_services.catalogue_import(province_codes=codes)
    except ValidationError as error:
        add_service_errors(one or every or ProvinceImportForm(), error)
        return _page(request, one or ProvinceImportForm(), every or AllProvincesForm(), 400)
    request.session[REPORT_KEY] = [result.as_dict() for result in results]
    return redirect("units:catalogue_report")


@login_required
@require_GET
def catalogue_report(request: HttpRequest) -> HttpResponse:
    """What the last import did, province by province, and the way to step 2."""
    check_can_manage_units(request.user)
    results = request.session.get(REPORT_KEY)
    if not results:
        return redirect("units:catalogue")
    totals = {key: sum(r[key] for r in results)
              for key in ("created", "linked", "renamed", "unchanged")}
    return render(request, "units/catalogue_report.html", {
        "results": results, "totals": totals, "single": results[0] if len(results) == 1
        else None})


@login_required
@require_http_methods(["GET", "POST"])
def bodies(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 2: the usual provincial bodies as a checklist, under the People's Committee."""
    committee = get_unit_for_user(request.user, pk, change=True)
    province = catalogue.province(committee.official_code or "")
    if province is None:
        raise Http404(_("Đơn vị này không phải Ủy ban nhân dân tỉnh, thành phố nhập từ danh "
                        "mục hành chính."))
    form = BodiesForm(request.POST or None, bodies=usual_bodies(province))
    if request.method == "POST" and form.is_valid():
        try:
            result = import_services.bodies_create(committee=committee, bodies=form.chosen())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _(
                "Đã tạo %(created)d cơ quan, đơn vị; %(existing)d đã có từ trước nên không "
                "tạo lại.") % {"created": len(result.created), "existing": len(result.existing)})
            return redirect(committee)
    return render(request, "units/bodies.html", {"form": form, "committee": committee,
                                                 "province": province})
