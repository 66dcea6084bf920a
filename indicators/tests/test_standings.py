"""The start page's summary of the targets reads the dashboard's own figures."""

from datetime import date
from decimal import Decimal

from indicators.selectors import DashboardFilters, dashboard_sections, target_standings


def test_target_standings_are_the_dashboards_targets(plan, count_target, share_target,
                                                     training_target, define, product,
                                                     activity, coordinator) -> None:
    define(count_target, "product_count")
    define(share_target, "product_share", share_language_groups=["minority", "foreign"])
    define(training_target, "participants", participant_groups=["key_officials"])
    product("ST-BAO", "Chùa Khmer và đời sống cộng đồng", ["vi", "km"], date(2024, 4, 2))
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer số 5", ["km"], date(2024, 5, 5),
            kind="radio", channel="radio")
    product("ST-BAO", "Thành tựu bảo đảm quyền con người", ["vi"], date(2024, 6, 3))
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người",
             date(2024, 8, 22), {"key_officials": 45})
    today = date(2024, 10, 1)

    summary = target_standings(plan, today=today)
    dashboard = dashboard_sections(plan, DashboardFilters(today=today), user=coordinator,
                                   only="targets")["targets"].items
    assert [(row.target, row.standing.measure, row.standing.status) for row in summary] == [
        (row.target, row.standing.measure, row.standing.status) for row in dashboard]
    figures = {row.target: row.standing.measure.value for row in summary if row.standing.measure}
    assert figures[count_target] == 3
    assert round(figures[share_target], 1) == Decimal("66.7")  # 2 of 3 in Khmer
    assert figures[training_target] == 45
