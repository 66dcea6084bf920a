"""Reads of units: search, Vietnamese ordering, and today's heirs of merged units."""

from collections.abc import Collection
from datetime import date

from django.db.models import Case, Q, QuerySet, When
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



_GENERIC_WORDS = frozenset({
    "so", "ban", "bo", "uy", "nhan", "dan", "tinh", "thanh", "pho", "huyen", "xa", "phuong",
    "va", "cac", "cua", "hoi", "doan", "trung", "tam",
})


def unit_suggestions(name: str, *, on: date | None = None, limit: int = 5
                     ) -> list[tuple[Unit, float]]:
    """Units whose folded name resembles `name`, best first, with a similarity in 0..1.

    Candidates share at least one distinctive word with the name ("thông tin", "Sóc Trăng"
    rather than "Sở" or "tỉnh"), so the ranking stays cheap with thousands of units.
    """
    from difflib import SequenceMatcher

    wanted = fold(name)
    words = [w for w in wanted.split() if w not in _GENERIC_WORDS and len(w) > 1]
    if not words:
        return []
    units = Unit.objects.all()
    if on is not None:
        units = units.valid_on(on)
    query = Q()
    for word in words:
        query |= Q(search_text__contains=word)
    scored = []
    for unit in units.filter(query)[:300]:
        candidates = [fold(unit.name)] + ([fold(unit.short_name)] if unit.short_name else [])
        score = max(SequenceMatcher(None, wanted, c).ratio() for c in candidates)
        if wanted in candidates[0] or candidates[0] in wanted:
            score = max(score, 0.9 if len(wanted) > 8 else score)
        scored.append((unit, round(score, 3)))
    scored.sort(key=lambda pair: (-pair[1], pair[0].name))
    return [pair for pair in scored[:limit] if pair[1] >= 0.45]
