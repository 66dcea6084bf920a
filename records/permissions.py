"""Who may record what: unit reporters for their own units, coordinators for all, viewers read.

Views, the spreadsheet import and the API all ask these functions, so the answer is the same
wherever a record comes from.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import is_coordinator, is_reporter
from units.models import Unit


def recording_units(user: User) -> list[int] | None:
    """The units `user` may record for: None means every unit, [] none."""
    if is_coordinator(user):
        return None
    if is_reporter(user):
        return list(user.units.values_list("pk", flat=True))
    return []


def can_record(user: User, unit: Unit | int | None = None) -> bool:
    allowed = recording_units(user)
    if allowed is None:
        return True
    if unit is None:
        return bool(allowed)
    return (unit if isinstance(unit, int) else unit.pk) in allowed


def check_can_record(user: User, unit: Unit | int | None = None) -> None:
    if not can_record(user, unit):
        raise PermissionDenied(_("Anh/chị chỉ được nhập, sửa sản phẩm và hoạt động của đơn vị "
                                 "mình."))


def can_manage_topics(user: User) -> bool:
    """Topics come from the lead department's guidance, so coordinators keep the list."""
    return is_coordinator(user)


def check_can_manage_topics(user: User) -> None:
    if not can_manage_topics(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được thêm hoặc sửa chủ đề."))
