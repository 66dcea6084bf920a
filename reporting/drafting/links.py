"""Where each figure of a draft can be checked: the record lists, filtered to the window,
the units the report covers, and the task (or language, or kind) the figure counts."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from functools import lru_cache
from urllib.parse import urlencode

from django.urls import reverse

# Past this many units a link filters by the window and the figure only: a thousand unit
# ids make a URL longer than servers accept (gunicorn: 4,094 bytes a request line).
MAX_LINKED_UNITS = 200


def _query(unit_ids: Collection[int], first: date, last: date, **filters: object) -> str:
    dates = urlencode([("date_from", first.isoformat()), ("date_to", last.isoformat())])
    rest = urlencode([(name, value) for name, value in filters.items()
                      if value not in (None, "")])
    return "&".join(part for part in (dates, _units_query(tuple(sorted(unit_ids))), rest)
                    if part)


@lru_cache(maxsize=64)
def _units_query(unit_ids: tuple[int, ...]) -> str:
    """The units part, written once for the hundreds of links of one report."""
    if len(unit_ids) > MAX_LINKED_UNITS:
        return ""
    return urlencode([("units", pk) for pk in unit_ids])


def products_url(unit_ids: Collection[int], first: date, last: date, **filters: object) -> str:
    """The product list: filters are the list's own (task, kind, language, untasked)."""
    return f"{reverse('records:product_list')}?{_query(unit_ids, first, last, **filters)}"


def activities_url(unit_ids: Collection[int], first: date, last: date,
                   **filters: object) -> str:
    return f"{reverse('records:activity_list')}?{_query(unit_ids, first, last, **filters)}"
