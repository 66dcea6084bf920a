"""The life of a unit's report: draft → submitted → approved, or returned and sent again.

Each step is one transaction that first locks the submission row, so two reviewers pressing
"Duyệt" and "Trả lại" at the same moment cannot both act: the second one finds the report
already decided and is told so. A refused step changes nothing and says why in Vietnamese.
Every step leaves a SubmissionEvent (who, when, why), which is what the report page shows.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import NoticeKind, User
from accounts.permissions import check_can_review_unit_report
from kehoach.vntext.formats import vn_date
from reporting import notify
from reporting.models import EventAction, Submission, SubmissionEvent, SubmissionStatus
from reporting.permissions import check_can_review, check_can_write_submission

WORKFLOW_FIELDS = ("status", "submitted_at", "submitted_by", "approved_at", "approved_by")


def day(moment: datetime | None) -> str:
    """A moment as the local date written the Vietnamese way, 20/06/2024."""
    if moment is None:
        return ""
    return vn_date(timezone.localtime(moment).date())


def person(user: User | None) -> str:
    return str(user) if user is not None else _("(không rõ)")


def _lock(submission: Submission) -> Submission:
    """The submission as it is now in the database, locked until the transaction ends."""
    return (Submission.objects.select_for_update(of=("self",))
            .select_related("period", "unit", "submitted_by", "approved_by")
            .get(pk=submission.pk))


def _record(locked: Submission, caller: Submission, *, user: User, action: str,
            comment: str = "") -> SubmissionEvent:
    """Save the new state, log the step, and let the caller's object show the new state."""
    locked.save(update_fields=[*WORKFLOW_FIELDS, "updated_at"])
    for name in WORKFLOW_FIELDS:
        setattr(caller, name, getattr(locked, name))
    return SubmissionEvent.objects.create(submission=locked, action=action, actor=user,
                                          at=timezone.now(), comment=comment)


def _check_period_open(submission: Submission) -> None:
    period = submission.period
    if period.closed_at is not None:
        raise ValidationError(
            _("Kỳ báo cáo đã khóa ngày %(day)s; không nhận thêm báo cáo.")
            % {"day": day(period.closed_at)}, code="period_closed")


def _check_not_decided(submission: Submission) -> None:
    """Refusals shared by the steps that only apply to a report waiting for review."""
    if submission.status == SubmissionStatus.APPROVED:
        raise ValidationError(
            _("Báo cáo đã được duyệt ngày %(day)s bởi %(who)s; muốn sửa phải mở lại báo cáo, "
              "kèm lý do.")
            % {"day": day(submission.approved_at), "who": person(submission.approved_by)},
            code="approved")
    if submission.status != SubmissionStatus.SUBMITTED:
        raise ValidationError(
            _("Báo cáo đang ở trạng thái “%(status)s”; chỉ duyệt hoặc trả lại được báo cáo đã "
              "gửi và đang chờ duyệt.") % {"status": submission.get_status_display()},
            code="not_submitted")


