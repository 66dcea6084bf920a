"""Reads for the dashboard and the indicator pages, and who may see or change what.

The dashboard is a list of sections (targets, late tasks, products per month, unit, language
and channel). Each section carries the rows its table and its .xlsx export show, and the bars
of its chart, so the page and the spreadsheet can never disagree. Each section costs a fixed
number of queries whatever the number of records.
"""

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import (
    Count,
    QuerySet,
)
from django.utils.translation import gettext as _

from accounts.models import User
from indicators.charts import format_number
from indicators.compute import (
    Measure,
    Standing,
    Status,
    UnitGraph,
    measuring_window,
    plan_bounds,
    roll_up,
    standing,
    value,
)
from indicators.exports import Cell
from indicators.models import EnteredValue, Indicator
from indicators.one_pass import PlanProducts, plain_product_indicator
from kehoach.vntext.formats import vn_date
from plans.models import Plan, Target, TaskUnit
from plans.selectors import tasks_late
from records import counting
from records.models import Activity, Channel, Language, Product
from units.models import Unit
from units.selectors import unit_choices

ProductLanguage = Product.languages.through
ProductTask = Product.tasks.through
SECTIONS = ("targets", "late", "months", "units", "languages", "channels")
LATE_SHOWN = 50  # the page lists the first late tasks; the export has them all


def entered_value_list(indicator: Indicator) -> QuerySet[EnteredValue]:
    return indicator.entered_values.select_related("unit", "created_by").order_by(
        "-period_end", "unit__name", "pk")


def indicators_at_stake(*, target_ids: Collection[int], task_ids: Collection[int]
                        ) -> tuple[dict[int, tuple[str, int]], dict[int, int]]:
    """What removing targets or tasks would cost the indicators.

    For each target with an indicator: its name and the figures units entered for it. For
    each task: how many indicators are narrowed to it.
    """
    by_target = {
        target_id: (name, entered) for target_id, name, entered in
        Indicator.objects.filter(target_id__in=target_ids)
        .annotate(entered=Count("entered_values")).values_list("target_id", "name", "entered")
    }
    through = Indicator.tasks.through
    by_task = dict(through.objects.filter(task_id__in=task_ids).values("task_id")  # type: ignore[misc]
                   .annotate(n=Count("pk")).values_list("task_id", "n"))
    return by_target, by_task


# Dashboard ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DashboardFilters:
    """What the dashboard's GET form asked for. `structure` groups units as they are today
    ("today") or as they were at the end of the period ("period")."""

    today: date
    unit: Unit | None = None
    start: date | None = None
    end: date | None = None
    structure: str = "today"

    def window(self, plan: Plan) -> tuple[date, date]:
        first, last = plan_bounds(plan)
        return self.start or first, self.end or last

    def breakdown_day(self, plan: Plan) -> date:
        return self.today if self.structure == "today" else min(self.window(plan)[1], self.today)

    def judged(self, plan: Plan) -> bool:
        """On-track is judged only from the plan's start: a window starting later leaves out
        work that counts toward the target."""
        return self.start is None or self.start <= plan_bounds(plan)[0]


@dataclass
class Section:
    """One figure of the dashboard: its table (`headers`, `rows`, also the .xlsx), its chart
    bars (`bars`), and the objects the page links to (`items`)."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]]
    bars: list[tuple[str, float]] = field(default_factory=list)
    horizontal: bool = True
    highlight: set[str] = field(default_factory=set)
    items: list[Any] = field(default_factory=list)
    note: str = ""
    total: int | None = None
    chart_width: int = 480  # in the chart's units; the page's wide cards get 960

    @property
    def lines(self) -> list[tuple[Cell, Cell, tuple[Cell, ...]]]:
        """The rows as the page's table writes them: the heading, the number, the rest. A
        template unpacks these at once, where `row.0` tries a key and an attribute first."""
        return [(row[0], row[1], tuple(row[2:])) for row in self.rows]


@dataclass
class TargetRow:
    target: Target
    indicator: Indicator | None
    standing: Standing
    for_unit: Measure | None = None


def _number(value: Decimal | None) -> Decimal | None:
    return None if value is None else round(value, 1)


def plan_products(plan: Plan, *, first: date, last: date, unit_ids: set[int] | None
                  ) -> QuerySet[Product]:
    """Products linked to a task of the plan and published in the window; the plan's output."""
    return counting.products_published(first, last, unit_ids=unit_ids).filter(
        counting.serving_plan(Product, plan.pk))


