"""Times the plan dashboard and the task list at national scale; the dashboard against the
one-pass SQL it stands on.

That SQL is the statement PlanProducts runs for the page (bench/one_pass.py captures it from a
request of the page, so it cannot go stale): the plan's products counted by day, unit, channel
and languages in one pass, the least the database must do for the page's figures. A ratio
near 1 means the page adds little to it. The task list is a page of fifty tasks with their
units: no aggregate stands under it to compare with, so it is timed and weighed only.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from bench.one_pass import Statement, capture

RUNS = 40  # p95 is the 38th of 40 times, not the 19th of 20: two slow requests do not make it
GOAL_P95_MS = 300
GOAL_RATIO = 3.0

PRODUCTS_OF_PLAN = """
    FROM records_product p
    WHERE EXISTS (SELECT 1 FROM records_product_tasks pt JOIN plans_task t ON t.id = pt.task_id
                  WHERE pt.product_id = p.id AND t.plan_id = %(plan)s)
      AND p.published_on BETWEEN %(first)s AND %(last)s
"""


def _bare(statement: Statement) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement.sql, statement.params)
        cursor.fetchall()


def _coordinator() -> Any:
    from bench.national_extra import coordinator

    return coordinator()


def _static_weight(gzip: ModuleType, names: list[str]) -> int:
    root = Path(settings.BASE_DIR) / "static"
    return sum(len(gzip.compress((root / name).read_bytes())) for name in names)


def measure(timed: Any, gzip: ModuleType) -> None:
    from plans.models import Plan

    plan = Plan.objects.filter(symbol="KH-BENCH").order_by("pk").first()
    assert plan is not None  # noqa: S101 -- generate() made them
    params: dict[str, int | str] = {"plan": plan.pk, "first": f"{plan.year_start}-01-01",
              "last": f"{plan.year_end}-12-31"}
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*)" + PRODUCTS_OF_PLAN, params)
        products = cursor.fetchone()[0]
    print(f"plan {plan.number}/{plan.symbol}: {products:,} products, {plan.tasks.count()} tasks")
    user = _coordinator()
    client = Client()
    client.force_login(user)
    dashboard = reverse("indicators:dashboard", args=[plan.pk])
    statement = capture(dashboard, user)
    pages = [
        ("dashboard", dashboard, ["css/app.css", "css/dashboard.css",
                                  "vendor/htmx-2.0.11.min.js"]),
        ("task list", reverse("plans:task_list") + f"?plan={plan.pk}",
         ["css/app.css", "vendor/htmx-2.0.11.min.js"]),
    ]
    for name, url, assets in pages:
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)  # noqa: S101
        page_median, page_p95, pauses = timed(lambda url=url: client.get(url), RUNS)
        line = (f"{name:<10} median {page_median * 1000:6.0f} ms  p95 {page_p95 * 1000:6.0f} ms"
                f" (goal p95 < {GOAL_P95_MS} ms)")
        if name == "dashboard":
            sql_median, sql_p95, _pauses = timed(lambda: _bare(statement), RUNS)
            line += (f"  one-pass SQL median {sql_median * 1000:5.0f} ms  p95"
                     f" {sql_p95 * 1000:5.0f} ms  ratio {page_median / sql_median:4.1f}x"
                     f" (goal < {GOAL_RATIO:.0f}x)")
        print(line)
        if pauses.count:
            print(f"{'':<10} {pauses.count} full garbage collections in {RUNS} timed requests,"
                  f" {pauses.seconds / pauses.count * 1000:.0f} ms each")
        _weight(name, response.content, assets, gzip)
    one, five, _fifteen = os.getloadavg()
    print(f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs;"
          f" {RUNS} timed requests per figure after one warm-up")


def _weight(name: str, content: bytes, assets: list[str], gzip: ModuleType) -> None:
    html = len(gzip.compress(content))
    weight = html + _static_weight(gzip, assets)
    print(f"{'':<10} page weight {weight / 1024:.1f} KB gzip with its assets"
          f" (HTML {html / 1024:.1f} KB; goal < 150 KB)")
