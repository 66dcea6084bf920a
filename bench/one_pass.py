"""The one-pass SQL the dashboard stands on, as the page runs it today.

The dashboard counts the plan's products in one statement (indicators.selectors.PlanProducts).
Rather than a copy of that statement, which goes stale when the page changes, the bench
requests the dashboard once in its own process and keeps the statement PlanProducts ran, with
its parameters; it then times that statement alone, over the same rows, so the page's time can
be set against the least the database must do for its figures.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.test import Client


@dataclass
class Statement:
    sql: str
    params: Sequence[Any]
    page_statements: int  # how many statements the whole page ran

    def short(self) -> str:
        return " ".join(self.sql.split())[:90] + "..."


def _inside_plan_products() -> bool:
    frame = sys._getframe(2)  # the callers of the query's wrapper
    while frame is not None:
        owner = frame.f_locals.get("self")
        if type(owner).__name__ == "PlanProducts":
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def capture(path: str, user: Any) -> Statement:
    """The statement PlanProducts runs when `user` opens the dashboard at `path`."""
    found: list[tuple[str, Sequence[Any]]] = []
    count = [0]

    def wrapper(execute: Callable[..., Any], sql: str, params: Sequence[Any], many: bool,
                context: dict[str, Any]) -> Any:
        count[0] += 1
        if _inside_plan_products():
            found.append((sql, params))
        return execute(sql, params, many, context)

    client = Client()
    client.force_login(user)
    with connection.execute_wrapper(wrapper):
        status = client.get(path).status_code
    if status != 200 or not found:
        raise RuntimeError(f"dashboard answered {status} with {len(found)} PlanProducts "
                           "statements; expected 200 and its pass over the products")
    # Its other statements are small look-ups (the share's languages): the pass is the longest.
    sql, params = max(found, key=lambda pair: len(pair[0]))
    return Statement(sql, params, count[0])


def time_sql(url: str, statement: Statement, runs: int = 20) -> tuple[float, float]:
    """Median and p95 in seconds of the statement through psycopg on a connection of its own
    (client-side binding, as Django sends it), after one untimed run."""
    import psycopg

    times = []
    with psycopg.connect(url, cursor_factory=psycopg.ClientCursor) as conn:
        for run in range(runs + 1):
            start = time.perf_counter()
            conn.execute(statement.sql, statement.params).fetchall()
            if run:
                times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]
