"""The plan the start page follows and a unit's next task deadline (plans.selectors)."""

from datetime import date, timedelta

from django.utils import timezone

from plans.models import TaskStatus
from plans.selectors import current_plan, next_task_end
from plans.services import plan_create, task_create, task_set_status


def _plan(number: str, issued_on: date, year: int):
    return plan_create(doc_type="KH", number=number, symbol="KH-UBND",
                       issuer_name="Ủy ban nhân dân tỉnh Sóc Trăng", issued_on=issued_on,
                       title=f"Kế hoạch thực hiện Đề án năm {year}", year_start=year,
                       year_end=year)


def test_the_current_plan_is_the_latest_issued_by_the_day(plan) -> None:
    assert current_plan(date(2025, 6, 1)) == plan
    plan_2025 = _plan("12", date(2025, 1, 15), 2025)
    assert current_plan(date(2025, 6, 1)) == plan_2025
    assert current_plan(date(2024, 12, 31)) == plan  # the 2025 plan was not issued yet


def test_with_only_plans_issued_later_the_latest_is_followed(plan) -> None:
    assert current_plan(date(2020, 1, 1)) == plan


def test_the_next_task_end_is_the_nearest_of_the_units_tasks_not_done(plan, unit) -> None:
    today = timezone.localdate()
    bao, dai = unit("ST-BAO"), unit("ST-DAI")
    soon = task_create(plan=plan, code="III.1", title="Chuyên mục quyền con người quý tới",
                       start_date=today - timedelta(days=30), end_date=today + timedelta(days=5),
                       lead=[dai], coordinating=[bao])
    task_create(plan=plan, code="III.2", title="Phóng sự tiếng Khmer",
                start_date=today, end_date=today + timedelta(days=40), lead=[bao])
    other = task_create(plan=plan, code="III.3", title="Chương trình phát thanh của Đài",
                        start_date=today, end_date=today + timedelta(days=2), lead=[dai])
    done = task_create(plan=plan, code="III.4", title="Tọa đàm đã tổ chức xong",
                       start_date=today, end_date=today + timedelta(days=1), lead=[bao])
    task_set_status(task=done, status=TaskStatus.DONE)

    assert next_task_end(today, unit_ids=[bao.pk]) == soon  # the done one and late ones left
    assert next_task_end(today, unit_ids=[dai.pk]) == other
    assert next_task_end(today) == other
    assert next_task_end(today + timedelta(days=41), unit_ids=[bao.pk]) is None
