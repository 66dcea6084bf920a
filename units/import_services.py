"""Setting up a province's units: the official catalogue, the usual bodies, a spreadsheet.

An administrator imports a province (or, on a ministry's instance, all 34): its committee is
found or created, and each commune, ward and special zone becomes a unit under it, with the
statistics office's code in `official_code`. The code decides everything on the next import:
a unit that has it is that commune, whatever it was renamed or moved to, and the code is
never given to another unit. A unit typed by hand before the import (the demo's "Ủy ban
nhân dân phường Sóc Trăng") is recognised by its name under the committee and given its code
instead of being duplicated. Importing again changes nothing but the names the catalogue
changed.

New communes are written with one bulk insert and their history entries with another
(kehoach.audit.log_created), so the whole country takes seconds rather than minutes.

The bodies of the checklist (units.bodies) and the rows of a spreadsheet (units.sheet) are
few and made one by one through units.services, each with its checks and its history.
"""

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kehoach.audit import log_created
from kehoach.vntext.text import fold
from units import catalogue
from units.catalogue import CatalogueCommune, CatalogueProvince
from units.models import Unit, UnitKind
from units.services import unit_create, unit_update
from units.sheet import SheetRow

# The communes of the catalogue exist since the reorganisation took effect.
COMMUNES_START = date(2025, 7, 1)


@dataclass
class ProvinceImport:
    """What importing one province did: its committee, and its communes counted by fate."""

    code: str
    title: str
    committee_id: int = 0
    committee: str = ""  # "created", "linked", "renamed" or "unchanged"
    created: int = 0
    unchanged: int = 0
    renamed: int = 0
    linked: int = 0
    renamed_names: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.unchanged + self.renamed + self.linked

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@transaction.atomic
def catalogue_import(*, province_codes: Sequence[str]) -> list[ProvinceImport]:
    """Import the provinces' committees and communes; one transaction, all or nothing."""
    found = [catalogue.province(code) for code in province_codes]
    entries = [entry for entry in found if entry is not None]
    if not entries or len(entries) != len(found):
        raise ValidationError(_("Hãy chọn tỉnh, thành phố trong danh mục 34 tỉnh, thành phố."),
                              code="unknown-province")
    owners = {unit.official_code: unit for unit in
              Unit.objects.select_for_update().filter(official_code__isnull=False)
              if unit.official_code}
    today = timezone.localdate()
    results: list[ProvinceImport] = []
    new_units: list[Unit] = []
    for entry in entries:
        result = ProvinceImport(code=entry.code, title=entry.title)
        committee = _committee(entry, owners, result, today)
        new_units += _communes(entry, committee, owners, result, today)
        results.append(result)
    for unit in new_units:
        unit.refresh_derived()
    try:
        with transaction.atomic():
            created = Unit.objects.bulk_create(new_units, batch_size=500)
    except IntegrityError as error:  # another import made some of them meanwhile
        raise ValidationError(_("Một lượt nhập khác vừa tạo một số đơn vị này; không có gì "
                                "được lưu. Hãy nhập lại để xem kết quả."),
                              code="concurrent") from error
    log_created(created)
    return results


def _committee(entry: CatalogueProvince, owners: dict[str, Unit], result: ProvinceImport,
               today: date) -> Unit:
    """The province's People's Committee: by its code, else by its name, else a new one."""
    unit = owners.get(entry.code)
    if unit is not None:
        result.committee = _rename(unit, entry.committee_name, entry.committee_short_name)
    else:
        unit = _committee_by_name(entry, today)
        if unit is not None:
            _link(unit, entry.code)
            result.committee = "linked"
        else:
            unit = Unit(name=entry.committee_name, short_name=entry.committee_short_name,
                        kind=UnitKind.PROVINCE, official_code=entry.code)
            unit.full_clean()
            unit.save()
            result.committee = "created"
        owners[entry.code] = unit
    result.committee_id = unit.pk
    return unit


def _committee_by_name(entry: CatalogueProvince, today: date) -> Unit | None:
    names = {fold(entry.committee_name), fold(entry.committee_short_name)}
    candidates = Unit.objects.filter(official_code__isnull=True, kind=UnitKind.PROVINCE
                                     ).valid_on(today).order_by("pk")
    return next((unit for unit in candidates
                 if fold(unit.name) in names or fold(unit.short_name) in names), None)


def _communes(entry: CatalogueProvince, committee: Unit, owners: dict[str, Unit],
              result: ProvinceImport, today: date) -> list[Unit]:
    """Renames and links the communes that exist; returns the new ones, unsaved."""
    typed = _typed_communes(committee, today)
    new_units = []
    for commune in catalogue.communes(entry.code):
        unit = owners.get(commune.code)
        if unit is not None:
            fate = _rename(unit, commune.committee_name, commune.name)
            if fate == "renamed":
                result.renamed += 1
                result.renamed_names.append(commune.committee_name)
            else:
                result.unchanged += 1
            continue
        unit = typed.pop(fold(commune.committee_name), None) or typed.pop(
            fold(commune.name), None)
        if unit is not None:
            _link(unit, commune.code)
            result.linked += 1
        else:
            unit = _new_commune(commune, committee)
            new_units.append(unit)
            result.created += 1
        owners[commune.code] = unit
    return new_units


