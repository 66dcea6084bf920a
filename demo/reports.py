"""Loading the demo's six-month reporting period and the units' reports (demo.reporting_data).

`make run` loads them after the records (demo.services.demo_load_records), so the demo opens
with a period whose reports are approved and ready to consolidate; the test fixtures do not.
A report's tables are what reporting.prefill computes from the unit's records in the window,
as the unit's report opened with them; its texts are the unit's, and state the same figures.
Loading twice creates nothing new: the period is found by its identity, a unit's report by
(period, unit), and what someone changed in the demo since is left alone.
"""

from typing import Any

from django.db import transaction

from accounts.models import User
from demo import reporting_data as data
from plans.models import Plan
from reporting.models import (
    EventAction,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.prefill import unit_figures
from units.models import Unit


def demo_period() -> ReportingPeriod | None:
    return ReportingPeriod.objects.filter(
        receiving_unit__code=data.RECEIVING_UNIT, request="",
        **{k: data.PERIOD[k] for k in ("kind", "year", "number")}).first()


def _period(units: dict[str, Unit], coordinator: User, created: list[str]) -> ReportingPeriod:
    period = demo_period()
    if period is None:
        form = ReportForm.objects.order_by("pk").first()
        if form is None:
            raise RuntimeError("no report form: the migrations create the default one")
        period = ReportingPeriod.objects.create(
            **data.PERIOD, receiving_unit=units[data.RECEIVING_UNIT],
            plan=Plan.objects.filter(number="81", symbol="KH-UBND", issued_year=2024).first(),
            form=form, created_by=coordinator)
        period.units.set(units[code] for code in data.REPORTS)
        created.append(period.title)
    return period


def _submission(period: ReportingPeriod, unit: Unit, report: dict[str, Any],
                coordinator: User) -> Submission:
    approved = report["status"] == SubmissionStatus.APPROVED
    reporter = User.objects.filter(memberships__unit=unit, role="reporter").first()
    submission = Submission.objects.create(
        period=period, unit=unit, status=report["status"],
        figures=[t.to_json() for t in unit_figures(period, unit)],
        figures_at=data.SUBMITTED_AT, submitted_at=data.SUBMITTED_AT,
        submitted_by=reporter, approved_at=data.APPROVED_AT if approved else None,
        approved_by=coordinator if approved else None)
    for section in period.form.sections.order_by("position"):
        texts = report["texts"]
        SubmissionSection.objects.create(
            submission=submission, position=section.position, title=section.title,
            hint=section.hint, text=texts[section.position - 1] if section.position <= len(
                texts) else "", updated_by=reporter, updated_at=data.SUBMITTED_AT)
    steps = [(EventAction.CREATED, reporter, data.SUBMITTED_AT),
             (EventAction.SUBMITTED, reporter, data.SUBMITTED_AT)]
    if approved:
        steps.append((EventAction.APPROVED, coordinator, data.APPROVED_AT))
    SubmissionEvent.objects.bulk_create(
        SubmissionEvent(submission=submission, action=action, actor=actor, at=at)
        for action, actor, at in steps)
    return submission


@transaction.atomic
def demo_load_reports() -> list[str]:
    """The six-month period of 2024 and the units' reports; the names of what was created."""
    created: list[str] = []
    coordinator = User.objects.get(username="dieuphoi")
    units = {u.code: u for u in Unit.objects.filter(code__in=[*data.REPORTS,
                                                              data.RECEIVING_UNIT]) if u.code}
    period = _period(units, coordinator, created)
    existing = set(period.submissions.values_list("unit__code", flat=True))
    for code, report in data.REPORTS.items():
        if report["status"] is None or code in existing:
            continue
        _submission(period, units[code], report, coordinator)
        created.append(f"{units[code].name}: {period.title}")
    return created
