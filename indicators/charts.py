"""Bar charts as inline SVG, drawn on the server: no script, no library, a few hundred bytes.

Plain Python with no Django import, so it is tested alone. Every label is escaped here, so
the markup returned is safe to put in a page. Colours come from the page's stylesheet
(classes `chart`, `bar`, `bar mine`), so the SVG itself carries none.

>>> svg = bar_chart([("5/2024", 3), ("6/2024", 5)], title="Sản phẩm theo tháng", chart_id="m")
>>> format_number(1234.5)
'1.234,5'
>>> svg.startswith('<svg class="chart" role="img" aria-labelledby="m-t m-d"')
True
>>> "<title id=\\"m-t\\">Sản phẩm theo tháng</title>" in svg
True
"""

from collections.abc import Collection, Sequence
from html import escape
from math import ceil

from kehoach.vntext.formats import vn_number

Row = tuple[str, float]

WIDTH = 640
LABEL_SHARE = 0.42  # horizontal charts: the labels' part of the width
CHAR_WIDTH = 6.4  # a Vietnamese letter at the 11-unit font the stylesheet sets, on average
ROW_HEIGHT = 22
COLUMN_AREA = 160  # vertical charts: bar area height
LABEL_ROOM = 56  # vertical charts: the width one label under a column needs


def format_number(value: float) -> str:
    """1234.5 → "1.234,5", 70.0 → "70": Vietnamese grouping and decimal comma, one decimal."""
    return vn_number(value, 1)


def _short(label: str, room: float) -> str:
    """The label cut to fit `room` units, with an ellipsis; the bar's tooltip has it whole."""
    most = max(4, int(room / CHAR_WIDTH))
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _head(chart_id: str, title: str, description: str, width: int, height: int) -> str:
    return (
        f'<svg class="chart" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-t">{escape(title)}</title>'
        f'<desc id="{chart_id}-d">{escape(description)}</desc>'
    )


def bar_chart(rows: Sequence[Row], *, title: str, chart_id: str, horizontal: bool = False,
              description: str = "", unit: str = "", highlight: Collection[str] = (),
              width: int = WIDTH) -> str:
    """Bars for `rows` of (label, value); horizontal for long labels such as unit names.

    `description` is read by screen readers after the title (the caller words it, in the
    page's language); `highlight` names labels drawn in the accent colour (the viewer's unit).
    `width` is in the chart's own units: the chart scales to its box, so a wider chart keeps
    its text smaller in a wide box.
    """
    top = max((value for _label, value in rows), default=0) or 1
    if horizontal:
        return _horizontal(rows, title, chart_id, description, unit, top, highlight, width)
    return _vertical(rows, title, chart_id, description, unit, top, width)


def _horizontal(rows: Sequence[Row], title: str, chart_id: str, description: str, unit: str,
                top: float, highlight: Collection[str], chart_width: int) -> str:
    height = max(1, len(rows)) * ROW_HEIGHT + 4
    label_width = round(chart_width * LABEL_SHARE)
    room = chart_width - label_width - 60
    parts = [_head(chart_id, title, description, chart_width, height)]
    for index, (label, value) in enumerate(rows):
        y = index * ROW_HEIGHT + 2
        width = round(room * value / top, 1)
        mine = " mine" if label in highlight else ""
        parts.append(
            f'<g><title>{escape(label)}: {format_number(value)}{escape(unit)}</title>'
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">'
            f"{escape(_short(label, label_width - 8))}</text>"
            f'<rect class="bar{mine}" x="{label_width}" y="{y + 3}" width="{width}" '
            f'height="{ROW_HEIGHT - 6}"/>'
            f'<text x="{label_width + width + 4}" y="{y + 15}">{format_number(value)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _vertical(rows: Sequence[Row], title: str, chart_id: str, description: str, unit: str,
              top: float, chart_width: int) -> str:
    """Columns; with many of them (a three-year plan by month) only every few are labelled and
    the values move to the tooltips, so no text overlaps."""
    height = COLUMN_AREA + 40
    step = (chart_width - 20) / max(1, len(rows))
    bar = max(2.0, step * 0.7)
    every = max(1, ceil(len(rows) * LABEL_ROOM / chart_width))
    parts = [_head(chart_id, title, description, chart_width, height),
             f'<line class="axis" x1="10" x2="{chart_width - 10}" y1="{COLUMN_AREA + 18}" '
             f'y2="{COLUMN_AREA + 18}"/>']
    for index, (label, value) in enumerate(rows):
        x = round(10 + index * step + (step - bar) / 2, 1)
        h = round(COLUMN_AREA * value / top, 1)
        y = round(COLUMN_AREA + 18 - h, 1)
        middle = round(x + bar / 2, 1)
        parts.append(
            f'<g><title>{escape(label)}: {format_number(value)}{escape(unit)}</title>'
            f'<rect class="bar" x="{x}" y="{y}" width="{round(bar, 1)}" height="{h}"/>'
        )
        if every == 1:
            parts.append(f'<text x="{middle}" y="{y - 3}" text-anchor="middle">'
                         f"{format_number(value)}</text>")
        if index % every == 0:
            parts.append(f'<text x="{middle}" y="{COLUMN_AREA + 34}" text-anchor="middle">'
                         f"{escape(label)}</text>")
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