def _typed_communes(committee: Unit, today: date) -> dict[str, Unit]:
    """Communes typed by hand under the committee, by their folded name and short name."""
    found: dict[str, Unit] = {}
    units = committee.children.filter(official_code__isnull=True, kind=UnitKind.COMMUNE
                                      ).valid_on(today).order_by("pk")
    for unit in units:
        for name in (unit.short_name, unit.name):
            if name:
                found.setdefault(fold(name), unit)
    return found


def _new_commune(commune: CatalogueCommune, committee: Unit) -> Unit:
    return Unit(name=commune.committee_name, short_name=commune.name, kind=UnitKind.COMMUNE,
                parent=committee, official_code=commune.code, valid_from=COMMUNES_START)


def _rename(unit: Unit, name: str, short_name: str) -> str:
    """The catalogue's names win over the unit's: "renamed" if they differed."""
    if unit.name == name and unit.short_name == short_name:
        return "unchanged"
    unit_update(unit=unit, name=name, short_name=short_name)
    return "renamed"


def _link(unit: Unit, code: str) -> None:
    """Give a unit its official code; only a unit without one, and only here."""
    if unit.official_code not in (None, code):
        raise ValidationError(_("Đơn vị %(unit)s đã có mã hành chính %(code)s.") % {
            "unit": unit.name, "code": unit.official_code})
    unit.official_code = code
    unit.save(update_fields=["official_code"])


@dataclass
class BodiesResult:
    created: list[Unit] = field(default_factory=list)
    existing: list[Unit] = field(default_factory=list)


@transaction.atomic
def bodies_create(*, committee: Unit, bodies: Sequence[tuple[str, str]]) -> BodiesResult:
    """Create the ticked provincial bodies (name, kind) under the People's Committee.

    A body whose name a unit valid today already has (under any parent, in any case or
    marks) is not made twice, so the checklist can be sent again.
    """
    today = timezone.localdate()
    wanted = {fold(name): (name, kind) for name, kind in bodies if name.strip()}
    if not wanted:
        raise ValidationError(_("Hãy chọn ít nhất một cơ quan, đơn vị."), code="empty")
    query = Q()
    for key in wanted:
        query |= Q(search_text__startswith=key)
    known: dict[str, Unit] = {}
    for unit in Unit.objects.valid_on(today).filter(query).order_by("pk"):
        known.setdefault(fold(unit.name), unit)
    result = BodiesResult()
    for key, (name, kind) in wanted.items():
        if key in known:
            result.existing.append(known[key])
        else:
            result.created.append(unit_create(name=name, kind=kind, parent=committee))
    return result


# --- Units from a spreadsheet --------------------------------------------------------------


@dataclass
class SheetResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: dict[int, list[str]] = field(default_factory=dict)  # by row number


def sheet_import(*, rows: Sequence[SheetRow], commit: bool) -> SheetResult:
    """Create or update the units of the checked rows, in one transaction.

    Without `commit` everything is rolled back: the preview shows the very errors that
    confirming would meet. A row with a code updates the unit that has it; a row without
    one is skipped when a unit of that name is already under that parent.
    """
    with transaction.atomic():
        result = _sheet_apply(rows)
        if not commit:
            transaction.set_rollback(True)
    return result


def _sheet_apply(rows: Sequence[SheetRow]) -> SheetResult:
    result = SheetResult()
    made: dict[int, Unit] = {}
    by_name = {(fold(unit.name), unit.parent_id): unit for unit in Unit.objects.order_by("-pk")}
    for row in rows:
        if row.errors:
            continue
        values = dict(row.values)
        existing = values.pop("existing")
        if row.parent_row is not None:
            if row.parent_row not in made:
                result.errors[row.number] = [_("Đơn vị cấp trên ở dòng %(row)d chưa nhập được.")
                                             % {"row": row.parent_row}]
                continue
            values["parent"] = made[row.parent_row]
        try:
            with transaction.atomic():
                unit, fate = _sheet_row(values, existing, by_name)
        except ValidationError as error:
            result.errors[row.number] = error.messages
            continue
        setattr(result, fate, getattr(result, fate) + 1)
        made[row.number] = unit
    return result


def _sheet_row(values: dict[str, Any], existing: Unit | None,
               by_name: dict[tuple[str, int | None], Unit]) -> tuple[Unit, str]:
    parent = values["parent"]
    if existing is None and values["code"] is None:
        existing = by_name.get((fold(values["name"]), parent.pk if parent else None))
        if existing is not None:
            return existing, "unchanged"
    if existing is None:
        return unit_create(**values), "created"
    changes = {key: values[key] for key in ("name", "short_name", "kind")}
    if parent is not None:  # an empty parent cell keeps the unit where it is
        changes["parent"] = parent
    if all(getattr(existing, key) == value for key, value in changes.items()):
        return existing, "unchanged"
    return unit_update(unit=existing, **changes), "updated"
