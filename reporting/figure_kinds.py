"""Every kind of figure table, in one place: how a unit's report and the consolidated report
build it. A new kind of table is one entry here (and its builder).

Both levels count the same way (reporting.drafting.counts): a unit's report counts its own
records in the window; the consolidated report counts those of the units it covers. Tables
come in the order the consolidated report's appendices take: the plan's tasks and the units
first, then the form's tables in the form's order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from records.models import Language
from reporting.drafting import tables, unit_tables
from reporting.drafting.counts import WorkCount, count_work
from reporting.drafting.facts import ReportFacts
from reporting.figures import FigureTable
from reporting.models import FigureKind, ReportingPeriod
from units.models import Unit

UnitBuilder = Callable[[ReportingPeriod, Unit, WorkCount], FigureTable]
ReportBuilder = Callable[[ReportFacts], FigureTable]


@dataclass(frozen=True)
class Kind:
    code: str
    of_unit: UnitBuilder | None
    of_report: ReportBuilder
    # The consolidated report always has it, whatever the form asks.
    always: bool = False


def _from_work(build: Callable[[WorkCount], FigureTable]) -> tuple[UnitBuilder, ReportBuilder]:
    return (lambda _period, _unit, work: build(work)), (lambda facts: build(facts.work))


KINDS: list[Kind] = [
    Kind(FigureKind.TASKS, lambda period, unit, _work: unit_tables.tasks(period, unit),
         tables.tasks, always=True),
    Kind(FigureKind.UNITS, None, tables.units, always=True),
    Kind(FigureKind.PRODUCTS_BY_KIND, *_from_work(tables.products_by_kind)),
    Kind(FigureKind.PRODUCTS_BY_CHANNEL, *_from_work(tables.products_by_channel)),
    Kind(FigureKind.PRODUCTS_BY_LANGUAGE,
         lambda _period, _unit, work: tables.products_by_language(work, _language_names()),
         lambda facts: tables.products_by_language(facts.work, facts.language_names)),
    Kind(FigureKind.ACTIVITIES, *_from_work(tables.activities)),
    Kind(FigureKind.INDICATORS, lambda period, unit, _work: unit_tables.indicators(period, unit),
         tables.targets),
]


def _language_names() -> dict[str, str]:
    return dict(Language.objects.values_list("code", "name"))


def _chosen(asked: Sequence[str], *, report: bool) -> list[Kind]:
    """The kinds asked, in the form's order; for a report, the ones it always has first."""
    by_code = {str(kind.code): kind for kind in KINDS}
    first = [kind for kind in KINDS if report and kind.always]
    return first + [by_code[code] for code in asked
                    if code in by_code and by_code[code] not in first]


def unit_tables_for(period: ReportingPeriod, unit: Unit) -> list[FigureTable]:
    """The tables the period's form asks for, in its order, for one unit's own report."""
    work = count_work([unit.pk], period.first_day, period.last_day, period.plan_id)
    return [kind.of_unit(period, unit, work).with_ratios()
            for kind in _chosen(period.form.figure_kinds, report=False)
            if kind.of_unit is not None]


def report_tables(facts: ReportFacts) -> list[FigureTable]:
    """The consolidated report's tables with rows, in the order its appendices take."""
    built = [kind.of_report(facts).with_ratios()
             for kind in _chosen(facts.period.form.figure_kinds, report=True)]
    return [table for table in built if table.rows]
