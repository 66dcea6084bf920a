"""Reads of the unit tree, for the unit list: one level at a time, with its first children.

A country has about 10,000 units (34 People's Committees, 3,321 communes, the departments,
press and mass organisations). The list shows a page of the units at one level, each with
the first of its children, and links further down, so no page holds them all and every
level is reached without JavaScript.

A page costs two queries, each about the units it shows: the level's page of units, each
with how many units it has under it and the ids of its first children (read in Vietnamese
order from the index unit_parent_vi_name on PostgreSQL), then those children with their own
counts. Ranking and counting every child of the level's units, as a window over them all,
sorted the national tree's 5,864 children of its first page by name: 20 ms of the database's
time for 400 rows kept.
"""

from collections.abc import Sequence
from datetime import date

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


def unit_tree_level(*, under: Unit | None = None, include_ended: bool = True,
                    on: date | None = None) -> QuerySet[Unit]:
    """The units directly under `under` (the roots when None), in Vietnamese order, each
    with `child_count`, the number of units under it, and `first_children`, the ids of the
    first TREE_CHILDREN_SHOWN of them (unit_tree_children fetches them)."""
    children = _units_under(Q(parent=OuterRef("pk")), include_ended, on)
    return _units_under(Q(parent=under), include_ended, on).annotate(
        child_count=SubqueryCount(children),
        first_children=SubqueryIds(
            children.order_by(vi_order("name"), "pk")[:TREE_CHILDREN_SHOWN]),
    ).order_by(vi_order("name"), "pk")


def unit_tree_children(nodes: Sequence[Unit], *, include_ended: bool = True,
                       on: date | None = None) -> None:
    """Set `tree_children` on each node of unit_tree_level(), its first children with their
    own `child_count`, in one query; and `kind_label` and `url` on the nodes and their
    children (see _label)."""
    by_parent: dict[int, list[Unit]] = {node.pk: [] for node in nodes}
    ids = [pk for node in nodes for pk in node.first_children]  # type: ignore[attr-defined]
    if ids:
        grandchildren = _units_under(Q(parent=OuterRef("pk")), include_ended, on)
        children = Unit.objects.filter(pk__in=ids).annotate(
            child_count=SubqueryCount(grandchildren),
        ).order_by("parent_id", vi_order("name"), "pk")
        for child in children:
            if child.parent_id is not None:  # children of these parents, by their ids
                by_parent[child.parent_id].append(child)
    for node in nodes:
        node.tree_children = by_parent[node.pk]  # type: ignore[attr-defined]
    _label([unit for node in nodes
            for unit in (node, *node.tree_children)])  # type: ignore[attr-defined]


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
