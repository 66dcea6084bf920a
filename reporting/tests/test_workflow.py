"""The report workflow: every step, every refusal (nothing changed), and who is told.

Also the small helpers the other FLOW test modules share: the demo province's six-month
period of 2024 and unit reports made directly in the database.
"""

import threading

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction

from accounts.services import user_create
from reporting.models import (
    EventAction,
    Notice,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from reporting.services.drafts import section_save, submission_open
from reporting.services.workflow import (
    submission_approve,
    submission_reopen,
    submission_return,
    submission_submit,
)
from reporting.tests.builders import COMMENT, TEXTS, counts, local, make_submission, workflow_period

pytestmark = pytest.mark.django_db

@pytest.fixture
def period(unit) -> ReportingPeriod:
    return workflow_period(unit)


@pytest.fixture
def draft(period, unit) -> Submission:
    return make_submission(period, unit("ST-BAO"))


@pytest.fixture
def sent(period, unit, reporter) -> Submission:
    return make_submission(period, unit("ST-BAO"), status=SubmissionStatus.SUBMITTED,
                           sent=local(2024, 6, 17), by=reporter)


@pytest.fixture
def approved(sent, coordinator) -> Submission:
    return submission_approve(user=coordinator, submission=sent)


@pytest.fixture
def mailbox(reporter) -> list[mail.EmailMessage]:
    """The reporter has an address; e-mails leave when the step's transaction commits."""
    reporter.email = "cuong.baosoctrang@soctrang.gov.vn"
    reporter.save(update_fields=["email"])
    return mail.outbox


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """`with commit():` runs what waits for the end of the transaction, as a real request."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        raise ConnectionRefusedError("mail.soctrang.gov.vn:25")


def test_it_sends_a_draft_and_locks_it_for_the_unit(draft, reporter) -> None:
    result = submission_submit(user=reporter, submission=draft)
    assert result.status == draft.status == SubmissionStatus.SUBMITTED
    assert not draft.is_editable
    draft.refresh_from_db()
    assert draft.submitted_by == reporter and draft.submitted_at is not None
    event = draft.events.get()
    assert (event.action, event.actor, event.comment) == (EventAction.SUBMITTED, reporter, "")


def test_it_runs_the_whole_loop_and_records_every_step(draft, reporter, coordinator,
                                                       mailbox, commit) -> None:
    with commit():
        submission_submit(user=reporter, submission=draft)
        submission_return(user=coordinator, submission=draft, comment=f"  {COMMENT}\n")
        assert draft.status == SubmissionStatus.RETURNED and draft.is_editable
        submission_submit(user=reporter, submission=draft)
        submission_approve(user=coordinator, submission=draft)
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.APPROVED
    assert draft.approved_by == coordinator and draft.approved_at is not None
    steps = [(e.action, e.actor, e.comment) for e in draft.events.order_by("at", "pk")]
    assert steps == [
        (EventAction.SUBMITTED, reporter, ""),
        (EventAction.RETURNED, coordinator, COMMENT),
        (EventAction.RESUBMITTED, reporter, ""),
        (EventAction.APPROVED, coordinator, ""),
    ]
    assert [m.subject for m in mailbox] == [
        "Báo cáo bị trả lại: Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm 2024",
        "Báo cáo đã được duyệt: Báo cáo kết quả thực hiện Đề án 6 tháng đầu năm 2024",
    ]


def test_it_tells_the_sender_why_the_report_came_back(sent, reporter, coordinator,
                                                      mailbox, commit) -> None:
    with commit():
        submission_return(user=coordinator, submission=sent, comment=COMMENT)
    notice = Notice.objects.get()
    assert notice.user == reporter and notice.read_at is None
    assert notice.url == sent.get_absolute_url()
    assert notice.text.startswith("Trần Thị Bình đã trả lại báo cáo “Báo cáo kết quả thực hiện "
                                  "Đề án 6 tháng đầu năm 2024” của Báo Sóc Trăng.")
    assert COMMENT in notice.text
    [email] = mailbox
    assert email.to == ["cuong.baosoctrang@soctrang.gov.vn"]
    assert email.body.startswith("Kính gửi Lê Văn Cường,")
    assert "Ý kiến của người trả lại:\n" + COMMENT in email.body
    assert "hạn gửi của kỳ báo cáo: 18/06/2024" in email.body
    assert sent.get_absolute_url() in email.body


def test_it_tells_the_sender_of_the_approval(sent, reporter, coordinator, mailbox,
                                             commit) -> None:
    with commit():
        submission_approve(user=coordinator, submission=sent)
    assert Notice.objects.get().text == ("Trần Thị Bình đã duyệt báo cáo “Báo cáo kết quả thực "
                                         "hiện Đề án 6 tháng đầu năm 2024” của Báo Sóc Trăng.")
    assert "đã duyệt báo cáo" in mailbox[0].body


def test_a_user_without_an_address_gets_the_notice_only(sent, reporter, coordinator,
                                                        commit) -> None:
    with commit():
        submission_return(user=coordinator, submission=sent, comment=COMMENT)
    assert Notice.objects.filter(user=reporter).count() == 1
    assert mail.outbox == []


def test_no_mail_leaves_before_the_step_is_committed(sent, coordinator, mailbox,
                                                     django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        submission_approve(user=coordinator, submission=sent)
    assert len(waiting) == 1 and mailbox == []


def test_a_mail_server_down_does_not_undo_the_approval(sent, coordinator, mailbox, settings,
                                                       caplog, commit) -> None:
    settings.EMAIL_BACKEND = "reporting.tests.test_workflow.BrokenBackend"
    with commit():
        submission_approve(user=coordinator, submission=sent)
    assert counts(sent)[0] == SubmissionStatus.APPROVED
    assert Notice.objects.count() == 1
    assert "could not send 1 e-mail" in caplog.text


def test_a_reporter_who_left_is_replaced_by_the_units_reporters(sent, reporter, coordinator,
                                                               unit) -> None:
    colleague = user_create(username="thuky.bao", password="Kehoach@2024", role="reporter",
                            full_name="Trịnh Thị Mai", units=[unit("ST-BAO")])
    reporter.is_active = False
    reporter.save(update_fields=["is_active"])
    submission_return(user=coordinator, submission=sent, comment=COMMENT)
    assert list(Notice.objects.values_list("user", flat=True)) == [colleague.pk]


def test_it_reopens_an_approved_report_with_the_reason_on_record(approved, coordinator,
                                                                reporter) -> None:
    reason = "Sở Tư pháp đề nghị đính chính số người tham dự hội nghị ngày 12/4/2024."
    submission_reopen(user=coordinator, submission=approved, reason=reason)
    approved.refresh_from_db()
    assert approved.status == SubmissionStatus.RETURNED and approved.is_editable
    assert (approved.approved_at, approved.approved_by) == (None, None)
    event = approved.events.order_by("-at", "-pk").first()
    assert (event.action, event.actor, event.comment) == (EventAction.REOPENED, coordinator,
                                                          reason)
    assert "Lý do: " + reason in Notice.objects.filter(user=reporter).first().text
    submission_submit(user=reporter, submission=approved)
    assert approved.events.order_by("-at", "-pk").first().action == EventAction.RESUBMITTED


def test_it_reopens_a_report_waiting_for_review(sent, coordinator) -> None:
    submission_reopen(user=coordinator, submission=sent, reason="Gửi nhầm bản dự thảo.")
    assert sent.status == SubmissionStatus.RETURNED


def _refused(error: type[Exception], step, submission: Submission, message: str = "") -> None:
    before = counts(submission)
    with pytest.raises(error) as raised:
        step()
    assert counts(submission) == before
    if message:
        assert message in " ".join(getattr(raised.value, "messages", [str(raised.value)]))


def test_it_refuses_a_report_sent_after_the_period_closed(draft, reporter, coordinator) -> None:
    ReportingPeriod.objects.filter(pk=draft.period_id).update(closed_at=local(2024, 6, 20, 17),
                                                               closed_by=coordinator)
    _refused(ValidationError, lambda: submission_submit(user=reporter, submission=draft), draft,
             "Kỳ báo cáo đã khóa ngày 20/06/2024; không nhận thêm báo cáo.")


def test_it_refuses_to_send_an_approved_report(approved, reporter) -> None:
    _refused(ValidationError, lambda: submission_submit(user=reporter, submission=approved),
             approved, "Báo cáo đã được duyệt ngày")


def test_it_refuses_to_send_twice(sent, reporter) -> None:
    _refused(ValidationError, lambda: submission_submit(user=reporter, submission=sent), sent,
             "Báo cáo đã gửi ngày 17/06/2024 bởi Lê Văn Cường và đang chờ duyệt.")


def test_it_refuses_to_send_an_empty_report(period, unit, reporter) -> None:
    empty = make_submission(period, unit("ST-BAO"), texts={1: "  \n"})
    _refused(ValidationError, lambda: submission_submit(user=reporter, submission=empty), empty,
             "Báo cáo chưa có nội dung")


@pytest.mark.parametrize("who", ["lead_reporter", "coordinator", "viewer"])
def test_only_the_units_reporters_send_its_report(draft, who, request) -> None:
    user = request.getfixturevalue(who)
    _refused(PermissionDenied, lambda: submission_submit(user=user, submission=draft), draft,
             "Anh/chị chỉ được soạn và gửi báo cáo của đơn vị mình.")


@pytest.mark.parametrize("who", ["reporter", "lead_reporter", "viewer"])
def test_only_coordinators_review(sent, who, request) -> None:
    user = request.getfixturevalue(who)
    message = "Chỉ cán bộ điều phối được duyệt, trả lại hoặc mở lại báo cáo."
    _refused(PermissionDenied, lambda: submission_approve(user=user, submission=sent), sent,
             message)
    _refused(PermissionDenied, lambda: submission_return(user=user, submission=sent,
                                                         comment=COMMENT), sent, message)
    _refused(PermissionDenied, lambda: submission_reopen(user=user, submission=sent,
                                                         reason=COMMENT), sent, message)


def test_it_refuses_a_return_without_a_comment(sent, coordinator, mailbox, commit) -> None:
    with commit():
        _refused(ValidationError, lambda: submission_return(user=coordinator, submission=sent,
                                                            comment=" \n\t"), sent,
                 "Hãy ghi ý kiến khi trả lại báo cáo")
    assert mailbox == []


def test_it_refuses_a_reopening_without_a_reason(approved, coordinator) -> None:
    _refused(ValidationError, lambda: submission_reopen(user=coordinator, submission=approved,
                                                        reason=""), approved,
             "Hãy ghi lý do mở lại báo cáo.")


@pytest.mark.parametrize("status", [SubmissionStatus.DRAFT, SubmissionStatus.RETURNED])
def test_it_refuses_to_review_what_was_not_sent(period, unit, coordinator, status) -> None:
    submission = make_submission(period, unit("ST-BAO"), status=status)
    _refused(ValidationError, lambda: submission_approve(user=coordinator, submission=submission),
             submission, "chỉ duyệt hoặc trả lại được báo cáo đã gửi và đang chờ duyệt")
    _refused(ValidationError, lambda: submission_return(user=coordinator, submission=submission,
                                                        comment=COMMENT), submission)
    _refused(ValidationError, lambda: submission_reopen(user=coordinator, submission=submission,
                                                        reason=COMMENT), submission,
             "không cần mở lại")


def test_it_refuses_to_return_or_approve_an_approved_report(approved, coordinator) -> None:
    message = "Báo cáo đã được duyệt ngày"
    _refused(ValidationError, lambda: submission_approve(user=coordinator, submission=approved),
             approved, message)
    _refused(ValidationError, lambda: submission_return(user=coordinator, submission=approved,
                                                        comment=COMMENT), approved,
             "muốn sửa phải mở lại báo cáo, kèm lý do")


def test_the_second_reviewer_finds_the_report_decided(sent, coordinator, administrator) -> None:
    """Both opened the page while it waited; the first one approved it."""
    stale = Submission.objects.get(pk=sent.pk)
    submission_approve(user=administrator, submission=sent)
    _refused(ValidationError, lambda: submission_return(user=coordinator, submission=stale,
                                                        comment=COMMENT), sent,
             "Báo cáo đã được duyệt ngày")
    assert sent.events.filter(action=EventAction.APPROVED).count() == 1


def test_it_refuses_to_give_back_a_report_once_the_period_is_closed(sent, approved, coordinator
                                                                    ) -> None:
    ReportingPeriod.objects.filter(pk=sent.period_id).update(closed_at=local(2024, 7, 1))
    _refused(ValidationError, lambda: submission_reopen(user=coordinator, submission=approved,
                                                        reason=COMMENT), approved,
             "Kỳ báo cáo đã khóa ngày 01/07/2024; đơn vị không gửi lại được.")


def test_approving_a_late_report_after_the_period_closed_is_allowed(sent, coordinator) -> None:
    ReportingPeriod.objects.filter(pk=sent.period_id).update(closed_at=local(2024, 7, 1))
    assert submission_approve(user=coordinator, submission=sent).status == "approved"


def test_a_report_written_through_the_drafts_is_frozen_once_sent(period, unit, reporter,
                                                                coordinator) -> None:
    """With the FORM part's services: an empty draft is refused, a written one is sent, and
    from then on its text cannot change, least of all once approved."""
    submission = submission_open(user=reporter, period=period, unit=unit("ST-BAO"))
    _refused(ValidationError, lambda: submission_submit(user=reporter, submission=submission),
             submission, "Báo cáo chưa có nội dung")
    section = submission.sections.get(position=2)
    section = section_save(user=reporter, section=section, text=TEXTS[2], version=section.version)
    submission_submit(user=reporter, submission=submission)
    with pytest.raises(ValidationError):
        section_save(user=reporter, section=section, text="Sửa sau khi gửi.",
                     version=section.version)
    submission_approve(user=coordinator, submission=submission)
    with pytest.raises(ValidationError):
        section_save(user=reporter, section=section, text="Sửa sau khi duyệt.",
                     version=section.version)
    section.refresh_from_db()
    assert section.text == TEXTS[2]
    assert [e.action for e in submission.events.order_by("at", "pk")] == [
        EventAction.CREATED, EventAction.SUBMITTED, EventAction.APPROVED]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reviewer_waits_for_the_other_and_then_finds_the_report_decided(
        unit, reporter, coordinator, administrator) -> None:
    """On PostgreSQL the row lock makes the second reviewer wait for the first to commit."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks; its writes are serialised anyway")
    sent = make_submission(workflow_period(unit), unit("ST-BAO"), status=SubmissionStatus.SUBMITTED,
                           sent=local(2024, 6, 17), by=reporter)
    locked, release = threading.Event(), threading.Event()

    def first_reviewer() -> None:
        try:
            with transaction.atomic():
                Submission.objects.select_for_update().get(pk=sent.pk)
                locked.set()
                release.wait(5)
                submission_approve(user=administrator, submission=sent)
        finally:
            connection.close()

    thread = threading.Thread(target=first_reviewer)
    thread.start()
    assert locked.wait(5)
    threading.Timer(0.3, release.set).start()
    with pytest.raises(ValidationError, match="Báo cáo đã được duyệt ngày"):
        submission_return(user=coordinator, submission=Submission.objects.get(pk=sent.pk),
                          comment=COMMENT)
    thread.join(5)
    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.APPROVED
    assert [e.action for e in sent.events.order_by("at", "pk")] == [EventAction.SUBMITTED,
                                                                    EventAction.APPROVED]
