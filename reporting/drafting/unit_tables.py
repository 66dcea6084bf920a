"""A unit's own figures for its report: the tasks it leads or coordinates, and the plan's
indicators measured on its records in the period's window.

Row keys are task and indicator ids, so a unit's tables can be compared and added across
units; statuses stay text as the unit reported them.
"""

from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from indicators import compute
from indicators.models import Indicator
from plans.models import ProgressUpdate, TaskRole, TaskStatus, TaskUnit
from records import counting
from reporting.figures import FigureTable, Row
from reporting.models import FigureKind, ReportingPeriod
from units.models import Unit


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
    return counting.records_per_task(task_ids, unit_id=unit.pk, first=period.first_day,
                                     last=period.last_day)


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
