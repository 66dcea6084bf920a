"""A list's filter form folded behind one button on phones, and its active filters as chips.

{% load filters %}
{% filterbox form %}<form method="get" class="filters">…</form>{% endfilterbox %}
{% filter_chips form %}

The box is the form behind a "Bộ lọc" button that only phones see (templates/_filters.html);
a chip names one filter that narrows the list and links to the same address without it
(templates/_filter_chips.html). Filters stay in the address (GET), so chips are plain links
and the page reads without JavaScript.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from django import forms, template
from django.http import QueryDict
from django.template.base import NodeList, Parser, Token
from django.template.context import Context
from django.template.loader import render_to_string
from django.utils.text import Truncator

from kehoach.forms import pk_error
from kehoach.vntext import formats

register = template.Library()

# Where a list is in its pages: dropped when a filter is, as the first page is then wanted.
PAGING = ("page", "after", "before")


@dataclass(frozen=True)
class Chip:
    label: str
    value: str
    url: str


def _values(form: forms.BaseForm, name: str) -> list[str]:
    data = form.data
    key = form.add_prefix(name)
    raw = data.getlist(key) if hasattr(data, "getlist") else [data.get(key)]
    return [str(value).strip() for value in raw if value is not None and str(value).strip()]


def _choices(field: forms.ChoiceField) -> list[tuple[Any, Any]]:
    return list(cast(Iterable[tuple[Any, Any]], field.choices))


def _shown(field: forms.Field, values: list[str]) -> str:
    """The values as the person chose them: a choice's label, a date as dd/mm/yyyy."""
    if isinstance(field, forms.ModelChoiceField):
        if field.queryset is None:
            return ""
        # Only what can be an id reaches the query: 10^30 overflows the database's integer
        # (SQLite's OverflowError, PostgreSQL's DataError).
        ids = [value for value in values if pk_error(value) is None]
        try:
            chosen = field.queryset.filter(pk__in=ids)
            return "; ".join(field.label_from_instance(item) for item in chosen)
        except (ValueError, TypeError, forms.ValidationError):
            return ""
    if isinstance(field, forms.ChoiceField):
        labels: dict[str, str] = {}
        for key, label in _choices(field):
            if isinstance(label, list | tuple):
                labels.update({str(k): str(v) for k, v in label})
            else:
                labels[str(key)] = str(label)
        return "; ".join(labels[value] for value in values if value in labels)
    if isinstance(field, forms.BooleanField):
        return ""
    if isinstance(field, forms.DateField):
        try:
            day = field.to_python(values[0])
        except forms.ValidationError:
            return ""
        return formats.vn_date(day) if isinstance(day, date) else ""
    return Truncator(" ".join(values)).chars(40)


def _is_default(bound: forms.BoundField, values: list[str]) -> bool:
    """A value the list has anyway: the field's initial, or the first of choices without an
    empty one (a way of counting, such as the dashboard's unit structure), or a required
    field, which no list can do without."""
    field = bound.field
    if field.required:
        return True
    if bound.initial not in (None, "") and values == [str(bound.initial)]:
        return True
    if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
        keys = [str(key) for key, _label in _choices(field)]
        return bool(keys) and "" not in keys and values == keys[:1]
    return False


def active_filters(form: forms.BaseForm, query: QueryDict, path: str) -> list[Chip]:
    """One chip for each visible field of `form` that narrows the list.

    Its link sends the field empty rather than leaving it out: some lists fill a missing
    filter with a default (a reporter's own unit), and an empty one means "all".
    """
    if not form.is_bound:
        return []
    chips = []
    for bound in form.visible_fields():
        values = _values(form, bound.name)
        if not values or _is_default(bound, values):
            continue
        field = bound.field
        shown = _shown(field, values)
        if not shown and not isinstance(field, forms.BooleanField):
            continue  # a value that no longer means anything filters nothing
        rest = query.copy()
        for key in PAGING:
            rest.pop(key, None)
        rest[form.add_prefix(bound.name)] = ""
        chips.append(Chip(label=str(bound.label or bound.name), value=shown,
                          url=f"{path}?{rest.urlencode()}"))
    return chips


@register.inclusion_tag("_filter_chips.html", takes_context=True)
def filter_chips(context: Context, form: forms.BaseForm) -> dict[str, Any]:
    request = context["request"]
    return {"chips": active_filters(form, request.GET, request.path),
            "refreshed": bool(getattr(request, "htmx", False))}


class FilterBoxNode(template.Node):
    def __init__(self, form: template.base.FilterExpression, nodelist: NodeList) -> None:
        self.form = form
        self.nodelist = nodelist

    def render(self, context: Context) -> str:
        form = self.form.resolve(context)
        request = context.get("request")
        chips = active_filters(form, request.GET, request.path) if request and form else []
        # Without the request: its context processors (the header's unread notices) ran once.
        return render_to_string("_filters.html", {
            "body": self.nodelist.render(context), "active": len(chips)})


@register.tag
def filterbox(parser: Parser, token: Token) -> FilterBoxNode:
    """{% filterbox form %}…the filter form…{% endfilterbox %}"""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% filterbox form %} takes the filter form")
    nodelist = parser.parse(("endfilterbox",))
    parser.delete_first_token()
    return FilterBoxNode(parser.compile_filter(bits[1]), nodelist)