def _scope(filters: DashboardFilters, graph: UnitGraph) -> set[int] | None:
    return None if filters.unit is None else graph.with_predecessors([filters.unit.pk])


def _own_unit_names(user: User, graph: UnitGraph, day: date) -> set[str]:
    """Names of the viewer's units and of the units carrying on their work, to highlight."""
    own = list(user.units.all()) if user.is_authenticated else []
    if not own:
        return set()
    units = Unit.objects.in_bulk(graph.with_successors(u.pk for u in own))
    return {heir.name for unit in own for heir in [unit, *graph.heirs(unit, units, day)]}


def targets_section(plan: Plan, filters: DashboardFilters,
                    read: Callable[[list[Indicator]], PlanProducts] | None = None) -> Section:
    """Every target with its figure, progress and standing.

    The standing is judged on the whole plan (all units) up to the period's end; with a unit
    chosen, that unit's own figure is shown beside it. A period starting after the plan's
    start is not judged (see DashboardFilters.judged).
    """
    targets = list(plan.targets.select_related("plan", "task", "indicator").prefetch_related(
        "indicator__topics", "indicator__units", "indicator__tasks"))
    on = min(filters.today, filters.end) if filters.end else filters.today
    plain = [t.indicator for t in targets
             if plain_product_indicator(getattr(t, "indicator", None))] if read else []
    found = read(plain) if read and plain else None
    rows: list[TargetRow] = []
    for target in targets:
        indicator: Indicator | None = getattr(target, "indicator", None)
        if indicator is None:
            rows.append(TargetRow(target, None, standing(target, None, on=on)))
            continue
        if found is not None and indicator in plain:
            first, last = measuring_window(target, start=filters.start, end=filters.end, on=on)
            overall = found.measure(indicator, first=first, last=last, scoped=False)
            mine = found.measure(indicator, first=first, last=last, scoped=True) \
                if filters.unit else None
        else:
            overall = value(indicator, start=filters.start, end=filters.end, on=on)
            mine = value(indicator, units=[filters.unit], start=filters.start,
                         end=filters.end, on=on) if filters.unit else None
        judged = standing(target, overall, indicator=indicator, on=on)
        if not filters.judged(plan):
            judged = Standing(target, overall, Status.NOT_JUDGED)
        rows.append(TargetRow(target, indicator, judged, mine))
    headers = [_("Chỉ tiêu"), _("Chỉ số"), _("Cách đo"), _("Giá trị hiện tại"), _("Chỉ tiêu"),
               _("Đơn vị tính"), _("Tiến độ (%)"), _("Cần đạt theo thời gian"), _("Đánh giá"),
               _("Thời hạn")]
    if filters.unit:
        headers.append(_("Giá trị của %(unit)s") % {"unit": filters.unit.name})
    table = []
    for row in rows:
        measure, target = row.standing.measure, row.target
        line: list[Cell] = [
            target.text, row.indicator.name if row.indicator else None,
            row.indicator.get_method_display() if row.indicator else None,
            _number(measure.value) if measure else None,
            f"{format_number(float(target.value))}–{format_number(float(target.value_max))}"
            if target.value_max is not None else target.value,
            "%" if row.indicator and row.indicator.is_percentage else target.unit_of_measure,
            None if row.standing.progress is None else round(100 * row.standing.progress, 1),
            _number(row.standing.expected), row.standing.label, target.deadline,
        ]
        if filters.unit:
            line.append(_number(row.for_unit.value) if row.for_unit else None)
        table.append(line)
    return Section("targets", _("Chỉ tiêu"), headers, table, items=rows)


def late_section(plan: Plan, filters: DashboardFilters, graph: UnitGraph) -> Section:
    """Late tasks by the plans app's rule (plans.selectors.tasks_late), of the chosen unit and
    the units merged into it, due in the period."""
    first, last = filters.window(plan)
    tasks = list(tasks_late(plan, filters.today, unit_ids=_scope(filters, graph)).filter(
        end_date__range=(first, last)))
    rows: list[list[Cell]] = [
        [task.code, task.title, ", ".join(str(tu) for tu in task.lead_units), task.end_date,
         task.get_status_display(), task.latest_percent,  # type: ignore[attr-defined]
         (filters.today - task.end_date).days]
        for task in tasks if task.end_date is not None
    ]
    return Section("late", _("Nhiệm vụ chậm"), [
        _("Mã"), _("Nhiệm vụ"), _("Đơn vị chủ trì"), _("Hạn"), _("Trạng thái"),
        _("Tiến độ báo cáo gần nhất (%)"), _("Số ngày chậm")], rows,
        items=tasks[:LATE_SHOWN], total=len(tasks))


