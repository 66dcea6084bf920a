"""Reads of the unit tree, for the unit list: one level at a time, with its first children.

A country has about 10,000 units (34 People's Committees, 3,321 communes, the departments,
press and mass organisations). The list shows a page of the units at one level, each with
the first of its children, and links further down, so no page holds them all and every
level is reached without JavaScript.
"""

from collections.abc import Sequence
from datetime import date

from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from kehoach.db import vi_order
from units.models import Unit, UnitKind

# How many children each unit of a tree page shows; the rest are a link away.
TREE_CHILDREN_SHOWN = 20


def _valid_children(include_ended: bool, on: date | None) -> Q:
    if include_ended:
        return Q()
    day = on or timezone.localdate()
    return (Q(children__valid_from__isnull=True) | Q(children__valid_from__lte=day)) & (
        Q(children__valid_to__isnull=True) | Q(children__valid_to__gte=day))


def unit_tree_level(*, under: Unit | None = None, include_ended: bool = True,
                    on: date | None = None) -> QuerySet[Unit]:
    """The units directly under `under` (the roots when None), in Vietnamese order, each
    with `child_count`, the number of units under it."""
    units = Unit.objects.filter(parent=under)
    if not include_ended:
        units = units.valid_on(on or timezone.localdate())
    return units.annotate(
        child_count=Count("children", filter=_valid_children(include_ended, on)),
    ).order_by(vi_order("name"), "pk")


def unit_tree_children(nodes: Sequence[Unit], *, include_ended: bool = True,
                       on: date | None = None, limit: int = TREE_CHILDREN_SHOWN) -> None:
    """Set `tree_children` on each node: its first `limit` children, in one query."""
    by_parent: dict[int, list[Unit]] = {node.pk: [] for node in nodes}
    if any(node.child_count for node in nodes):  # type: ignore[attr-defined]
        children = Unit.objects.filter(parent__in=list(by_parent))
        if not include_ended:
            children = children.valid_on(on or timezone.localdate())
        children = children.annotate(
            child_count=Count("children", filter=_valid_children(include_ended, on)),
            rank=Window(RowNumber(), partition_by=F("parent_id"),
                        order_by=[vi_order("name").asc(), F("pk").asc()]),
        ).filter(rank__lte=limit).order_by("parent_id", "rank")
        for child in children:
            if child.parent_id is not None:  # the query asks for children of these parents
                by_parent[child.parent_id].append(child)
    for node in nodes:
        node.tree_children = by_parent[node.pk]  # type: ignore[attr-defined]


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
