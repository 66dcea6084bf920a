"""The dashboard and the task list at national scale, against the bare SQL they stand on.

Run with `make bench` (after the ingest benchmark). Generates, once, 34 provinces, ~3,300
communes, 10,000 units and 1,000,000 products over three years into the PostgreSQL database
named by BENCH_DATABASE_URL (default: database kehoach_bench on the local server), then times
requests through Django's test client, logged in as a coordinator. Prints median and p95 per
page, the ratio to the bare SQL aggregate over the same rows, and the page weights.
Goals on this machine: dashboard p95 under 300 ms, within 3x of the bare SQL.
"""

from __future__ import annotations

import gzip
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/kehoach_bench"


def _database(url: str) -> None:
    """Creates the benchmark database if the server lacks it."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not found:
            conn.execute(f'CREATE DATABASE "{name}"')


def _drop(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _setup() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    _database(url)
    os.environ["DATABASE_URL"] = url
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    call()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def main() -> None:
    _setup()
    from django.db import connection

    from bench.national_data import generate, ready
    from bench.national_pages import measure
    from records.models import Product

    if Product.objects.exists() and not ready():
        # Data from an older version of this benchmark: start again from an empty database.
        connection.close()
        _drop(os.environ["DATABASE_URL"])
        _setup()

    start = time.perf_counter()
    counts = generate()
    print(f"data: {counts['units']:,} units, {counts['products']:,} products "
          f"(ready in {time.perf_counter() - start:.1f} s)")
    measure(timed, gzip)


if __name__ == "__main__":
    main()
