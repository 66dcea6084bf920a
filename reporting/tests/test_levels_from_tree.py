"""Sending up with no hand-made ministry unit or parent period: the level above comes from
the unit tree, its period is found or opened asking the provinces' receiving units."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from reporting.models import ReportingPeriod, SubmissionStatus
from reporting.selectors.levels import upper_level
from reporting.services.consolidated import consolidated_submit_upward
from units.models import Unit
from units.services import unit_create, unit_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def province_report(unit, make_period, coordinator, approve, build):
    """The Department's six-month period of Sóc Trăng, with no parent, consolidated."""
    period = make_period(unit("ST-STTTT"), [unit("ST-BAO"), unit("ST-DAI")])
    approve(period, unit("ST-BAO"), ["", "Báo Sóc Trăng đăng 48 tin, bài."], coordinator)
    return build(coordinator, period)


@pytest.fixture
def bac_lieu(unit, make_period):
    """Bạc Liêu's committee and department, its own period of the same round received by
    the department."""
    committee = unit_create(code="BL", name="Ủy ban nhân dân tỉnh Bạc Liêu", kind="province")
    department = unit_create(code="BL-SVHTTDL", kind="department", parent=committee,
                             name="Sở Văn hóa, Thể thao và Du lịch tỉnh Bạc Liêu")
    make_period(department, [], plan=None)
    return {"committee": committee, "department": department}


def test_a_province_sends_up_to_the_ministry_added_above_it(
        province_report, unit, coordinator) -> None:
    upward = consolidated_submit_upward(user=coordinator, report=province_report)
    ministry = Unit.objects.get(code="BVHTTDL")
    assert ministry.name == "Bộ Văn hóa, Thể thao và Du lịch"
    assert unit("ST").parent == ministry
    parent = province_report.period.parent
    assert parent is not None and parent.receiving_unit == ministry
    assert (parent.kind, parent.year, parent.number) == ("six_month", 2024, 1)
    assert list(parent.units.all()) == [unit("ST-STTTT")]
    assert parent.label == "Báo cáo 6 tháng đầu năm 2024 — Bộ VHTTDL"
    assert upward.period == parent and upward.status == SubmissionStatus.SUBMITTED


def test_the_ministry_period_asks_the_provinces_receivers_not_the_provinces_units(
        province_report, unit, bac_lieu) -> None:
    ministry = unit_create(code="BVHTTDL", name="Bộ Văn hóa, Thể thao và Du lịch",
                           kind="other")
    for committee in (unit("ST"), bac_lieu["committee"]):
        unit_update(unit=committee, parent=ministry)
    level = upper_level(province_report.period)
    assert level.period is None and level.receiving_unit == ministry
    assert {u.code for u in level.asked} == {"ST-STTTT", "BL-SVHTTDL"}


def test_an_existing_ministry_period_is_found_and_asks_the_province(
        province_report, unit, coordinator, make_period, bac_lieu) -> None:
    ministry = unit_create(code="BVHTTDL", name="Bộ Văn hóa, Thể thao và Du lịch",
                           kind="other")
    unit_update(unit=unit("ST"), parent=ministry)
    top = make_period(ministry, [bac_lieu["department"]], plan=None)
    assert upper_level(province_report.period).period == top
    consolidated_submit_upward(user=coordinator, report=province_report)
    province_report.period.refresh_from_db()
    assert province_report.period.parent == top
    assert set(top.units.values_list("code", flat=True)) == {"BL-SVHTTDL", "ST-STTTT"}
    assert ReportingPeriod.objects.filter(receiving_unit=ministry).count() == 1


def test_a_city_finds_the_province_period_received_by_the_department(
        unit, make_period, coordinator, approve, build) -> None:
    province = make_period(unit("ST-STTTT"), [unit("ST-BAO")])
    city = make_period(unit("ST-TPST"), [unit("ST-TPST-P1")], plan=None)
    approve(city, unit("ST-TPST-P1"), ["", "Phát 04 tin trên loa truyền thanh phường."],
            coordinator)
    report = build(coordinator, city)
    upward = consolidated_submit_upward(user=coordinator, report=report)
    assert upward.period == province
    assert province.units.filter(code="ST-TPST").exists()


def test_a_closed_ministry_period_refuses_and_nothing_is_left_behind(
        province_report, unit, coordinator, make_period) -> None:
    ministry = unit_create(code="BVHTTDL", name="Bộ Văn hóa, Thể thao và Du lịch",
                           kind="other")
    unit_update(unit=unit("ST"), parent=ministry)
    top = make_period(ministry, [], plan=None, closed_at=timezone.now())
    with pytest.raises(ValidationError) as error:
        consolidated_submit_upward(user=coordinator, report=province_report)
    assert "đã khóa" in error.value.messages[0]
    province_report.period.refresh_from_db()
    assert province_report.period.parent is None and not top.units.exists()
    assert ReportingPeriod.objects.filter(receiving_unit=ministry).count() == 1


def test_the_page_says_what_sending_up_will_open(province_report, client_as) -> None:
    page = client_as("coordinator").get(
        reverse("reporting:consolidated", args=[province_report.period.pk])).content.decode()
    assert "Bộ Văn hóa, Thể thao và Du lịch (bộ chủ trì Đề án) sẽ được thêm" in page
    assert "yêu cầu 1 đơn vị báo cáo" in page
    assert "Sở Thông tin và Truyền thông tỉnh Sóc Trăng" in page
