"""Vietnamese ordering in the database, the same on SQLite and PostgreSQL.

PostgreSQL built with ICU has the CLDR collation `vi-x-icu`; SQLite has none, so
each SQLite connection gets a collation named `vi` backed by kehoach.vntext.
Lists then sort in the database and paginate correctly on both.

Also subqueries that count a row's related rows or list their ids, written the same way for
both databases, so a page's counts come from the database for the rows it shows only.
"""

from typing import Any

from django.db import connection
from django.db.models import IntegerField, JSONField, Subquery
from django.db.models.functions import Collate

from kehoach.vntext.text import compare

SQLITE_COLLATION = "vi"
POSTGRES_COLLATION = "vi-x-icu"


def register_sqlite_collation(sender: Any, connection: Any, **kwargs: Any) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_collation(SQLITE_COLLATION, compare)


def vi_collation_name() -> str:
    return POSTGRES_COLLATION if connection.vendor == "postgresql" else SQLITE_COLLATION


def vi_order(field: str) -> Collate:
    """An ORDER BY expression sorting `field` in Vietnamese alphabetical order."""
    return Collate(field, vi_collation_name())


class SubqueryCount(Subquery):
    """How many rows a correlated subquery finds, 0 for none, as a plain COUNT(*).

    Unlike Subquery(qs.values(...).annotate(n=Count(...))), which groups and is NULL for
    no rows, the planner costs this at an index lookup a row, and computes it after ORDER
    BY and LIMIT for the rows kept only.
    """

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()

    def __init__(self, queryset: Any, **extra: Any) -> None:
        super().__init__(queryset.order_by().values("pk"), **extra)


class SubqueryIds(Subquery):
    """The primary keys a correlated subquery finds, as a list ([] for none; the order of
    the list is not promised, so the rows are ordered when they are read).

    A page of units each with its first children then takes two queries whatever their
    number: the page's units, each carrying its first children's ids, and those children.
    """

    output_field = JSONField()
    template = "(SELECT json_group_array(_ids.pk) FROM (%(subquery)s) _ids)"

    def __init__(self, queryset: Any, **extra: Any) -> None:
        super().__init__(queryset.values("pk"), **extra)

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, Any]:
        extra["template"] = "COALESCE((SELECT jsonb_agg(_ids.pk) FROM (%(subquery)s) _ids), '[]')"
        return self.as_sql(compiler, connection, **extra)
