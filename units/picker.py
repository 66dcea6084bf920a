"""The unit picker: the units a person most likely means, and a search for the rest.

A country has ten thousand units and a page must never list them all. A picker offers the
person's own units and those already chosen, and finds the others as one types: htmx asks
`units:pick` for the units whose folded name holds every word typed ("can tho" finds "Cần
Thơ"). Without JavaScript, the "Tìm" button beside the search box sends the form back; the form
(with UnitSearchFormMixin) then saves nothing and comes back with the units found, ready to
tick. A province's few dozen units are simply listed whole, as before.

The units offered are those valid on the record's date (today for a new record, the record's
own date when editing, the date typed once the form is sent back); the services refuse an
ended unit whatever is sent, naming its successor (units.selectors.check_units_valid_on).
"""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.forms.utils import ErrorDict
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_stubs_ext import StrOrPromise

from kehoach.forms import DATE_INPUT_FORMATS, parse_pk
from kehoach.vntext.formats import vn_date
from units import selectors
from units.models import Unit

# The name of the no-JavaScript search button: a form sent with it is shown again, unsaved.
UNIT_SEARCH = "_unit_search"
# Up to this many units (a province's, the demo's) a picker lists them all, with no search.
LIST_ALL_UP_TO = 60


def list_all_up_to() -> int:
    return int(getattr(settings, "UNIT_PICKER_LIST_ALL", LIST_ALL_UP_TO))


def unit_label(unit: Unit, on: date | None) -> str:
    """A unit as a picker names it; an ended unit says since when, so nobody picks it blind."""
    if unit.valid_to is not None and (on is None or unit.valid_to < on):
        return _("%(unit)s (đến %(end)s)") % {"unit": unit.name, "end": vn_date(unit.valid_to)}
    return unit.name


def _ids(values: Iterable[Any]) -> list[int]:
    return [pk for value in values if (pk := parse_pk(value)) is not None]


@dataclass
class Group:
    """One part of a picker's list: its heading, its units, and its role for the script."""

    label: str
    role: str
    options: list[dict[str, Any]] = field(default_factory=list)


class UnitPickerWidget(forms.Widget):
    """Renders a <select> (one unit) or checkboxes (several) with a search box.

    Configured per form instance by UnitPickerField.offer(); reads what was typed in the
    search box (`<name>_q`) when the form's data is read.
    """

    template_name = "units/widgets/unit_picker.html"
    multiple = False

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.on: date | None = timezone.localdate()
        self.first: list[int] = []
        self.scope: list[int] | None = None
        self.date_field = ""
        self.empty_label: str | None = None
        self.first_label: StrOrPromise | None = None
        self.query = ""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        self.query = str(data.get(f"{name}_q", ""))[:200]
        if self.multiple:
            getter = getattr(data, "getlist", None)
            return getter(name) if getter else data.get(name)
        return data.get(name)

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return False if self.multiple else name not in data

    def format_value(self, value: Any) -> list[str]:  # type: ignore[override]  # always a list
        if value is None:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        return [str(v) for v in _ids(values)]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        chosen = _ids(context["widget"]["value"])
        widget_id = context["widget"]["attrs"].get("id") or f"id_{name}"
        listed = self._listed_whole()
        groups = self._groups(chosen, listed)
        context["picker"] = {
            "multiple": self.multiple, "groups": groups, "search": not listed,
            "query": self.query, "empty_label": self.empty_label, "id": widget_id,
            "search_name": f"{name}_q", "search_button": UNIT_SEARCH,
            "url": self._search_url(name, chosen), "date_field": self.date_field,
            "found_id": f"{widget_id}_found",
            "include": "closest .unit-picker" + (
                f", [name='{self.date_field}']" if self.date_field else ""),
        }
        return context

    def _listed_whole(self) -> bool:
        if self.scope is not None:
            return True
        return selectors.units_count(on=self.on) <= list_all_up_to()

    def _groups(self, chosen: list[int], listed: bool) -> list[Group]:
        """Own units, then units chosen already, then the units the search found."""
        on, wanted = self.on, set(chosen)
        if listed:
            units = (selectors.units_by_pks(self.scope) if self.scope is not None
                     else list(selectors.unit_choices(on=on, first=self.first)))
            extra = [u for u in selectors.units_by_pks(wanted - {u.pk for u in units})]
            whole = Group(_("Đơn vị"), "all", [self._option(u, wanted) for u in units + extra])
            return [whole]
        own = selectors.units_by_pks(self.first)
        shown = {u.pk for u in own}
        kept = selectors.units_by_pks(wanted - shown)
        shown |= {u.pk for u in kept}
        found = selectors.unit_picker_search(self.query, on=on, exclude=shown)
        return [
            Group(str(self.first_label or _("Đơn vị của anh/chị")), "own",
                  [self._option(u, wanted) for u in own]),
            Group(_("Đã chọn"), "chosen", [self._option(u, wanted) for u in kept]),
            Group(_("Kết quả tìm kiếm"), "found", [self._option(u, wanted) for u in found]),
        ]

    def _option(self, unit: Unit, wanted: Collection[int]) -> dict[str, Any]:
        return {"pk": unit.pk, "label": unit_label(unit, self.on), "selected": unit.pk in wanted}

    def _search_url(self, name: str, chosen: Sequence[int]) -> str:
        params: dict[str, Any] = {"name": name, "multiple": int(self.multiple),
                                  "on": self.on.isoformat() if self.on else "",
                                  "exclude": ",".join(str(pk) for pk in self.first)}
        if self.date_field:
            params["date_field"] = self.date_field
        return f"{reverse('units:pick')}?{urlencode(params)}"


