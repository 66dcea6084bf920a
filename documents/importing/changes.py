"""What confirming a re-import would change in the plan an earlier import made.

The review page lists it before the coordinator confirms, and the confirm service applies the
very same pairing, so what was shown is what happens. Only real changes are listed: a field
whose value is the same number or date written another way is not a change.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from documents.importing.matching import Pairing, number, pair
from documents.importing.review import included, iso_date, lines, unit_choices
from documents.importing.types import Reviewed, ReviewedTarget, ReviewedTask
from indicators.selectors import indicators_at_stake
from kehoach.vntext.formats import vn_count, vn_date, vn_number
from plans.models import Plan, Target, Task, TaskStatus
from plans.selectors import task_progress_counts
from records.selectors import task_record_counts
from units.models import Unit


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class ItemChange:
    label: str
    fields: list[FieldChange]


@dataclass(frozen=True)
class Removal:
    label: str
    losses: list[str]  # "03 cập nhật tiến độ", "chỉ số “...” với 04 số liệu đã nhập"


@dataclass
class Changes:
    plan_fields: list[FieldChange] = field(default_factory=list)
    tasks_added: list[str] = field(default_factory=list)
    tasks_changed: list[ItemChange] = field(default_factory=list)
    tasks_removed: list[Removal] = field(default_factory=list)
    targets_added: list[str] = field(default_factory=list)
    targets_changed: list[ItemChange] = field(default_factory=list)
    targets_removed: list[Removal] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.plan_fields or self.tasks_added or self.tasks_changed
                    or self.tasks_removed or self.targets_added or self.targets_changed
                    or self.targets_removed)

    @property
    def losses(self) -> list[Removal]:
        """Removals that would lose recorded work: confirmed explicitly, never silently."""
        return [r for r in [*self.tasks_removed, *self.targets_removed] if r.losses]

    @property
    def groups(self) -> list[tuple[str, list[str], list[ItemChange], list[Removal]]]:
        """Tasks, then targets: (heading, added, changed, removed), as the review lists them."""
        return [(_("Nhiệm vụ"), self.tasks_added, self.tasks_changed, self.tasks_removed),
                (_("Chỉ tiêu"), self.targets_added, self.targets_changed, self.targets_removed)]

    def summary(self) -> str:
        """One sentence for the success message: "01 nhiệm vụ mới, 02 nhiệm vụ sửa, ..."."""
        parts = [(len(self.plan_fields), _("trường thông tin sửa")),
                 (len(self.tasks_added), _("nhiệm vụ mới")),
                 (len(self.tasks_changed), _("nhiệm vụ sửa")),
                 (len(self.tasks_removed), _("nhiệm vụ bỏ")),
                 (len(self.targets_added), _("chỉ tiêu mới")),
                 (len(self.targets_changed), _("chỉ tiêu sửa")),
                 (len(self.targets_removed), _("chỉ tiêu bỏ"))]
        said = [f"{vn_count(n)} {label}" for n, label in parts if n]
        return ", ".join(said) + "." if said else _("không có gì thay đổi.")


@dataclass
class Reconciliation:
    """The pairing of the plan's tasks and targets with the reviewed ones, and its changes."""

    tasks: Pairing[Task, ReviewedTask]
    targets: Pairing[Target, ReviewedTarget]
    changes: Changes


def reconcile(plan: Plan, reviewed: Reviewed) -> Reconciliation:
    """Pair what the plan holds with what the review keeps, and say what would change."""
    tasks = pair(list(plan.tasks.prefetch_related("task_units__unit")),
                 included(reviewed.get("tasks")),
                 text_old=lambda t: t.title, text_new=lambda t: str(t.get("title", "")),
                 hint_old=lambda t: t.code, hint_new=lambda t: str(t.get("code", "")))
    targets = pair(list(plan.targets.all()), included(reviewed.get("targets")),
                   text_old=lambda t: t.text, text_new=lambda t: str(t.get("text", "")),
                   hint_old=lambda t: number(t.value), hint_new=lambda t: number(t.get("value")))
    names = _unit_names(reviewed)
    changes = Changes(
        plan_fields=_plan_changes(plan, reviewed),
        tasks_added=[_task_label(t.get("code", ""), t.get("title", "")) for t in tasks.added],
        tasks_changed=[c for old, new in tasks.pairs
                       if (c := _task_change(old, new, names)) is not None],
        targets_added=[str(t.get("text", "")) for t in targets.added],
        targets_changed=[c for old, new in targets.pairs
                         if (c := _target_change(old, new)) is not None],
    )
    changes.tasks_removed, changes.targets_removed = _removals(tasks.removed, targets.removed)
    return Reconciliation(tasks=tasks, targets=targets, changes=changes)


def plan_values(reviewed: Reviewed) -> dict[str, Any]:
    """The plan's fields as the review sets them."""
    plan = reviewed["plan"]
    return {
        "doc_type": plan["doc_type"], "number": str(plan["number"]), "symbol": plan["symbol"],
        "issuer_name": plan["issuer_name"], "place": plan.get("place", ""),
        "issued_on": iso_date(plan["issued_on"]), "title": plan["title"],
        "signer_name": plan.get("signer_name", ""), "signer_title": plan.get("signer_title", ""),
        "year_start": int(plan["year_start"]), "year_end": int(plan["year_end"]),
    }


