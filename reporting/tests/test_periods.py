"""Opening periods from the decree's calendar: windows, titles, deadlines, duplicates, letters."""

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test.utils import override_settings

from accounts.models import User
from reporting.models import ReportForm, ReportingPeriod, Submission
from reporting.selectors.periods import default_units, period_counts, reporter_rows
from reporting.services.periods import (
    period_close,
    period_create,
    period_reopen,
    period_title,
    period_update,
    period_window,
    periods_generate,
)
from reporting.tests.builders import LETTER, PLAN_UNITS, open_period, plan
from units.models import Unit

pytestmark = pytest.mark.django_db

def codes(period: ReportingPeriod) -> list[str]:
    return sorted(period.units.values_list("code", flat=True))


@pytest.mark.parametrize(("kind", "number", "title", "first", "last", "deadline"), [
    ("monthly", 1, "Báo cáo tháng 1/2024", date(2023, 12, 15), date(2024, 1, 14),
     date(2024, 1, 16)),
    ("monthly", 5, "Báo cáo tháng 5/2024", date(2024, 4, 15), date(2024, 5, 14),
     date(2024, 5, 16)),
    ("quarterly", 1, "Báo cáo quý I/2024", date(2023, 12, 15), date(2024, 3, 14),
     date(2024, 3, 18)),
    ("quarterly", 3, "Báo cáo quý III/2024", date(2024, 6, 15), date(2024, 9, 14),
     date(2024, 9, 17)),
    ("six_month", 1, "Báo cáo 6 tháng đầu năm 2024", date(2023, 12, 15), date(2024, 6, 14),
     date(2024, 6, 18)),
    ("nine_month", 1, "Báo cáo 9 tháng năm 2024", date(2023, 12, 15), date(2024, 9, 14),
     date(2024, 9, 17)),
    ("annual", 1, "Báo cáo năm 2024", date(2023, 12, 15), date(2024, 12, 14),
     date(2024, 12, 17)),
])
def test_a_period_takes_its_window_title_and_deadline_from_the_decree(
        province, kind: str, number: int, title: str, first: date, last: date,
        deadline: date) -> None:
    period = open_period(kind, 2024, number)
    assert (period.title, period.first_day, period.last_day, period.deadline) == (
        title, first, last, deadline)
    assert period_title(kind, 2024, number) == title


def test_the_deadline_follows_the_setting(province) -> None:
    with override_settings(REPORT_DEADLINE_WORKING_DAYS=5):
        assert period_window("six_month", 2024).deadline == date(2024, 6, 21)


def test_a_yearly_kind_ignores_the_number(province) -> None:
    period = open_period("annual", 2024, 7)
    assert period.number == 1
    assert period.title == "Báo cáo năm 2024"


