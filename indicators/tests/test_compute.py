"""Each way of measuring a target, from records entered through records.services."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators.compute import UnitGraph, breakdown, value
from indicators.services import entered_value_create, indicator_update
from records.models import DIGITAL_CHANNELS
from units.models import Unit
from units.selectors import unit_current_heirs

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 23)
END_2024 = date(2024, 12, 31)


def khmer_and_vietnamese_news(product) -> None:
    """Báo Sóc Trăng: 3 of 4 in Khmer (75%); the radio-TV station: 1 of 6 (16.7%)."""
    product("ST-BAO", "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng", ["km"],
            date(2024, 6, 18), kind="reportage")
    product("ST-BAO", "Lễ hội Oóc Om Bóc – Đua ghe Ngo: bảo tồn văn hóa Khmer", ["km"],
            date(2024, 11, 14), channel="print")
    product("ST-BAO", "Trường Phổ thông Dân tộc nội trú: nơi ươm mầm tri thức Khmer",
            ["vi", "km"], date(2024, 6, 3))
    product("ST-BAO", "Việt Nam bảo vệ thành công báo cáo quốc gia UPR chu kỳ IV", ["vi"],
            date(2024, 5, 9), kind="news")
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer: chính sách cho đồng bào dân tộc",
            ["km"], date(2024, 6, 10), kind="radio", channel="radio")
    for month in range(5, 10):
        product("ST-DAI", f"Chuyên mục Quyền con người và cuộc sống, số tháng {month}", ["vi"],
                date(2024, month, 25), kind="column", channel="tv")


def by_name(rows) -> dict[str, Decimal | None]:
    return {row.unit.name: row.measure.value for row in rows}


def test_it_counts_products_matching_its_filters(product, define, count_target) -> None:
    """Khmer articles and reportages: a bilingual article is one product, counted once."""
    khmer_and_vietnamese_news(product)
    indicator = define(count_target, "product_count", kinds=["article", "reportage"],
                       language_groups=["minority"])
    assert value(indicator, on=TODAY) == (3, None, 3)


def test_it_counts_only_records_of_the_plan_and_its_window(product, define,
                                                            count_target) -> None:
    product("ST-BAO", "Tin không gắn nhiệm vụ của kế hoạch", ["vi"], date(2024, 6, 1),
            task=None)
    product("ST-BAO", "Bài đăng trước năm của kế hoạch", ["vi"], date(2023, 12, 30))
    product("ST-BAO", "Bài đăng sau thời hạn chỉ tiêu", ["vi"], date(2025, 1, 2))
    product("ST-BAO", "Quyền con người trong Hiến pháp 2013", ["vi"], date(2024, 12, 10))
    indicator = define(count_target, "product_count")
    assert value(indicator, on=TODAY).value == 1
    assert value(indicator, on=date(2024, 12, 9)).value == 0
    assert value(indicator, start=date(2024, 12, 11), on=TODAY).value == 0


def test_it_shares_minority_and_foreign_language_products(product, define,
                                                           share_target) -> None:
    khmer_and_vietnamese_news(product)
    product("ST-STTTT", "Vietnam's achievements in protecting human rights", ["en"],
            date(2024, 12, 10), channel="portal", kind="news")
    indicator = define(share_target, "product_share",
                       share_language_groups=["minority", "foreign"])
    assert value(indicator, on=TODAY) == (5, 11, Decimal(500) / 11)


def test_it_divides_sums_never_averages_percentages(product, define, share_target) -> None:
    """75% and 16.7% average to 45.8%; the province's share is 4 of 10, 40%."""
    khmer_and_vietnamese_news(product)
    indicator = define(share_target, "product_share", share_language_groups=["minority"])
    per_unit = by_name(breakdown(indicator, on=END_2024))
    assert per_unit == {"Báo Sóc Trăng": 75, "Đài Phát thanh và Truyền hình Sóc Trăng":
                        Decimal(100) / 6}
    average = sum(per_unit.values()) / len(per_unit)
    total = value(indicator, on=TODAY)
    assert total == (4, 10, 40)
    assert round(average, 1) == Decimal("45.8") != total.value


def test_it_rolls_shares_up_as_ratios_of_sums_under_the_merged_unit(product, define,
                                                                     share_target) -> None:
    """Today both Sóc Trăng newsrooms are Cần Thơ's paper and station: 4 of 10 together."""
    khmer_and_vietnamese_news(product)
    indicator = define(share_target, "product_share", share_language_groups=["minority"])
    [row] = breakdown(indicator, on=TODAY)
    assert row.unit.code == "CT-BPTTH"
    assert row.measure == (4, 10, 40)
    assert [u.code for u in row.includes] == ["ST-BAO", "ST-DAI"]


def test_it_shares_products_on_digital_channels(product, define, share_target) -> None:
    khmer_and_vietnamese_news(product)
    product("ST-BAO", "Infographic: 10 năm thực hiện chính sách an sinh xã hội", ["vi"],
            date(2024, 7, 2), kind="infographic", channel="social")
    indicator = define(share_target, "product_share", share_channels=list(DIGITAL_CHANNELS))
    assert value(indicator, on=TODAY)[:2] == (4, 11)


