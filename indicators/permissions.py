"""Who may define indicators and enter figures: one answer for pages, services and tests.

Coordinators define how each target is measured, since that decides what the province reports.
Units enter their own figures, as they record their own products: a reporter for the units they
belong to, a coordinator for any unit. Every logged-in role reads the dashboard.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import Visitor, is_coordinator
from indicators.models import EnteredValue, Indicator
from plans.models import Plan, Target
from plans.permissions import get_plan_for_user
from records.permissions import recording_units
from units.models import Unit


def can_define_indicators(user: Visitor) -> bool:
    return is_coordinator(user)


def check_can_define_indicators(user: Visitor) -> None:
    if not can_define_indicators(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được định nghĩa chỉ số."))


def entry_units(user: Visitor) -> list[int] | None:
    """The units `user` may enter figures for: None means every unit, [] none."""
    return recording_units(user)


def can_enter(user: Visitor, unit: Unit | int | None = None) -> bool:
    """For a unit, or with no unit: whether `user` may enter figures for any unit at all."""
    allowed = entry_units(user)
    if allowed is None:
        return True
    if unit is None:
        return bool(allowed)
    return (unit if isinstance(unit, int) else unit.pk) in allowed


def check_can_enter(user: Visitor, unit: Unit | int | None = None) -> None:
    if not can_enter(user, unit):
        raise PermissionDenied(_("Anh/chị chỉ được nhập số liệu của đơn vị mình."))


def dashboard_permissions(user: Visitor) -> dict[str, bool]:
    """What the dashboard offers `user`: defining indicators, entering figures."""
    return {"can_define": can_define_indicators(user), "can_enter": can_enter(user)}


def get_dashboard_plan_for_user(user: Visitor, pk: int) -> Plan:
    """The plan whose dashboard and exports `user` reads: whoever may read the plan."""
    return get_plan_for_user(user, pk)


def get_target_for_user(user: Visitor, pk: int, *, define: bool = False) -> Target:
    """The target with its indicator (if any); `define` to create or change the indicator."""
    target = get_object_or_404(Target.objects.select_related("plan", "task"), pk=pk)
    if define:
        check_can_define_indicators(user)
    return target


def get_target_indicator_for_user(user: Visitor, target_pk: int) -> Indicator:
    """The indicator of a target, to remove it: coordinators only, 404 when there is none."""
    target = get_target_for_user(user, target_pk, define=True)
    return get_object_or_404(Indicator.objects.select_related("target"), target=target)


def get_indicator_for_user(user: Visitor, pk: int, *, enter: bool = False) -> Indicator:
    """The indicator; `enter` when `user` is to enter figures for it (for any of their units)."""
    indicator = get_object_or_404(
        Indicator.objects.select_related("target__plan"), pk=pk)
    if enter:
        check_can_enter(user)
        if not indicator.takes_entered_values:
            raise PermissionDenied(_("Chỉ số này được tính từ sản phẩm, hoạt động; không nhập "
                                     "số liệu."))
    return indicator


def get_entered_value_for_user(user: Visitor, pk: int, *, change: bool = False
                               ) -> EnteredValue:
    entered = get_object_or_404(
        EnteredValue.objects.select_related("indicator__target__plan", "unit"), pk=pk)
    if change:
        check_can_enter(user, entered.unit_id)
    return entered
