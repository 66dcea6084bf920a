"""The notices that matter to a unit, each told once to its reporters, e-mailed to those who
chose that kind on their profile: a new period, a deadline in three days, a report returned
or approved."""

from datetime import date

import pytest
from django.core import mail
from django.utils import timezone

from accounts.services import notice_email_update, user_create
from reporting.models import Notice, Reminder, ReportForm, SubmissionStatus
from reporting.services.periods import period_update, periods_generate
from reporting.services.reminders import reminders_send
from reporting.services.workflow import submission_approve, submission_return
from reporting.tests.builders import COMMENT, local, make_submission, open_period, plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """`with commit():` runs what waits for the end of the transaction, as a real request."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def reporters(unit, reporter):
    """Báo Sóc Trăng's reporter wants every e-mail; the radio station's wants none by e-mail."""
    reporter.email = "cuong.baosoctrang@soctrang.gov.vn"
    reporter.save(update_fields=["email"])
    radio = user_create(username="daisoctrang", password="Kehoach@2024", role="reporter",
                        full_name="Thạch Thị Sa Rây", email="saray.dai@soctrang.gov.vn",
                        units=[unit("ST-DAI")])
    notice_email_update(user=radio, kinds=[])
    return reporter, radio


@pytest.fixture
def january_2024(monkeypatch) -> date:
    """Today is 10 January 2024: the year's periods are all still ahead, so they are news."""
    today = date(2024, 1, 10)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today)
    return today


def test_a_new_period_tells_each_asked_units_reporters_once(reporters, commit,
                                                           january_2024) -> None:
    bao, _radio = reporters
    with commit():
        period = open_period(units=["ST-BAO", "ST-DAI", "ST-HLHPN"])
    assert sorted(Notice.objects.values_list("user__username", flat=True)) == [
        "baosoctrang", "daisoctrang"]
    notice = Notice.objects.get(user=bao)
    assert notice.url == period.get_absolute_url()
    assert notice.text.startswith("Sở Thông tin và Truyền thông")
    assert f"yêu cầu Báo Sóc Trăng gửi báo cáo “{period.title}”" in notice.text
    [email] = mail.outbox  # the radio station's reporter wants no e-mail of it
    assert email.to == [bao.email]
    assert email.subject.startswith(f"Kỳ báo cáo mới: {period.title}, hạn ")
    assert email.body.startswith("Kính gửi Lê Văn Cường,")
    assert period.get_absolute_url() in email.body


def test_a_unit_added_later_is_told_and_the_others_not_again(reporters, coordinator, unit,
                                                             january_2024) -> None:
    bao, radio = reporters
    period = open_period(units=["ST-BAO"])
    period_update(user=coordinator, period=period, units=[unit("ST-BAO"), unit("ST-DAI")])
    assert Notice.objects.filter(user=bao).count() == 1
    assert Notice.objects.filter(user=radio).count() == 1


def test_a_past_period_tells_nobody(reporters) -> None:
    open_period(units=["ST-BAO", "ST-DAI"])  # its deadline, 18/06/2024, has passed
    assert not Notice.objects.exists()


def test_a_years_periods_opened_at_once_make_one_notice_per_person(
        reporters, coordinator, unit, commit, january_2024) -> None:
    bao, _radio = reporters
    with commit():
        created = periods_generate(user=coordinator, year=2024,
                                   kinds=["monthly", "quarterly"],
                                   receiving_unit=unit("ST-STTTT"), plan=plan(),
                                   form=ReportForm.objects.order_by("pk").first(),
                                   units=[unit("ST-BAO")])
    assert len(created) == 16
    notice = Notice.objects.get()
    assert notice.user == bao
    assert notice.text.startswith("Báo Sóc Trăng có 16 kỳ báo cáo mới phải gửi")
    assert len(mail.outbox) == 1


def test_the_deadline_in_three_days_is_told_once_however_often_the_job_runs(
        reporters, commit) -> None:
    bao, radio = reporters
    period = open_period(units=["ST-BAO", "ST-DAI"])
    three_days_before = date(2024, 6, 15)
    assert period.deadline == date(2024, 6, 18)
    with commit():
        reminders_send(today=three_days_before)
        reminders_send(today=three_days_before)
    assert Notice.objects.filter(user=bao).count() == 1
    assert Notice.objects.filter(user=radio).count() == 1
    assert Reminder.objects.filter(period=period, sent_on=three_days_before).count() == 2
    assert [email.to for email in mail.outbox] == [[bao.email]]
    assert "Còn 3 ngày đến hạn gửi báo cáo" in Notice.objects.get(user=bao).text


def test_a_return_and_an_approval_follow_the_senders_choice(reporters, coordinator, unit,
                                                            commit) -> None:
    bao, _radio = reporters
    period = open_period(units=["ST-BAO"])
    sent = make_submission(period, unit("ST-BAO"), status=SubmissionStatus.SUBMITTED,
                           sent=local(2024, 6, 17), by=bao)
    notice_email_update(user=bao, kinds=["period", "guidance", "deadline"])
    with commit():
        submission_return(user=coordinator, submission=sent, comment=COMMENT)
    assert Notice.objects.filter(user=bao).count() == 1  # in the app always
    assert mail.outbox == []
    notice_email_update(user=bao, kinds=["review"])
    sent.status = SubmissionStatus.SUBMITTED
    sent.save(update_fields=["status"])
    with commit():
        submission_approve(user=coordinator, submission=sent)
    assert Notice.objects.filter(user=bao).count() == 2
    [email] = mail.outbox
    assert email.subject.startswith("Báo cáo đã được duyệt: ")
