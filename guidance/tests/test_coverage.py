from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guidance.models import Guidance
from guidance.selectors import coverage
from guidance.services import guidance_update
from guidance.tests.conftest import SCHOOLING, UPR, make_product
from records.models import Topic

pytestmark = pytest.mark.django_db


def cells(guidance: Guidance) -> dict[tuple[str, str], int]:
    table = coverage(guidance)
    return {(item.topic.name, row.unit.code): row.counts[i]
            for row in table.rows for i, item in enumerate(table.topics)}


def test_it_counts_products_per_topic_and_addressed_unit(upr_guidance, products) -> None:
    assert cells(upr_guidance) == {
        (UPR, "ST-BAO"): 2, (UPR, "ST-DAI"): 0,
        (SCHOOLING, "ST-BAO"): 0, (SCHOOLING, "ST-DAI"): 0,
    }


def test_it_lists_the_units_with_no_product_per_topic(upr_guidance, products) -> None:
    upr, schooling = coverage(upr_guidance).topics
    assert (upr.topic.name, upr.products) == (UPR, 2)
    assert [u.code for u in upr.units_without] == ["ST-DAI"]
    assert [u.code for u in schooling.units_without] == ["ST-BAO", "ST-DAI"]


def test_it_leaves_out_units_the_guidance_was_not_sent_to(upr_guidance, products) -> None:
    table = coverage(upr_guidance)
    assert [row.unit.name for row in table.rows] == [
        "Báo Sóc Trăng", "Đài Phát thanh và Truyền hình Sóc Trăng"]
    assert table.total == 2


def test_it_counts_a_product_on_two_topics_once_in_the_units_total(
        upr_guidance, products, reporter) -> None:
    both = list(Topic.objects.filter(name__in=[UPR, SCHOOLING]))
    make_product(reporter, "ST-BAO", "Trẻ em Khmer học tiếng mẹ đẻ", date(2024, 9, 5), both)
    table = coverage(upr_guidance)
    bao = table.rows[0]
    assert (bao.counts, bao.total) == ([3, 1], 3)
    assert [item.products for item in table.topics] == [3, 1]


def test_it_counts_the_last_day_of_the_window_and_follows_a_changed_window(
        upr_guidance, products, reporter) -> None:
    upr = Topic.objects.get(name=UPR)
    make_product(reporter, "ST-BAO", "Tổng kết năm", date(2024, 12, 31), [upr])
    assert cells(upr_guidance)[(UPR, "ST-BAO")] == 3
    guidance_update(guidance=upr_guidance, valid_from=date(2024, 5, 1))
    assert cells(upr_guidance)[(UPR, "ST-BAO")] == 4


def test_it_costs_the_same_queries_whatever_the_size_of_the_table(
        upr_guidance, products, unit) -> None:
    with CaptureQueriesContext(connection) as small:
        coverage(upr_guidance)
    guidance_update(guidance=upr_guidance, units=[unit(code) for code in (
        "ST-BAO", "ST-DAI", "ST-STTTT", "ST-LDLD", "ST-HLHPN", "ST-DTN", "ST-TRANDE")],
        topics=[*Topic.objects.filter(name__in=[UPR, SCHOOLING]), "Bình đẳng giới",
                "Quyền tự do tín ngưỡng, tôn giáo"])
    with CaptureQueriesContext(connection) as large:
        table = coverage(upr_guidance)
    assert len(large) == len(small) == 4  # topics, units, counts per cell, totals per unit
    assert len(table.rows) == 7 and len(table.topics) == 4
    # The department is addressed now, so its UPR article counts.
    assert table.total == 3
