"""Reads of units: search, Vietnamese ordering, and today's heirs of merged units."""

from collections.abc import Collection, Iterable
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db.models import Case, Q, QuerySet, When
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from kehoach.db import vi_order
from kehoach.vntext.text import fold, vi_sorted
from units.models import Unit

# How many units a picker's search shows at most.
PICKER_RESULTS = 30


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


# --- Units valid on a record's date, and the picker's search ---------------------------------


def unit_validity_error(unit: Unit, day: date) -> str | None:
    """Why `unit` cannot carry a record dated `day`, in Vietnamese, or None if it can.

    A unit that had ended names the units that took over its work on that day, so the person
    typing knows whom to choose instead:

    "Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: Báo và Phát thanh,
    Truyền hình Cần Thơ."
    """
    from kehoach.vntext.formats import vn_date

    if unit.valid_from is not None and unit.valid_from > day:
        return _("Đơn vị %(unit)s chỉ hoạt động từ %(start)s.") % {
            "unit": unit.name, "start": vn_date(unit.valid_from)}
    if unit.valid_to is None or unit.valid_to >= day:
        return None
    ended = vn_date(unit.valid_to + timedelta(days=1))
    heirs = unit_current_heirs(unit, on=day)
    if not heirs:
        return _("Đơn vị %(unit)s đã chấm dứt từ %(ended)s và không có đơn vị kế thừa.") % {
            "unit": unit.name, "ended": ended}
    return _("Đơn vị %(unit)s đã chấm dứt từ %(ended)s; đơn vị kế thừa: %(heirs)s.") % {
        "unit": unit.name, "ended": ended, "heirs": ", ".join(h.name for h in heirs)}


def check_units_valid_on(units: Iterable[Unit | None], day: date | str | None, *,
                         field: str = "unit") -> None:
    """Refuse, on `field`, any of `units` that did not exist on `day` (the record's date).

    Services call this for the units a change sets, not for those it keeps: an old record
    keeps its old unit when someone corrects its title. A date not yet cleaned (a string
    from a caller) is read here; one that cannot be read is left to the model's validation.
    """
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            return
    if not isinstance(day, date):
        return
    errors = [message for unit in units if unit is not None
              if (message := unit_validity_error(unit, day))]
    if errors:
        raise ValidationError({field: errors})


def unit_picker_search(query: str, *, on: date | None, exclude: Collection[int] = (),
                       limit: int = PICKER_RESULTS) -> list[Unit]:
    """The units a picker offers for what is typed, valid on `on`, in Vietnamese order.

    Every word typed must appear in the folded name or short name, so "can tho" finds
    "Cần Thơ" and "doan thanh nien" the Youth Union; at most `limit` units, so a country's
    ten thousand never reach a page.
    """
    words = fold(query).split()
    if not words:
        return []
    units = Unit.objects.select_related("parent")
    for word in words:
        units = units.filter(search_text__contains=word)
    if on is not None:
        units = units.valid_on(on)
    if exclude:
        units = units.exclude(pk__in=list(exclude))
    return list(units.order_by(vi_order("name"), "pk")[:limit])


def units_by_pks(pks: Collection[int]) -> list[Unit]:
    """The units of `pks` (ids a form sent or a record holds), in Vietnamese order."""
    if not pks:
        return []
    return list(Unit.objects.filter(pk__in=list(pks)).order_by(vi_order("name"), "pk"))


def units_count(*, on: date | None = None) -> int:
    """How many units a picker could offer on `on`: small lists are shown whole."""
    units = Unit.objects.all()
    return (units.valid_on(on) if on is not None else units).count()


def unit_subtree_ids(roots: Collection[int]) -> set[int]:
    """The units `roots` and every unit under them, at any depth: a coordinator's reach.

    One query per level of the tree (a province is four levels deep at most), with a guard
    against a cycle a hand-edited database might hold.
    """
    found = set(roots)
    frontier = set(roots)
    while frontier:
        children = set(Unit.objects.filter(parent_id__in=list(frontier))
                       .values_list("pk", flat=True))
        frontier = children - found
        found |= frontier
    return found


def unit_ancestor_ids(units: Collection[int]) -> set[int]:
    """The units `units` and every unit above them: the issuers whose plans concern them.

    Three levels a query, so one query for most units (a province is four levels deep at
    most), with a guard against a cycle a hand-edited database might hold.
    """
    found = set(units)
    frontier = set(units)
    while frontier:
        rows = list(Unit.objects.filter(pk__in=list(frontier)).values_list(
            "parent_id", "parent__parent_id", "parent__parent__parent_id"))
        above = {pk for row in rows for pk in row if pk is not None} - found
        found |= above
        frontier = {row[2] for row in rows if row[2] is not None} & above
    return found


def units_carried_on(units: Iterable[Unit], *, on: date) -> list[Unit]:
    """`units` as they stand on `on`: each valid unit itself, each ended one its heirs.

    A 2026 period of a 2024 plan then asks the units that do the plan's units' work today
    (Báo Sóc Trăng's newspaper work: Báo và Phát thanh, Truyền hình Cần Thơ), not nobody.
    Units not yet created on `on` are left out. In Vietnamese order, each unit once.
    """
    found: dict[int, Unit] = {}
    for unit in units:
        for heir in unit_current_heirs(unit, on=on):
            found.setdefault(heir.pk, heir)
    return vi_sorted(found.values(), key=lambda u: u.name)