def _required(text: str, message: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError(message, code="required")
    return text


@transaction.atomic
def _check_signed_if_asked(submission: Submission) -> None:
    """A period that asks for signed reports takes one only with a verified signed copy
    (signing app) uploaded after the report's last edit: the copy is of the text sent."""
    if not submission.period.require_signed:
        return
    edited = submission.sections.aggregate(last=Max("updated_at"))["last"]
    signed = submission.signed_documents.filter(verified=True)
    if edited is not None:
        signed = signed.filter(uploaded_at__gte=edited)
    if not signed.exists():
        raise ValidationError(_("Kỳ báo cáo này yêu cầu báo cáo được ký số: hãy tải báo cáo dạng "
                                "PDF, thủ trưởng đơn vị ký số, rồi tải bản đã ký lên (sau lần "
                                "sửa cuối) trước khi gửi."), code="unsigned")


def submission_submit(*, user: User, submission: Submission) -> Submission:
    """Send a draft or a returned report to the receiving unit; the unit can no longer edit it."""
    check_can_write_submission(user, submission.unit_id)
    locked = _lock(submission)
    if locked.status == SubmissionStatus.APPROVED:
        raise ValidationError(
            _("Báo cáo đã được duyệt ngày %(day)s bởi %(who)s; không gửi lại được.")
            % {"day": day(locked.approved_at), "who": person(locked.approved_by)},
            code="approved")
    if locked.status == SubmissionStatus.SUBMITTED:
        raise ValidationError(
            _("Báo cáo đã gửi ngày %(day)s bởi %(who)s và đang chờ duyệt.")
            % {"day": day(locked.submitted_at), "who": person(locked.submitted_by)},
            code="submitted")
    _check_period_open(locked)
    texts = list(locked.sections.values_list("text", flat=True))
    if texts and not any(text.strip() for text in texts):
        raise ValidationError(_("Báo cáo chưa có nội dung: hãy viết ít nhất một phần trước khi "
                                "gửi."), code="empty")
    _check_signed_if_asked(locked)
    action = (EventAction.RESUBMITTED if locked.status == SubmissionStatus.RETURNED
              else EventAction.SUBMITTED)
    locked.status = SubmissionStatus.SUBMITTED
    locked.submitted_at, locked.submitted_by = timezone.now(), user
    _record(locked, submission, user=user, action=action)
    return locked


@transaction.atomic
def submission_return(*, user: User, submission: Submission, comment: str) -> Submission:
    """Send a report back to its unit with what to fix; the unit can edit and send it again."""
    check_can_review(user)
    _check_reach(user, submission)
    comment = _required(comment, _("Hãy ghi ý kiến khi trả lại báo cáo, để đơn vị biết cần "
                                   "sửa gì."))
    locked = _lock(submission)
    _check_not_decided(locked)
    _check_can_resend(locked)
    locked.status = SubmissionStatus.RETURNED
    _record(locked, submission, user=user, action=EventAction.RETURNED, comment=comment)
    _tell_unit(locked, user=user, action=EventAction.RETURNED, comment=comment)
    return locked


@transaction.atomic
def submission_approve(*, user: User, submission: Submission) -> Submission:
    """Accept a report for good: from now on only a coordinator's reopening changes it."""
    check_can_review(user)
    _check_reach(user, submission)
    locked = _lock(submission)
    _check_not_decided(locked)
    locked.status = SubmissionStatus.APPROVED
    locked.approved_at, locked.approved_by = timezone.now(), user
    _record(locked, submission, user=user, action=EventAction.APPROVED)
    _tell_unit(locked, user=user, action=EventAction.APPROVED)
    return locked


@transaction.atomic
def submission_reopen(*, user: User, submission: Submission, reason: str) -> Submission:
    """Give a sent or approved report back to its unit, with the reason on record."""
    check_can_review(user)
    _check_reach(user, submission)
    reason = _required(reason, _("Hãy ghi lý do mở lại báo cáo."))
    locked = _lock(submission)
    if locked.status not in (SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED):
        raise ValidationError(
            _("Báo cáo đang ở trạng thái “%(status)s”, đơn vị vẫn sửa được; không cần mở lại.")
            % {"status": locked.get_status_display()}, code="not_locked")
    _check_can_resend(locked)
    locked.status = SubmissionStatus.RETURNED
    locked.approved_at, locked.approved_by = None, None
    _record(locked, submission, user=user, action=EventAction.REOPENED, comment=reason)
    _tell_unit(locked, user=user, action=EventAction.REOPENED, comment=reason)
    return locked


def _check_reach(user: User, submission: Submission) -> None:
    """A reviewer decides only the reports sent to their unit or a unit under it, and never
    their own unit's (accounts.permissions.can_review_unit_report)."""
    check_can_review_unit_report(user, receiving_unit_id=submission.period.receiving_unit_id,
                                 unit_id=submission.unit_id)


def _check_can_resend(submission: Submission) -> None:
    """Giving a report back is pointless once the period no longer takes reports."""
    period = submission.period
    if period.closed_at is not None:
        raise ValidationError(
            _("Kỳ báo cáo đã khóa ngày %(day)s; đơn vị không gửi lại được. Hãy mở khóa kỳ báo "
              "cáo trước khi trả lại hoặc mở lại báo cáo.") % {"day": day(period.closed_at)},
            code="period_closed")


def _recipients(submission: Submission) -> list[User]:
    """Whoever sent the report; if they have left, the unit's reporters."""
    sender = submission.submitted_by
    if sender is not None and sender.is_active:
        return [sender]
    return list(notify.unit_reporters(submission.unit_id))


def _tell_unit(submission: Submission, *, user: User, action: str, comment: str = "") -> None:
    names = {"period": submission.period.title, "unit": submission.unit.name,
             "who": person(user), "comment": comment}
    if action == EventAction.APPROVED:
        subject = _("Báo cáo đã được duyệt: %(period)s") % names
        text = _("%(who)s đã duyệt báo cáo “%(period)s” của %(unit)s.") % names
        template = "reporting/email/approved.txt"
    elif action == EventAction.RETURNED:
        subject = _("Báo cáo bị trả lại: %(period)s") % names
        text = _("%(who)s đã trả lại báo cáo “%(period)s” của %(unit)s. Ý kiến: "
                 "%(comment)s") % names
        template = "reporting/email/returned.txt"
    else:
        subject = _("Báo cáo được mở lại: %(period)s") % names
        text = _("%(who)s đã mở lại báo cáo “%(period)s” của %(unit)s. Lý do: %(comment)s") % names
        template = "reporting/email/returned.txt"
    notify.notify_users(_recipients(submission), subject=subject, text=text,
                        url=submission.get_absolute_url(), template=template,
                        kind=NoticeKind.REVIEW,
                        context={"submission": submission, "actor": user,
                                 "comment": comment, "action": action})
