"""The dashboard's figure of every kind of measure equals the indicator computation's.

The dashboard counts plain product indicators from its one pass over the plan's copy
(records.PlanProduct) and the others through indicators.compute.value(); both must give the
figure compute.value() gives from the live records, for the whole plan, for a unit (with the
units merged into it) and for a window.
"""

from datetime import date
from decimal import Decimal

import pytest

from indicators.compute import value
from indicators.selectors import DashboardFilters, dashboard_sections
from plans.models import Plan, Target
from plans.services import target_create
from units.models import Unit

pytestmark = pytest.mark.django_db

MEASURES = {
    "plain count": ("product_count", {}),
    "count of reportages": ("product_count", {"kinds": ["reportage"]}),
    "share in minority or foreign languages": (
        "product_share", {"share_language_groups": ["minority", "foreign"]}),
    "share on digital channels": ("product_share", {"share_channels": ["online", "social"]}),
    "share of Khmer on radio": ("product_share", {"share_language_groups": ["minority"],
                                                  "share_channels": ["radio"]}),
    "people trained": ("participants", {"participant_groups": ["key_officials"]}),
    "activities": ("activity_count", {}),
}


@pytest.fixture
def year_of_work(plan, product, activity) -> Plan:
    product("ST-BAO", "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng", ["km"],
            date(2024, 6, 18), kind="reportage")
    product("ST-BAO", "Trường Dân tộc nội trú: nơi ươm mầm tri thức Khmer", ["vi", "km"],
            date(2024, 3, 3), channel="social")
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer: chính sách dân tộc", ["km"],
            date(2024, 9, 10), kind="radio", channel="radio")
    product("ST-DAI", "Chuyên mục Quyền con người và cuộc sống", ["vi"], date(2024, 5, 25),
            kind="column", channel="tv")
    product("ST-STTTT", "Infographic: 75 năm Tuyên ngôn Quốc tế Nhân quyền", ["vi", "en"],
            date(2024, 11, 20), kind="infographic", task="II.3.b")
    product("ST-BAO", "Tin ngoài kế hoạch", ["vi"], date(2024, 7, 1), task=None)
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người", date(2024, 8, 22),
             {"key_officials": 70, "press": 25})
    activity("ST-STTTT", "Hội nghị tập huấn báo cáo viên", date(2024, 4, 9),
             {"key_officials": 40})
    return plan


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("window", [(None, None), (date(2024, 4, 1), date(2024, 9, 30))])
@pytest.mark.parametrize("unit_code", [None, "ST-BAO"])
def test_the_dashboard_shows_what_the_computation_gives(
        year_of_work, define, coordinator, measure: str, window, unit_code) -> None:
    method, fields = MEASURES[measure]
    target = target_create(plan=year_of_work, text=f"Chỉ tiêu đo thử: {measure}",
                           value=Decimal(10), unit_of_measure="sản phẩm",
                           deadline=date(2024, 12, 31))
    indicator = define(target, method, **fields)
    unit = Unit.objects.get(code=unit_code) if unit_code else None
    start, end = window
    filters = DashboardFilters(today=date(2025, 1, 15), unit=unit, start=start, end=end)
    rows = dashboard_sections(year_of_work, filters, user=coordinator,
                              only="targets")["targets"].items
    row = next(r for r in rows if r.target == target)
    on = min(filters.today, end) if end else filters.today
    assert row.standing.measure == value(indicator, start=start, end=end, on=on)
    if unit is not None:
        assert row.for_unit == value(indicator, units=[unit], start=start, end=end, on=on)


def test_entered_figures_agree_too(year_of_work, define, coordinator, unit) -> None:
    from indicators.services import entered_value_create

    target: Target = year_of_work.targets.get(text__startswith="70 đại biểu")
    indicator = define(target, "entered")
    entered_value_create(user=coordinator, indicator=indicator, unit=unit("ST-STTTT"),
                         period_start=date(2024, 1, 1), period_end=date(2024, 6, 30),
                         numerator=Decimal(55))
    filters = DashboardFilters(today=date(2025, 1, 15))
    rows = dashboard_sections(year_of_work, filters, user=coordinator,
                              only="targets")["targets"].items
    row = next(r for r in rows if r.target == target)
    assert row.standing.measure == value(indicator, on=filters.today)
    assert row.standing.measure is not None and row.standing.measure.value is not None
