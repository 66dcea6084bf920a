"""What a consolidated report can say, read from the database once: the facts of its window.

For every task of the plan, in the plan's order: what the covered units recorded for it in
the window, where it stood on the window's last day by its lead units' reports, and the targets
it serves measured against their goals. Beside them: the work outside the plan's tasks, the
documents the units issued (guidance letters, plans), and what the units wrote in their
reports, offered to the coordinator beside the part or task each text answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from exports import naming
from guidance.models import Guidance
from guidance.selectors import issued_between
from indicators import compute
from indicators.models import Indicator
from kehoach.vntext.text import fold
from plans.models import Plan, Target, Task, TaskRole, TaskStatus
from plans.selectors import lead_progress_as_of, plans_issued
from records.models import Language
from reporting.drafting.counts import OUTSIDE, ActivityCount, ProductCount, WorkCount, count_work
from reporting.drafting.scope import Coverage
from reporting.models import ReportingPeriod, SubmissionSection
from units.models import Unit


@dataclass
class TargetFacts:
    target: Target
    indicator: Indicator | None
    value: Decimal | None
    status: str  # indicators.compute.Status
    due: date

    @property
    def is_due(self) -> bool:
        return self.status in (compute.Status.ACHIEVED, compute.Status.MISSED)


@dataclass
class TaskFacts:
    task: Task
    number: int
    lead: list[str]
    coordinating: list[str]
    products: ProductCount
    activities: ActivityCount
    status: str
    percent: int | None
    late: bool
    not_yet: bool
    targets: list[TargetFacts] = field(default_factory=list)

    @property
    def has_work(self) -> bool:
        return bool(self.products.total or self.activities.total)


@dataclass
class UnitText:
    unit: str
    part: str  # the title of the part the unit wrote it under
    text: str


@dataclass
class ReportFacts:
    period: ReportingPeriod
    plan: Plan | None
    coverage: Coverage
    work: WorkCount
    tasks: list[TaskFacts]
    targets: list[TargetFacts]
    guidances: list[Guidance]
    plans_adopted: list[Plan]
    own_activities: ActivityCount
    unit_names: dict[int, str]
    language_names: dict[str, str]
    language_ids: dict[str, int]
    texts: list[UnitText]

    @property
    def first(self) -> date:
        return self.period.first_day

    @property
    def last(self) -> date:
        return self.period.last_day

    @property
    def outside_products(self) -> ProductCount:
        return self.work.products_of(OUTSIDE)

    @property
    def outside_activities(self) -> ActivityCount:
        return self.work.activities_of(OUTSIDE)

    def local(self, name: str) -> str:
        """A unit's name as this report writes it ("Hội Liên hiệp Phụ nữ tỉnh")."""
        parent = self.coverage.receiving.parent
        return naming.local_name(name, parent.name if parent else "")

    @property
    def parent_name(self) -> str:
        parent = self.coverage.receiving.parent
        return parent.name if parent else ""

    @property
    def short_reporter(self) -> str:
        """How the report names its sender after the first time: "Sở" for a department."""
        return "Sở" if fold(self.reporter).startswith("so ") else self.reporter

    @property
    def reporter(self) -> str:
        """The receiving unit as its own report names it: "Sở Thông tin và Truyền thông"."""
        unit = self.coverage.receiving
        return naming.own_name(unit.name, unit.parent.name if unit.parent else "")


def gather(period: ReportingPeriod, coverage: Coverage) -> ReportFacts:
    """Every fact the draft needs, in a fixed number of queries plus a few per target."""
    plan = period.plan
    first, last = period.first_day, period.last_day
    work = count_work(coverage.unit_ids, first, last, plan.pk if plan else None)
    tasks = list(plan.tasks.prefetch_related("task_units__unit").order_by("sort_key", "pk")
                 ) if plan else []
    targets = _targets(plan, coverage, last) if plan else []
    unit_ids = {*coverage.unit_ids, *work.products.by_unit, *work.activities.by_unit}
    languages = list(Language.objects.values_list("code", "name", "pk"))
    parent = coverage.receiving.parent
    local = lambda name: naming.local_name(name, parent.name if parent else "")  # noqa: E731
    return ReportFacts(
        period=period, plan=plan, coverage=coverage, work=work,
        tasks=_tasks(tasks, work, targets, last, local), targets=targets,
        guidances=issued_between(coverage.unit_ids, first, last),
        plans_adopted=[p for p in plans_issued(coverage.unit_ids, first, last) if p != plan],
        own_activities=_own_activities(period, coverage),
        unit_names={pk: local(name) for pk, name in
                    Unit.objects.filter(pk__in=unit_ids).values_list("pk", "name")},
        language_names={code: name for code, name, _pk in languages},
        language_ids={code: pk for code, _name, pk in languages},
        texts=[UnitText(local(t.unit), t.part, t.text) for t in _texts(coverage)],
    )


def _own_activities(period: ReportingPeriod, coverage: Coverage) -> ActivityCount:
    """The receiving unit's own meetings, briefings and trainings in the window."""
    own = count_work([coverage.receiving.pk], period.first_day, period.last_day, None)
    return own.activities


