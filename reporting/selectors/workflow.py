"""What the report page says about a report's step in the workflow, and what this user may do.

The buttons follow the same rules the services apply (reporting.permissions and the statuses),
so a page never offers a step the service would refuse, except for a race with another person.
"""

from typing import Any

from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import can_review_unit_report
from reporting.models import (
    EventAction,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.permissions import can_review, can_write_submission
from reporting.services.workflow import day, person

GIVEN_BACK = (EventAction.RETURNED, EventAction.REOPENED)


def submission_events(submission: Submission) -> list[SubmissionEvent]:
    return list(submission.events.select_related("actor").order_by("at", "pk"))


def lock_reason(submission: Submission, events: list[SubmissionEvent]) -> str:
    """Why the unit cannot edit the report, in a plain sentence; "" when it can."""
    status = submission.status
    if status == SubmissionStatus.SUBMITTED:
        return _("Báo cáo đã gửi ngày %(day)s bởi %(who)s; đang chờ duyệt, đơn vị không sửa "
                 "được.") % {"day": day(submission.submitted_at),
                             "who": person(_last_actor(events, EventAction.SUBMITTED,
                                                       EventAction.RESUBMITTED)
                                           or submission.submitted_by)}
    if status == SubmissionStatus.APPROVED:
        return _("Báo cáo đã được duyệt ngày %(day)s bởi %(who)s; chỉ cán bộ điều phối có thể "
                 "mở lại, kèm lý do.") % {"day": day(submission.approved_at),
                                          "who": person(_last_actor(events,
                                                                    EventAction.APPROVED)
                                                        or submission.approved_by)}
    closed_at = submission.period.closed_at
    if closed_at is not None:
        return _("Kỳ báo cáo đã khóa ngày %(day)s; không nhận thêm báo cáo.") % {
            "day": day(closed_at)}
    return ""


def _last_actor(events: list[SubmissionEvent], *actions: str) -> User | None:
    for event in reversed(events):
        if event.action in actions:
            return event.actor
    return None


def _last_return(submission: Submission, events: list[SubmissionEvent]) -> dict[str, Any] | None:
    """The comment the unit has to act on, while the report is back with it."""
    if submission.status != SubmissionStatus.RETURNED:
        return None
    for event in reversed(events):
        if event.action in GIVEN_BACK:
            return {"comment": event.comment, "who": event.actor, "when": event.at,
                    "action": event.action, "reopened": event.action == EventAction.REOPENED}
    return None


def workflow_state(submission: Submission, user: User) -> dict[str, Any]:
    """Everything the partial reporting/_workflow.html needs, in two queries at most."""
    events = submission_events(submission)
    status = submission.status
    period_open = submission.period.closed_at is None
    reviewer = can_review(user) and can_review_unit_report(
        user, receiving_unit_id=submission.period.receiving_unit_id, unit_id=submission.unit_id)
    return {
        "events": events,
        "status": status,
        "status_label": submission.get_status_display(),
        "lock_reason": lock_reason(submission, events),
        "can_submit": (submission.is_editable and period_open
                       and can_write_submission(user, submission.unit_id)),
        "resubmit": status == SubmissionStatus.RETURNED,
        "can_return": reviewer and status == SubmissionStatus.SUBMITTED and period_open,
        "can_approve": reviewer and status == SubmissionStatus.SUBMITTED,
        "can_reopen": reviewer and period_open and status == SubmissionStatus.APPROVED,
        "last_return": _last_return(submission, events),
    }


def empty_parts(submission: Submission) -> list[SubmissionSection]:
    """The parts of a report with no text yet, in the form's order.

    Sending asks first when some are empty; a report empty from start to end is refused by the
    service itself.
    """
    return [section for section in submission.sections.order_by("position", "pk")
            if not section.text.strip()]
