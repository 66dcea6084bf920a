"""The dashboard keeps its pass over a plan's products until the plan's copy changes.

A second look at an unchanged plan does not run the pass again; after any change to the copy
(a product recorded, changed, moved or deleted, a task removed) the page shows what a fresh
computation gives, never the counts kept before it.
"""

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators.selectors import DashboardFilters, dashboard_sections
from plans.services import task_delete
from records.models import Language, Product
from records.services import product_delete, product_update

pytestmark = pytest.mark.django_db

FILTERS = [DashboardFilters(today=date(2025, 1, 15)),
           DashboardFilters(today=date(2025, 1, 15), start=date(2024, 4, 1),
                            end=date(2024, 9, 30))]
COUNTED = ("months", "units", "languages", "channels")


def figures(plan, user, filters: DashboardFilters) -> tuple[dict, int]:
    """The counted sections' rows, and how many times the pass ran for them."""
    with CaptureQueriesContext(connection) as queries:
        sections = dashboard_sections(plan, filters, user=user)
    passes = sum("GROUPING" in query["sql"] or "UNION ALL" in query["sql"]
                 for query in queries.captured_queries)
    rows = {key: sections[key].rows for key in COUNTED}
    rows["units"] = sorted(rows["units"])  # each viewer's own unit comes first
    rows["targets"] = [(row.target.pk, row.standing.measure)
                       for row in sections["targets"].items]
    return rows, passes


def fresh(plan, user, filters: DashboardFilters) -> dict:
    cache.clear()
    return figures(plan, user, filters)[0]


@pytest.fixture
def work(plan, product, share_target, count_target):
    product("ST-BAO", "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng", ["km"],
            date(2024, 6, 18), kind="reportage")
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer: chính sách dân tộc", ["km"],
            date(2024, 9, 10), kind="radio", channel="radio")
    product("ST-STTTT", "Infographic: 75 năm Tuyên ngôn Quốc tế Nhân quyền", ["vi"],
            date(2024, 11, 20), kind="infographic", task="II.3.b")
    return plan


@pytest.mark.parametrize("filters", FILTERS)
def test_an_unchanged_plan_is_counted_once(work, coordinator, viewer, filters) -> None:
    first, passes = figures(work, coordinator, filters)
    assert passes == 1
    again, passes = figures(work, viewer, filters)
    assert passes == 0
    assert again == first


CHANGES = {
    "recorded": lambda product, user: product(
        "ST-BAO", "Phóng sự: lớp học chữ Khmer dịp hè", ["km", "vi"], date(2024, 7, 2)),
    "languages changed": lambda product, user: product_update(
        user=user, product=Product.objects.get(title__startswith="Infographic"),
        languages=list(Language.objects.filter(code="km"))),
    "date changed": lambda product, user: product_update(
        user=user, product=Product.objects.get(title__startswith="Chùa Khmer"),
        published_on=date(2024, 2, 1)),
    "deleted": lambda product, user: product_delete(
        user=user, product=Product.objects.get(title__startswith="Chương trình")),
    "task removed": lambda product, user: task_delete(
        task=Product.objects.get(title__startswith="Infographic").tasks.get()),
}


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("filters", FILTERS)
def test_after_a_change_the_page_shows_the_fresh_counts(
        work, product, coordinator, filters, change) -> None:
    before, _passes = figures(work, coordinator, filters)
    CHANGES[change](product, coordinator)
    after, passes = figures(work, coordinator, filters)
    assert passes == 1
    if filters.start is None:  # a change outside a narrower window may show in none of it
        assert after != before
    assert after == fresh(work, coordinator, filters)
