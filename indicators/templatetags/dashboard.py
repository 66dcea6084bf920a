"""{% chart section %} draws a dashboard section's bars as inline SVG; |num writes numbers the
Vietnamese way (1.234,5)."""

from decimal import Decimal

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from indicators import charts
from indicators.selectors import Section

register = template.Library()

PHONE_WIDTH = 340  # the phone chart's units: about its size in CSS pixels at 390 px


@register.simple_tag
def chart(section: Section, limit: int = 20) -> SafeString:
    """The section's chart; beyond `limit` bars the rest are summed into one "others" bar,
    so a province with hundreds of communes still gets a readable chart (the table has all)."""
    bars = list(section.bars)
    if section.horizontal and len(bars) > limit:
        rest = sum(value for _label, value in bars[limit - 1:])
        bars = [*bars[: limit - 1], (_("Các đơn vị khác"), rest)]
    if bars:
        label, top = max(bars, key=lambda bar: bar[1])
        description = _("%(count)s mục; cao nhất: %(label)s, %(value)s.") % {
            "count": len(bars), "label": label, "value": charts.format_number(top)}
    else:
        description = _("Không có số liệu.")
    svg = charts.bar_chart(bars, title=str(section.title), chart_id=f"chart-{section.key}",
                           horizontal=section.horizontal, description=description,
                           highlight=section.highlight, width=section.chart_width)
    # A phone gets its own drawing, one bar a line at its own size, so every label and
    # figure stays readable at 390 px; the stylesheet shows one of the two.
    phone = charts.bar_chart(bars, title=str(section.title),
                             chart_id=f"chart-{section.key}-phone", horizontal=True,
                             description=description, highlight=section.highlight,
                             width=PHONE_WIDTH)
    return mark_safe(  # noqa: S308 -- charts.bar_chart escapes every label
        f'<div class="chart-wide">{svg}</div><div class="chart-phone">{phone}</div>')


@register.filter
def num(value: Decimal | float | int | None) -> str:
    """{{ measure.value|num }} → "28,6"; empty for no value."""
    if value is None or value == "":
        return "—"
    return charts.format_number(round(float(value), 1))
