"""Placeholder until the dashboard lands: times the product count per month in bare SQL."""

from types import ModuleType
from typing import Any


def measure(timed: Any, gzip: ModuleType) -> None:
    from django.db import connection

    def bare() -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT date_trunc('month', published_on), count(*) "
                           "FROM records_product GROUP BY 1")
            cursor.fetchall()

    median, p95 = timed(bare, 10)
    print(f"bare SQL products per month: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
