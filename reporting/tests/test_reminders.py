"""Reminders before and after the deadline, on the right days, never twice, and the command.

The period's deadline is Tuesday 18 June 2024; with the settings' (3, 1) days before and
(1, 3, 7, 14) after, the command writes on 15, 17, 19 and 21 June, 25 June and 2 July.
"""

from datetime import date
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command

from accounts.services import user_create
from reporting.models import Notice, Reminder, ReminderKind, SubmissionStatus
from reporting.services.reminders import reminders_due, reminders_send
from reporting.tests.builders import local, make_submission, workflow_period

pytestmark = pytest.mark.django_db


@pytest.fixture
def radio_reporter(unit):
    """The radio station's reporter, with an address; the Women's Union has no reporter."""
    return user_create(username="daisoctrang", password="Kehoach@2024", role="reporter",
                       full_name="Thạch Thị Sa Rây", email="saray.dai@soctrang.gov.vn",
                       units=[unit("ST-DAI")])


@pytest.fixture
def period(unit, radio_reporter, reporter, lead_reporter):
    """Báo Sóc Trăng has a draft; the Department has sent; the radio station has nothing yet."""
    period = workflow_period(unit)
    make_submission(period, unit("ST-BAO"))
    make_submission(period, unit("ST-STTTT"), status=SubmissionStatus.SUBMITTED,
                    sent=local(2024, 6, 14), by=lead_reporter)
    return period


def due_on(day: date) -> list[tuple[str, str, int]]:
    return [(item.unit.code, item.kind, item.days) for item in reminders_due(today=day)]


def run(day: str, *options: str) -> str:
    out = StringIO()
    call_command("report_reminders", "--date", day, *options, stdout=out)
    return out.getvalue()


def test_units_are_reminded_on_the_scheduled_days_only(period) -> None:
    missing = ["ST-BAO", "ST-DAI", "ST-HLHPN"]
    assert due_on(date(2024, 6, 14)) == []
    assert sorted(due_on(date(2024, 6, 15))) == [(code, "before", 3) for code in missing]
    assert due_on(date(2024, 6, 16)) == []
    assert sorted(due_on(date(2024, 6, 17))) == [(code, "before", 1) for code in missing]
    assert due_on(date(2024, 6, 18)) == []
    assert sorted(due_on(date(2024, 6, 19))) == [(code, "after", 1) for code in missing]
    assert sorted(due_on(date(2024, 6, 21))) == [(code, "after", 3) for code in missing]
    assert due_on(date(2024, 6, 22)) == []
    assert sorted(due_on(date(2024, 6, 25))) == [(code, "after", 7) for code in missing]
    assert sorted(due_on(date(2024, 7, 2))) == [(code, "after", 14) for code in missing]
    assert due_on(date(2024, 7, 3)) == []


def test_the_days_come_from_the_settings(period, settings) -> None:
    settings.REPORT_REMIND_DAYS_BEFORE = (5,)
    settings.REPORT_REMIND_DAYS_AFTER = (2,)
    assert {kind for _code, kind, _days in due_on(date(2024, 6, 13))} == {"before"}
    assert due_on(date(2024, 6, 15)) == []
    assert {days for _code, _kind, days in due_on(date(2024, 6, 20))} == {2}


def test_a_returned_report_is_missing_until_sent_again(period, unit, coordinator) -> None:
    period.submissions.filter(unit=unit("ST-STTTT")).update(status=SubmissionStatus.RETURNED)
    assert "ST-STTTT" in {code for code, _kind, _days in due_on(date(2024, 6, 17))}
    period.submissions.filter(unit=unit("ST-STTTT")).update(status=SubmissionStatus.APPROVED)
    assert "ST-STTTT" not in {code for code, _kind, _days in due_on(date(2024, 6, 17))}


def test_a_closed_period_reminds_nobody(period) -> None:
    period.closed_at = local(2024, 6, 16)
    period.save(update_fields=["closed_at"])
    assert due_on(date(2024, 6, 17)) == []


def test_the_command_sends_notices_and_mail_once_a_day(period, reporter, radio_reporter,
                                                      unit, django_capture_on_commit_callbacks
                                                      ) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        output = run("2024-06-17")
    assert "Báo Sóc Trăng — Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm 2024 (hạn " \
           "18/06/2024): trước hạn 1 ngày, 1 người nhận" in output
    assert "Ngày 17/06/2024 đã nhắc 3 đơn vị (2 người nhận)." in output
    assert "Đơn vị chưa có cán bộ báo cáo nên không ai nhận được lời nhắc:" in output
    assert "  - Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng (Báo cáo kết quả thực hiện Đề án 6 tháng " \
           "đầu năm 2024)" in output
    reminders = {r.unit.code: r for r in Reminder.objects.select_related("unit")}
    assert {code: (r.kind, r.sent_on, r.recipients) for code, r in reminders.items()} == {
        "ST-BAO": ("before", date(2024, 6, 17), 1), "ST-DAI": ("before", date(2024, 6, 17), 1),
        "ST-HLHPN": ("before", date(2024, 6, 17), 0)}
    notice = Notice.objects.get(user=radio_reporter)
    assert notice.text == ("Còn 1 ngày đến hạn gửi báo cáo “Báo cáo kết quả thực hiện Đề án 6 "
                           "tháng đầu năm 2024” (hạn 18/06/2024); Đài Phát thanh và Truyền hình "
                           "Sóc Trăng chưa gửi báo cáo.")
    assert notice.url == period.get_absolute_url()
    draft = period.submissions.get(unit=unit("ST-BAO"))
    assert Notice.objects.get(user=reporter).url == draft.get_absolute_url()
    [email] = mail.outbox
    assert email.to == ["saray.dai@soctrang.gov.vn"]
    assert email.subject == ("Nhắc gửi báo cáo: Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm "
                             "2024, hạn 18/06/2024")
    assert "Số liệu từ ngày 15/12/2023 đến ngày 14/06/2024; hạn gửi: 18/06/2024." in email.body

    with django_capture_on_commit_callbacks(execute=True):
        again = run("2024-06-17")
    assert "Ngày 17/06/2024 đã nhắc 0 đơn vị (0 người nhận)." in again
    assert Reminder.objects.count() == 3 and Notice.objects.count() == 2
    assert len(mail.outbox) == 1


