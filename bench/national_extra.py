"""The rest of the national data the server bench's pages need, added once beside the
products (bench/national_data.py): activities, each province's plan for the current year with
late and at-risk tasks, a reporting period asking all 10,000 units, and a coordinator with a
unit and an API token.

Each part is made in one transaction and only when missing, so a second run adds nothing and
an interrupted run leaves no half part behind. Rows go in with bulk_create: a few tens of
thousands, where the million products needed COPY.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

ACTIVITIES = 40_000
ANNUAL_SYMBOL = "KH-BENCH-NAM"
ANNUAL_TASKS = 60
PERIOD_TITLE = "Báo cáo thử nghiệm toàn quốc về công tác truyền thông quyền con người"
COORDINATOR = "bench-dieuphoi"
TOKEN_NAME = "Hệ thống CMS thử nghiệm"  # noqa: S105 -- a name, not a secret
# A period's reports as a month after the deadline might find them: some units not yet
# started, drafts, sent (some late), returned and approved.
STATES = [("none", 0.12), ("draft", 0.23), ("submitted", 0.25), ("returned", 0.05),
          ("approved", 0.35)]
BATCH = 5_000
VACUUMED = ("records_activity", "records_participation", "records_activity_tasks",
            "plans_plan", "plans_task", "plans_taskunit", "plans_progressupdate",
            "reporting_reportingperiod", "reporting_reportingperiod_units",
            "reporting_submission", "reporting_submissionevent")


def extend(seed: int = 2026) -> dict[str, int]:
    """Adds whatever part is missing; returns the row counts of each part."""
    from plans.models import Plan, Task
    from records.models import Activity
    from reporting.models import ReportingPeriod, Submission, SubmissionEvent

    rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not a secret
    parts = [(Activity.objects.exists(), _activities),
             (Plan.objects.filter(symbol=ANNUAL_SYMBOL).exists(), _annual_plans),
             (ReportingPeriod.objects.filter(title=PERIOD_TITLE).exists(), _period),
             (SubmissionEvent.objects.filter(submission__period__title=PERIOD_TITLE).exists(),
              _events)]
    missing = [make for there, make in parts if not there]
    for make in missing:
        with transaction.atomic():
            make(rng)
    if missing:
        _vacuum()
    return {"activities": Activity.objects.count(),
            "tasks": Task.objects.filter(plan__symbol__startswith="KH-BENCH").count(),
            "reports": Submission.objects.filter(period__title=PERIOD_TITLE).count()}


def _vacuum() -> None:
    """As national_data.settle: the new rows all-visible and counted by the planner, as
    autovacuum would leave them on a live server."""
    with connection.cursor() as cursor:
        for table in VACUUMED:
            cursor.execute(f"VACUUM (ANALYZE) {table}")


def _publishing() -> list[tuple[int, int]]:
    """(unit id, province id) of every bench unit below a province."""
    from units.models import Unit

    return list(Unit.objects.filter(code__startswith="BENCH-", parent__isnull=False)
                .order_by("pk").values_list("pk", "parent_id"))


def _bench_tasks() -> dict[int, list[int]]:
    """The 2023-2025 plans' task ids by the province that issued the plan."""
    from plans.models import Task

    found: dict[int, list[int]] = {}
    for pk, issuer in (Task.objects.filter(plan__symbol="KH-BENCH")
                       .values_list("pk", "plan__issuer_id")):
        found.setdefault(issuer, []).append(pk)
    return found


