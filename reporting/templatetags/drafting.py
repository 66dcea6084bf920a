"""Filters of the draft templates (reporting/templates/reporting/draft/)."""

from django import template

from reporting.drafting.phrases import lower_first as _lower_first

register = template.Library()


@register.filter
def lower_first(text: str) -> str:
    """{{ task.title|lower_first }}: "Tập huấn, bồi dưỡng ..." → "tập huấn, bồi dưỡng ..."."""
    return _lower_first(str(text))
