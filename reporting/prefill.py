"""A unit's figures for a period, computed from what it recorded, to open its report with.

Each table is one of the form's FigureKind values (reporting.figure_kinds), built from the
unit's own records dated in the period's window (products by the day they were published,
activities by the day they started). A unit reports its own work: its records are counted
under its own name, never its predecessors', so two units that merged do not both report
the same article.
"""

from reporting.figure_kinds import unit_tables_for
from reporting.figures import FigureTable
from reporting.models import ReportingPeriod
from units.models import Unit


def unit_figures(period: ReportingPeriod, unit: Unit) -> list[FigureTable]:
    """The tables the period's form asks for, in the form's order, for `unit`."""
    return unit_tables_for(period, unit)
