"""Every page at national scale through a real server: 1 and 20 people at once.

gunicorn with three workers and DEBUG off (the environment of bench/server_bench.py) serves
the national database (bench/national_bench.py builds it once: 10,000 units, 1,000,000
products, 40,000 activities, a period asking every unit, the current year's late tasks).
The coordinator logs in over HTTP, twenty times for twenty sessions; each page is requested
untimed a few times (every worker fills its caches), then by 1 and by 20 people for SECONDS
each. The API is called with the coordinator's token for the first province's newspaper.

One line per page and number of people: median and p95, requests per second, the body as
sent (asked with Accept-Encoding: gzip, br, and measured before any decompression), errors
(any answer but 200), the one-minute load average and a CPU check (cpu_check: a fixed million
additions, about 28 ms on an unhurried host), since a busy machine moves every figure.
Goals (issue 15): p95 <= 200 ms for one person (dashboard <= 250 ms), <= 1 s for twenty,
<= 100 KB as sent, no errors; a figure past its goal is marked "over".

Right after the dashboard's figure for one person, the dashboard against the one-pass SQL it
stands on (bench/one_pass.py): the statement PlanProducts runs, over the same rows, timed
alone through psycopg under the same load, and the ratio of the page's median for one person
to the statement's median. The page keeps the pass's counts under the plan's token
(indicators.one_pass), so once warm it runs the statement only after a change to the plan's
products: the ratio is what the rest of the page costs beside it.
"""

from __future__ import annotations

import os
import secrets
import statistics
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.national_bench import beside, prepare  # noqa: E402
from bench.server_bench import WORKERS, Session, _environment, _manage, _serve  # noqa: E402

SECONDS = float(os.environ.get("NATIONAL_SERVER_SECONDS", "6"))
# Only the pages whose labels start with one of these (comma-separated), to time one change.
ONLY = tuple(filter(None, os.environ.get("NATIONAL_SERVER_PAGES", "").split(",")))
PEOPLE = (1, 20)
WARM_UP = 2 * WORKERS
GOAL_ONE_MS, GOAL_DASHBOARD_MS, GOAL_MANY_MS, GOAL_KB = 200, 250, 1000, 100
ENCODING = {"Accept-Encoding": "gzip, br"}
DEEP = 500_000  # rows before the deep product page


@dataclass
class Page:
    label: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Load:
    times: list[float]
    sizes: list[int]
    errors: int
    seconds: float

    def p95(self) -> float:
        return statistics.quantiles(self.times, n=20)[-1] if len(self.times) > 1 \
            else self.times[0]


