"""Sorting a list by its column headers, kept in the URL like every filter.

A list names the columns it may be sorted by (a whitelist: `?sort=` with anything else falls
back to the list's own order) and each column's ORDER BY, ascending; `-key` reverses it. The
primary key always ends the ordering, so rows with equal values keep one order across pages
and between the page and its export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import F, OrderBy, QuerySet
from django.db.models.expressions import BaseExpression
from django.http import QueryDict

# Parameters that belong to one page of a list, not to the view a link shares.
PAGE_PARAMETERS = ("page", "after", "before", "export")


@dataclass(frozen=True)
class SortColumn:
    key: str  # as the URL writes it: ?sort=title, ?sort=-title
    order: tuple[str | BaseExpression, ...]  # ascending


@dataclass(frozen=True)
class Sorting:
    """The sorting a request asks for, among `columns`; `default` is a key, maybe "-key", or
    "" to keep the list's own order until a header is clicked."""

    columns: tuple[SortColumn, ...]
    key: str
    descending: bool
    query: QueryDict

    @classmethod
    def from_request(cls, query: QueryDict, columns: Sequence[SortColumn], default: str
                     ) -> Sorting:
        asked = query.get("sort", "") or default
        known = {column.key for column in columns}
        if asked.lstrip("-") not in known:
            asked = default if default.lstrip("-") in known else ""
        return cls(tuple(columns), asked.lstrip("-"), asked.startswith("-"), query)

    @property
    def value(self) -> str:
        return f"-{self.key}" if self.descending else self.key

    def order_by(self) -> list[OrderBy]:
        """The ORDER BY of the chosen column, then the id in the same direction."""
        column = next(c for c in self.columns if c.key == self.key)
        terms = []
        for term in (*column.order, "pk"):
            expression = F(term) if isinstance(term, str) else term
            terms.append(expression.desc() if self.descending else expression.asc())
        return terms

    def apply(self, rows: QuerySet[Any]) -> QuerySet[Any]:
        return rows.order_by(*self.order_by()) if self.key else rows

    def link(self, key: str) -> str:
        """The link of a column header: sorted by it, or reversed if it is the sort already;
        every filter kept, back to the first page."""
        value = f"-{key}" if key == self.key and not self.descending else key
        changed = self.query.copy()
        for name in PAGE_PARAMETERS:
            changed.pop(name, None)
        changed["sort"] = value
        return f"?{changed.urlencode()}"

    def aria(self, key: str) -> str:
        """aria-sort of a column header: "ascending", "descending" or "" (not sorted by it)."""
        if key != self.key:
            return ""
        return "descending" if self.descending else "ascending"


def export_links(query: QueryDict) -> dict[str, str]:
    """The list's own address with its filters and sort, as .xlsx and as .csv."""
    links = {}
    for kind in ("xlsx", "csv"):
        changed = query.copy()
        for name in PAGE_PARAMETERS:
            changed.pop(name, None)
        changed["export"] = kind
        links[kind] = f"?{changed.urlencode()}"
    return links
