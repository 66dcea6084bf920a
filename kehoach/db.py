"""Vietnamese ordering in the database, the same on SQLite and PostgreSQL.

PostgreSQL built with ICU has the CLDR collation `vi-x-icu`; SQLite has none, so
each SQLite connection gets a collation named `vi` backed by kehoach.vntext.
Lists then sort in the database and paginate correctly on both.
"""

from typing import Any

from django.db import connection
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
