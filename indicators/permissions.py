"""Who may define indicators and enter figures: one answer for pages, services and tests.

Coordinators define how each target is measured, since that decides what the province reports.
Units enter their own figures, as they record their own products: a reporter for the units they
belong to, a coordinator for any unit. Every logged-in role reads the dashboard.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import is_coordinator
from records.permissions import recording_units
from units.models import Unit


def can_define_indicators(user: User) -> bool:
    return is_coordinator(user)


def check_can_define_indicators(user: User) -> None:
    if not can_define_indicators(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được định nghĩa chỉ số."))


def entry_units(user: User) -> list[int] | None:
    """The units `user` may enter figures for: None means every unit, [] none."""
    return recording_units(user)


def can_enter(user: User, unit: Unit | int | None = None) -> bool:
    """For a unit, or with no unit: whether `user` may enter figures for any unit at all."""
    allowed = entry_units(user)
    if allowed is None:
        return True
    if unit is None:
        return bool(allowed)
    return (unit if isinstance(unit, int) else unit.pk) in allowed


def check_can_enter(user: User, unit: Unit | int | None = None) -> None:
    if not can_enter(user, unit):
        raise PermissionDenied(_("Anh/chị chỉ được nhập số liệu của đơn vị mình."))