def months_section(products: PlanProducts, first: date, last: date) -> Section:
    """Products per month of the window, months without products shown as zero."""
    found = products.months()
    months: list[tuple[str, int]] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((f"{month:02d}/{year}", found.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    rows: list[list[Cell]] = [[label, n] for label, n in months]
    return Section("months", _("Sản phẩm theo tháng"), [_("Tháng"), _("Số sản phẩm")], rows,
                   bars=[(label, float(n)) for label, n in months], horizontal=False,
                   total=sum(n for _label, n in months), chart_width=960)


def units_section(products: PlanProducts, *, day: date, graph: UnitGraph,
                  highlight: set[str]) -> Section:
    """Products per unit as units stood on `day`; the viewer's unit first."""
    counts = [(pk, n) for pk, n in products.units.items() if n]
    measured = roll_up({pk: (Decimal(n), None) for pk, n in counts}, day=day, graph=graph)
    measured.sort(key=lambda row: row.unit.name not in highlight)
    rows: list[list[Cell]] = [
        [row.unit.name, row.measure.numerator, ", ".join(u.name for u in row.includes)]
        for row in measured
    ]
    note = _("Đơn vị đã sáp nhập được tính vào đơn vị kế thừa; một đơn vị chia cho nhiều đơn vị "
             "kế thừa được tính ở mỗi đơn vị, nên tổng các dòng có thể lớn hơn tổng số.")
    return Section("units", _("Sản phẩm theo đơn vị"),
                   [_("Đơn vị"), _("Số sản phẩm"), _("Gồm số liệu của")], rows,
                   bars=[(row.unit.name, float(row.measure.numerator)) for row in measured],
                   highlight=highlight, items=measured, note=note, chart_width=960)


def languages_section(products: QuerySet[Product], found: PlanProducts | None = None
                      ) -> Section:
    if found is not None and found.languages is not None:
        names: dict[tuple[str, int], int] = {}
        for name, position, pk in Language.objects.filter(pk__in=found.languages).values_list(
                "name", "position", "pk"):
            names[name, position] = names.get((name, position), 0) + found.languages[pk]
        counts = [(name, n) for (name, _position), n in sorted(
            names.items(), key=lambda item: (-item[1], item[0][1]))]
        return _languages(counts)
    return _languages(ProductLanguage.objects.filter(product__in=products).values(  # type: ignore[misc]
        "language__name", "language__position").annotate(n=Count("product_id")).values_list(
        "language__name", "n").order_by("-n", "language__position"))


def _languages(counts: Iterable[tuple[str, int]]) -> Section:
    counted = list(counts)
    rows: list[list[Cell]] = [[name, n] for name, n in counted]
    return Section("languages", _("Sản phẩm theo ngôn ngữ"), [_("Ngôn ngữ"), _("Số sản phẩm")],
                   rows, bars=[(name, float(n or 0)) for name, n in counted],
                   note=_("Sản phẩm song ngữ được tính ở mỗi ngôn ngữ."))


def channels_section(products: PlanProducts) -> Section:
    counts = sorted(((code, n) for code, n in products.channels.items() if n),
                    key=lambda row: (-row[1], row[0]))
    named = [(str(Channel(code).label), n) for code, n in counts]
    rows: list[list[Cell]] = [[name, n] for name, n in named]
    return Section("channels", _("Sản phẩm theo kênh"), [_("Kênh"), _("Số sản phẩm")], rows,
                   bars=[(name, float(n)) for name, n in named])


def dashboard_sections(plan: Plan, filters: DashboardFilters, *, user: User,
                       only: str | None = None) -> dict[str, Section]:
    """The dashboard's sections in page order, or only the one named (for an export).

    Queries: the unit graph (1), the viewer's units (2), targets with their indicators (4)
    and a few per indicator other than a plain product count or share, late tasks (2), one
    pass over the plan's products (PlanProducts) and one for the units shown. None of it
    grows with the number of records.
    """
    wanted = [only] if only else list(SECTIONS)
    graph = UnitGraph.load()
    first, last = filters.window(plan)
    scope = _scope(filters, graph)
    products = plan_products(plan, first=first, last=last, unit_ids=scope)
    day = filters.breakdown_day(plan)
    read: list[PlanProducts] = []

    def counted(shares: list[Indicator] | None = None) -> PlanProducts:
        """The one pass over the plan's products, made the first time a section needs it
        (with the plain share indicators' numerators when the targets come first)."""
        if not read:
            read.append(PlanProducts(plan, first=first, last=last, unit_ids=scope,
                                     shares=shares or ()))
            plan.product_unit_ids = read[0].product_unit_ids  # type: ignore[attr-defined]
        return read[0]

    builders: dict[str, Callable[[], Section]] = {
        "targets": lambda: targets_section(plan, filters, counted),
        "late": lambda: late_section(plan, filters, graph),
        "months": lambda: months_section(counted(), first, last),
        "units": lambda: units_section(counted(), day=day, graph=graph,
                                       highlight=_own_unit_names(user, graph, day)),
        "languages": lambda: languages_section(products, counted()),
        "channels": lambda: channels_section(counted()),
    }
    return {key: builders[key]() for key in wanted}


def target_standings(plan: Plan, *, today: date) -> list[TargetRow]:
    """The plan's targets with their live figures and standings, as the dashboard's first
    table shows them with no filter: the start page's summary reads the same numbers.

    The plain product indicators come from one pass over the plan's products (PlanProducts);
    the others cost a few queries each, so the count follows the targets, not the records.
    """
    filters = DashboardFilters(today=today)
    first, last = filters.window(plan)

    def read(shares: list[Indicator]) -> PlanProducts:
        return PlanProducts(plan, first=first, last=last, unit_ids=None, shares=shares)

    return targets_section(plan, filters, read).items


def _named_unit_ids(plan: Plan) -> list[int]:
    """The units the plan's tasks name or whose products or activities it counts, in three
    small queries: the plan's product ids come from the (task, product) index, so each
    query reads the plan's own rows instead of testing ten thousand units one by one."""
    products = Product.objects.filter(pk__in=ProductTask.objects.filter(
        task__plan_id=plan.pk).values("product_id"))
    activities = Activity.objects.filter(pk__in=Activity.tasks.through.objects.filter(
        task__plan_id=plan.pk).values("activity_id"))
    found: set[int] = set(getattr(plan, "product_unit_ids", ()))
    for rows in (TaskUnit.objects.filter(task__plan_id=plan.pk, unit_id__isnull=False),
                 products, activities):
        if rows is products and hasattr(plan, "product_unit_ids"):
            continue  # the dashboard's pass over the plan's products found them already
        found.update(rows.order_by().values_list("unit_id", flat=True).distinct())
    return sorted(found)


def plan_unit_choices(plan: Plan, *, first: Collection[int] = ()) -> QuerySet[Unit]:
    """Units worth offering in a plan's pickers, in Vietnamese order, `first` at the top.

    The units the plan's tasks name or whose records it counts, the units that took over their
    work (two mergers deep, as in 2025: district → province department → merged city's), and
    `first`. A country holds ten thousand units; a plan's dashboard lists its own few dozen.
    """
    named = _named_unit_ids(plan)
    wanted = {*named, *_heirs(named, mergers=2), *first}
    return unit_choices(first=first).filter(pk__in=sorted(wanted))


def _heirs(unit_ids: Collection[int], *, mergers: int) -> set[int]:
    """The units that took over the work of `unit_ids`, up to `mergers` mergers on: one query
    per merger on the links' from-unit index. One query for the units and their heirs
    together tested every unit of the country through two joins of the links, with a plan's
    300 unit ids sent three times: 3-4 ms more of a national dashboard."""
    links = Unit.successors.through.objects
    found: set[int] = set()
    step = list(unit_ids)
    for _merger in range(mergers):
        if not step:
            break
        step = list(links.filter(from_unit_id__in=step).values_list(
            "to_unit_id", flat=True).distinct())
        found.update(step)
    return found


def filter_notes(plan: Plan, filters: DashboardFilters) -> list[str]:
    """The plan and the filters in words, printed above an exported table."""
    first, last = filters.window(plan)
    day = filters.breakdown_day(plan)
    return [
        _("Kế hoạch %(number)s: %(title)s") % {"number": plan.number_symbol,
                                               "title": plan.title},
        _("Đơn vị: %(unit)s") % {"unit": filters.unit.name if filters.unit
                                 else _("Tất cả đơn vị")},
        _("Từ ngày %(first)s đến ngày %(last)s") % {"first": vn_date(first),
                                                    "last": vn_date(last)},
        _("Đơn vị theo cơ cấu ngày %(day)s; số liệu tính đến ngày %(today)s") % {
            "day": vn_date(day), "today": vn_date(filters.today)},
    ]
