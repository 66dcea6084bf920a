"""Reads of the unit tree, for the unit list: one level at a time, with its first children.

A country has about 10,000 units (34 People's Committees, 3,321 communes, the departments,
press and mass organisations). The list shows a page of the units at one level, each with
the first of its children, and links further down, so no page holds them all and every
level is reached without JavaScript.

Every figure of a page is worked out for the units it shows only, in four queries whatever
the number of units. Counting and ranking over the whole level, as before, sorted every
child of the level's units by name (5,864 for the national tree's first page: 20 ms of the
database's time for 400 rows kept); and a subquery run for each row of a large level is
costed so high that PostgreSQL compiles the query first (JIT: 400 ms).
"""

from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import Count, OuterRef, Q, QuerySet
from django.utils import timezone

from kehoach.db import SubqueryCount, SubqueryIds, vi_order
from kehoach.links import pk_url
from units.models import Unit, UnitKind

# How many children each unit of a tree page shows; the rest are a link away.
TREE_CHILDREN_SHOWN = 20


def _units_under(parents: Q, include_ended: bool, on: date | None) -> QuerySet[Unit]:
    units = Unit.objects.filter(parents)
    return units if include_ended else units.valid_on(on or timezone.localdate())


def unit_tree_page(*, under: Unit | None = None, include_ended: bool = True,
                   on: date | None = None, number: str | int | None = 1,
                   per_page: int = 20) -> "Page[Unit]":
    """Page `number` (as typed: a wrong one gives the nearest page) of the units directly
    under `under` (the roots when None), in Vietnamese order; without `include_ended`, of
    the units valid on `on` (today) only, and so for their children and counts.

    Each unit has `child_count`, the number of units under it, and `tree_children`, the
    first TREE_CHILDREN_SHOWN of them in Vietnamese order, each with its own `child_count`;
    all have `kind_label` and `url` (see _label). Four queries: the level's count, the
    page's units with their children's number and first ids, those children, and how many
    units each child has.
    """
    level = _units_under(Q(parent=under), include_ended, on).order_by(vi_order("name"), "pk")
    page = Paginator(level, per_page).get_page(number)
    start = (page.number - 1) * per_page
    children = _units_under(Q(parent=OuterRef("pk")), include_ended, on)
    nodes = list(level.filter(pk__in=level.values("pk")[start:start + per_page]).annotate(
        child_count=SubqueryCount(children),
        first_children=SubqueryIds(
            children.order_by(vi_order("name"), "pk")[:TREE_CHILDREN_SHOWN]),
    ))
    by_parent: dict[int, list[Unit]] = {node.pk: [] for node in nodes}
    ids = [pk for node in nodes for pk in node.first_children]
    if ids:  # children of these nodes, by their ids
        shown = list(Unit.objects.filter(pk__in=ids).order_by(
            "parent_id", vi_order("name"), "pk"))
        counts = dict(_units_under(Q(parent__in=[c.pk for c in shown]), include_ended, on)
                      .order_by().values_list("parent").annotate(n=Count("pk")))
        for child in shown:
            child.child_count = counts.get(child.pk, 0)  # type: ignore[attr-defined]
            if child.parent_id is not None:  # the ids are of these nodes' children
                by_parent[child.parent_id].append(child)
    for node in nodes:
        node.tree_children = by_parent[node.pk]  # type: ignore[attr-defined]
    _label([unit for node in nodes
            for unit in (node, *node.tree_children)])  # type: ignore[attr-defined]
    page.object_list = nodes
    return page


def _label(units: list[Unit]) -> None:
    """Set `kind_label` and `url` on each unit, worked out once for the page: a page of the
    tree holds 420 units, and get_kind_display() (which rebuilds and hashes the translated
    choices on every call) and get_absolute_url() took half of its rendering."""
    labels = {kind: str(label) for kind, label in UnitKind.choices}
    detail = pk_url("units:detail")
    for unit in units:
        unit.kind_label = labels.get(unit.kind, unit.kind)  # type: ignore[attr-defined]
        unit.url = detail(unit.pk)  # type: ignore[attr-defined]


def unit_ancestors(unit: Unit) -> list[Unit]:
    """The units above `unit`, from the top down (a cycle typed by mistake stops it)."""
    chain: list[Unit] = []
    seen = {unit.pk}
    current = unit.parent
    while current is not None and current.pk not in seen:
        chain.append(current)
        seen.add(current.pk)
        current = current.parent
    return chain[::-1]


def catalogue_committees() -> QuerySet[Unit]:
    """The People's Committees imported from the official catalogue, with their communes."""
    return Unit.objects.filter(kind=UnitKind.PROVINCE, official_code__isnull=False).annotate(
        commune_count=Count("children", filter=Q(children__official_code__isnull=False)),
    ).order_by("official_code")
