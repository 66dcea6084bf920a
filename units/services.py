"""Changes to units: one transaction each, validated before anything is saved."""

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kehoach.models import apply_changes
from units.models import Unit

UNIT_FIELDS = ("code", "name", "short_name", "kind", "parent", "valid_from", "valid_to")


@transaction.atomic
def unit_create(
    *,
    name: str,
    kind: str,
    short_name: str = "",
    code: str | None = None,
    parent: Unit | None = None,
    valid_from: date | None = None,
    valid_to: date | None = None,
    successors: Iterable[Unit] = (),
) -> Unit:
    unit = Unit(
        name=name.strip(), kind=kind, short_name=short_name.strip(), code=code or None,
        parent=parent,
        valid_from=valid_from, valid_to=valid_to,
    )
    unit.full_clean()
    unit.save()
    unit_set_successors(unit=unit, successors=successors)
    return unit


@transaction.atomic
def unit_update(*, unit: Unit, successors: Iterable[Unit] | None = None, **changes: object) -> Unit:
    """Apply `changes` (any of UNIT_FIELDS) and save only the fields that changed."""
    if "code" in changes:
        changes["code"] = changes["code"] or None
    if changed := apply_changes(unit, UNIT_FIELDS, changes):
        unit.full_clean()
        unit.save(update_fields=changed)
    if successors is not None:
        unit_set_successors(unit=unit, successors=successors)
    return unit


def unit_set_successors(*, unit: Unit, successors: Iterable[Unit]) -> None:
    wanted = {s.pk: s for s in successors}
    if unit.pk in wanted:
        raise ValidationError({"successors": _("Một đơn vị không thể kế thừa chính nó.")})
    current = set(unit.successors.values_list("pk", flat=True))
    if current != set(wanted):
        unit.successors.set(wanted.values())
