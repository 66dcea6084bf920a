"""Reads of guidance letters and their coverage.

Who may see or change a letter is guidance.permissions; the list here is scoped by it.
"""

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, Count, Exists, F, OuterRef, QuerySet, When

from accounts.models import User
from guidance.models import Guidance, GuidanceTopic
from guidance.permissions import visible_guidances
from kehoach.db import vi_order
from kehoach.vntext.text import fold
from records import counting
from records.models import Topic
from units.models import Unit


def guidance_list(user: User, *, query: str = "") -> QuerySet[Guidance]:
    """Newest first, drafts (no date yet) on top; `for_my_unit` marks letters to my units.

    The search ignores marks, đ and case: every word must be in the folded number and title.
    """
    my_units = Guidance.units.through.objects.filter(
        guidance=OuterRef("pk"), unit__memberships__user=user)
    guidances = visible_guidances(user)
    for word in fold(query).split():
        guidances = guidances.filter(search_text__contains=word)
    return guidances.annotate(for_my_unit=Exists(my_units)).order_by(
        F("issued_on").desc(nulls_first=True), "-created_at", "-pk")


def guidance_topics(guidance: Guidance) -> list[Topic]:
    """The topics in the letter's order."""
    rows = GuidanceTopic.objects.filter(guidance=guidance).select_related("topic")
    return [row.topic for row in rows.order_by("position", "pk")]


def topic_choices(*, first: Collection[int] = ()) -> QuerySet[Topic]:
    """Topics offered in the guidance form, Vietnamese order, the letter's own on top."""
    topics = Topic.objects.alias(chosen=Case(When(pk__in=first, then=0), default=1))
    return topics.order_by("chosen", vi_order("name"), "pk")


def guidance_units(guidance: Guidance) -> list[Unit]:
    return list(guidance.units.order_by(vi_order("name"), "pk"))


@dataclass
class CoverageRow:
    """One addressed unit: products per topic, in the topics' order, and its own total."""

    unit: Unit
    counts: list[int]
    total: int


@dataclass
class TopicCoverage:
    topic: Topic
    products: int
    units_without: list[Unit] = field(default_factory=list)


@dataclass
class Coverage:
    topics: list[TopicCoverage]
    rows: list[CoverageRow]

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


def coverage(guidance: Guidance, *, topics: list[Topic] | None = None,
             units: list[Unit] | None = None) -> Coverage:
    """How many products each addressed unit published on each topic within the guidance's dates.

    Two aggregate queries whatever the number of cells: counts per (topic, unit), and products
    per unit (a product on two topics counts once in the unit's total). Units the guidance was
    not sent to are not in the table, however much they published.
    """
    topics = guidance_topics(guidance) if topics is None else topics
    units = guidance_units(guidance) if units is None else units
    products = counting.products_published(
        guidance.valid_from, guidance.valid_until, unit_ids=[u.pk for u in units],
    ).filter(topics__in=[t.pk for t in topics])
    cells = {
        (row["topic_id"], row["unit_id"]): row["n"]
        for row in products.values("unit_id", topic_id=F("topics")).annotate(n=Count("pk"))
        .order_by()
    }
    totals = dict(products.values_list("unit_id").annotate(n=Count("pk", distinct=True))
                  .order_by())
    rows = [
        CoverageRow(unit=unit, counts=[cells.get((t.pk, unit.pk), 0) for t in topics],
                    total=totals.get(unit.pk, 0))
        for unit in units
    ]
    by_topic = [
        TopicCoverage(
            topic=topic,
            products=sum(row.counts[i] for row in rows),
            units_without=[row.unit for row in rows if not row.counts[i]],
        )
        for i, topic in enumerate(topics)
    ]
    return Coverage(topics=by_topic, rows=rows)


def issued_between(unit_ids: Collection[int], first: date, last: date) -> list[Guidance]:
    """Guidance letters the units issued in [first, last], oldest first: what a report's part
    on direction cites by number and date."""
    return list(Guidance.objects.filter(issuer_id__in=unit_ids, issued_on__range=(first, last))
                .select_related("issuer").order_by("issued_on", "pk"))
