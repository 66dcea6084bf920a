"""Who may change the units: administrators keep the list; everybody logged in reads it."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import Visitor, is_administrator
from units.models import Unit


def can_manage_units(user: Visitor) -> bool:
    return is_administrator(user)


def check_can_manage_units(user: Visitor) -> None:
    if not can_manage_units(user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống được thêm hoặc sửa đơn vị."))


def get_unit_for_user(user: Visitor, pk: int, *, change: bool = False) -> Unit:
    """The unit; with `change`, only for those who may edit it (403 before the lookup)."""
    if change:
        check_can_manage_units(user)
    return get_object_or_404(Unit, pk=pk)
