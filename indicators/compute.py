"""Indicators measured live from the records, with units followed through mergers.

Every figure is one aggregate query over the records (plus one for entered stocks and one for
the unit graph where they matter), so the number of queries does not grow with the data.

Rules, in one place:

- Window. A target is measured from 1 January of the plan's first year to its deadline (or
  31 December of the plan's last year); `start`/`end` narrow that, and nothing dated after
  `on` (default today) counts.
- Shares are ratios of sums: sum of numerators over sum of denominators, across units and
  periods. Averaging per-unit percentages would let a unit with 3 products weigh as much as
  one with 300.
- Units. A `units` filter takes the records of those units and of every unit merged into them
  (their predecessors, through any chain), so choosing today's Cần Thơ paper includes what
  Báo Sóc Trăng did before the merger. In a per-unit breakdown, records are shown under the
  units valid on `on` that carry on their unit's work (the same walk as
  units.selectors.unit_current_heirs): today, Báo Sóc Trăng's 2024 articles appear under its
  successor; on a 2024 date, under Báo Sóc Trăng. A unit split between several heirs counts
  in full for each of them, so breakdown rows can add up to more than the total, which counts
  each record once.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from indicators.models import EnteredValue, Indicator, Method
from kehoach.vntext.text import collation_key
from plans.models import Plan, Target, Task
from records import counting
from records.models import Activity, Participation, Product
from units.models import Unit

HUNDRED = Decimal(100)


class Measure(NamedTuple):
    """(numerator, denominator or None, value): the value is a percentage when there is a
    denominator, None when that denominator is zero (nothing to divide by yet)."""

    numerator: Decimal
    denominator: Decimal | None
    value: Decimal | None

    @classmethod
    def of(cls, numerator: object, denominator: object = None, *, percentage: bool = False
           ) -> "Measure":
        num = Decimal(str(numerator or 0))
        if not percentage:
            return cls(num, None, num)
        den = Decimal(str(denominator or 0))
        return cls(num, den, (HUNDRED * num / den) if den else None)


@dataclass
class UnitMeasure:
    """One row of a per-unit breakdown: `unit` as it stood on the day asked, and the units
    whose records were rolled into it (`includes`, empty when only its own)."""

    unit: Unit
    measure: Measure
    includes: list[Unit] = field(default_factory=list)


# Units through mergers --------------------------------------------------------------------


class UnitGraph:
    """Every successor link, read in one query and walked in memory.

    units.selectors.unit_current_heirs asks the database at every step; a breakdown over
    hundreds of units needs the same walk for each, so the links are loaded once.
    """

    def __init__(self, links: Iterable[tuple[int, int]]) -> None:
        self.successors: dict[int, list[int]] = {}
        self.predecessors: dict[int, list[int]] = {}
        for before, after in links:
            self.successors.setdefault(before, []).append(after)
            self.predecessors.setdefault(after, []).append(before)

    @classmethod
    def load(cls) -> "UnitGraph":
        links = Unit.successors.through.objects.values_list("from_unit_id", "to_unit_id")
        return cls(links)

    def _closure(self, start: Iterable[int], links: dict[int, list[int]]) -> set[int]:
        seen: set[int] = set()
        frontier = list(start)
        while frontier:
            pk = frontier.pop()
            if pk not in seen:
                seen.add(pk)
                frontier.extend(links.get(pk, ()))
        return seen

    def with_predecessors(self, unit_ids: Iterable[int]) -> set[int]:
        """The units and every unit merged into them, through any chain."""
        return self._closure(unit_ids, self.predecessors)

    def with_successors(self, unit_ids: Iterable[int]) -> set[int]:
        return self._closure(unit_ids, self.successors)

    def heirs(self, unit: Unit, units: dict[int, Unit], day: date) -> list[Unit]:
        """unit_current_heirs(unit, on=day) without queries; `units` holds every unit reachable
        through successors. A unit that ended without heirs keeps its own work."""
        found: dict[int, Unit] = {}
        seen: set[int] = set()
        frontier = [unit.pk]
        while frontier:
            pk = frontier.pop()
            if pk in seen:
                continue
            seen.add(pk)
            current = units[pk]
            if current.is_valid_on(day):
                found[pk] = current
            else:
                frontier.extend(self.successors.get(pk, ()))
        return list(found.values()) or [unit]


def roll_up(rows: dict[int, tuple[Decimal, Decimal | None]], *, day: date,
            graph: UnitGraph | None = None, percentage: bool = False) -> list[UnitMeasure]:
    """Per-unit (numerator, denominator) sums regrouped under the units valid on `day`.

    Sums are added before dividing, so each row's share is a ratio of sums. Costs one query
    for the units (and one for the links, unless `graph` is given). Largest value first.
    """
    graph = graph or UnitGraph.load()
    units = Unit.objects.in_bulk(graph.with_successors(rows))
    grouped: dict[int, UnitMeasure] = {}
    sums: dict[int, list[Decimal]] = {}
    for pk, (num, den) in rows.items():
        for heir in graph.heirs(units[pk], units, day):
            row = grouped.setdefault(heir.pk, UnitMeasure(heir, Measure.of(0)))
            if heir.pk != pk:
                row.includes.append(units[pk])
            total = sums.setdefault(heir.pk, [Decimal(0), Decimal(0)])
            total[0] += num
            total[1] += den or 0
    for pk, row in grouped.items():
        row.measure = Measure.of(sums[pk][0], sums[pk][1], percentage=percentage)
        row.includes.sort(key=lambda u: collation_key(u.name))
    return sorted(grouped.values(), key=lambda r: (
        -(r.measure.value or 0), -r.measure.numerator, collation_key(r.unit.name)))


# Windows and records ----------------------------------------------------------------------


def plan_bounds(plan: Plan) -> tuple[date, date]:
    return date(plan.year_start, 1, 1), date(plan.year_end, 12, 31)


def target_due(target: Target) -> date:
    return target.deadline or plan_bounds(target.plan)[1]


def measuring_window(target: Target, *, start: date | None = None, end: date | None = None,
                     on: date | None = None) -> tuple[date, date]:
    """The days whose records count toward `target`: from the plan's first day to the
    deadline, narrowed (never widened) by `start` and `end`, and never after `on`."""
    begin, due = plan_bounds(target.plan)[0], target_due(target)
    first = max(start, begin) if start else begin
    return first, min(end or due, due, on or timezone.localdate())


def _ids(objects: Iterable[object]) -> list[int]:
    return [o if isinstance(o, int) else o.pk for o in objects]  # type: ignore[attr-defined]


def scope_unit_ids(own: list[int], units: Collection[Unit | int] | None,
                   graph: UnitGraph | None) -> set[int] | None:
    """The units whose records count, predecessors included; None for every unit.

    Both the indicator's own units (`own`; none chosen: any) and the caller's (None: any)
    apply. `graph` is needed whenever either is given.
    """
    scope: set[int] | None = None
    for chosen in (own or None, None if units is None else _ids(units)):
        if chosen is None:
            continue
        assert graph is not None  # noqa: S101 -- the callers load it when units are chosen
        closure = graph.with_predecessors(chosen)
        scope = closure if scope is None else scope & closure
    return scope


def _task_ids(indicator: Indicator) -> list[int] | QuerySet[Task, Any]:
    chosen = _ids(indicator.tasks.all())
    return chosen or Task.objects.filter(plan_id=indicator.target.plan_id).values("pk")


def indicator_products(indicator: Indicator, *, first: date, last: date,
                       unit_ids: set[int] | None) -> QuerySet[Product]:
    """Products the indicator counts (its denominator, for a share) in the window.

    Many-to-many filters are EXISTS subqueries rather than joins, so a bilingual product
    is one row and counts once.
    """
    products = counting.products_published(first, last, unit_ids=unit_ids).filter(
        counting.serving_tasks(Product, _task_ids(indicator)))
    if indicator.kinds:
        products = products.filter(kind__in=indicator.kinds)
    if indicator.channels:
        products = products.filter(channel__in=indicator.channels)
    if indicator.language_groups:
        products = products.filter(counting.in_language_groups(indicator.language_groups))
    if topic_ids := _ids(indicator.topics.all()):
        products = products.filter(counting.on_topics(Product, topic_ids))
    return products


def share_condition(indicator: Indicator) -> Q:
    """The numerator of a share: every criterion given must hold (language group and channel),
    any value of a criterion will do ("minority or foreign" language)."""
    condition = Q()
    if indicator.share_language_groups:
        condition &= Q(counting.in_language_groups(indicator.share_language_groups))
    if indicator.share_channels:
        condition &= Q(channel__in=indicator.share_channels)
    return condition


def indicator_activities(indicator: Indicator, *, first: date, last: date,
                         unit_ids: set[int] | None, with_groups: bool = True
                         ) -> QuerySet[Activity]:
    """Activities that started in the window, of the chosen kinds, units, topics, tasks, and
    (with `with_groups`) with someone from the chosen participant groups. Summing people
    filters the groups on the participations instead, so it leaves that test out."""
    activities = counting.activities_started(first, last, unit_ids=unit_ids).filter(
        counting.serving_tasks(Activity, _task_ids(indicator)))
    if indicator.activity_kinds:
        activities = activities.filter(kind__in=indicator.activity_kinds)
    if topic_ids := _ids(indicator.topics.all()):
        activities = activities.filter(counting.on_topics(Activity, topic_ids))
    if with_groups and indicator.participant_groups:
        activities = activities.filter(counting.with_participants(indicator.participant_groups))
    return activities


def _participations(indicator: Indicator, activities: QuerySet[Activity]
                    ) -> QuerySet[Participation]:
    participations = Participation.objects.filter(activity__in=activities)
    if indicator.participant_groups:
        participations = participations.filter(group__in=indicator.participant_groups)
    return participations


def _entered(indicator: Indicator, *, first: date, last: date, unit_ids: set[int] | None
             ) -> QuerySet[EnteredValue]:
    """Entered flows whose whole period lies in the window: a period is never split."""
    values = indicator.entered_values.filter(period_start__gte=first, period_end__lte=last)
    return values if unit_ids is None else values.filter(unit_id__in=unit_ids)


def _stocks(indicator: Indicator, *, last: date, unit_ids: set[int] | None, graph: UnitGraph
            ) -> dict[int, Decimal]:
    """Each unit's latest denominator (people to train) whose period began by `last`.

    One query; a stock a unit reported before it merged is replaced by one its heir reports
    after the merger, so the same people are not counted twice.
    """
    latest = EnteredValue.objects.filter(
        indicator=indicator, unit_id=OuterRef("unit_id"), period_start__lte=last,
        denominator__isnull=False,
    ).order_by("-period_end", "-pk").values("pk")[:1]
    rows = indicator.entered_values.filter(pk=Subquery(latest))
    if unit_ids is not None:
        rows = rows.filter(unit_id__in=unit_ids)
    found = list(rows.values_list("unit_id", "period_start", "denominator", "unit__valid_to"))
    started = {pk: period_start for pk, period_start, _den, _end in found}
    stocks: dict[int, Decimal] = {}
    for pk, _start, denominator, valid_to in found:
        later = valid_to is not None and any(
            started.get(heir, date.min) > valid_to
            for heir in graph.with_successors([pk]) - {pk})
        if not later and denominator is not None:  # the query keeps only entered ones
            stocks[pk] = denominator
    return stocks


# Measuring --------------------------------------------------------------------------------


def value(indicator: Indicator, *, units: Collection[Unit | int] | None = None,
          start: date | None = None, end: date | None = None, on: date | None = None
          ) -> Measure:
    """The indicator's figure now (or on `on`), for some units or all.

    One aggregate query, plus one for the unit graph when units are chosen or stocks are
    read, plus one for stocks; three more for the indicator's filters unless they were
    prefetched.
    """
    first, last = measuring_window(indicator.target, start=start, end=end, on=on)
    percentage = indicator.is_percentage
    stocks_read = indicator.method == Method.PARTICIPANTS and percentage
    own = _ids(indicator.units.all())
    graph = UnitGraph.load() if units is not None or stocks_read or own else None
    unit_ids = scope_unit_ids(own, units, graph)
    if indicator.method in (Method.PRODUCT_COUNT, Method.PRODUCT_SHARE):
        products = indicator_products(indicator, first=first, last=last, unit_ids=unit_ids)
        if indicator.method == Method.PRODUCT_COUNT:
            return Measure.of(products.count())
        sums = products.aggregate(hits=Count("pk", filter=share_condition(indicator)),
                                  total=Count("pk"))
        return Measure.of(sums["hits"], sums["total"], percentage=True)
    if indicator.method == Method.ACTIVITY_COUNT:
        return Measure.of(indicator_activities(
            indicator, first=first, last=last, unit_ids=unit_ids).count())
    if indicator.method == Method.PARTICIPANTS:
        activities = indicator_activities(indicator, first=first, last=last, unit_ids=unit_ids,
                                          with_groups=False)
        trained = _participations(indicator, activities).aggregate(n=Sum("count"))["n"]
        if not percentage:
            return Measure.of(trained)
        assert graph is not None  # noqa: S101 -- loaded above for stocks
        stocks = _stocks(indicator, last=last, unit_ids=unit_ids, graph=graph)
        return Measure.of(trained, sum(stocks.values(), Decimal(0)), percentage=True)
    sums = _entered(indicator, first=first, last=last, unit_ids=unit_ids).aggregate(
        num=Sum("numerator"), den=Sum("denominator"))
    return Measure.of(sums["num"], sums["den"], percentage=percentage)


def breakdown(indicator: Indicator, *, units: Collection[Unit | int] | None = None,
              start: date | None = None, end: date | None = None, on: date | None = None
              ) -> list[UnitMeasure]:
    """The indicator per unit, grouped as the units stood on `on` (default today).

    Today, an ended unit's records count toward its current heirs; on a past date they stay
    under its own name. Constant queries: one grouped aggregate (two for a share trained),
    the unit graph, and the units shown.
    """
    day = on or timezone.localdate()
    first, last = measuring_window(indicator.target, start=start, end=end, on=day)
    graph = UnitGraph.load()
    unit_ids = scope_unit_ids(_ids(indicator.units.all()), units, graph)
    percentage = indicator.is_percentage
    rows: dict[int, tuple[Decimal, Decimal | None]] = {}
    if indicator.method in (Method.PRODUCT_COUNT, Method.PRODUCT_SHARE):
        products = indicator_products(indicator, first=first, last=last, unit_ids=unit_ids)
        hits = (Count("pk", filter=share_condition(indicator))
                if indicator.method == Method.PRODUCT_SHARE else Count("pk"))
        for pk, num, den in products.values("unit_id").annotate(
                num=hits, den=Count("pk")).values_list("unit_id", "num", "den").order_by():
            rows[pk] = (Decimal(num), Decimal(den))
    elif indicator.method == Method.ACTIVITY_COUNT:
        activities = indicator_activities(indicator, first=first, last=last, unit_ids=unit_ids)
        for pk, num in activities.values("unit_id").annotate(n=Count("pk")).values_list(
                "unit_id", "n").order_by():
            rows[pk] = (Decimal(num), None)
    elif indicator.method == Method.PARTICIPANTS:
        activities = indicator_activities(indicator, first=first, last=last, unit_ids=unit_ids,
                                          with_groups=False)
        trained = _participations(indicator, activities).values("activity__unit_id").annotate(
            n=Sum("count")).values_list("activity__unit_id", "n").order_by()
        rows = {pk: (Decimal(num), None) for pk, num in trained}
        if percentage:
            for pk, stock in _stocks(indicator, last=last, unit_ids=unit_ids,
                                     graph=graph).items():
                rows[pk] = (rows.get(pk, (Decimal(0), None))[0], stock)
    else:
        entered = _entered(indicator, first=first, last=last, unit_ids=unit_ids)
        for pk, num, den in entered.values("unit_id").annotate(
                num=Sum("numerator"), den=Sum("denominator")).values_list(
                "unit_id", "num", "den").order_by():
            rows[pk] = (num or Decimal(0), den)
    return roll_up(rows, day=day, graph=graph, percentage=percentage)


# Standing against the target --------------------------------------------------------------


class Status:
    """How a target stands; the values are CSS class suffixes too."""

    NO_INDICATOR = "none"
    NO_DATA = "nodata"
    ACHIEVED = "achieved"
    ON_TRACK = "ontrack"
    BEHIND = "behind"
    MISSED = "missed"
    NOT_JUDGED = "notjudged"

    LABELS = {
        NO_INDICATOR: _("Chưa có cách đo"),
        NO_DATA: _("Chưa có số liệu"),
        ACHIEVED: _("Đạt chỉ tiêu"),
        ON_TRACK: _("Đúng tiến độ"),
        BEHIND: _("Chậm tiến độ"),
        MISSED: _("Không đạt"),
        NOT_JUDGED: _("Không đánh giá trong kỳ lọc"),
    }


@dataclass
class Standing:
    """A target's figure against its goal.

    `progress` is value / target.value (1 = reached), `elapsed` the share of the target's
    time gone, `expected` the value a cumulative figure should have by now.
    """

    target: Target
    measure: Measure | None
    status: str
    elapsed: float = 0.0
    progress: float | None = None
    expected: Decimal | None = None
    upper_reached: bool = False

    @property
    def label(self) -> str:
        return str(Status.LABELS[self.status])

    @property
    def bar_percent(self) -> float:
        """Bar width, scaled to the upper goal of a range so the range fits in the bar."""
        if self.measure is None or self.measure.value is None:
            return 0.0
        scale = self.target.value_max or self.target.value
        return min(100.0, float(100 * self.measure.value / scale)) if scale else 100.0

    @property
    def goal_percent(self) -> float:
        """Where the lower goal sits on the bar (100 unless the target is a range)."""
        if self.target.value_max:
            return float(100 * self.target.value / self.target.value_max)
        return 100.0

    @property
    def expected_percent(self) -> float | None:
        if self.expected is None:
            return None
        return self.goal_percent * self.elapsed


def elapsed_share(target: Target, on: date) -> float:
    """Share of the target's time gone on `on`: 0 before 1 January of the plan's first year,
    1 on the deadline (or the plan's last day) and after."""
    begin = plan_bounds(target.plan)[0]
    due = target_due(target)
    if on >= due:
        return 1.0
    if on < begin:
        return 0.0
    return ((on - begin).days + 1) / ((due - begin).days + 1)


def standing(target: Target, measure: Measure | None, *, indicator: Indicator | None = None,
             on: date | None = None) -> Standing:
    """Whether a target is on track, by this rule:

    - reached (value ≥ target value, the lower end of a range): achieved, whatever the date;
      reaching the upper end of a range (value_max) is noted as the upper goal reached;
    - otherwise, past the deadline: missed;
    - a cumulative figure (counts, people trained) is on track when it has reached at least
      the share of the target that the share of time elapsed calls for: by the middle of
      the plan's time to the deadline, half the target; else behind;
    - a level (a share of products, an entered ratio) is not expected to grow with time: below
      the target it is behind.
    A share with nothing to divide by yet has no data.
    """
    day = on or timezone.localdate()
    if indicator is None or measure is None:
        return Standing(target, measure, Status.NO_INDICATOR)
    elapsed = elapsed_share(target, day)
    if measure.value is None:
        return Standing(target, measure, Status.NO_DATA, elapsed)
    goal = target.value
    progress = float(measure.value / goal) if goal else 1.0
    upper = target.value_max is not None and measure.value >= target.value_max
    expected = goal * Decimal(str(elapsed)) if indicator.is_cumulative else None
    if measure.value >= goal:
        status = Status.ACHIEVED
    elif day > target_due(target):
        status = Status.MISSED
    elif expected is not None and measure.value >= expected:
        status = Status.ON_TRACK
    else:
        status = Status.BEHIND
    return Standing(target, measure, status, elapsed, progress, expected, upper)

