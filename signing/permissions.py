"""Who may do what with signed reports, answered here for every page and command.

The coordinator, who exported the report, uploads the signed copy and issues it; any reader
of the report reads its verification; administrators keep the trust anchors; a unit's
reporters upload their own unit's signed report when the period asks for one.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import is_administrator, is_coordinator
from reporting.permissions import can_write_submission


def can_sign_report(user: User) -> bool:
    """Uploading the signed copy of a consolidated report, issuing it, opening a version."""
    return is_coordinator(user)


def check_can_sign_report(user: User) -> None:
    if not can_sign_report(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được tải lên bản đã ký số, ban hành và mở "
                                 "phiên bản mới của báo cáo tổng hợp."))


def can_manage_roots(user: User) -> bool:
    return is_administrator(user)


def check_can_manage_roots(user: User) -> None:
    if not can_manage_roots(user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống được quản lý chứng thư số gốc tin cậy."))


def can_sign_submission(user: User, unit_id: int) -> bool:
    """A unit's signed report is uploaded by the unit, as it writes and sends its report."""
    return can_write_submission(user, unit_id)


def check_can_sign_submission(user: User, unit_id: int) -> None:
    if not can_sign_submission(user, unit_id):
        raise PermissionDenied(_("Anh/chị chỉ được tải lên bản đã ký số của báo cáo đơn vị "
                                 "mình."))
