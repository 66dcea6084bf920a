"""The late and at-risk task lists at national size: counted whole, shown 50 at a time."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from plans.models import Plan, Task
from plans.selectors import ATTENTION_PAGE_SIZE, tasks_at_risk

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_late(province: None) -> Plan:
    """The demo plan with 60 more tasks that ended last month, none of them done."""
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    ended = timezone.localdate() - timedelta(days=30)
    Task.objects.bulk_create(
        Task(plan=plan, code=f"IV.{n}", title=f"Tuyên truyền tại xã thứ {n}",
             start_date=ended - timedelta(days=90), end_date=ended, sort_key=f"9{n:03}")
        for n in range(1, 61))
    return plan


def test_late_tasks_page_fifty_at_a_time_with_the_whole_count(client_as, many_late) -> None:
    total = many_late.tasks.exclude(status="done").filter(
        end_date__lt=timezone.localdate()).count()
    first = client_as("coordinator").get(reverse("plans:tasks_attention"),
                                         {"plan": many_late.pk}).text
    late = first[first.index('id="late"'):first.index('id="at-risk"')]
    assert f"Nhiệm vụ chậm ({total})" in late
    assert late.count('data-label="Mã"') == ATTENTION_PAGE_SIZE
    assert f"?plan={many_late.pk}&amp;late_page=2" in late

    second = client_as("coordinator").get(reverse("plans:tasks_attention"),
                                          {"plan": many_late.pk, "late_page": 2}).text
    late = second[second.index('id="late"'):second.index('id="at-risk"')]
    assert late.count('data-label="Mã"') == total - ATTENTION_PAGE_SIZE
    assert "Trang 2/2" in late and "late_page=1" in late


@pytest.mark.parametrize("typed", ["0", "99", "²", "hai"])
def test_a_page_number_out_of_range_or_not_a_number_shows_a_page(
        client_as, many_late, typed: str) -> None:
    response = client_as("viewer").get(reverse("plans:tasks_attention"), {"late_page": typed})
    assert response.status_code == 200
    assert "Nhiệm vụ chậm (" in response.text


@pytest.fixture
def many_at_risk(province: None) -> Plan:
    """The demo plan with 60 more tasks ending in ten days, never reported on."""
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    ends = timezone.localdate() + timedelta(days=10)
    Task.objects.bulk_create(
        Task(plan=plan, code=f"V.{n}", title=f"Hội nghị tập huấn cấp xã thứ {n}",
             start_date=ends - timedelta(days=60), end_date=ends, sort_key=f"9{n:03}")
        for n in range(1, 61))
    return plan


def test_at_risk_tasks_page_fifty_at_a_time_with_the_whole_count(client_as, many_at_risk
                                                                 ) -> None:
    every = [risk.task.code for risk in tasks_at_risk(many_at_risk)]
    assert len(every) >= 60
    client = client_as("coordinator")
    first = client.get(reverse("plans:tasks_attention"), {"plan": many_at_risk.pk})
    at_risk = first.text[first.text.index('id="at-risk"'):]
    assert f"Nhiệm vụ có nguy cơ chậm ({len(every)})" in at_risk
    assert at_risk.count('data-label="Mã"') == ATTENTION_PAGE_SIZE
    assert "Còn 10 ngày đến hạn, tiến độ mới 0%." in at_risk

    second = client.get(reverse("plans:tasks_attention"),
                        {"plan": many_at_risk.pk, "risk_page": 2})
    at_risk = second.text[second.text.index('id="at-risk"'):]
    assert at_risk.count('data-label="Mã"') == len(every) - ATTENTION_PAGE_SIZE
    assert "Trang 2/2" in at_risk and "risk_page=1" in at_risk
    pages = [first.context["attention"].at_risk, second.context["attention"].at_risk]
    assert [risk.task.code for page in pages for risk in page] == every  # soonest end first