@pytest.mark.parametrize(("kind", "year", "number", "field", "message"), [
    ("monthly", 2024, 13, "number", "Báo cáo tháng cần tháng từ 1 đến 12."),
    ("quarterly", 2024, 5, "number", "Báo cáo quý cần quý từ 1 đến 4."),
    ("weekly", 2024, 1, "kind", "Hãy chọn loại kỳ báo cáo."),
    ("annual", 1999, 1, "year", "Năm báo cáo phải từ 2000 đến 2100."),
])
def test_a_period_the_decree_does_not_have_is_refused(province, kind: str, year: int,
                                                      number: int, field: str,
                                                      message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        open_period(kind, year, number, units=["ST-BAO"])
    assert raised.value.message_dict == {field: [message]}
    assert not ReportingPeriod.objects.exists()


def test_it_asks_the_plans_units_by_default(province) -> None:
    period = open_period()
    assert codes(period) == PLAN_UNITS
    assert period.created_by.username == "dieuphoi"
    assert period.plan == plan()


def test_units_that_ended_before_the_last_day_are_not_asked_by_default(province) -> None:
    # Báo Sóc Trăng ended on 30/6/2025, when the new Cần Thơ city was formed.
    assert "ST-BAO" in [u.code for u in default_units(plan(), on=date(2025, 6, 30))]
    assert "ST-BAO" not in [u.code for u in default_units(plan(), on=date(2025, 7, 1))]


def test_a_unit_that_no_longer_exists_cannot_be_asked(province) -> None:
    with pytest.raises(ValidationError) as raised:
        open_period("annual", 2025, units=["ST-BAO", "ST-STTTT"])
    assert raised.value.message_dict["units"] == [
        "Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: Báo và Phát thanh, "
        "Truyền hình Cần Thơ.",
        "Đơn vị Sở Thông tin và Truyền thông tỉnh Sóc Trăng đã chấm dứt từ 01/03/2025; đơn vị "
        "kế thừa: Sở Khoa học và Công nghệ thành phố Cần Thơ, Sở Văn hóa, Thể thao và Du lịch "
        "thành phố Cần Thơ."]


def test_a_period_asks_at_least_one_unit(province) -> None:
    with pytest.raises(ValidationError) as raised:
        open_period(units=[])
    assert raised.value.message_dict["units"] == ["Chọn ít nhất một đơn vị phải báo cáo."]


def test_the_deadline_may_be_changed_but_not_before_the_last_day(province) -> None:
    assert open_period(deadline=date(2024, 6, 17)).deadline == date(2024, 6, 17)
    with pytest.raises(ValidationError) as raised:
        open_period("quarterly", 2024, 2, deadline=date(2024, 6, 13))
    assert raised.value.message_dict["deadline"] == [
        "Hạn gửi báo cáo không được trước ngày chốt số liệu 14/06/2024."]


def test_a_second_regular_period_is_refused_with_a_message(province) -> None:
    open_period()
    with pytest.raises(ValidationError) as raised:
        open_period()
    assert raised.value.messages == [
        "Sở Thông tin và Truyền thông tỉnh Sóc Trăng đã có kỳ “Báo cáo 6 tháng đầu năm 2024”. "
        "Nếu đây là yêu cầu báo cáo đột xuất, hãy ghi văn bản yêu cầu."]
    assert ReportingPeriod.objects.count() == 1


def test_an_ad_hoc_request_sits_beside_the_regular_period(province) -> None:
    regular = open_period()
    asked = open_period(request=LETTER, deadline=date(2024, 6, 20), units=["ST-BAO", "ST-CA"])
    assert asked.is_ad_hoc and not regular.is_ad_hoc
    assert asked.title == regular.title
    assert (asked.first_day, asked.last_day) == (regular.first_day, regular.last_day)
    assert asked.deadline == date(2024, 6, 20)
    assert codes(asked) == ["ST-BAO", "ST-CA"]
    with pytest.raises(ValidationError) as raised:
        open_period(request=f"  {LETTER} ")
    assert raised.value.messages == ["Đã có kỳ báo cáo theo văn bản yêu cầu này."]


def test_another_receiving_unit_has_its_own_periods(province) -> None:
    open_period()
    other = period_create(
        user=User.objects.get(username="dieuphoi"), kind="six_month", year=2024,
        receiving_unit=Unit.objects.get(code="ST-CA"), form=ReportForm.objects.first(),
        units=Unit.objects.filter(code="ST-STTTT"))
    assert other.title == "Báo cáo 6 tháng đầu năm 2024"


def test_the_parent_period_must_ask_the_receiving_unit(province) -> None:
    ministry = period_create(
        user=User.objects.get(username="dieuphoi"), kind="six_month", year=2024,
        receiving_unit=Unit.objects.get(code="ST"), form=ReportForm.objects.first(),
        units=Unit.objects.filter(code__in=["ST-STTTT", "ST-CA"]))
    assert open_period(parent=ministry).parent == ministry
    elsewhere = period_create(
        user=User.objects.get(username="dieuphoi"), kind="annual", year=2024,
        receiving_unit=Unit.objects.get(code="ST"), form=ReportForm.objects.first(),
        units=Unit.objects.filter(code="ST-CA"))
    with pytest.raises(ValidationError) as raised:
        open_period("annual", parent=elsewhere)
    assert raised.value.message_dict["parent"] == [
        "Sở Thông tin và Truyền thông tỉnh Sóc Trăng không thuộc các đơn vị phải báo cáo của "
        "kỳ cấp trên “Báo cáo năm 2024”."]


@pytest.mark.parametrize("username", ["baosoctrang", "sotttt", "lanhdao"])
def test_only_coordinators_open_periods(province, username: str) -> None:
    with pytest.raises(PermissionDenied):
        period_create(user=User.objects.get(username=username), kind="six_month", year=2024,
                      receiving_unit=Unit.objects.get(code="ST-STTTT"),
                      form=ReportForm.objects.first(), units=Unit.objects.filter(code="ST-BAO"))
    assert not ReportingPeriod.objects.exists()


def test_generating_the_year_opens_what_is_missing_and_only_that(province, coordinator) -> None:
    arguments: dict[str, Any] = {
        "user": coordinator, "year": 2024, "kinds": ["quarterly", "six_month", "annual"],
        "receiving_unit": Unit.objects.get(code="ST-STTTT"), "plan": plan(),
        "form": ReportForm.objects.first()}
    existing = open_period("quarterly", 2024, 2)
    asked = open_period(request=LETTER, units=["ST-BAO"])
    created = periods_generate(**arguments)
    assert [p.title for p in created] == [
        "Báo cáo quý I/2024", "Báo cáo quý III/2024", "Báo cáo quý IV/2024",
        "Báo cáo 6 tháng đầu năm 2024", "Báo cáo năm 2024"]
    assert all(codes(p) == PLAN_UNITS for p in created)
    assert periods_generate(**arguments) == []
    assert ReportingPeriod.objects.count() == 7
    assert ReportingPeriod.objects.filter(pk__in=[existing.pk, asked.pk]).count() == 2


def test_generating_asks_each_period_the_units_still_existing(province, coordinator) -> None:
    created = periods_generate(
        user=coordinator, year=2025, kinds=["quarterly"],
        receiving_unit=Unit.objects.get(code="ST"), plan=plan(),
        form=ReportForm.objects.first(), units=Unit.objects.filter(code__in=["ST-BAO", "ST-CA"]))
    # The Sóc Trăng units ended on 30/6/2025: quarters I and II only.
    assert [(p.title, codes(p)) for p in created] == [
        ("Báo cáo quý I/2025", ["ST-BAO", "ST-CA"]), ("Báo cáo quý II/2025", ["ST-BAO", "ST-CA"])]


def test_generating_needs_a_kind(province, coordinator) -> None:
    with pytest.raises(ValidationError) as raised:
        periods_generate(user=coordinator, year=2024, kinds=[],
                         receiving_unit=Unit.objects.get(code="ST-STTTT"), plan=plan(),
                         form=ReportForm.objects.first())
    assert raised.value.message_dict == {"kinds": ["Chọn ít nhất một loại kỳ báo cáo."]}


def test_only_coordinators_generate(province, reporter) -> None:
    with pytest.raises(PermissionDenied):
        periods_generate(user=reporter, year=2024, kinds=["annual"],
                         receiving_unit=Unit.objects.get(code="ST-STTTT"), plan=plan(),
                         form=ReportForm.objects.first())


def test_updating_keeps_the_window_and_the_units_that_opened_their_report(
        province, coordinator, unit) -> None:
    period = open_period()
    Submission.objects.create(period=period, unit=unit("ST-BAO"))
    period_update(user=coordinator, period=period, deadline=date(2024, 6, 25),
                  request=LETTER, units=[unit("ST-BAO"), unit("ST-DAI")])
    period.refresh_from_db()
    assert (period.deadline, period.request, codes(period)) == (
        date(2024, 6, 25), LETTER, ["ST-BAO", "ST-DAI"])
    assert (period.first_day, period.last_day) == (date(2023, 12, 15), date(2024, 6, 14))
    with pytest.raises(ValidationError) as raised:
        period_update(user=coordinator, period=period, units=[unit("ST-DAI")])
    assert raised.value.message_dict["units"] == [
        "Không bỏ được đơn vị đã mở báo cáo trong kỳ: Báo Sóc Trăng."]
    other = ReportForm.objects.create(name="Báo cáo chuyên đề", figure_kinds=[])
    with pytest.raises(ValidationError) as raised:
        period_update(user=coordinator, period=period, form=other)
    assert "form" in raised.value.message_dict
    period.refresh_from_db()
    assert codes(period) == ["ST-BAO", "ST-DAI"]


def test_updating_refuses_a_deadline_before_the_last_day(province, coordinator) -> None:
    period = open_period()
    with pytest.raises(ValidationError):
        period_update(user=coordinator, period=period, deadline=date(2024, 6, 1))
    period.refresh_from_db()
    assert period.deadline == date(2024, 6, 18)


def test_updating_into_a_duplicate_is_refused(province, coordinator) -> None:
    open_period()
    asked = open_period(request=LETTER, units=["ST-BAO"])
    with pytest.raises(ValidationError) as raised:
        period_update(user=coordinator, period=asked, request="")
    assert "đã có kỳ “Báo cáo 6 tháng đầu năm 2024”" in raised.value.messages[0]
    asked.refresh_from_db()
    assert asked.request == LETTER


def test_closing_records_who_and_when_and_reopening_clears_it(province, coordinator) -> None:
    period = open_period()
    period_close(user=coordinator, period=period)
    period.refresh_from_db()
    assert period.is_closed and period.closed_by == coordinator
    with pytest.raises(ValidationError, match="đã khóa lúc"):
        period_close(user=coordinator, period=period)
    period_reopen(user=coordinator, period=period)
    period.refresh_from_db()
    assert not period.is_closed and period.closed_by is None
    with pytest.raises(ValidationError, match="đang mở"):
        period_reopen(user=coordinator, period=period)


def test_reporters_cannot_close(province, reporter) -> None:
    period = open_period()
    with pytest.raises(PermissionDenied):
        period_close(user=reporter, period=period)


def test_the_lists_count_sent_and_approved_reports(province, unit, reporter,
                                                   django_assert_num_queries) -> None:
    first = open_period()
    second = open_period("annual")
    Submission.objects.create(period=first, unit=unit("ST-BAO"), status="submitted")
    Submission.objects.create(period=first, unit=unit("ST-DAI"), status="approved")
    Submission.objects.create(period=first, unit=unit("ST-CA"), status="draft")
    with django_assert_num_queries(2):
        counts = period_counts([first, second])
    assert [(c.asked, c.sent, c.approved) for c in counts] == [(9, 2, 1), (9, 0, 0)]
    rows = reporter_rows(reporter)
    assert [(r.period.title, r.unit.code, r.submission and r.submission.status)
            for r in rows] == [("Báo cáo năm 2024", "ST-BAO", None),
                               ("Báo cáo 6 tháng đầu năm 2024", "ST-BAO", "submitted")]
