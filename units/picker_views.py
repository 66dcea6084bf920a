"""The picker's search: the units whose folded name holds what was typed, valid on a date.

htmx swaps the answer into a picker (options of a <select>, or checkboxes); `format=json`
gives the same units to a script. Units are read by every logged-in user, as on the units page.
"""

import re
from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from kehoach.forms import parse_pk
from units import selectors
from units.picker import unit_label

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _ids(values: list[str]) -> set[int]:
    """The ids of a list of comma-separated ids; what cannot be one is left out."""
    return {pk for value in values for part in value.split(",")
            if (pk := parse_pk(part)) is not None}


@login_required
@require_GET
def unit_pick(request: HttpRequest) -> HttpResponse:
    """Units for what a picker's search box holds (`<name>_q`, or `q`)."""
    params = request.GET
    name = params.get("name", "unit")
    name = name if _NAME.match(name) else "unit"
    query = (params.get(f"{name}_q") or params.get("q") or "")[:200]
    # The record's date as typed in its form, else the date the form was shown for.
    date_field = params.get("date_field", "")
    typed = _day(params.get(date_field, "")) if _NAME.match(date_field) else None
    on = typed or _day(params.get("on", ""))
    exclude = _ids(params.getlist("exclude") + params.getlist(name))
    units = selectors.unit_picker_search(query, on=on, exclude=exclude)
    if params.get("format") == "json":
        return JsonResponse({"on": on.isoformat() if on else None, "results": [
            {"id": u.pk, "name": u.name, "short_name": u.short_name,
             "label": unit_label(u, on)} for u in units]})
    options = [{"pk": u.pk, "label": unit_label(u, on)} for u in units]
    return render(request, "units/widgets/unit_picker_results.html", {
        "options": options, "name": name, "multiple": params.get("multiple") == "1"})
