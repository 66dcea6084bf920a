"""Times the plan dashboard and the task list at national scale, against their bare SQL.

The bare SQL is the aggregate the page stands on, over the same rows: the plan's products
counted per month, unit, channel and language and the language share (the dashboard), and the
plan's tasks with their units (the task list). A ratio near 1 means the page adds little to
what the database must do anyway.

The dashboard's five aggregates each read the plan's products again, while the page reads
them once; so the dashboard is also timed against one statement that counts the same rows in
one pass (DASHBOARD_ONE_PASS_SQL), the least the database must do for the page's figures.
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

RUNS = 40  # p95 is the 38th of 40 times, not the 19th of 20: two slow requests do not make it
GOAL_P95_MS = 300
GOAL_RATIO = 3.0

PRODUCTS_OF_PLAN = """
    FROM records_product p
    WHERE EXISTS (SELECT 1 FROM records_product_tasks pt JOIN plans_task t ON t.id = pt.task_id
                  WHERE pt.product_id = p.id AND t.plan_id = %(plan)s)
      AND p.published_on BETWEEN %(first)s AND %(last)s
"""
DASHBOARD_SQL = [
    "SELECT date_trunc('month', p.published_on), count(*)" + PRODUCTS_OF_PLAN + " GROUP BY 1",
    "SELECT p.unit_id, count(*)" + PRODUCTS_OF_PLAN + " GROUP BY 1",
    "SELECT p.channel, count(*)" + PRODUCTS_OF_PLAN + " GROUP BY 1",
    "SELECT pl.language_id, count(*) FROM records_product_languages pl WHERE pl.product_id IN "
    "(SELECT p.id" + PRODUCTS_OF_PLAN + ") GROUP BY 1",
    "SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM records_product_languages pl "
    "JOIN records_language l ON l.id = pl.language_id WHERE pl.product_id = p.id "
    "AND l.\"group\" IN ('minority', 'foreign'))), count(*)" + PRODUCTS_OF_PLAN,
]
DASHBOARD_ONE_PASS_SQL = ["""
    SELECT GROUPING(p.published_on, p.unit_id, p.channel), p.published_on, p.unit_id,
           p.channel, p.langs, count(*),
           count(*) FILTER (WHERE p.langs && ARRAY(SELECT l.id FROM records_language l
                                                   WHERE l."group" IN ('minority', 'foreign')))
    FROM (SELECT p.published_on, p.unit_id, p.channel,
                 ARRAY(SELECT pl.language_id FROM records_product_languages pl
                       WHERE pl.product_id = p.id) AS langs
          FROM records_product p
          WHERE p.id = ANY(ARRAY(SELECT pt.product_id FROM records_product_tasks pt
                                 JOIN plans_task t ON t.id = pt.task_id
                                 WHERE t.plan_id = %(plan)s))
            AND p.published_on BETWEEN %(first)s AND %(last)s) p
    GROUP BY GROUPING SETS ((p.published_on), (p.unit_id), (p.channel), (p.langs))
"""]
TASKS_SQL = ["SELECT t.id, t.code, t.title, tu.name, tu.role FROM plans_task t "
             "LEFT JOIN plans_taskunit tu ON tu.task_id = t.id WHERE t.plan_id = %(plan)s "
             "ORDER BY t.sort_key"]


def _bare(statements: list[str], params: dict[str, Any]) -> None:
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql, params)
            cursor.fetchall()


def _coordinator() -> Any:
    from accounts.models import User

    user = User.objects.filter(username="bench-dieuphoi").first()
    return user or User.objects.create_user(username="bench-dieuphoi", role="coordinator",
                                            full_name="Cán bộ điều phối thử nghiệm")


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
    client = Client()
    client.force_login(_coordinator())
    pages = [
        ("dashboard", reverse("indicators:dashboard", args=[plan.pk]), DASHBOARD_SQL,
         DASHBOARD_ONE_PASS_SQL, ["css/app.css", "css/dashboard.css",
                                  "vendor/htmx-2.0.11.min.js"]),
        ("task list", reverse("plans:task_list") + f"?plan={plan.pk}", TASKS_SQL, [],
         ["css/app.css", "vendor/htmx-2.0.11.min.js"]),
    ]
    for name, url, statements, one_pass, assets in pages:
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)  # noqa: S101
        page_median, page_p95, pauses = timed(lambda url=url: client.get(url), RUNS)
        sql_median, sql_p95, _pauses = timed(lambda s=statements: _bare(s, params), RUNS)
        print(f"{name:<10} median {page_median * 1000:6.0f} ms  p95 {page_p95 * 1000:6.0f} ms"
              f" (goal p95 < {GOAL_P95_MS} ms)  bare SQL median {sql_median * 1000:5.0f} ms"
              f"  p95 {sql_p95 * 1000:5.0f} ms  ratio {page_median / sql_median:4.1f}x"
              f" (goal < {GOAL_RATIO:.0f}x)")
        if one_pass:
            pass_median, pass_p95, _pauses = timed(lambda s=one_pass: _bare(s, params), RUNS)
            print(f"{'':<10} one-pass SQL median {pass_median * 1000:5.0f} ms"
                  f"  p95 {pass_p95 * 1000:5.0f} ms  ratio {page_median / pass_median:4.1f}x")
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
