"""Who may do what with periods and reports, answered in one place for every entry point.

A unit reporter sees and writes only their own units' reports; coordinators see all of
them, review them and build the consolidated report; viewers read what was approved;
administrators also keep the report forms.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import is_active_user, is_administrator, is_coordinator, is_reporter
from reporting.models import Submission, SubmissionStatus


def own_unit_ids(user: User) -> list[int]:
    return list(user.units.values_list("pk", flat=True))


def can_manage_periods(user: User) -> bool:
    """Opening a period is part of running the programme: the lead department's staff."""
    return is_coordinator(user)


def check_can_manage_periods(user: User) -> None:
    if not can_manage_periods(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được tạo và sửa kỳ báo cáo."))


def can_manage_forms(user: User) -> bool:
    return is_administrator(user)


def check_can_manage_forms(user: User) -> None:
    if not can_manage_forms(user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống được sửa mẫu báo cáo."))


def can_review(user: User) -> bool:
    """Approving, returning and reopening reports, and building the consolidated report."""
    return is_coordinator(user)


def check_can_review(user: User) -> None:
    if not can_review(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được duyệt, trả lại hoặc mở lại báo "
                                 "cáo."))


def visible_submissions(user: User) -> Q:
    """The condition on submissions `user` may read."""
    if is_coordinator(user):
        return Q()
    if is_reporter(user):
        return Q(unit_id__in=own_unit_ids(user))
    if is_active_user(user):
        return Q(status=SubmissionStatus.APPROVED)
    return Q(pk__in=[])


def can_read_submission(user: User, submission: Submission) -> bool:
    if is_coordinator(user):
        return True
    if is_reporter(user):
        return submission.unit_id in own_unit_ids(user)
    return is_active_user(user) and (
        submission.status == SubmissionStatus.APPROVED)


def can_write_submission(user: User, unit_id: int) -> bool:
    """Writing and sending a unit's report is the unit's own job, never the reviewer's."""
    return is_reporter(user) and unit_id in own_unit_ids(user)


def check_can_write_submission(user: User, unit_id: int) -> None:
    if not can_write_submission(user, unit_id):
        raise PermissionDenied(_("Anh/chị chỉ được soạn và gửi báo cáo của đơn vị mình."))
