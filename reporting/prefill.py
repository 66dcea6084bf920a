"""A unit's figures for a period, computed from what it recorded, to open its report with.

Each table is one of the form's FigureKind values, built from the unit's own records dated
in the period's window (products by the day they were published, activities by the day they
started). A unit reports its own work: its records are counted under its own name, never
its predecessors', so two units that merged do not both report the same article.

Every table costs a fixed number of aggregate queries, whatever the number of records; only
the plan's indicators cost a few queries each (indicators.compute.value), and a plan has a
handful of them. Row keys are codes and primary keys, so a consolidation can add the units'
tables row by row (reporting.figures.sum_tables); rows are listed only where the unit has
something to show, in the order of the lists they come from.
"""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from django.db.models import Count, QuerySet, Sum
from django.utils.translation import gettext as _

from indicators import compute
from indicators.models import Indicator
from plans.models import ProgressUpdate, TaskRole, TaskStatus, TaskUnit
from records.models import (
    Activity,
    ActivityKind,
    Channel,
    Language,
    ParticipantGroup,
    Participation,
    Product,
    ProductKind,
)
from reporting.figures import Cell, FigureTable, Row
from reporting.models import FigureKind, ReportingPeriod
from units.models import Unit

ProductLanguage = Product.languages.through
ProductTask = Product.tasks.through
ActivityTask = Activity.tasks.through


def unit_figures(period: ReportingPeriod, unit: Unit) -> list[FigureTable]:
    """The tables the period's form asks for, in the form's order, for `unit`."""
    builders: dict[str, Callable[[ReportingPeriod, Unit], FigureTable]] = {
        FigureKind.PRODUCTS_BY_KIND: products_by_kind,
        FigureKind.PRODUCTS_BY_CHANNEL: products_by_channel,
        FigureKind.PRODUCTS_BY_LANGUAGE: products_by_language,
        FigureKind.ACTIVITIES: activities,
        FigureKind.TASKS: tasks,
        FigureKind.INDICATORS: indicators,
    }
    return [builders[kind](period, unit).with_ratios()
            for kind in period.form.figure_kinds if kind in builders]


def _products(period: ReportingPeriod, unit: Unit) -> QuerySet[Product]:
    return Product.objects.filter(unit=unit,
                                  published_on__range=(period.first_day, period.last_day))


def _counted_rows(counts: dict[str, int], choices: list[tuple[str, str]]) -> list[Row]:
    """One row per choice with a count, in the order of the choices."""
    return [Row(code, str(label), [counts[code]]) for code, label in choices if counts.get(code)]


def products_by_kind(period: ReportingPeriod, unit: Unit) -> FigureTable:
    counts = dict(_products(period, unit).order_by().values("kind").annotate(
        n=Count("pk")).values_list("kind", "n"))
    return FigureTable(FigureKind.PRODUCTS_BY_KIND.value, str(FigureKind.PRODUCTS_BY_KIND.label),
                       [_("Loại sản phẩm"), _("Số sản phẩm")],
                       _counted_rows(counts, ProductKind.choices))


def products_by_channel(period: ReportingPeriod, unit: Unit) -> FigureTable:
    counts = dict(_products(period, unit).order_by().values("channel").annotate(
        n=Count("pk")).values_list("channel", "n"))
    return FigureTable(FigureKind.PRODUCTS_BY_CHANNEL.value,
                       str(FigureKind.PRODUCTS_BY_CHANNEL.label),
                       [_("Kênh"), _("Số sản phẩm")], _counted_rows(counts, Channel.choices))


def products_by_language(period: ReportingPeriod, unit: Unit) -> FigureTable:
    """Products in each language against all the unit's products in the window.

    A bilingual product counts in each of its languages, so the rows add up to more than
    the total; the table has no total row, and its share column is a ratio that sums
    across units as a ratio of sums.
    """
    products = _products(period, unit)
    total = products.count()
    counts = dict(ProductLanguage.objects.filter(product__in=products).order_by().values(
        "language_id").annotate(n=Count("product_id")).values_list("language_id", "n"))
    languages = Language.objects.filter(pk__in=list(counts)).order_by("position", "name")
    return FigureTable(
        FigureKind.PRODUCTS_BY_LANGUAGE.value, str(FigureKind.PRODUCTS_BY_LANGUAGE.label),
        [_("Ngôn ngữ"), _("Số sản phẩm"), _("Tổng số sản phẩm của đơn vị"), _("Tỷ lệ")],
        [Row(language.code, language.name, [counts[language.pk], total, None])
         for language in languages],
        ratios={2: (0, 1)}, total=False)


def activities(period: ReportingPeriod, unit: Unit) -> FigureTable:
    """Activities by kind, with the people who took part, in all and by group."""
    found = Activity.objects.filter(unit=unit,
                                    start_date__range=(period.first_day, period.last_day))
    counts = dict(found.order_by().values("kind").annotate(n=Count("pk")).values_list(
        "kind", "n"))
    people: dict[tuple[str, str], int] = {
        (kind, group): n for kind, group, n in Participation.objects.filter(
            activity__in=found).order_by().values("activity__kind", "group").annotate(
            n=Sum("count")).values_list("activity__kind", "group", "n")}
    groups = ParticipantGroup.choices
    rows = []
    for code, label in ActivityKind.choices:
        if not counts.get(code):
            continue
        by_group: list[Cell] = [people.get((code, group), 0) for group, _label in groups]
        total = sum(n for n in by_group if isinstance(n, int))
        rows.append(Row(code, str(label), [counts[code], total, *by_group]))
    return FigureTable(
        FigureKind.ACTIVITIES.value, str(FigureKind.ACTIVITIES.label),
        [_("Loại hoạt động"), _("Số hoạt động"), _("Số người tham gia"),
         *[str(label) for _group, label in groups]],
        rows)


