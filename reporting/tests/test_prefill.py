"""A unit's report opens with the figures of its own records in the period's window."""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from indicators.services import indicator_create
from plans.models import Plan, Task
from plans.services import progress_record, target_create
from records.models import Language, Product
from records.services import activity_create, product_create
from reporting.figures import FigureTable
from reporting.models import ReportForm, ReportingPeriod
from reporting.prefill import unit_figures
from reporting.tests.builders import open_period
from units.models import Unit

pytestmark = pytest.mark.django_db


def task(code: str) -> Task:
    return Task.objects.get(plan__number="81", code=code)


def product(unit: str, title: str, languages: list[str], day: date, *, kind: str = "article",
            channel: str = "online", tasks: tuple[str, ...] = ("II.1",), **fields: Any
            ) -> Product:
    return product_create(
        user=User.objects.get(username="dieuphoi"), unit=Unit.objects.get(code=unit),
        title=title, kind=kind, channel=channel, published_on=day,
        languages=list(Language.objects.filter(code__in=languages)),
        tasks=[task(code) for code in tasks], **fields)


@pytest.fixture
def records(province, reporter) -> None:
    """Báo Sóc Trăng's first half of 2024, with a few records just outside the window
    (15/12/2023–14/06/2024) and one of another unit."""
    product("ST-BAO", "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer", ["vi"],
            date(2024, 5, 20), channel="print")
    product("ST-BAO", "Trường Phổ thông Dân tộc nội trú: nơi ươm mầm tri thức Khmer",
            ["vi", "km"], date(2024, 6, 3))
    product("ST-BAO", "Việt Nam bảo vệ thành công báo cáo quốc gia UPR chu kỳ IV", ["vi"],
            date(2024, 5, 9), kind="news")
    product("ST-BAO", "Bản tin tiếng Khmer: học sinh dân tộc vào mùa thi tốt nghiệp", ["km"],
            date(2024, 6, 14), kind="news")  # the last day counts
    product("ST-BAO", "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng", ["km"],
            date(2024, 6, 18), kind="reportage", duration_minutes=12)
    product("ST-BAO", "Tổng kết công tác thông tin đối ngoại năm 2023", ["vi"],
            date(2023, 12, 14), kind="news")
    product("ST-DAI", "Chương trình phát thanh tiếng Khmer: chính sách cho đồng bào dân tộc",
            ["km"], date(2024, 6, 10), kind="radio", channel="radio", duration_minutes=30)
    activity_create(
        user=reporter, unit=Unit.objects.get(code="ST-BAO"),
        title="Tập huấn kỹ năng viết về quyền con người cho phóng viên, biên tập viên",
        kind="training", start_date=date(2024, 5, 22), end_date=date(2024, 5, 23),
        place="Hội trường Báo Sóc Trăng", participants={"press": 45, "key_officials": 25},
        tasks=[task("II.2")])
    activity_create(
        user=reporter, unit=Unit.objects.get(code="ST-BAO"),
        title="Triển lãm ảnh “Sóc Trăng – sắc màu văn hóa Khmer”", kind="exhibition",
        start_date=date(2024, 6, 20), end_date=date(2024, 6, 30), place="Quảng trường Bạch Đằng",
        participants={"residents": 1200})
    bao = Unit.objects.get(code="ST-BAO")
    progress_record(user=reporter, task=task("II.1"), unit=bao, reported_on=date(2024, 6, 10),
                    status="in_progress", percent=60, note="Đã đăng 4 tin, bài.")
    progress_record(user=reporter, task=task("II.1"), unit=bao, reported_on=date(2024, 6, 20),
                    status="in_progress", percent=80)


def table(tables: list[FigureTable], code: str) -> FigureTable:
    return next(t for t in tables if t.code == code)


def rows(found: FigureTable) -> list[tuple[str, str, list[object]]]:
    return [(row.key, row.label, row.values) for row in found.rows]


@pytest.fixture
def period(province) -> ReportingPeriod:
    """Báo cáo 6 tháng đầu năm 2024: 15/12/2023–14/06/2024."""
    return open_period()


def figures(period: ReportingPeriod, unit: str = "ST-BAO") -> list[FigureTable]:
    return unit_figures(period, Unit.objects.get(code=unit))


def test_the_tables_follow_the_forms_figure_kinds(records, period) -> None:
    assert [t.code for t in figures(period)] == [
        "products_by_kind", "products_by_channel", "products_by_language", "activities",
        "tasks", "indicators"]
    form = ReportForm.objects.create(name="Báo cáo nhanh",
                                     figure_kinds=["tasks", "products_by_language"])
    quick = open_period("quarterly", 2024, 2, form=form)
    assert [t.code for t in figures(quick)] == ["tasks", "products_by_language"]


def test_products_by_kind_and_channel_count_the_units_products_in_the_window(
        records, period) -> None:
    tables = figures(period)
    half, quarter = Decimal("0.5000"), Decimal("0.2500")
    assert rows(table(tables, "products_by_kind")) == [
        ("news", "Tin", [2, half]), ("article", "Bài", [2, half])]
    assert table(tables, "products_by_kind").total_row().values == [4, Decimal("1.0000")]
    assert rows(table(tables, "products_by_channel")) == [
        ("print", "Báo in", [1, quarter]), ("online", "Báo điện tử", [3, Decimal("0.7500")])]


