from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.models import Membership
from accounts.selectors import history_for
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from kehoach.listing import Sorting
from kehoach.tables import export_kind, export_response
from units import listing, selectors, services, tree
from units.forms import UnitForm, UnitSearchForm
from units.models import Unit
from units.permissions import check_can_manage_units, get_unit_for_user

# Units of one level of the tree a page shows, each with its first children.
TREE_PAGE = 20


@login_required
def unit_list(request: AuthenticatedRequest) -> HttpResponseBase:
    """The units as a tree, one level a page; a search or a kind lists the matches flat."""
    form = UnitSearchForm(request.GET)
    form.is_valid()
    data = form.cleaned_data
    query, kind = data.get("q", ""), data.get("kind", "")
    include_ended = not data.get("current")
    under = _tree_root(request.GET.get("under"))
    context: dict[str, object] = {"form": form, "under": under,
                                  "ancestors": tree.unit_ancestors(under) if under else []}
    sorting = Sorting.from_request(request.GET, listing.UNIT_SORTS, "")
    if file_kind := export_kind(request):  # the tree's level or the matches: all, flat
        units = sorting.apply(_flat_units(query, kind, include_ended, under))
        return export_response(file_kind, units, listing.UNIT_COLUMNS, name="don-vi")
    if query or kind:
        units = sorting.apply(_flat_units(query, kind, include_ended, under))
        context["page"] = Paginator(units, 50).get_page(request.GET.get("page"))
        context["sorting"] = sorting
    else:
        page = tree.unit_tree_page(under=under, include_ended=include_ended,
                                   number=request.GET.get("page"), per_page=TREE_PAGE)
        context.update(tree=True, page=page, shown=tree.TREE_CHILDREN_SHOWN)
    template = "units/unit_list.html#results" if request.htmx else "units/unit_list.html"
    return render(request, template, context)


def _flat_units(query: str, kind: str, include_ended: bool, under: Unit | None
                ) -> QuerySet[Unit]:
    """The units matching the filters, under `under` if given (searched from a unit's page
    of the tree, or exported from it)."""
    units = selectors.unit_list(query=query, kind=kind, include_ended=include_ended)
    if under is not None:
        units = units.filter(pk__in=selectors.unit_subtree_ids([under.pk]) - {under.pk})
    return units.select_related("parent__parent")


def _tree_root(value: str | None) -> Unit | None:
    """The unit whose children the tree shows (`?under=`), or None for the top level."""
    if not value or not (value.isascii() and value.isdigit() and len(value) <= 18):
        return None
    return selectors.unit_detail(int(value))


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
