"""Reads of products, activities and topics.

Who may see or change them is records.permissions, the same rule the services apply.
"""

from collections.abc import Collection
from datetime import date
from typing import Any

from django.db.models import Count, Max, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import User
from kehoach.db import vi_order
from kehoach.vntext.text import fold
from plans.models import Plan, Task
from records.models import Activity, Language, PlanProduct, PlanProductsToken, Product, Topic
from records.permissions import recording_units
from units.selectors import unit_ancestor_ids


def _search(records: QuerySet, query: str) -> QuerySet:
    """Every word must appear in the folded text, so "bao ton van hoa" finds "Bảo tồn văn hóa"."""
    for word in fold(query).split():
        records = records.filter(search_text__contains=word)
    return records


def product_list(
    *, unit_ids: Collection[int] = (), kind: str = "", channel: str = "",
    language: Language | None = None, topic: Topic | None = None, task: Task | None = None,
    plan: Plan | None = None, date_from: date | None = None, date_to: date | None = None,
    query: str = "", outside_plan: int | None = None,
) -> QuerySet[Product]:
    """Products filtered as on the product page, newest first.

    Each many-to-many filter takes one value, so its join cannot repeat a product and the
    list needs no DISTINCT, which keeps the count query cheap on millions of rows.
    """
    products = Product.objects.select_related("unit").prefetch_related("languages", "topics")
    if unit_ids:
        products = products.filter(unit_id__in=unit_ids)
    if kind:
        products = products.filter(kind=kind)
    if channel:
        products = products.filter(channel=channel)
    if language is not None:
        products = products.filter(pk__in=_linked(Product.languages.through, language=language))
    if topic is not None:
        products = products.filter(pk__in=_linked(Product.topics.through, topic=topic))
    if task is not None:
        products = products.filter(pk__in=_linked(Product.tasks.through, task=task))
    if plan is not None:  # the plan's copy of its products finds them at once, or none
        products = products.filter(
            pk__in=PlanProduct.objects.filter(plan=plan).values("product_id"))
    if outside_plan is not None:
        products = products.exclude(tasks__plan_id=outside_plan)
    if date_from is not None:
        products = products.filter(published_on__gte=date_from)
    if date_to is not None:
        products = products.filter(published_on__lte=date_to)
    return _search(products, query).order_by("-published_on", "-pk")


def plan_products_token(plan_id: int) -> int | None:
    """The token of the plan's copy of its products, new with each change to the copy (None
    before its first): counts kept under it are the copy's counts (records.plan_products)."""
    return PlanProductsToken.objects.filter(plan_id=plan_id).values_list(
        "token", flat=True).first()


# Up to this many records of a task, a topic or a language are named by id. The planner takes
# each for an average one: for a task with no product yet (a new plan's, in January) it read a
# national database's million products by date looking for one (3.5 s); past this many, they
# are frequent enough for that walk to stop early.
NAMED_RECORDS = 5000


def _linked(through: type[Model], **link: Model) -> Collection[int] | QuerySet[Any]:
    """The ids of the products or activities `link` (task=…, topic=… or language=…) names in
    the many-to-many table `through`: a list when few, else the query itself."""
    record = "product_id" if any(f.name == "product" for f in through._meta.fields) \
        else "activity_id"
    linked = through._default_manager.filter(**link).values_list(record, flat=True)
    few = list(linked[:NAMED_RECORDS + 1])
    return few if len(few) <= NAMED_RECORDS else linked


# Up to this many activities of a plan are named by id. The planner cannot tell that few
# activities serve a plan (a new one, in January) and would read every activity by date
# looking for them; past it, they are frequent enough for that walk to stop early.
NAMED_ACTIVITIES = 500


def _serving(plan: Plan) -> Collection[int] | QuerySet[Any]:
    """The ids of the activities serving one of `plan`'s tasks, each once."""
    served = (Activity.tasks.through.objects.filter(task__plan=plan)
              .values_list("activity_id", flat=True).distinct())
    few = list(served[:NAMED_ACTIVITIES + 1])
    return few if len(few) <= NAMED_ACTIVITIES else served


def activity_list(
    *, unit_ids: Collection[int] = (), kind: str = "", topic: Topic | None = None,
    task: Task | None = None, plan: Plan | None = None, date_from: date | None = None,
    date_to: date | None = None, query: str = "", outside_plan: int | None = None,
) -> QuerySet[Activity]:
    """Activities filtered as on the activity page, latest start first.

    The dates select activities that overlap the interval: a two-day training from 30 June
    belongs to the first half-year's report and to the second's.
    """
    activities = Activity.objects.select_related("unit").prefetch_related("participations")
    if unit_ids:
        activities = activities.filter(unit_id__in=unit_ids)
    if kind:
        activities = activities.filter(kind=kind)
    if topic is not None:
        activities = activities.filter(pk__in=_linked(Activity.topics.through, topic=topic))
    if task is not None:
        activities = activities.filter(pk__in=_linked(Activity.tasks.through, task=task))
    if plan is not None:
        activities = activities.filter(pk__in=_serving(plan))
    if outside_plan is not None:
        activities = activities.exclude(tasks__plan_id=outside_plan)
    if date_from is not None:
        activities = activities.filter(end_date__gte=date_from)
    if date_to is not None:
        activities = activities.filter(start_date__lte=date_to)
    return _search(activities, query).order_by("-start_date", "-pk")