def test_products_by_language_split_the_products_once_each(records, period) -> None:
    languages = table(figures(period), "products_by_language")
    assert languages.columns == ["Ngôn ngữ thể hiện", "Số sản phẩm",
                                 "Tỷ lệ trên tổng số sản phẩm"]
    assert rows(languages) == [  # 4 products: 2 in Vietnamese, 1 in Khmer, 1 in both
        ("vietnamese_only", "Chỉ bằng tiếng Việt", [2, Decimal("0.5000")]),
        ("other_only", "Chỉ bằng tiếng dân tộc thiểu số, tiếng nước ngoài",
         [1, Decimal("0.2500")]),
        ("bilingual", "Song ngữ: tiếng Việt và tiếng dân tộc thiểu số, tiếng nước ngoài",
         [1, Decimal("0.2500")])]
    assert languages.total_row().values == [4, Decimal("1.0000")]  # shares never pass 100%


def test_activities_count_people_by_group(records, period) -> None:
    found = table(figures(period), "activities")
    assert found.columns == [
        "Loại hoạt động", "Số hoạt động", "Số lượt người tham gia", "Cán bộ chủ chốt",
        "Phóng viên, biên tập viên", "Cán bộ cấp xã", "Học sinh, sinh viên", "Người dân", "Khác"]
    assert rows(found) == [("training", "Tập huấn, bồi dưỡng", [1, 70, 25, 45, 0, 0, 0, 0])]


def test_tasks_show_the_units_part_and_its_progress_on_the_last_day(records, period) -> None:
    found = table(figures(period), "tasks")
    assert rows(found) == [(str(task("II.1").pk),
                            "II.1. Sản xuất, đăng phát các sản phẩm truyền thông",
                            ["Phối hợp", "Đang thực hiện", "60%", 4, 0])]
    lead = table(figures(period, "ST-STTTT"), "tasks")
    assert [(row.label[:6], row.values) for row in lead.rows] == [
        ("II.1. ", ["Chủ trì", "Chưa cập nhật tiến độ", None, 0, 0]),
        ("II.2. ", ["Chủ trì", "Chưa cập nhật tiến độ", None, 0, 0]),
        ("II.3.b", ["Chủ trì", "Chưa cập nhật tiến độ", None, 0, 0]),
        ("II.3.c", ["Chủ trì", "Chưa cập nhật tiến độ", None, 0, 0])]


def test_indicators_give_result_denominator_and_share(records, period, coordinator) -> None:
    plan = Plan.objects.get(number="81")
    training = plan.targets.get(unit_of_measure="đại biểu")
    trained = indicator_create(user=coordinator, target=training, name="Số đại biểu được tập huấn",
                               method="participants", activity_kinds=["training"])
    share_target = target_create(
        plan=plan, text="15–20% sản phẩm truyền thông bằng tiếng dân tộc thiểu số hoặc tiếng "
                        "nước ngoài", value=Decimal(15), value_max=Decimal(20),
        unit_of_measure="%", deadline=date(2024, 12, 31), task=task("II.1"))
    share = indicator_create(user=coordinator, target=share_target,
                             name="Tỷ lệ sản phẩm bằng tiếng dân tộc, tiếng nước ngoài",
                             method="product_share",
                             share_language_groups=["minority", "foreign"])
    found = table(figures(period), "indicators")
    assert found.columns == ["Chỉ số", "Chỉ tiêu", "Kết quả", "Mẫu số", "Tỷ lệ"]
    assert rows(found) == [
        (str(trained.pk), "Số đại biểu được tập huấn", ["70 đại biểu", 70, None, None]),
        (str(share.pk), "Tỷ lệ sản phẩm bằng tiếng dân tộc, tiếng nước ngoài",
         ["15–20%", 2, 4, Decimal("0.5000")])]
    other = table(figures(period, "ST-DAI"), "indicators")
    assert [row.values for row in other.rows] == [["70 đại biểu", 0, None, None],
                                                  ["15–20%", 1, 1, Decimal("1.0000")]]


def test_a_period_without_a_plan_has_no_tasks_or_indicators(records) -> None:
    tables = figures(open_period(plan=None, units=["ST-BAO"]))
    assert table(tables, "tasks").rows == []
    assert table(tables, "indicators").rows == []
    assert table(tables, "products_by_kind").total_row().values == [4, Decimal("1.0000")]


def test_a_unit_reports_its_own_work_not_its_predecessors(records) -> None:
    # Báo Sóc Trăng's work went to the Cần Thơ newspaper and radio-television on 1/7/2025.
    product("ST-BAO", "Sóc Trăng chuẩn bị hợp nhất với Cần Thơ, Hậu Giang", ["vi"],
            date(2025, 6, 20), kind="news")
    product("CT-BPTTH", "Cần Thơ mới: bảo đảm quyền tiếp cận thông tin của đồng bào Khmer",
            ["vi", "km"], date(2025, 8, 2), tasks=())
    found = figures(open_period("annual", 2025, units=["CT-BPTTH"], plan=None), "CT-BPTTH")
    assert rows(table(found, "products_by_kind")) == [("article", "Bài", [1, Decimal("1.0000")])]


def test_the_queries_do_not_grow_with_the_records(records, period) -> None:
    bao = Unit.objects.get(code="ST-BAO")
    with CaptureQueriesContext(connection) as before:
        unit_figures(period, bao)
    for day in range(1, 21):
        product("ST-BAO", f"Tin số {day}: tuyên truyền về quyền con người ở cơ sở",
                ["vi", "km"] if day % 2 else ["vi"], date(2024, 4, day), kind="news",
                channel="social", platform="Zalo")
    with CaptureQueriesContext(connection) as after:
        tables = unit_figures(period, bao)
    assert len(after) == len(before)
    assert table(tables, "products_by_kind").total_row().values == [24, Decimal("1.0000")]
