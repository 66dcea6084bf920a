"""How long importing the whole country's units takes; run with `make bench`.

A ministry's instance imports all 34 provinces of the 2025 reorganisation at once: their
People's Committees and 3,321 communes, wards and special zones from the official catalogue
(units.import_services), with a history entry for each new unit. The goal is under 10 s, so
that the page's button answers within a proxy's usual timeout. The import then runs again,
as an administrator who presses twice would: nothing is created, and it should be quicker.

The database is a throwaway one: a SQLite file under var/bench, or the PostgreSQL database
named by UNITS_BENCH_DATABASE_URL, dropped and created again.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 10.0
RUNS = 3


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.throwaway import throwaway_database

    throwaway_database("UNITS_BENCH_DATABASE_URL", "units.sqlite3")


def main() -> None:
    _setup()
    from kehoach.audit import as_system
    from units import catalogue
    from units.import_services import catalogue_import

    codes = [province.code for province in catalogue.provinces()]
    with as_system("bench/units_bench.py"):
        start = time.perf_counter()
        results = catalogue_import(province_codes=codes)
        first = time.perf_counter() - start
        again = []
        for _ in range(RUNS):
            start = time.perf_counter()
            repeated = catalogue_import(province_codes=codes)
            again.append(time.perf_counter() - start)
    created = sum(result.created for result in results)
    if sum(result.created for result in repeated):
        sys.exit("a second import created units: it must change nothing")
    verdict = "ok" if first < GOAL_SECONDS else "SLOWER THAN THE GOAL"
    print(f"import of all {len(results)} provinces ({created:,} communes, wards and special "
          f"zones): {first:.2f} s (goal {GOAL_SECONDS:.0f} s: {verdict}); importing again, "
          f"which changes nothing: median {statistics.median(again):.2f} s")


if __name__ == "__main__":
    main()
