"""The dashboard and the task list at national scale; the dashboard against its one-pass SQL.

Run with `make bench` (after the ingest benchmark). Generates, once, 34 provinces, ~3,300
communes, 10,000 units and 1,000,000 products over three years (national_data), then the
activities, the current year's plans, a period asking every unit and the bench coordinator
(national_extra), into the PostgreSQL database named by BENCH_DATABASE_URL (default: database
kehoach_bench on the local server), then times requests through Django's test client, logged
in as a coordinator. Prints median and p95 per page, the dashboard's ratio to the statement
PlanProducts runs for it (captured from the page: bench/one_pass.py), and the page weights.
Goals on this machine: dashboard p95 under 300 ms, within 3x of its one-pass SQL.
bench/national_server.py times every page through gunicorn on the same database.

How it times, so the figures mean what they say: the database is vacuumed once after loading
(national_data.settle), as autovacuum would have done on a live server; each page gets one
untimed warm-up request; full garbage collections during the timed requests are counted and
printed, not avoided; the load average is printed, since other work on the machine moves p95,
and so is a fixed CPU check (cpu_check), since the host's own load does not show in it.
The test client keeps its database connection between requests, so a connection's setup
(about 5-9 ms here) is not in the figures; a server with CONN_MAX_AGE=0 pays it per request.
"""

from __future__ import annotations

import gc
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


class Pauses:
    """Full garbage collections (generation 2) while timing, and how long they took.

    They are counted, not avoided: a server pays them too. With the ~140,000 objects of a
    loaded Django process, one takes 60-70 ms on this machine (idle) and comes every 12-15
    dashboard requests, which is most of the distance between the median and p95. The
    served application freezes its start-up objects (kehoach/wsgi.py) and pays about 1 ms
    instead; the test client here does not."""

    def __init__(self) -> None:
        self.count, self.seconds, self._start = 0, 0.0, 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.seconds += time.perf_counter() - self._start


def timed(call: Callable[[], object], runs: int) -> tuple[float, float, Pauses]:
    """Median and p95 of `runs` calls after one untimed warm-up (the first call fills
    Django's template, URL and translation caches), with the full collections among them.

    The timing starts from a collected heap, so how many full collections fall in it depends
    on the page timed, not on what ran before it."""
    call()
    gc.collect()
    times = []
    pauses = Pauses()
    gc.callbacks.append(pauses)
    try:
        for _ in range(runs):
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
    finally:
        gc.callbacks.remove(pauses)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)], pauses


def cpu_check() -> float:
    """Milliseconds for a fixed million additions in Python, the median of five, after the
    pages. This machine is a virtual one: when its host is busy, the same work takes up to
    twice as long with nothing else running inside it, which the load average does not
    show. About 28 ms is an unhurried host; compare the pages' figures with it."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def beside() -> str:
    """What the machine was like at a figure: the one-minute load average and cpu_check."""
    return f"load {os.getloadavg()[0]:4.1f}, CPU check {cpu_check():3.0f} ms"


def prepare() -> None:
    """Points Django at the national database and fills it once: the units and products
    (national_data), then the activities, current plans, period and API user (national_extra).
    """
    _setup()
    from django.db import connection

    from bench.national_data import generate, ready
    from bench.national_extra import extend
    from records.models import Product

    if Product.objects.exists() and not ready():
        # Data from an older version of this benchmark: start again from an empty database.
        connection.close()
        _drop(os.environ["DATABASE_URL"])
        _setup()

    start = time.perf_counter()
    counts = generate() | extend()
    print(f"data: {counts['units']:,} units, {counts['products']:,} products, "
          f"{counts['activities']:,} activities, {counts['tasks']:,} tasks, a period asking "
          f"every unit with {counts['reports']:,} reports begun "
          f"(ready and vacuumed in {time.perf_counter() - start:.1f} s)")


def main() -> None:
    prepare()
    from bench.national_pages import measure

    measure(timed, gzip)
    print(f"CPU check: a million additions in {cpu_check():.0f} ms (about 28 ms on an"
          " unhurried host)")

if __name__ == "__main__":
    main()
