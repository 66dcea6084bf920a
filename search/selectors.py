"""The header's one search across every kind of object, grouped by kind.

Each kind is read through its own app's selector, scoped by that app's permissions, so a
search never shows what the user could not open (a coordinator's draft guidance letter stays
out of a reporter's results). Every kind searches a stored folded column (no marks, đ as d,
any case) in SQL, and counts stop at COUNT_LIMIT, so a search costs a fixed number of
queries whatever the size of the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from documents.selectors import document_search
from guidance.selectors import guidance_list
from kehoach.keyset import count_up_to
from plans.selectors import plan_list, task_list
from records.selectors import activity_list, product_list
from units.selectors import unit_list

# Rows shown per kind; the "xem tất cả" link opens the kind's own list filtered by the query.
SHOWN = 5
# Counts stop here ("hơn 1.000"): an exact count would read every match of a short word.
COUNT_LIMIT = 1000
# Longer queries are cut: nobody types more, and each word is one more condition.
MAX_QUERY = 200


@dataclass(frozen=True)
class Kind:
    key: str
    label: Promise
    rows: Callable[[User, str], QuerySet[Any]]
    list_url: str  # URL name of the kind's own list; "" where there is none


@dataclass
class Group:
    kind: Kind
    items: list[Any]
    count: int
    count_is_exact: bool
    list_link: str


KINDS: tuple[Kind, ...] = (
    Kind("plans", _("Kế hoạch"), lambda user, q: plan_list(query=q), "plans:list"),
    Kind("tasks", _("Nhiệm vụ"), lambda user, q: task_list(query=q), "plans:task_list"),
    # With q in the link, a reporter's record list shows every unit, not only their own.
    Kind("products", _("Sản phẩm"), lambda user, q: product_list(query=q),
         "records:product_list"),
    Kind("activities", _("Hoạt động"), lambda user, q: activity_list(query=q),
         "records:activity_list"),
    Kind("guidance", _("Định hướng"), lambda user, q: guidance_list(user, query=q),
         "guidance:list"),
    Kind("units", _("Đơn vị"), lambda user, q: unit_list(query=q), "units:list"),
    Kind("documents", _("Văn bản"), lambda user, q: document_search(q), ""),
)


def clean_query(text: str) -> str:
    """The query as searched: trimmed and bounded; "" when nothing is left to look for."""
    return " ".join(text.split())[:MAX_QUERY].strip()


def search_all(user: User, query: str) -> list[Group]:
    """Every kind's first matches the user may open, with how many there are, in KINDS order;
    kinds without a match are left out. An empty query finds nothing."""
    query = clean_query(query)
    if not query:
        return []
    groups = []
    for kind in KINDS:
        rows = kind.rows(user, query)
        count, exact = count_up_to(rows, COUNT_LIMIT)
        if not count:
            continue
        link = ""
        if kind.list_url:
            link = f"{reverse(kind.list_url)}?{urlencode({'q': query})}"
        groups.append(Group(kind, list(rows[:SHOWN]), count, exact, link))
    return groups
