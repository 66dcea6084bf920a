"""Column headers that sort a list, and the links that export it."""

from typing import Any

from django import template
from django.utils.functional import Promise
from django.utils.html import format_html

from kehoach.listing import Sorting, export_links

register = template.Library()


@register.inclusion_tag("_sort_header.html")
def sort_header(sorting: Sorting | None, key: str, label: str | Promise) -> dict[str, Any]:
    """<th> with a link that sorts by the column (aria-sort says which way it is sorted)."""
    if not isinstance(sorting, Sorting):
        return {"label": label}
    return {"label": label, "link": sorting.link(key), "aria": sorting.aria(key)}


@register.inclusion_tag("_export_links.html", takes_context=True)
def export_list(context: dict[str, Any]) -> dict[str, Any]:
    """Links to the list as .xlsx and .csv, with the filters and the sort of the page."""
    return {"links": export_links(context["request"].GET)}


@register.simple_tag(takes_context=True)
def keep_sort(context: dict[str, Any]) -> str:
    """Inside a list's filter form: the sort chosen by a header, so changing a filter keeps it."""
    chosen = context["request"].GET.get("sort", "")
    return format_html('<input type="hidden" name="sort" value="{}">', chosen) if chosen else ""