def test_it_needs_both_language_and_channel_when_both_are_asked(product, define,
                                                                 share_target) -> None:
    khmer_and_vietnamese_news(product)
    indicator = define(share_target, "product_share", share_language_groups=["minority"],
                       share_channels=list(DIGITAL_CHANNELS))
    assert value(indicator, on=TODAY)[:2] == (2, 10)


def test_it_follows_a_merged_units_products_to_its_successor_today(product, define,
                                                                    count_target, unit) -> None:
    """Báo Sóc Trăng ended on 30/6/2025; its 2024 article is Báo và PT-TH Cần Thơ's today."""
    product("ST-BAO", "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer", ["vi"],
            date(2024, 5, 20))
    indicator = define(count_target, "product_count")
    assert by_name(breakdown(indicator, on=TODAY)) == {
        "Báo và Phát thanh, Truyền hình Cần Thơ": 1}
    assert by_name(breakdown(indicator, on=END_2024)) == {"Báo Sóc Trăng": 1}
    assert value(indicator, units=[unit("CT-BPTTH")], on=TODAY).value == 1
    assert value(indicator, units=[unit("ST-BAO")], on=TODAY).value == 1
    assert value(indicator, units=[unit("ST-DAI")], on=TODAY).value == 0


def test_it_counts_a_split_unit_for_each_heir_and_once_in_the_total(product, define,
                                                                     count_target) -> None:
    """The DIC's work went to two departments on 1/3/2025, then to Cần Thơ's two."""
    product("ST-STTTT", "Tài liệu hỏi đáp về quyền con người cho cán bộ cơ sở", ["vi"],
            date(2024, 6, 28), kind="publication", channel="portal")
    indicator = define(count_target, "product_count")
    assert by_name(breakdown(indicator, on=date(2025, 4, 1))) == {
        "Sở Khoa học và Công nghệ tỉnh Sóc Trăng": 1,
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng": 1}
    assert by_name(breakdown(indicator, on=TODAY)) == {
        "Sở Khoa học và Công nghệ thành phố Cần Thơ": 1,
        "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ": 1}
    assert value(indicator, on=TODAY).value == 1


@pytest.mark.parametrize("day", [date(2024, 12, 31), date(2025, 3, 15), date(2025, 8, 1)])
def test_the_unit_graph_walks_mergers_as_unit_current_heirs_does(province, day) -> None:
    graph = UnitGraph.load()
    units = Unit.objects.in_bulk()
    for unit in units.values():
        expected = unit_current_heirs(unit, on=day) or [unit]
        assert {u.pk for u in graph.heirs(unit, units, day)} == {u.pk for u in expected}


def test_it_counts_participants_of_the_chosen_groups(activity, define, training_target,
                                                     coordinator) -> None:
    """The 70 key officials of the target; the journalists trained in another class do not
    count toward it."""
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024",
             date(2024, 8, 22), {"key_officials": 70})
    activity("ST-BAO", "Bồi dưỡng nghiệp vụ thông tin đối ngoại cho phóng viên",
             date(2024, 9, 5), {"press": 25, "key_officials": 2}, kind="seminar")
    indicator = define(training_target, "participants", participant_groups=["key_officials"])
    assert value(indicator, on=TODAY).value == 72
    indicator_update(user=coordinator, indicator=indicator, activity_kinds=["training"])
    assert value(indicator, on=TODAY).value == 70


def test_it_shares_people_trained_over_the_numbers_units_entered(activity, define,
                                                                 training_target, coordinator,
                                                                 unit) -> None:
    """70 trained of 40 + 60 key officials to train: 70%. A unit's latest number counts."""
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024",
             date(2024, 8, 22), {"key_officials": 70})
    indicator = define(training_target, "participants", as_percentage=True,
                       participant_groups=["key_officials"])
    for code, start, end, people in [("ST-STTTT", date(2024, 1, 1), date(2024, 6, 30), 40),
                                     ("ST-BAO", date(2024, 1, 1), date(2024, 3, 31), 50),
                                     ("ST-BAO", date(2024, 4, 1), date(2024, 6, 30), 60)]:
        entered_value_create(user=coordinator, indicator=indicator, unit=unit(code),
                             period_start=start, period_end=end, denominator=Decimal(people))
    assert value(indicator, on=TODAY) == (70, 100, 70)
    assert value(indicator, on=date(2024, 3, 31))[:2] == (0, 90)


def test_it_counts_activities(activity, define, training_target, coordinator) -> None:
    activity("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024",
             date(2024, 8, 22), {"key_officials": 70})
    activity("ST-HLHPN", "Sinh hoạt chuyên đề quyền của phụ nữ và trẻ em", date(2024, 7, 8),
             {"residents": 120}, kind="integrated", task="II.3.a")
    indicator = define(training_target, "activity_count")
    assert value(indicator, on=TODAY).value == 2
    indicator_update(user=coordinator, indicator=indicator, activity_kinds=["training"])
    assert value(indicator, on=TODAY).value == 1


