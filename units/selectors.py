"""Reads of units: search, Vietnamese ordering, and today's heirs of merged units."""

from collections.abc import Collection
from datetime import date

from django.db.models import Case, QuerySet, When
from django.shortcuts import get_object_or_404
from django.utils import timezone

from kehoach.db import vi_order
from kehoach.vntext.text import fold
from units.models import Unit


def unit_list(
    *, query: str = "", kind: str = "", include_ended: bool = True, on: date | None = None
) -> QuerySet[Unit]:
    """Units matching a search that ignores diacritics, đ and case, in Vietnamese order."""
    units = Unit.objects.select_related("parent")
    for word in fold(query).split():
        units = units.filter(search_text__contains=word)
    if kind:
        units = units.filter(kind=kind)
    if not include_ended:
        units = units.valid_on(on or timezone.localdate())
    return units.order_by(vi_order("name"), "pk")


def unit_choices(*, on: date | None = None, first: Collection[int] = ()) -> QuerySet[Unit]:
    """Units offered in pickers, in Vietnamese order, the units in `first` at the top.

    Only units valid on `on`, if given.
    """
    units = Unit.objects.all()
    if on is not None:
        units = units.valid_on(on)
    if first:
        units = units.alias(chosen=Case(When(pk__in=first, then=0), default=1))
        return units.order_by("chosen", vi_order("name"), "pk")
    return units.order_by(vi_order("name"), "pk")


def unit_current_heirs(unit: Unit, *, on: date | None = None) -> list[Unit]:
    """The units valid on `on` that carry on the work of `unit`, through any chain of mergers.

    A unit that is still valid is its own heir. A unit that ended without successors
    has none, and its work stays with it alone.
    """
    day = on or timezone.localdate()
    heirs: dict[int, Unit] = {}
    seen: set[int] = set()
    frontier = [unit]
    while frontier:
        current = frontier.pop()
        if current.pk in seen:
            continue
        seen.add(current.pk)
        if current.is_valid_on(day):
            heirs[current.pk] = current
        else:
            frontier.extend(current.successors.all())
    return sorted(heirs.values(), key=lambda u: fold(u.name))


def unit_detail(pk: int) -> Unit:
    units = Unit.objects.select_related("parent").prefetch_related("successors", "predecessors")
    return get_object_or_404(units, pk=pk)


def unit_children(unit: Unit) -> QuerySet[Unit]:
    return unit.children.order_by(vi_order("name"), "pk")