def _plan_changes(plan: Plan, reviewed: Reviewed) -> list[FieldChange]:
    found = []
    for name, new in plan_values(reviewed).items():
        old = getattr(plan, name)
        if _shown(old) != _shown(new):
            found.append(FieldChange(str(getattr(Plan._meta.get_field(name), "verbose_name", name)),
                                     _shown(old), _shown(new)))
    return found


def _shown(value: Any) -> str:
    """A value as the page shows it, so equal values written differently compare equal."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return vn_date(value)
    if isinstance(value, Decimal | int | float):
        return vn_number(number(value) or 0)
    return " ".join(str(value).split())


def _task_label(code: str, title: str) -> str:
    return f"{code}. {title}" if code else title


def _unit_names(reviewed: Reviewed) -> dict[str, str]:
    """Each reviewed unit name → the name it will be stored under (the chosen unit's name)."""
    choices = unit_choices(reviewed)
    ids = {int(c) for c in choices.values() if is_id(str(c))}
    units = dict(Unit.objects.filter(pk__in=ids).values_list("pk", "name"))
    return {name: units.get(int(c), name) if is_id(str(c)) else name
            for name, c in choices.items()}


def is_id(text: str) -> bool:
    """An id a form sent: ASCII digits ("²" is a digit to str.isdigit()) that fit 64 bits."""
    return text.isascii() and text.isdigit() and len(text) <= 18


def _task_change(task: Task, new: ReviewedTask, names: dict[str, str]) -> ItemChange | None:
    lead = [names.get(n, n) for n in lines(new.get("lead", ""))]
    coordinating = [names.get(n, n) for n in lines(new.get("coordinating", ""))]
    compared: list[tuple[str, Any, Any]] = [
        (_("Mã"), task.code, new.get("code", "")),
        (_("Tên nhiệm vụ"), task.title, new.get("title", "")),
        (_("Đơn vị chủ trì"), "; ".join(u.name for u in task.lead_units), "; ".join(lead)),
        (_("Đơn vị phối hợp"), "; ".join(u.name for u in task.coordinating_units),
         "; ".join(coordinating)),
        (_("Thời gian thực hiện"), task.timeframe_text, new.get("timeframe_text", "")),
        (_("Sản phẩm"), task.products, new.get("products", "")),
        (_("Nội dung"), task.description, new.get("description", "")),
    ]
    for label, old_day, new_day in ((_("Từ ngày"), task.start_date, new.get("start_date")),
                                    (_("Đến ngày"), task.end_date, new.get("end_date"))):
        if new_day:  # a blank date is read from the time frame, not cleared
            compared.append((label, old_day, iso_date(new_day)))
    return _item_change(_task_label(task.code, task.title), compared)


def _target_change(target: Target, new: ReviewedTarget) -> ItemChange | None:
    compared = [
        (_("Chỉ tiêu"), target.text, new.get("text", "")),
        (_("Giá trị"), target.value, number(new.get("value"))),
        (_("Đến"), target.value_max, number(new.get("value_max"))),
        (_("Đơn vị tính"), target.unit_of_measure, new.get("unit_of_measure", "")),
        (_("Thời hạn"), target.deadline, iso_date(new.get("deadline"))),
    ]
    return _item_change(target.text, compared)


def _item_change(label: str, compared: list[tuple[str, Any, Any]]) -> ItemChange | None:
    fields = [FieldChange(name, _shown(old), _shown(new)) for name, old, new in compared
              if _shown(old) != _shown(new)]
    return ItemChange(label, fields) if fields else None


def _removals(tasks: list[Task], targets: list[Target]) -> tuple[list[Removal], list[Removal]]:
    task_ids = [t.pk for t in tasks]
    progress = task_progress_counts(task_ids)
    records = task_record_counts(task_ids)
    indicators, narrowed = indicators_at_stake(target_ids=[t.pk for t in targets],
                                               task_ids=task_ids)
    task_removals = []
    for task in tasks:
        products, activities = records.get(task.pk, (0, 0))
        losses = _task_losses(progress.get(task.pk, 0), products, activities,
                              narrowed.get(task.pk, 0))
        if not losses and task.status != TaskStatus.NOT_STARTED:
            losses.append(_("trạng thái “%(status)s”") % {"status": task.get_status_display()})
        task_removals.append(Removal(_task_label(task.code, task.title), losses))
    target_removals = []
    for target in targets:
        losses = []
        if target.pk in indicators:
            name, entered = indicators[target.pk]
            losses.append(_("chỉ số “%(name)s” với %(n)s số liệu đã nhập")
                          % {"name": name, "n": vn_count(entered)} if entered
                          else _("chỉ số “%(name)s”") % {"name": name})
        target_removals.append(Removal(target.text, losses))
    return task_removals, target_removals


def _task_losses(progress: int, products: int, activities: int, indicators: int) -> list[str]:
    losses = []
    if progress:
        losses.append(ngettext("%(n)s cập nhật tiến độ", "%(n)s cập nhật tiến độ", progress)
                      % {"n": vn_count(progress)})
    if products:
        losses.append(ngettext("liên kết với %(n)s sản phẩm", "liên kết với %(n)s sản phẩm",
                               products) % {"n": vn_count(products)})
    if activities:
        losses.append(ngettext("liên kết với %(n)s hoạt động", "liên kết với %(n)s hoạt động",
                               activities) % {"n": vn_count(activities)})
    if indicators:
        losses.append(ngettext("%(n)s chỉ số tính theo nhiệm vụ này",
                               "%(n)s chỉ số tính theo nhiệm vụ này", indicators)
                      % {"n": vn_count(indicators)})
    return losses