def test_after_the_deadline_the_reminder_says_how_late(period, radio_reporter) -> None:
    output = run("2024-06-21")
    assert "quá hạn 3 ngày" in output
    assert Notice.objects.get(user=radio_reporter).text == (
        "Báo cáo “Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm 2024” của Đài Phát thanh và "
        "Truyền hình Sóc Trăng đã quá hạn 3 ngày (hạn 18/06/2024) mà chưa được gửi.")
    assert set(Reminder.objects.values_list("kind", flat=True)) == {ReminderKind.AFTER}


def test_a_dry_run_sends_nothing(period) -> None:
    output = run("2024-06-15", "--dry-run")
    assert "trước hạn 3 ngày" in output
    assert "Ngày 15/06/2024 sẽ nhắc 3 đơn vị (2 người nhận); chưa gửi gì (--dry-run)." in output
    assert "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng" in output
    assert not Reminder.objects.exists() and not Notice.objects.exists()


def test_a_day_without_reminders(period) -> None:
    assert "Ngày 16/06/2024 đã nhắc 0 đơn vị (0 người nhận)." in run("2024-06-16")


def test_the_command_refuses_a_bad_date() -> None:
    with pytest.raises(CommandError, match="Ngày không hợp lệ: “17/06/2024”"):
        call_command("report_reminders", "--date", "17/06/2024")


def test_it_finds_the_due_reminders_in_a_constant_number_of_queries(
        period, unit, django_assert_num_queries) -> None:
    with django_assert_num_queries(4):
        reminders_due(today=date(2024, 6, 17))
    period.units.add(*[unit(code) for code in ("ST-SGDDT", "ST-CA", "ST-LDLD", "ST-DTN")])
    with django_assert_num_queries(4):
        assert len(reminders_due(today=date(2024, 6, 17))) == 7


def test_a_coordinator_reminds_the_missing_units_any_day_and_again(period, coordinator) -> None:
    first = reminders_send(today=date(2024, 6, 10), user=coordinator, period=period,
                           kind=ReminderKind.MANUAL)
    assert (first.units, first.recipients) == (3, 2)
    assert [due.unit.code for due in first.without_reporter] == ["ST-HLHPN"]
    again = reminders_send(today=date(2024, 6, 10), user=coordinator, period=period,
                           kind=ReminderKind.MANUAL)
    assert again.units == 3
    assert Reminder.objects.filter(kind=ReminderKind.MANUAL, sent_by=coordinator).count() == 6
    assert Notice.objects.filter(text__startswith="Trần Thị Bình nhắc: ").count() == 4


def test_a_manual_reminder_to_chosen_units(period, coordinator, unit) -> None:
    result = reminders_send(today=date(2024, 6, 20), user=coordinator, period=period,
                            units=[unit("ST-DAI"), unit("ST-STTTT")], kind=ReminderKind.MANUAL)
    assert [item.due.unit.code for item in result.sent] == ["ST-DAI"]  # the Department has sent
    assert "đã quá hạn 2 ngày" in Notice.objects.get().text


@pytest.mark.parametrize("who", ["reporter", "viewer"])
def test_only_coordinators_remind(period, who, request) -> None:
    with pytest.raises(PermissionDenied):
        reminders_send(today=date(2024, 6, 10), user=request.getfixturevalue(who),
                       period=period, kind=ReminderKind.MANUAL)
    assert not Reminder.objects.exists()


def test_no_manual_reminder_for_a_closed_period_or_when_all_have_sent(period, coordinator
                                                                      ) -> None:
    period.submissions.update(status=SubmissionStatus.SUBMITTED)
    period.units.set(period.submissions.values_list("unit", flat=True))
    with pytest.raises(ValidationError, match="không có đơn vị nào cần nhắc"):
        reminders_send(today=date(2024, 6, 10), user=coordinator, period=period,
                       kind=ReminderKind.MANUAL)
    period.closed_at = local(2024, 6, 30)
    period.save(update_fields=["closed_at"])
    with pytest.raises(ValidationError, match="Kỳ báo cáo đã khóa ngày 30/06/2024"):
        reminders_send(today=date(2024, 7, 1), user=coordinator, period=period,
                       kind=ReminderKind.MANUAL)
    assert not Reminder.objects.exists() and not Notice.objects.exists()
