"""A plan's issuer and its tasks' units exist on the plan's date; tasks keep units named before."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from plans.models import Plan
from plans.services import plan_create, task_create, task_update


@pytest.fixture
def plan_2026(unit) -> Plan:
    return plan_create(doc_type="KH", number="15", symbol="KH-UBND", issued_on=date(2026, 1, 20),
                       issuer=unit("CT"), title="Kế hoạch truyền thông về quyền con người năm 2026",
                       year_start=2026, year_end=2026)


def test_a_2026_task_led_by_an_ended_unit_is_refused_naming_its_successor(plan_2026,
                                                                          unit) -> None:
    with pytest.raises(ValidationError) as refused:
        task_create(plan=plan_2026, code="II.1", title="Tuyên truyền trên báo chí",
                    lead=[unit("ST-BAO")], coordinating=[unit("CT-HLHPN")])
    assert refused.value.message_dict == {"lead_units": [
        "Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: Báo và Phát thanh, "
        "Truyền hình Cần Thơ."]}
    assert not plan_2026.tasks.exists()


def test_a_2026_plan_issued_by_the_old_province_is_refused(unit) -> None:
    with pytest.raises(ValidationError) as refused:
        plan_create(doc_type="KH", number="16", symbol="KH-UBND", issued_on=date(2026, 2, 1),
                    issuer=unit("ST"), title="Kế hoạch năm 2026", year_start=2026)
    assert "đơn vị kế thừa: Ủy ban nhân dân thành phố Cần Thơ" in (
        refused.value.message_dict["issuer"][0])


def test_a_2024_task_keeps_its_units_and_may_add_a_2024_unit(plan, unit) -> None:
    task = plan.tasks.get(code="II.1")
    named = [tu.unit for tu in task.task_units.filter(role="coordinating") if tu.unit]
    task_update(task=task, title=task.title + ".",
                coordinating=[*named, unit("ST-LDLD")])
    assert "ST-LDLD" in {tu.unit.code for tu in task.task_units.all() if tu.unit}


def test_the_task_form_offers_the_units_of_the_plans_date(client_as, plan, plan_2026) -> None:
    client = client_as("coordinator")
    old = client.get(reverse("plans:task_create", args=[plan.pk])).text
    assert "Báo Sóc Trăng" in old and "Báo và Phát thanh, Truyền hình Cần Thơ" not in old
    new = client.get(reverse("plans:task_create", args=[plan_2026.pk])).text
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" in new and "Báo Sóc Trăng" not in new
