from datetime import date

from django import template

from kehoach.vntext.dates import document_date as _document_date

register = template.Library()


@register.filter
def document_date(day: date | None) -> str:
    """{{ plan.issued_on|document_date }} → "ngày 06 tháng 5 năm 2024"."""
    return _document_date(day) if day else ""
