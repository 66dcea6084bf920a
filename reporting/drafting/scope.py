"""Whose work a consolidated report covers, and whose it does not.

A figure never pretends to be province-wide when it is not (REPORTS.md): the report counts the
records of the units whose reports were approved, of the receiving unit itself (the lead
department reports its own work like any unit), and, for a report sent up from a level below,
of the units that report covered. The units asked that did not send, or whose reports were not
approved, are named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach.vntext.text import vi_sorted
from reporting.models import ReportingPeriod, Submission, SubmissionStatus
from units.models import Unit

# How deep a chain of reports sent up from below is followed: ward → city → province →
# ministry is three steps.
MAX_LEVELS = 6


@dataclass
class Coverage:
    """The reports merged and the units whose records count."""

    receiving: Unit
    asked: list[Unit]
    included: list[Submission]
    missing: list[Unit] = field(default_factory=list)  # asked, never sent
    waiting: list[Unit] = field(default_factory=list)  # sent, not approved
    unit_ids: set[int] = field(default_factory=set)

    @property
    def reported(self) -> int:
        """Asked units whose reports are in the report."""
        asked = {unit.pk for unit in self.asked}
        return len({s.unit_id for s in self.included} & asked)

    @property
    def left_out(self) -> list[Unit]:
        return vi_sorted([*self.missing, *self.waiting], key=lambda unit: unit.name)


def coverage(period: ReportingPeriod, included: list[Submission]) -> Coverage:
    """Who the report of `period` speaks for, given the approved reports it merges."""
    asked = vi_sorted(period.units.all(), key=lambda unit: unit.name)
    sent = {s.unit_id: s for s in period.submissions.all()}
    merged = {s.unit_id for s in included}
    result = Coverage(receiving=period.receiving_unit, asked=asked, included=included)
    for unit in asked:
        if unit.pk in merged:
            continue
        submission = sent.get(unit.pk)
        if submission is None or submission.status == SubmissionStatus.DRAFT:
            result.missing.append(unit)
        else:
            result.waiting.append(unit)
    result.unit_ids = {period.receiving_unit_id, *_covered_units(included, MAX_LEVELS)}
    return result


def _covered_units(submissions: list[Submission], levels: int) -> set[int]:
    """Each report's unit, and for a report consolidated below, the units it covered."""
    found = {s.unit_id for s in submissions}
    if levels <= 0:
        return found
    for submission in submissions:
        source = submission.source
        if source is None:
            continue
        found.add(source.period.receiving_unit_id)
        found |= _covered_units(list(source.submissions.all()), levels - 1)
    return found