def _latest_progress(period: ReportingPeriod, unit: Unit, task_ids: list[int]
                     ) -> dict[int, ProgressUpdate]:
    """The unit's own latest progress report on each task, as it stood on the last day."""
    latest: dict[int, ProgressUpdate] = {}
    for update in ProgressUpdate.objects.filter(
            unit=unit, task_id__in=task_ids, reported_on__lte=period.last_day).order_by(
            "task_id", "-reported_on", "-pk"):
        latest.setdefault(update.task_id, update)
    return latest


def _evidence(period: ReportingPeriod, unit: Unit, task_ids: list[int]
              ) -> tuple[dict[int, int], dict[int, int]]:
    """How many of the unit's products and activities in the window serve each task."""
    products = dict(ProductTask.objects.filter(
        task_id__in=task_ids, product__unit=unit,
        product__published_on__range=(period.first_day, period.last_day),
    ).order_by().values("task_id").annotate(n=Count("product_id")).values_list("task_id", "n"))
    activities = dict(ActivityTask.objects.filter(
        task_id__in=task_ids, activity__unit=unit,
        activity__start_date__range=(period.first_day, period.last_day),
    ).order_by().values("task_id").annotate(n=Count("activity_id")).values_list(
        "task_id", "n"))
    return products, activities


def tasks(period: ReportingPeriod, unit: Unit) -> FigureTable:
    """The plan's tasks the unit leads or coordinates: its part, its latest progress, and
    the products and activities it recorded for each in the window.

    Status and percent are text: a consolidation keeps them as written rather than adding
    two units' percentages.
    """
    columns = [_("Nhiệm vụ"), _("Vai trò của đơn vị"), _("Trạng thái"), _("Tiến độ"),
               _("Sản phẩm"), _("Hoạt động")]
    table = FigureTable(FigureKind.TASKS.value, str(FigureKind.TASKS.label), columns, [],
                        total=False)
    if period.plan_id is None:
        return table
    roles: dict[int, TaskUnit] = {}
    for task_unit in TaskUnit.objects.filter(task__plan_id=period.plan_id, unit=unit
                                             ).select_related("task").order_by(
            "task__sort_key", "task_id", "-role"):
        roles.setdefault(task_unit.task_id, task_unit)  # "lead" sorts before "coordinating"
    task_ids = list(roles)
    latest = _latest_progress(period, unit, task_ids)
    products, activities = _evidence(period, unit, task_ids)
    for task_id, task_unit in roles.items():
        update = latest.get(task_id)
        task = task_unit.task
        table.rows.append(Row(str(task_id), f"{task.code}. {task.title}", [
            str(TaskRole(task_unit.role).label),
            str(TaskStatus(update.status).label) if update else _("Chưa cập nhật tiến độ"),
            f"{update.percent}%" if update else None,
            products.get(task_id, 0), activities.get(task_id, 0),
        ]))
    return table


def _whole(number: Decimal | None) -> int | Decimal | None:
    if number is None:
        return None
    return int(number) if number == number.to_integral_value() else number


def _goal(indicator: Indicator) -> str:
    target = indicator.target
    value = f"{target.value.normalize():f}".replace(".", ",")
    if target.value_max is not None:
        value += "–" + f"{target.value_max.normalize():f}".replace(".", ",")
    unit = target.unit_of_measure.strip()
    return f"{value}{unit}" if unit == "%" else f"{value} {unit}".strip()


def indicators(period: ReportingPeriod, unit: Unit) -> FigureTable:
    """The plan's indicators measured on the unit's records in the window.

    The result and its denominator are separate columns and the share is computed from
    them, so the province's share is the sum of results over the sum of denominators.
    indicators.compute counts a unit's records together with those of units merged into
    it; in a window where both existed, that is the unit's work and its predecessors'.
    """
    table = FigureTable(
        FigureKind.INDICATORS.value, str(FigureKind.INDICATORS.label),
        [_("Chỉ số"), _("Chỉ tiêu"), _("Kết quả"), _("Mẫu số"), _("Tỷ lệ")], [],
        ratios={3: (1, 2)}, total=False)
    if period.plan_id is None:
        return table
    found = Indicator.objects.filter(target__plan_id=period.plan_id).select_related(
        "target__plan").prefetch_related("topics", "units", "tasks").order_by(
        "target__position", "target_id")
    day: date = period.last_day
    for indicator in found:
        measure = compute.value(indicator, units=[unit], start=period.first_day, end=day,
                                on=day)
        table.rows.append(Row(str(indicator.pk), indicator.name, [
            _goal(indicator), _whole(measure.numerator), _whole(measure.denominator), None]))
    return table
