"""Counting selectors: the rows every figure of the programme is counted from.

The dashboard and the indicators, the unit reports, the guidance letters' coverage and the API
all count products and activities. They take their rows and their tests from here, so
"published in the window", "started in the window", "serving these tasks", "on these topics"
and "in a language of these groups" mean one thing everywhere, and each is written in the form
the indexes serve (EXISTS on a link table's own index rather than a join that repeats rows).
"""

from collections.abc import Collection
from datetime import date
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Sum

from records.models import Activity, Language, LanguageGroup, Participation, Product

ProductLanguage = Product.languages.through
ProductTopic = Product.topics.through
ProductTask = Product.tasks.through
ActivityTopic = Activity.topics.through
ActivityTask = Activity.tasks.through


def products_published(first: date, last: date, *, unit_ids: Collection[int] | None = None
                       ) -> QuerySet[Product]:
    """Products published in [first, last], of these units (None: every unit)."""
    products = Product.objects.filter(published_on__range=(first, last))
    return products if unit_ids is None else products.filter(unit_id__in=list(unit_ids))


def activities_started(first: date, last: date, *, unit_ids: Collection[int] | None = None
                       ) -> QuerySet[Activity]:
    """Activities that started in [first, last]: an activity counts in the window it began."""
    activities = Activity.objects.filter(start_date__range=(first, last))
    return activities if unit_ids is None else activities.filter(unit_id__in=list(unit_ids))


def serving_tasks(model: type[Product] | type[Activity], task_ids: Any) -> Exists:
    """Records linked to one of these tasks (ids, or a subquery of ids), counted once."""
    if model is Product:
        return Exists(ProductTask.objects.filter(product_id=OuterRef("pk"), task_id__in=task_ids))
    return Exists(ActivityTask.objects.filter(activity_id=OuterRef("pk"), task_id__in=task_ids))


def serving_plan(model: type[Product] | type[Activity], plan_id: int) -> Exists:
    """Records linked to a task of the plan: the plan's output."""
    if model is Product:
        return Exists(ProductTask.objects.filter(product_id=OuterRef("pk"),
                                                 task__plan_id=plan_id))
    return Exists(ActivityTask.objects.filter(activity_id=OuterRef("pk"),
                                              task__plan_id=plan_id))


def on_topics(model: type[Product] | type[Activity], topic_ids: Collection[int]) -> Exists:
    if model is Product:
        return Exists(ProductTopic.objects.filter(product_id=OuterRef("pk"),
                                                  topic_id__in=list(topic_ids)))
    return Exists(ActivityTopic.objects.filter(activity_id=OuterRef("pk"),
                                               topic_id__in=list(topic_ids)))


def in_language_groups(groups: Collection[str]) -> Exists:
    """Products with a language of these groups. The language ids are read first (a list of a
    few dozen), so each product is tested on the (product, language) index alone rather than
    through a join to the languages: 390 ms -> 165 ms for a 30,000-product share."""
    languages = list(Language.objects.filter(group__in=list(groups)).values_list("pk", flat=True))
    return Exists(ProductLanguage.objects.filter(product_id=OuterRef("pk"),
                                                 language_id__in=languages))


def language_flags(product_ref: str) -> tuple[Exists, Exists]:
    """(has Vietnamese, has another language) of the product `product_ref` points at."""
    national = Q(language__group=LanguageGroup.NATIONAL)
    mine = ProductLanguage.objects.filter(product=OuterRef(product_ref))
    return Exists(mine.filter(national)), Exists(mine.exclude(national))


def other_language_counts(products: QuerySet[Product]) -> list[tuple[str, int]]:
    """(language code, products) for every language but the national one."""
    return list(ProductLanguage.objects.filter(product__in=products)
                .exclude(language__group=LanguageGroup.NATIONAL).order_by()
                .values_list("language__code").annotate(n=Count("product_id")))


def with_participants(groups: Collection[str]) -> Exists:
    """Activities with someone from these participant groups."""
    return Exists(Participation.objects.filter(activity_id=OuterRef("pk"),
                                               group__in=list(groups)))


def participants_by_activity(activities: QuerySet[Activity]) -> dict[int, dict[str, int]]:
    """People of each group at each activity."""
    found: dict[int, dict[str, int]] = {}
    for activity_id, group, n in (Participation.objects.filter(activity__in=activities)
                                  .order_by().values_list("activity_id", "group")
                                  .annotate(n=Sum("count"))):
        found.setdefault(activity_id, {})[group] = n or 0
    return found


def records_per_task(task_ids: Collection[int], *, unit_id: int, first: date, last: date
                     ) -> tuple[dict[int, int], dict[int, int]]:
    """How many of the unit's products (published) and activities (started) in [first, last]
    serve each task."""
    products = dict(ProductTask.objects.filter(  # type: ignore[misc]
        task_id__in=list(task_ids), product__unit_id=unit_id,
        product__published_on__range=(first, last),
    ).order_by().values("task_id").annotate(n=Count("product_id")).values_list("task_id", "n"))
    activities = dict(ActivityTask.objects.filter(  # type: ignore[misc]
        task_id__in=list(task_ids), activity__unit_id=unit_id,
        activity__start_date__range=(first, last),
    ).order_by().values("task_id").annotate(n=Count("activity_id")).values_list(
        "task_id", "n"))
    return products, activities