def _activities(rng: random.Random) -> None:
    """Training, contests, conferences... over the plan's three years, each with one to
    three groups of participants, serving one of the province plan's tasks."""
    from records.models import Activity, ActivityKind, ParticipantGroup, Participation

    units, tasks = _publishing(), _bench_tasks()
    kinds, groups = list(ActivityKind.values), list(ParticipantGroup.values)
    start, days = date(2023, 1, 1), (date(2025, 12, 31) - date(2023, 1, 1)).days
    served: list[tuple[int, int]] = []
    for first in range(0, ACTIVITIES, BATCH):
        rows = []
        for n in range(first, min(first + BATCH, ACTIVITIES)):
            unit, province = units[rng.randrange(len(units))]
            day = start + timedelta(days=rng.randrange(days))
            activity = Activity(
                title=f"Hội nghị tuyên truyền về quyền con người thử nghiệm số {n + 1}",
                kind=rng.choice(kinds), start_date=day,
                end_date=day + timedelta(days=rng.choice((0, 0, 1, 2))),
                place=f"Hội trường xã thử nghiệm {n % 300 + 1}", unit_id=unit)
            activity.refresh_derived()
            rows.append(activity)
            served.append((n, rng.choice(tasks[province])))
        created = Activity.objects.bulk_create(rows)
        Participation.objects.bulk_create(
            Participation(activity=a, group=g, count=rng.randrange(10, 400))
            for a in created for g in rng.sample(groups, rng.randrange(1, 4)))
        Activity.tasks.through.objects.bulk_create(
            Activity.tasks.through(activity_id=a.pk, task_id=served[first + i][1])
            for i, a in enumerate(created))


def _annual_plans(rng: random.Random) -> None:
    """Each province's plan for this year: sixty tasks ending from ten months ago to six
    months ahead, led by one of its units, a third never reported on, the rest at some
    percent: many late, some at risk, some done."""
    from plans.codes import task_code_sort_key
    from plans.models import Plan, ProgressUpdate, Task, TaskRole, TaskStatus, TaskUnit
    from units.models import Unit

    today = timezone.localdate()
    units = _publishing()
    by_province: dict[int, list[int]] = {}
    for unit, parent in units:
        by_province.setdefault(parent, []).append(unit)
    provinces = Unit.objects.filter(pk__in=by_province).order_by("pk")
    for index, province in enumerate(provinces):
        plan = Plan.objects.create(
            doc_type="KH", number=str(500 + index), symbol=ANNUAL_SYMBOL, issuer=province,
            issuer_name=province.name, issued_on=date(today.year, 1, 20),
            title=f"Truyền thông về quyền con người năm {today.year}, {province.name}",
            year_start=today.year, year_end=today.year)
        tasks = []
        for n in range(1, ANNUAL_TASKS + 1):
            end = today + timedelta(days=rng.randrange(-300, 180))
            status = rng.choice([TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS,
                                 TaskStatus.IN_PROGRESS, TaskStatus.DONE])
            tasks.append(Task(plan=plan, code=f"III.{n}", sort_key=task_code_sort_key(f"III.{n}"),
                              title=f"Nhiệm vụ năm thử nghiệm {n}: tuyên truyền, phổ biến",
                              start_date=end - timedelta(days=rng.randrange(60, 240)),
                              end_date=end, status=status))
        for task in tasks:
            task.refresh_derived()
        created = Task.objects.bulk_create(tasks)
        leads = {t.pk: rng.choice(by_province[province.pk]) for t in created}
        TaskUnit.objects.bulk_create(
            TaskUnit(task=t, role=TaskRole.LEAD, unit_id=leads[t.pk], name="Đơn vị chủ trì")
            for t in created)
        ProgressUpdate.objects.bulk_create(
            ProgressUpdate(task=t, unit_id=leads[t.pk], percent=rng.randrange(0, 100, 5),
                           status=TaskStatus.IN_PROGRESS,
                           reported_on=min(today, t.end_date or today), note="Đã triển khai")
            for t in created if rng.random() < 0.66)