def default_unit(user: User) -> int | None:
    """The unit a reporter's lists open on: their own, when they record for exactly one."""
    allowed = recording_units(user)
    return allowed[0] if allowed is not None and len(allowed) == 1 else None


def _current_from(today: date | None) -> int:
    """The first year_end of a current plan: this year's, or last year's since the second
    half-year is reported in January. A province whose latest plan is older (a demo, a late
    import) keeps its latest plans current rather than none."""
    year = (today or timezone.localdate()).year - 1
    latest = Plan.objects.aggregate(year=Max("year_end"))["year"]
    return year if latest is None else min(year, latest)


def task_choices(*, today: date | None = None, include: Collection[int] = ()) -> QuerySet[Task]:
    """Tasks a record can serve: those of the current plans, and any it already serves."""
    return _tasks(Q(plan__year_end__gte=_current_from(today)) | Q(pk__in=include))


def _tasks(condition: Q) -> QuerySet[Task]:
    return (Task.objects.filter(condition).select_related("plan")
            .order_by("-plan__issued_on", "plan_id", "sort_key", "pk"))


def plan_choices(*, today: date | None = None, include: Collection[int] = ()) -> QuerySet[Plan]:
    """The plans the lists filter by: the current ones (a few a province), newest first, and
    any a link names, so an old link still reads."""
    return (Plan.objects.filter(Q(year_end__gte=_current_from(today)) | Q(pk__in=include))
            .order_by("-issued_on", "-pk"))


def plan_of_task(pk: int | None) -> int | None:
    """The plan of task `pk`: a link naming only a task (?task=12) names its plan too."""
    if pk is None:
        return None
    return Task.objects.filter(pk=pk).values_list("plan_id", flat=True).first()


def plan_tasks(plan_ids: Collection[int], *, include: Collection[int] = ()) -> QuerySet[Task]:
    """The tasks of `plan_ids` in the documents' order, and the tasks of `include`."""
    return _tasks(Q(plan_id__in=list(plan_ids)) | Q(pk__in=list(include)))


def plans_concerning(unit_ids: Collection[int], *, today: date | None = None) -> list[int]:
    """The current plans issued by one of `unit_ids` or by a unit above them: a province's
    plans concern its departments, newspapers and communes, not another province's."""
    if not unit_ids:
        return []
    issuers = unit_ancestor_ids(unit_ids)
    return list(plan_choices(today=today).filter(issuer_id__in=issuers)
                .values_list("pk", flat=True))


# Up to this many tasks of the current plans, a checklist with no plan of its unit lists them
# all; past it (a country's thousands) it lists none and says why.
FEW_TASKS = 150


def task_offer(unit_ids: Collection[int], *, include: Collection[int] = (),
               today: date | None = None) -> tuple[QuerySet[Task], bool]:
    """The tasks a record's checklist offers, and whether they hold a plan's tasks.

    The tasks of the current plans that concern its unit, and `include` (those it serves,
    those ticked). With no such plan, the current plans' tasks when they are few; when they
    are many, `include` alone, and the page says why.
    """
    plans = plans_concerning(unit_ids, today=today)
    if plans:
        return plan_tasks(plans, include=include), True
    current = task_choices(today=today, include=include)
    if current.count() <= FEW_TASKS:
        return current, True
    return plan_tasks((), include=include), False


def _count_by_topic(through: type[Model]) -> Coalesce:
    """Rows of a topic link table per topic, as a subquery: two joined counts would multiply."""
    rows = (through._default_manager.filter(topic_id=OuterRef("pk")).order_by().values("topic_id")
            .annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(rows), 0)


def topic_list() -> QuerySet[Topic]:
    """Topics in Vietnamese order, with how many products and activities cover each."""
    return Topic.objects.annotate(
        product_count=_count_by_topic(Product.topics.through),
        activity_count=_count_by_topic(Activity.topics.through),
    ).order_by(vi_order("name"), "pk")


def topic_choices() -> QuerySet[Topic]:
    return Topic.objects.order_by(vi_order("name"), "pk")


def task_record_counts(task_ids: Collection[int]) -> dict[int, tuple[int, int]]:
    """(products, activities) linked to each task: what unlinking a task would cost."""
    counts: dict[int, list[int]] = {pk: [0, 0] for pk in task_ids}
    for slot, through in enumerate((Product.tasks.through, Activity.tasks.through)):
        rows = (through._default_manager.filter(task_id__in=task_ids).values("task_id")
                .annotate(n=Count("pk")).values_list("task_id", "n"))
        for task_id, n in rows:
            counts[task_id][slot] = n
    return {pk: (c[0], c[1]) for pk, c in counts.items()}
