"""The products and activities of some units in a window, counted by task, unit, kind and language.

A product in two languages is one product: it is counted once in the totals, and by language
it falls in exactly one of three groups (only Vietnamese, only other languages, Vietnamese
with another language), so shares of those groups add up to 100%. Per language ("tiếng
Khmer") a product counts in each of its languages, which the text says when it gives them.

Every count is one grouped query over the window, whatever the number of records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, QuerySet

from records import counting
from records.models import Activity, LanguageGroup, Product

ProductTask = Product.tasks.through
ActivityTask = Activity.tasks.through
OUTSIDE = 0  # the task key of work linked to no task of the plan


@dataclass
class ProductCount:
    total: int = 0
    vietnamese_only: int = 0
    other_only: int = 0
    bilingual: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    by_unit: Counter[int] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)  # other languages, by code

    @property
    def other_languages(self) -> int:
        """Products in at least one ethnic-minority or foreign language."""
        return self.other_only + self.bilingual

    def add(self, *, kind: str, unit: int, vietnamese: bool, other: bool, n: int,
            channel: str = "") -> None:
        self.total += n
        self.by_kind[kind] += n
        self.by_unit[unit] += n
        if channel:
            self.by_channel[channel] += n
        if vietnamese and other:
            self.bilingual += n
        elif other:
            self.other_only += n
        else:
            self.vietnamese_only += n


@dataclass
class ActivityCount:
    total: int = 0
    people: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    people_by_kind: Counter[str] = field(default_factory=Counter)
    by_unit: Counter[int] = field(default_factory=Counter)
    people_by_group: Counter[str] = field(default_factory=Counter)
    people_by_kind_group: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, *, kind: str, unit: int, people: int, groups: dict[str, int]) -> None:
        self.total += 1
        self.people += people
        self.by_kind[kind] += 1
        self.people_by_kind[kind] += people
        self.by_unit[unit] += 1
        self.people_by_group.update(groups)
        self.people_by_kind_group.update({(kind, group): n for group, n in groups.items()})


@dataclass
class WorkCount:
    """All the work of the units in the window, and the same split by task of the plan."""

    products: ProductCount = field(default_factory=ProductCount)
    activities: ActivityCount = field(default_factory=ActivityCount)
    task_products: dict[int, ProductCount] = field(default_factory=dict)
    task_activities: dict[int, ActivityCount] = field(default_factory=dict)

    def products_of(self, task_id: int) -> ProductCount:
        return self.task_products.get(task_id) or ProductCount()

    def activities_of(self, task_id: int) -> ActivityCount:
        return self.task_activities.get(task_id) or ActivityCount()


def products_in(unit_ids: Collection[int], first: date, last: date) -> QuerySet[Product]:
    return counting.products_published(first, last, unit_ids=unit_ids)


def count_work(unit_ids: Collection[int], first: date, last: date,
               plan_id: int | None) -> WorkCount:
    """The units' products (by publication date) and activities (by start) in [first, last]."""
    work = WorkCount()
    products = products_in(unit_ids, first, last)
    vietnamese, other = counting.language_flags("pk")
    for row in (products.order_by().annotate(vietnamese=vietnamese, other=other)
                .values("unit_id", "kind", "channel", "vietnamese", "other")
                .annotate(n=Count("pk"))):
        work.products.add(kind=row["kind"], unit=row["unit_id"], vietnamese=row["vietnamese"],
                          other=row["other"], n=row["n"], channel=row["channel"])
    for code, n in counting.other_language_counts(products):
        work.products.by_language[code] += n
    _count_task_products(work, products, plan_id)
    _count_activities(work, unit_ids, first, last, plan_id)
    return work


def _count_task_products(work: WorkCount, products: QuerySet[Product],
                         plan_id: int | None) -> None:
    linked = ProductTask.objects.filter(product__in=products, task__plan_id=plan_id).order_by()
    vietnamese, other = counting.language_flags("product_id")
    for row in (linked.annotate(vietnamese=vietnamese, other=other)  # type: ignore[misc]
                .values("task_id", "product__unit_id", "product__kind", "vietnamese", "other")
                .annotate(n=Count("product_id"))):
        work.task_products.setdefault(row["task_id"], ProductCount()).add(
            kind=row["product__kind"], unit=row["product__unit_id"],
            vietnamese=row["vietnamese"], other=row["other"], n=row["n"])
    others = [LanguageGroup.MINORITY, LanguageGroup.FOREIGN]
    for task_id, code, n in (linked.filter(product__languages__group__in=others)
            .values_list("task_id", "product__languages__code")
            .annotate(n=Count("product_id", distinct=True))):
        work.task_products.setdefault(task_id, ProductCount()).by_language[code] += n
    outside = products.exclude(tasks__plan_id=plan_id) if plan_id else products
    count = work.task_products.setdefault(OUTSIDE, ProductCount())
    vietnamese, other = counting.language_flags("pk")
    for row in (outside.order_by().annotate(vietnamese=vietnamese, other=other)
                .values("unit_id", "kind", "vietnamese", "other").annotate(n=Count("pk"))):
        count.add(kind=row["kind"], unit=row["unit_id"], vietnamese=row["vietnamese"],
                  other=row["other"], n=row["n"])


def _count_activities(work: WorkCount, unit_ids: Collection[int], first: date, last: date,
                      plan_id: int | None) -> None:
    activities = counting.activities_started(first, last, unit_ids=unit_ids).order_by()
    groups = counting.participants_by_activity(activities)
    tasks: dict[int, list[int]] = {}
    for activity_id, task_id in ActivityTask.objects.filter(
            activity__in=activities, task__plan_id=plan_id).values_list("activity_id",
                                                                        "task_id"):
        tasks.setdefault(activity_id, []).append(task_id)
    for activity_id, unit, kind in activities.values_list("pk", "unit_id", "kind"):
        people = groups.get(activity_id, {})
        counted = [work.activities, *(work.task_activities.setdefault(task_id, ActivityCount())
                                      for task_id in tasks.get(activity_id) or [OUTSIDE])]
        for count in counted:
            count.add(kind=kind, unit=unit, people=sum(people.values()), groups=people)
