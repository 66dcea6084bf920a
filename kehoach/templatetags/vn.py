"""Dates and numbers in templates the Vietnamese way, through kehoach.vntext.formats.

{% load vn %} then {{ plan.issued_on|vn_date }} → "06/05/2024", {{ n|vn_count }} → "05",
{{ 3200|vn_number }} → "3.200", {{ event.at|vn_datetime }} → "20/06/2024 14:30".
"""

from datetime import date, datetime
from decimal import Decimal

from django import template
from django.utils import timezone

from kehoach.vntext import formats
from kehoach.vntext.dates import document_date as _document_date

register = template.Library()


def _day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    return value


@register.filter
def document_date(day: date | None) -> str:
    """{{ plan.issued_on|document_date }} → "ngày 06 tháng 5 năm 2024"."""
    return _document_date(day) if day else ""


@register.filter(expects_localtime=True)
def vn_date(value: date | datetime | None) -> str:
    return formats.vn_date(_day(value))


@register.filter(expects_localtime=True)
def vn_datetime(value: datetime | None) -> str:
    """ "20/06/2024 14:30", in Vietnam's time."""
    if value is None:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{formats.vn_date(local.date())} {local:%H:%M}"


@register.filter(expects_localtime=True)
def vn_time_date(value: datetime | None) -> str:
    """ "14:30 20/06/2024": the time first, as "lúc 14:30 20/06/2024" reads."""
    if value is None:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{local:%H:%M} {formats.vn_date(local.date())}"


@register.filter
def vn_number(value: int | float | Decimal | None) -> str:
    return formats.vn_number(value)


@register.filter
def vn_count(value: int | None) -> str:
    return formats.vn_count(value)
