"""The level above a period, read from the unit tree, so that sending a consolidated report
up needs no hand-made ministry unit or period.

A unit belongs to an area whose head is a People's Committee (a province, a commune) or
the top of the tree: a department's area head is the province's committee, a commune's is
itself. The level above is the area head's parent; the ministry in charge of the programme
(settings.PROGRAMME_MINISTRY) stands above a province whose tree stops there. At that
level the parent period is the one of the same kind, year and number received by the head
or by a unit directly under it (the province's lead department receives for the
province); if there is none, the page proposes one that asks the units directly under the
head, each area represented by the unit that receives its reports: the provinces' lead
departments, not the province's own units.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F, Q

from reporting.models import ReportingPeriod
from units.models import Unit, UnitKind

# Kinds whose unit heads its own area (the People's Committees).
AREA_HEAD_KINDS = frozenset({UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE})


@dataclass
class UpperLevel:
    """Where a period's consolidated report goes: a period found, or one to open."""

    head: Unit | None
    receiving_unit: Unit | None
    period: ReportingPeriod | None = None
    asked: list[Unit] = field(default_factory=list)
    # The ministry to add above the province when the tree stops at the province.
    new_ministry: dict[str, str] | None = None
    # Why there is no level above (the top of the tree), else "".
    missing: str = ""

    @property
    def receiving_name(self) -> str:
        if self.receiving_unit is not None:
            return self.receiving_unit.name
        return self.new_ministry["name"] if self.new_ministry else ""


def area_head(unit: Unit) -> Unit:
    """The People's Committee whose area `unit` works in, or the top of its tree."""
    if unit.kind in AREA_HEAD_KINDS or unit.parent is None:
        return unit
    return unit.parent


def programme_ministry() -> dict[str, str]:
    """The ministry in charge of the programme, as settings name it."""
    return dict(settings.PROGRAMME_MINISTRY)


def existing_ministry() -> Unit | None:
    return Unit.objects.filter(code=programme_ministry()["code"]).first()


def upper_level(period: ReportingPeriod) -> UpperLevel:
    """The level above `period`'s receiving unit, with its period found or proposed."""
    unit = period.receiving_unit
    head = area_head(unit).parent
    if head is None:
        ministry = existing_ministry()
        if ministry is None:
            if area_head(unit).kind != UnitKind.PROVINCE:
                return UpperLevel(head=None, receiving_unit=None, missing="top")
            return UpperLevel(head=None, receiving_unit=None, new_ministry=programme_ministry(),
                              asked=[unit])
        if ministry.pk == area_head(unit).pk:
            return UpperLevel(head=None, receiving_unit=None, missing="top")
        head = ministry
    found = _parent_period(period, head)
    if found is not None:
        return UpperLevel(head=head, receiving_unit=found.receiving_unit, period=found)
    return UpperLevel(head=head, receiving_unit=_receiver_of(head, period) or head,
                      asked=_asked_under(head, period))


def _same_round(period: ReportingPeriod) -> Q:
    return Q(kind=period.kind, year=period.year, number=period.number)


def _receivers_for(head: Unit) -> Q:
    """Periods received by `head` or by a unit directly under it that heads no area."""
    return Q(receiving_unit=head) | (Q(receiving_unit__parent=head)
                                     & ~Q(receiving_unit__kind__in=AREA_HEAD_KINDS))


def _parent_period(period: ReportingPeriod, head: Unit) -> ReportingPeriod | None:
    candidates = (ReportingPeriod.objects.filter(_same_round(period), _receivers_for(head))
                  .exclude(pk=period.pk).select_related("receiving_unit")
                  .order_by(F("closed_at").desc(nulls_first=True), "pk"))
    # A closed one is still the parent: sending is then refused, never a second period.
    return (candidates.filter(units=period.receiving_unit).first()
            or candidates.filter(request="").first() or candidates.first())


def _receiver_of(area: Unit, period: ReportingPeriod) -> Unit | None:
    """The unit that receives `area`'s reports: this round's if any, else the latest."""
    periods = ReportingPeriod.objects.filter(_receivers_for(area)).exclude(pk=period.pk)
    latest = (periods.filter(_same_round(period)).order_by("pk").first()
              or periods.order_by("-last_day", "-pk").first())
    return latest.receiving_unit if latest is not None else None


def _asked_under(head: Unit, period: ReportingPeriod) -> list[Unit]:
    """The units directly under `head` valid at the window's end, an area by its receiver;
    `period`'s own receiving unit stands for its area."""
    own_area = area_head(period.receiving_unit)
    asked: list[Unit] = []
    for child in Unit.objects.filter(parent=head).valid_on(period.last_day).order_by("name"):
        if child.pk == own_area.pk:
            member = period.receiving_unit
        elif child.kind in AREA_HEAD_KINDS:
            member = _receiver_of(child, period) or child
        else:
            member = child
        if member not in asked:
            asked.append(member)
    if period.receiving_unit not in asked:
        asked.append(period.receiving_unit)
    return asked