def test_it_sums_entered_values_by_period(define, count_target, coordinator, unit) -> None:
    """Each figure is what happened in its period; a period across the window's edge is
    left out rather than split."""
    indicator = define(count_target, "entered")
    for code, start, end, number in [
        ("ST-HLHPN", date(2024, 1, 1), date(2024, 3, 31), 5),
        ("ST-HLHPN", date(2024, 4, 1), date(2024, 6, 30), 7),
        ("ST-DTN", date(2024, 4, 1), date(2024, 6, 30), 4),
        ("ST-DTN", date(2024, 6, 1), date(2024, 7, 31), 9),
    ]:
        entered_value_create(user=coordinator, indicator=indicator, unit=unit(code),
                             period_start=start, period_end=end, numerator=Decimal(number))
    assert value(indicator, on=TODAY).value == 25
    assert value(indicator, end=date(2024, 6, 30), on=TODAY).value == 16
    assert value(indicator, start=date(2024, 4, 1), end=date(2024, 6, 30), on=TODAY).value == 11
    assert value(indicator, on=date(2024, 6, 30)).value == 16
    assert by_name(breakdown(indicator, on=END_2024)) == {
        "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng": 12,
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng": 13}


def test_it_divides_entered_sums(define, share_target, coordinator, unit) -> None:
    """Communes report their products in Khmer out of all they made: 1/2 and 9/30 are 10/32,
    31.25%, not the 40% their percentages average."""
    indicator = define(share_target, "entered", as_percentage=True)
    for code, khmer, made in [("ST-TPST-P1", 1, 2), ("ST-TPST-P2", 9, 30)]:
        entered_value_create(user=coordinator, indicator=indicator, unit=unit(code),
                             period_start=date(2024, 1, 1), period_end=date(2024, 6, 30),
                             numerator=Decimal(khmer), denominator=Decimal(made))
    assert value(indicator, on=TODAY) == (10, 32, Decimal("31.25"))


def test_a_share_of_nothing_has_no_value(define, share_target) -> None:
    indicator = define(share_target, "product_share", share_language_groups=["minority"])
    assert value(indicator, on=TODAY) == (0, 0, None)


def queries(function) -> int:
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


@pytest.mark.parametrize("method, fields", [
    ("product_count", {"language_groups": ["minority"], "kinds": ["article"]}),
    ("product_share", {"share_language_groups": ["minority", "foreign"]}),
    ("participants", {"participant_groups": ["key_officials"], "as_percentage": True}),
    ("activity_count", {}),
    ("entered", {}),
])
def test_it_measures_in_the_same_few_queries_whatever_the_data(
        method, fields, product, activity, define, share_target, coordinator, unit,
        django_assert_max_num_queries) -> None:
    indicator = define(share_target, method, **fields)
    codes = ["ST-BAO", "ST-DAI", "ST-STTTT", "ST-HLHPN"]

    def record(batch: int) -> None:
        for index, code in enumerate(codes):
            day = date(2024, 1 + batch, 1 + index)
            product(code, f"Tin số {batch}-{index}", ["vi", "km"], day)
            activity(code, f"Lớp tập huấn số {batch}-{index}", day, {"key_officials": 10})
            if method == "entered":
                entered_value_create(user=coordinator, indicator=indicator, unit=unit(code),
                                     period_start=day, period_end=day, numerator=Decimal(3))
            if method == "participants":
                entered_value_create(user=coordinator, indicator=indicator, unit=unit(code),
                                     period_start=day, period_end=day, denominator=Decimal(20))

    cantho = unit("CT-BPTTH")

    def measure() -> None:
        value(indicator, on=TODAY)
        value(indicator, units=[cantho], on=TODAY)
        breakdown(indicator, on=TODAY)

    record(0)
    measure()  # loads the indicator's target and plan once, as any caller would
    few = queries(measure)
    for batch in range(1, 4):
        record(batch)
    assert queries(measure) == few
    # Without prefetching, the indicator's three filter relations are read on each call.
    with django_assert_max_num_queries(6):
        value(indicator, units=[cantho], on=TODAY)
    with django_assert_max_num_queries(7):  # a share trained also reads units' stocks
        breakdown(indicator, on=TODAY)


def test_a_period_narrows_the_targets_time_but_never_widens_it(product, define,
                                                                training_target) -> None:
    """The 70 are to be trained by 30/9/2024: a class in October does not count, even when
    the filter runs to December."""
    indicator = define(training_target, "product_count")
    product("ST-STTTT", "Tài liệu hỏi đáp về quyền con người cho cán bộ cơ sở", ["vi"],
            date(2024, 10, 15), kind="publication", channel="portal")
    assert value(indicator, end=END_2024, on=TODAY).value == 0
    assert value(indicator, start=date(2023, 1, 1), on=TODAY).value == 0