def _cursor(sql: str, params: list[Any]) -> str:
    """The (date, id) cursor of the row `sql` finds: a link deep into a list."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        day, pk = cursor.fetchone()
    return f"{day.isoformat()}.{pk}"


def _pages(token: str, press: int) -> tuple[list[Page], Any]:
    """The pages timed, and the plan whose dashboard is one of them."""
    from bench.national_extra import PERIOD_TITLE
    from plans.models import Plan
    from reporting.models import ReportingPeriod

    plan = Plan.objects.filter(symbol="KH-BENCH").order_by("pk").first()
    period = ReportingPeriod.objects.get(title=PERIOD_TITLE)
    deep = _cursor("SELECT published_on, id FROM records_product "
                   "ORDER BY published_on DESC, id DESC OFFSET %s LIMIT 1", [DEEP])
    api_deep = _cursor("SELECT published_on, id FROM records_product WHERE unit_id = %s "
                       "ORDER BY published_on DESC, id DESC OFFSET (SELECT count(*) / 2 "
                       "FROM records_product WHERE unit_id = %s) LIMIT 1", [press, press])
    bearer = {"Authorization": f"Bearer {token}"}
    assert plan is not None  # noqa: S101 -- national_data made them
    return [
        Page("dashboard", f"/indicators/plan/{plan.pk}/"),
        Page("tasks", "/plans/tasks/"),
        Page("products", "/records/products/"),
        Page(f"products {DEEP:,} deep", f"/records/products/?after={deep}"),
        Page("activities", "/records/activities/"),
        Page("units", "/units/"),
        Page("reporting rate", f"/reporting/periods/{period.pk}/rate/"),
        Page("period", f"/reporting/periods/{period.pk}/"),
        Page("late tasks", "/plans/tasks/attention/"),
        Page("API products", "/api/products", bearer),
        Page("API deep cursor", f"/api/products?cursor={api_deep}", bearer),
    ], plan


def _load(sessions: list[Session], page: Page) -> Load:
    """Each session requests the page again and again for SECONDS."""
    times: list[float] = []
    sizes: list[int] = []
    errors = [0]
    lock = threading.Lock()
    headers = ENCODING | page.headers
    start = time.monotonic()
    stop = start + SECONDS

    def browse(session: Session) -> None:
        while time.monotonic() < stop:
            began = time.perf_counter()
            try:
                status, body = session.request("GET", page.path, extra=headers)
            except OSError:
                status, body = 0, b""
            elapsed = time.perf_counter() - began
            with lock:
                times.append(elapsed)
                sizes.append(len(body))
                errors[0] += status != 200

    threads = [threading.Thread(target=browse, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Load(times, sizes, errors[0], time.monotonic() - start)


def _marks(page: Page, people: int, p95_ms: float, size_kb: float, errors: int) -> str:
    """What is past its goal, or "ok"."""
    goal = GOAL_MANY_MS if people > 1 else (
        GOAL_DASHBOARD_MS if page.label == "dashboard" else GOAL_ONE_MS)
    marks = []
    if p95_ms > goal:
        marks.append(f"p95 over {goal} ms")
    if size_kb > GOAL_KB:
        marks.append(f"over {GOAL_KB} KB")
    if errors:
        marks.append("errors")
    return "; ".join(marks) or "ok"


def _line(page: Page, people: int, load: Load) -> str:
    p95, median = load.p95() * 1000, statistics.median(load.times) * 1000
    size = max(load.sizes) / 1024
    return (f"{page.label:<22} {people:2} people: median {median:6.0f} ms, p95 {p95:6.0f} ms,"
            f" {len(load.times) / load.seconds:5.1f} req/s, {size:6.1f} KB sent,"
            f" {load.errors} errors of {len(load.times)}"
            f" | {beside()} | {_marks(page, people, p95, size, load.errors)}")


def _time_pages(port: int, pages: list[Page], username: str, password: str,
                compare: Callable[[Load], None]) -> None:
    """Every page for 1 and then 20 people; `compare` gets the first page's figure for one
    person as soon as it is taken, so the SQL it is set against is timed under the same load."""
    sessions = [Session(port) for _ in range(max(PEOPLE))]
    # Logging in hashes the password (Argon2, slow by design): all asked at once, the
    # workers take them three at a time.
    logins = [threading.Thread(target=s.log_in, args=(username, password)) for s in sessions]
    for thread in logins:
        thread.start()
    for thread in logins:
        thread.join()
    for page in pages:
        if ONLY and not page.label.startswith(ONLY):
            continue
        for session in sessions[:WARM_UP]:
            session.request("GET", page.path, extra=ENCODING | page.headers)
        for people in PEOPLE:
            load = _load(sessions[:people], page)
            print(_line(page, people, load), flush=True)
            if page is pages[0] and people == 1:
                compare(load)


def _compare(dashboard: Load, statement: Any, url: str) -> None:
    from bench.one_pass import time_sql

    sql_median, sql_p95 = time_sql(url, statement)
    page_median = statistics.median(dashboard.times)
    print(f"{'':<22} against its one-pass SQL ({statement.page_statements} statements on the"
          f" page; PlanProducts: {statement.short()}):")
    print(f"{'':<22} page median {page_median * 1000:.0f} ms (1 person, through gunicorn); the SQL"
          f" alone through psycopg: median {sql_median * 1000:.0f} ms, p95"
          f" {sql_p95 * 1000:.0f} ms; ratio {page_median / sql_median:.1f}x | {beside()}")


def main() -> None:
    prepare()
    from django.db import connection

    from bench.national_extra import access, coordinator
    from bench.one_pass import capture

    username, token, press = access(password := secrets.token_urlsafe(16))
    pages, plan = _pages(token, press)
    statement = capture(pages[0].path, coordinator())
    print(f"plan {plan.number}/{plan.symbol}'s dashboard; {SECONDS:.0f} s a figure, "
          f"{WORKERS} gunicorn workers, DEBUG off; goals: p95 <= {GOAL_ONE_MS} ms for one "
          f"person (dashboard {GOAL_DASHBOARD_MS} ms), <= {GOAL_MANY_MS} ms for twenty, "
          f"<= {GOAL_KB} KB sent, no errors")
    url = os.environ["DATABASE_URL"]
    connection.close()
    var = ROOT / "var" / "bench" / "server-national"
    var.mkdir(parents=True, exist_ok=True)
    env = _environment(url, var)
    _manage(env, "collectstatic", "--noinput")
    server, port = _serve(env)
    try:
        _time_pages(port, pages, username, password,
                    lambda load: _compare(load, statement, url))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