def _period(rng: random.Random) -> None:
    """A period whose receiving unit is the first province and which asks every unit, with
    its reports in the mix of STATES; sent reports are late one time in five."""
    from reporting.models import PeriodKind, ReportForm, ReportingPeriod, Submission
    from units.models import Unit

    today = timezone.localdate()
    receiving = Unit.objects.filter(code__startswith="BENCH-", kind="province").order_by("pk")[0]
    form = ReportForm.objects.order_by("pk").first() or ReportForm.objects.create(
        name="Mẫu báo cáo thử nghiệm")
    deadline = today - timedelta(days=30)
    period = ReportingPeriod.objects.create(
        kind=PeriodKind.ANNUAL, year=today.year, number=1, first_day=date(today.year, 1, 1),
        last_day=deadline - timedelta(days=5), deadline=deadline, title=PERIOD_TITLE,
        receiving_unit=receiving, form=form, request="Công văn số 99/BCĐ-TN thử nghiệm")
    unit_ids = list(Unit.objects.filter(code__startswith="BENCH-").values_list("pk", flat=True))
    ReportingPeriod.units.through.objects.bulk_create(
        ReportingPeriod.units.through(reportingperiod_id=period.pk, unit_id=u) for u in unit_ids)
    states = [name for name, _share in STATES]
    weights = [share for _name, share in STATES]
    rows = []
    for unit in unit_ids:
        state = rng.choices(states, weights)[0]
        if state != "none":
            rows.append(Submission(period=period, unit_id=unit, status=state,
                                   **_sent(state, deadline, rng)))
    Submission.objects.bulk_create(rows, batch_size=BATCH)


def _events(_rng: random.Random) -> None:
    """The steps each report of the period went through, as the workflow writes them: its
    creation, its sending, its return or approval (the rate reads the first sending)."""
    from reporting.models import EventAction, Submission, SubmissionEvent

    events = []
    for pk, status, sent, approved in Submission.objects.filter(
            period__title=PERIOD_TITLE).values_list("pk", "status", "submitted_at", "approved_at"):
        first = (sent or timezone.now()) - timedelta(days=7)
        events.append(SubmissionEvent(submission_id=pk, action=EventAction.CREATED, at=first))
        if sent is not None:
            events.append(SubmissionEvent(submission_id=pk, action=EventAction.SUBMITTED, at=sent))
        if status == "returned" and sent is not None:
            events.append(SubmissionEvent(submission_id=pk, action=EventAction.RETURNED,
                                          at=sent + timedelta(days=2), comment="Bổ sung số liệu"))
        if approved is not None:
            events.append(SubmissionEvent(submission_id=pk, action=EventAction.APPROVED,
                                          at=approved))
    SubmissionEvent.objects.bulk_create(events, batch_size=BATCH)


def _sent(state: str, deadline: date, rng: random.Random) -> dict[str, Any]:
    """When a report in `state` was sent and approved."""
    if state == "draft":
        return {}
    day = deadline + timedelta(days=rng.randrange(-20, 5) if rng.random() < 0.2
                               else rng.randrange(-20, 0))
    sent = timezone.make_aware(datetime.combine(day, datetime.min.time()) + timedelta(hours=9))
    found: dict[str, Any] = {"submitted_at": sent}
    if state == "approved":
        found["approved_at"] = sent + timedelta(days=3)
    return found


def coordinator() -> Any:
    """The bench's coordinator, a member of the first province's department of justice (the
    lead department): sees every unit's records, with their own units listed first."""
    from accounts.models import User
    from units.models import Unit

    user = User.objects.filter(username=COORDINATOR).first() or User.objects.create_user(
        username=COORDINATOR, role="coordinator", full_name="Cán bộ điều phối thử nghiệm")
    if not user.units.exists():
        department = Unit.objects.filter(code__startswith="BENCH-", kind="department",
                                         name__startswith="Sở Tư pháp").order_by("pk").first()
        if department is not None:
            user.units.add(department)
    return user


def access(password: str) -> tuple[str, str, int]:
    """Logs the coordinator in with `password` from now on and gives them a fresh API token
    for the first province's newspaper (the earlier bench tokens are deleted): returns the
    user name, the token's secret (only known when it is made) and its unit's id."""
    from api.models import ApiToken
    from api.services import token_create
    from units.models import Unit

    user = coordinator()
    user.set_password(password)
    user.save()
    ApiToken.objects.filter(created_by=user, name=TOKEN_NAME).delete()
    press = Unit.objects.filter(code__startswith="BENCH-", kind="press").order_by("pk")[0]
    _token, secret = token_create(user=user, unit=press, name=TOKEN_NAME)
    return user.username, secret, press.pk
