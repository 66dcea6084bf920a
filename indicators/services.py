"""Changes to indicators and entered figures: one transaction each, permission checked here.

Pages and (later) the API call these with the acting user, so nobody defines an indicator or
enters another unit's figures by a side door.
"""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from indicators.models import EnteredValue, Indicator
from indicators.permissions import check_can_define_indicators, check_can_enter
from kehoach.models import apply_changes
from plans.models import Target, Task
from records.models import Topic
from units.models import Unit

INDICATOR_FIELDS = frozenset({
    "name", "method", "as_percentage", "kinds", "channels", "language_groups",
    "share_language_groups", "share_channels", "activity_kinds", "participant_groups",
})
ENTERED_FIELDS = frozenset({"unit", "period_start", "period_end", "numerator", "denominator",
                            "note"})
RELATIONS = ("topics", "units", "tasks")


def _check_tasks(target: Target, tasks: Iterable[Task] | None) -> None:
    if tasks is not None and any(task.plan_id != target.plan_id for task in tasks):
        raise ValidationError({"tasks": [_("Chỉ chọn nhiệm vụ của kế hoạch này.")]})


def _save_indicator(indicator: Indicator, changed: list[str] | None,
                    relations: dict[str, Iterable[Any] | None]) -> None:
    _check_tasks(indicator.target, relations.get("tasks"))
    indicator.full_clean(exclude=list(RELATIONS))
    if changed is None:
        indicator.save()
    elif changed:
        indicator.save(update_fields=changed)
    for name, values in relations.items():
        if values is not None:
            getattr(indicator, name).set(list(values))


@transaction.atomic
def indicator_create(*, user: User, target: Target, name: str, method: str,
                     topics: Iterable[Topic] = (), units: Iterable[Unit] = (),
                     tasks: Iterable[Task] = (), **fields: Any) -> Indicator:
    """Give `target` its indicator; a target has at most one (the database says so too)."""
    check_can_define_indicators(user)
    indicator = Indicator(target=target, created_by=user)
    apply_changes(indicator, INDICATOR_FIELDS, {"name": name, "method": method, **fields})
    if Indicator.objects.filter(target=target).exists():
        raise ValidationError(_("Chỉ tiêu này đã có chỉ số; hãy sửa chỉ số đó."))
    _save_indicator(indicator, None, {"topics": list(topics), "units": list(units),
                                      "tasks": list(tasks)})
    return indicator


@transaction.atomic
def indicator_update(*, user: User, indicator: Indicator, topics: Iterable[Topic] | None = None,
                     units: Iterable[Unit] | None = None, tasks: Iterable[Task] | None = None,
                     **changes: Any) -> Indicator:
    check_can_define_indicators(user)
    changed = apply_changes(indicator, INDICATOR_FIELDS, changes)
    relations = {"topics": topics, "units": units, "tasks": tasks}
    _save_indicator(indicator, changed, {
        name: None if values is None else list(values) for name, values in relations.items()})
    return indicator


@transaction.atomic
def indicator_delete(*, user: User, indicator: Indicator) -> None:
    """Removes the indicator and the figures entered for it; the target stays."""
    check_can_define_indicators(user)
    indicator.delete()


@transaction.atomic
def entered_value_create(*, user: User, indicator: Indicator, unit: Unit, period_start: date,
                         period_end: date, numerator: Decimal | None = None,
                         denominator: Decimal | None = None, note: str = "") -> EnteredValue:
    check_can_enter(user, unit)
    entered = EnteredValue(indicator=indicator, created_by=user)
    apply_changes(entered, ENTERED_FIELDS, {
        "unit": unit, "period_start": period_start, "period_end": period_end,
        "numerator": numerator, "denominator": denominator, "note": note,
    })
    entered.full_clean()
    entered.save()
    return entered


@transaction.atomic
def entered_value_update(*, user: User, entered: EnteredValue, **changes: Any) -> EnteredValue:
    """Checked for the unit it has and the unit it would get, before anything changes: a
    reporter can neither edit another unit's figure nor move their own to another unit."""
    check_can_enter(user, entered.unit_id)
    if changes.get("unit") is not None:
        check_can_enter(user, changes["unit"])
    changed = apply_changes(entered, ENTERED_FIELDS, changes)
    if changed:
        entered.full_clean()
        entered.save(update_fields=changed)
    return entered


@transaction.atomic
def entered_value_delete(*, user: User, entered: EnteredValue) -> None:
    check_can_enter(user, entered.unit_id)
    entered.delete()