class UnitPickerMultipleWidget(UnitPickerWidget):
    multiple = True
    allow_multiple_selected = True

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        """Each checkbox has its own label; the field's label names the group (as Django's
        CheckboxSelectMultiple does)."""
        return ""


class _Offering:
    """What both picker fields share: offer() sets what the widget lists."""

    widget: UnitPickerWidget

    def offer(self, *, on: date | None, first: Iterable[int] = (),
              scope: Iterable[int] | None = None, date_field: str = "",
              first_label: StrOrPromise | None = None) -> None:
        """List units valid on `on` (None: every unit, for filters), `first` at the top.

        `scope` restricts the list to those units (a reporter's own), listed whole.
        `date_field` names the form's date input that the search follows when it changes;
        `first_label` heads the `first` units (by default "the person's own units").
        """
        self.widget.on = on
        self.widget.first = list(first)
        self.widget.scope = None if scope is None else list(scope)
        self.widget.date_field = date_field
        self.widget.first_label = first_label


class UnitPickerField(_Offering, forms.ModelChoiceField):
    """One unit. Any unit is accepted here; the services judge its validity on the date."""

    def __init__(self, *, queryset: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("widget", UnitPickerWidget)
        super().__init__(queryset=Unit.objects.all() if queryset is None else queryset,
                         **kwargs)
        self.widget.empty_label = None if self.required else str(self.empty_label or "")


class UnitPickerMultipleField(_Offering, forms.ModelMultipleChoiceField):
    """Several units, ticked."""

    def __init__(self, *, queryset: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("widget", UnitPickerMultipleWidget)
        super().__init__(queryset=Unit.objects.all() if queryset is None else queryset,
                         **kwargs)


def form_date(form: forms.BaseForm, name: str, default: date | None) -> date | None:
    """The date typed in the form's field `name` if it reads as one, else `default`.

    The units offered then follow the record's date once the form is sent back.
    """
    raw = form.data.get(form.add_prefix(name)) if form.is_bound else None
    if raw:
        try:
            value = forms.DateField(input_formats=DATE_INPUT_FORMATS).to_python(raw)
        except forms.ValidationError:
            return default
        if value is not None:
            return value
    return default


class UnitSearchFormMixin:
    """A form whose pickers may be searched without JavaScript.

    When "Tìm" was pressed, the form is not valid and has no errors: the page shows it again
    with what was typed and the units found, and nothing is saved.
    """

    is_bound: bool
    data: Any

    def searching_units(self) -> bool:
        return bool(self.is_bound and UNIT_SEARCH in self.data)

    def full_clean(self) -> None:
        if self.searching_units():
            self._errors = ErrorDict()
            self.cleaned_data: dict[str, Any] = {}
            return
        super().full_clean()  # type: ignore[misc]

    def is_valid(self) -> bool:
        return not self.searching_units() and super().is_valid()  # type: ignore[misc]


SEARCH_PLACEHOLDER = gettext_lazy("Tìm đơn vị khác: gõ tên, không cần dấu")
