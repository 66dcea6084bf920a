"""Where each figure of a draft can be checked: the record lists, filtered to the window,
the units the report covers, and the task (or language, or kind) the figure counts."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from urllib.parse import urlencode

from django.urls import reverse


def _query(unit_ids: Collection[int], first: date, last: date, **filters: object) -> str:
    pairs: list[tuple[str, object]] = [("date_from", first.isoformat()),
                                       ("date_to", last.isoformat())]
    pairs += [("units", pk) for pk in sorted(unit_ids)]
    pairs += [(name, value) for name, value in filters.items() if value not in (None, "")]
    return urlencode(pairs)


def products_url(unit_ids: Collection[int], first: date, last: date, **filters: object) -> str:
    """The product list: filters are the list's own (task, kind, language, untasked)."""
    return f"{reverse('records:product_list')}?{_query(unit_ids, first, last, **filters)}"


def activities_url(unit_ids: Collection[int], first: date, last: date,
                   **filters: object) -> str:
    return f"{reverse('records:activity_list')}?{_query(unit_ids, first, last, **filters)}"
