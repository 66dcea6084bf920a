"""Find or open the period a consolidated report goes up to, from the unit tree.

Called inside the upward sending's transaction: a coordinator clicks "Gửi lên cấp trên" and
the report lands in the level above, with no ministry unit or parent period made by hand
(reporting.selectors.levels says what the level above is).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from accounts.models import User
from reporting.models import ReportingPeriod
from reporting.selectors.levels import UpperLevel, area_head, upper_level
from reporting.services.periods import period_create
from units.models import Unit, UnitKind
from units.services import unit_create, unit_update


def parent_period_ensure(*, user: User, period: ReportingPeriod) -> ReportingPeriod:
    """`period`'s parent: the one it has, the one found at the level above (now asking
    `period`'s receiving unit), or a new one there."""
    if period.parent is not None:
        return period.parent
    level = upper_level(period)
    if level.missing:
        raise ValidationError(
            _("%(unit)s ở cấp cao nhất của cây đơn vị: không có cấp trên để gửi báo cáo "
              "tổng hợp lên.") % {"unit": period.receiving_unit.name}, code="no_parent")
    parent = level.period or _open(user, period, level)
    if not parent.units.filter(pk=period.receiving_unit_id).exists():
        parent.units.add(period.receiving_unit)
    period.parent = parent
    period.save(update_fields=["parent"])
    return parent


def _open(user: User, period: ReportingPeriod, level: UpperLevel) -> ReportingPeriod:
    receiving = level.receiving_unit or _add_ministry(level, period)
    return period_create(
        user=user, kind=period.kind, year=period.year, number=period.number,
        receiving_unit=receiving, form=period.form, units=level.asked or [period.receiving_unit],
        request=period.request if period.request else "")


def _add_ministry(level: UpperLevel, period: ReportingPeriod) -> Unit:
    """The ministry in charge, put above the province's People's Committee."""
    entry = level.new_ministry or {}
    ministry = unit_create(code=entry["code"], name=entry["name"],
                           short_name=entry["short_name"], kind=UnitKind.OTHER)
    unit_update(unit=area_head(period.receiving_unit), parent=ministry)
    return ministry
