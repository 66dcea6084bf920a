"""Numbered pages for the long lists' other orders (by title, kind, channel or unit).

The product and activity lists page by keyset in their date order (kehoach.keyset). Sorted by
another column, they page by number instead, as deep as MAX_DEPTH rows: OFFSET costs the rows
it skips, so 10,000 rows is where a filter tells a person more than another page would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict

from kehoach.keyset import count_up_to, link_with

MAX_DEPTH = 10_000


@dataclass
class NumberedPage:
    """A page as the keyset pages show it (items, count, whether it is exact), with its number."""

    items: list[Any]
    count: int
    count_is_exact: bool
    number: int
    last: int

    @property
    def has_other_pages(self) -> bool:
        return self.last > 1

    def __iter__(self) -> Any:
        return iter(self.items)


def numbered_page(queryset: QuerySet[Any], *, size: int, asked: str | None) -> NumberedPage:
    """Page `asked` (a number as typed; anything else is the first) of the ordered queryset."""
    count, exact = count_up_to(queryset, MAX_DEPTH)
    last = max(1, -(-count // size))
    number = int(asked) if asked and asked.isascii() and asked.isdigit() and len(asked) < 7 \
        else 1
    number = min(max(number, 1), last)
    start = (number - 1) * size
    return NumberedPage(list(queryset[start:start + size]), count, exact, number, last)


def numbered_links(query: QueryDict, page: NumberedPage) -> dict[str, str]:
    """First, previous and next, keeping every filter and the sort of `query`."""
    def at(number: int) -> str:
        return link_with(query, **({"page": str(number)} if number > 1 else {}))

    links = {}
    if page.number > 2:
        links["first"] = at(1)
    if page.number > 1:
        links["previous"] = at(page.number - 1)
    if page.number < page.last:
        links["next"] = at(page.number + 1)
    return links