def _targets(plan: Plan, coverage: Coverage, last: date) -> list[TargetFacts]:
    found = []
    for target in plan.targets.select_related("plan", "indicator").order_by("position", "pk"):
        indicator = getattr(target, "indicator", None)
        measure = (compute.value(indicator, units=coverage.unit_ids, end=last, on=last)
                   if indicator is not None else None)
        standing = compute.standing(target, measure, indicator=indicator, on=last)
        found.append(TargetFacts(target, indicator, measure.value if measure else None,
                                 standing.status, compute.target_due(target)))
    return found


def _names(task: Task, role: str, local: Callable[[str], str]) -> list[str]:
    return [local(tu.unit.name) if tu.unit else tu.name for tu in task.task_units.all()
            if tu.role == role]


def _tasks(tasks: list[Task], work: WorkCount, targets: list[TargetFacts],
           last: date, local: Callable[[str], str]) -> list[TaskFacts]:
    progress = lead_progress_as_of(tasks, last)
    result = []
    for number, task in enumerate(tasks, start=1):
        update = progress.get(task.pk)
        products, activities = work.products_of(task.pk), work.activities_of(task.pk)
        status = update.status if update else (
            TaskStatus.IN_PROGRESS if products.total or activities.total
            else TaskStatus.NOT_STARTED)
        result.append(TaskFacts(
            task=task, number=number, lead=_names(task, TaskRole.LEAD, local),
            coordinating=_names(task, TaskRole.COORDINATING, local), products=products,
            activities=activities, status=status, percent=update.percent if update else None,
            late=bool(task.end_date and task.end_date <= last and status != TaskStatus.DONE),
            not_yet=bool(task.start_date and task.start_date > last),
            targets=[t for t in targets if t.target.task_id == task.pk]))
    return result


def _texts(coverage: Coverage) -> list[UnitText]:
    """What each included unit wrote, part by part, in the order the reports were merged."""
    order = {s.pk: (index, s.unit.name) for index, s in enumerate(coverage.included)}
    rows = sorted(SubmissionSection.objects.filter(submission__in=list(order)).exclude(text="")
                  .values_list("submission_id", "position", "title", "text"),
                  key=lambda row: (order[row[0]][0], row[1]))
    return [UnitText(order[pk][1], title, text.strip()) for pk, _pos, title, text in rows]


@lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """Folded words without punctuation; cached, since every paragraph of a thousand units'
    reports is compared with the same task titles."""
    return " ".join(fold(text).replace(",", " ").replace(":", " ").replace(";", " ").split())


# Words too common in this programme's texts to tell one task from another.
_COMMON = {"cac", "va", "ve", "cua", "cho", "trong", "tren", "tai", "voi", "nguoi", "quyen",
           "con", "truyen", "thong", "nhiem", "vu", "ke", "hoach", "thuc", "hien", "to", "chuc",
           "tinh", "nam", "huyen", "xa", "don", "vi", "co", "quan", "de", "an", "viet"}


def _pairs(text: str) -> set[str]:
    words = _words(text).split()
    return {f"{a} {b}" for a, b in pairwise(words)
            if a not in _COMMON and b not in _COMMON and not a.isdigit()}


def task_for(paragraph: str, tasks: list[TaskFacts]) -> int:
    """The number of the task a unit's paragraph speaks of, 0 when none clearly.

    By the task's code ("nhiệm vụ II.2"), else by the pairs of words it shares with one
    task's title ("sản xuất", "tập huấn"): a pair from the title's opening words (what the
    task does) counts double, and one shared pair further on is not enough.

    >>> tasks = [TaskFacts(Task(code="II.1", title="Sản xuất, đăng phát các sản phẩm"), 1, [],
    ...                    [], None, None, "", None, False, False),  # type: ignore[arg-type]
    ...          TaskFacts(Task(code="II.2", title="Tập huấn, bồi dưỡng kỹ năng"), 2, [], [],
    ...                    None, None, "", None, False, False)]  # type: ignore[arg-type]
    >>> task_for("Đài sản xuất, phát sóng 56 tin về quyền con người.", tasks)
    1
    >>> task_for("Theo nhiệm vụ II.2, Sở mở 01 lớp.", tasks), task_for("Triển lãm ảnh.", tasks)
    (2, 0)
    """
    key = f" {_words(paragraph)} "
    for task in tasks:
        if f" {_folded_code(task.task.code)} " in key:
            return task.number
    found = _pairs(paragraph)
    scores = sorted(((_likeness(found, t.task.title), t.number) for t in tasks), reverse=True)
    if scores and scores[0][0] >= 2 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return 0


@lru_cache(maxsize=1024)
def _folded_code(code: str) -> str:
    return fold(code)


def _likeness(pairs: set[str], title: str) -> int:
    opening, rest = _title_pairs(title)
    return 2 * len(pairs & opening) + len(pairs & rest)


@lru_cache(maxsize=1024)
def _title_pairs(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """A task title's pairs of words: those of its first five words, and the others."""
    opening = frozenset(_pairs(" ".join(_words(title).split()[:5])))
    return opening, frozenset(_pairs(title)) - opening
