"""The tables of figures, from counted work: one builder per table, shared by a unit's own
report (the work of one unit) and the consolidated report (the work of the units it covers).

Shares are parts of the whole (`FigureTable.shares`): a column of shares says of what, and the
shares of a table's rows add up to 100%, never more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from django.utils.translation import gettext as _
from django_stubs_ext import StrOrPromise

from indicators.compute import Status
from kehoach.vntext.formats import vn_count, vn_date, vn_number
from plans.models import TaskStatus
from records.models import ActivityKind, Channel, ParticipantGroup, ProductKind
from reporting.drafting.counts import ProductCount, WorkCount
from reporting.drafting.facts import ReportFacts, TargetFacts, TaskFacts
from reporting.drafting.phrases import lower_first
from reporting.figures import Cell, FigureTable, Row
from reporting.models import FigureKind, SubmissionStatus

SHARE_OF_PRODUCTS = "Tỷ lệ trên tổng số sản phẩm"


def _counted(code: str, title: str, label: str, counts: Counter[str],
             choices: Sequence[tuple[str, StrOrPromise]]) -> FigureTable:
    rows = [Row(key, str(name), [counts[key], None]) for key, name in choices if counts.get(key)]
    return FigureTable(code, title, [label, _("Số sản phẩm"), _(SHARE_OF_PRODUCTS)], rows,
                       shares={1: 0})


def products_by_kind(work: WorkCount) -> FigureTable:
    return _counted(FigureKind.PRODUCTS_BY_KIND.value, str(FigureKind.PRODUCTS_BY_KIND.label),
                    _("Loại sản phẩm"), work.products.by_kind, ProductKind.choices)


def products_by_channel(work: WorkCount) -> FigureTable:
    return _counted(FigureKind.PRODUCTS_BY_CHANNEL.value,
                    str(FigureKind.PRODUCTS_BY_CHANNEL.label), _("Kênh"),
                    work.products.by_channel, Channel.choices)


def language_split(count: ProductCount) -> list[Row]:
    """Three rows that split the products: only Vietnamese, only other languages, both."""
    rows = [Row("vietnamese_only", _("Chỉ bằng tiếng Việt"), [count.vietnamese_only, None]),
            Row("other_only", _("Chỉ bằng tiếng dân tộc thiểu số, tiếng nước ngoài"),
                [count.other_only, None]),
            Row("bilingual", _("Song ngữ: tiếng Việt và tiếng dân tộc thiểu số, tiếng nước "
                               "ngoài"), [count.bilingual, None])]
    return [row for row in rows if row.values[0]]


def products_by_language(work: WorkCount, names: dict[str, str]) -> FigureTable:
    """The products split by the languages they carry; a bilingual product is one product.

    The note under it gives each other language, where a bilingual product counts in each.
    """
    count = work.products
    each = sorted(count.by_language.items(), key=lambda kn: (-kn[1], kn[0]))
    note = ""
    if each:
        said = "; ".join(f"{lower_first(names.get(code, code))}: {vn_count(n)} sản phẩm"
                         for code, n in each)
        note = _("Ghi chú: theo từng ngôn ngữ (sản phẩm song ngữ được tính ở mỗi ngôn ngữ "
                 "của nó): %(languages)s.") % {"languages": said}
    return FigureTable(FigureKind.PRODUCTS_BY_LANGUAGE.value,
                       str(FigureKind.PRODUCTS_BY_LANGUAGE.label),
                       [_("Ngôn ngữ thể hiện"), _("Số sản phẩm"), _(SHARE_OF_PRODUCTS)],
                       language_split(count), shares={1: 0}, note=note)


def activities(work: WorkCount) -> FigureTable:
    """Activities by kind, with the people who took part, in all and by group."""
    count = work.activities
    groups = ParticipantGroup.choices
    rows = [Row(code, str(label), [count.by_kind[code], count.people_by_kind[code],
                                   *[count.people_by_kind_group[(code, group)]
                                     for group, _name in groups]])
            for code, label in ActivityKind.choices if count.by_kind.get(code)]
    return FigureTable(FigureKind.ACTIVITIES.value, str(FigureKind.ACTIVITIES.label),
                       [_("Loại hoạt động"), _("Số hoạt động"), _("Số lượt người tham gia"),
                        *[str(label) for _code, label in groups]], rows)


# --- Tables only the consolidated report has ----------------------------------------------


def _progress(task: TaskFacts) -> str:
    if task.status == TaskStatus.DONE:
        return _("Hoàn thành")
    if task.late:
        return _("Chậm tiến độ")
    if task.not_yet and not task.has_work:
        return _("Chưa đến thời gian thực hiện")
    if task.percent is not None:
        return _("Đang thực hiện (%(percent)s%%)") % {"percent": task.percent}
    if task.has_work or task.status == TaskStatus.IN_PROGRESS:
        return _("Đang thực hiện")
    return _("Chưa triển khai")


def tasks(facts: ReportFacts) -> FigureTable:
    """Each task of the plan: who leads it, when, where it stands, what was done for it."""
    rows: list[Row] = []
    for task in facts.tasks:
        products, done = task.products, task.activities
        rows.append(Row(str(task.task.pk), f"{task.task.code}. {task.task.title}", [
            "; ".join(task.lead), task.task.timeframe_text, _progress(task), products.total,
            products.other_languages, done.total, done.people]))
    outside, outside_done = facts.outside_products, facts.outside_activities
    if outside.total or outside_done.total:
        rows.append(Row("outside", _("Ngoài các nhiệm vụ của Kế hoạch"), [
            "", "", "", outside.total, outside.other_languages, outside_done.total,
            outside_done.people]))
    if rows:
        # A product or activity serving two tasks is in both rows; the whole counts it once.
        work = facts.work
        rows.append(Row("all", _("Tổng số (mỗi sản phẩm, hoạt động chỉ tính một lần)"), [
            "", "", "", work.products.total, work.products.other_languages,
            work.activities.total, work.activities.people]))
    return FigureTable(FigureKind.TASKS.value, _("Kết quả thực hiện các nhiệm vụ của Kế hoạch"),
                       [_("Nhiệm vụ"), _("Đơn vị chủ trì"), _("Thời gian"), _("Tiến độ"),
                        _("Sản phẩm"), _("Trong đó có tiếng dân tộc thiểu số, nước ngoài"),
                        _("Hoạt động"), _("Lượt người tham gia")], rows, total=False)


def _report_state(facts: ReportFacts) -> dict[int, str]:
    states = {u.pk: _("Chưa gửi báo cáo") for u in facts.coverage.missing}
    states |= {u.pk: _("Báo cáo chưa được duyệt") for u in facts.coverage.waiting}
    states |= {s.unit_id: str(SubmissionStatus.APPROVED.label) for s in facts.coverage.included}
    states.setdefault(facts.coverage.receiving.pk, _("Đơn vị tổng hợp"))
    return states


def units(facts: ReportFacts) -> FigureTable:
    """Each unit asked (and the receiving unit): its report, and its work in the window."""
    states = _report_state(facts)
    work = facts.work
    order = [facts.coverage.receiving, *facts.coverage.asked]
    seen: set[int] = set()
    rows: list[Row] = []
    for unit in order:
        if unit.pk in seen:
            continue
        seen.add(unit.pk)
        counted = unit.pk in facts.coverage.unit_ids
        values: list[Cell] = [states.get(unit.pk, "")]
        values += ([work.products.by_unit[unit.pk], work.activities.by_unit[unit.pk]]
                   if counted else [None, None])
        rows.append(Row(str(unit.pk), facts.local(unit.name), values))
    return FigureTable(FigureKind.UNITS.value, _("Kết quả theo cơ quan, đơn vị"),
                       [_("Cơ quan, đơn vị"), _("Báo cáo"), _("Sản phẩm"), _("Hoạt động")], rows)


def _standing(target: TargetFacts) -> str:
    labels = {Status.ACHIEVED: _("Đạt chỉ tiêu"), Status.ON_TRACK: _("Đúng tiến độ"),
              Status.BEHIND: _("Chậm tiến độ"), Status.MISSED: _("Không đạt"),
              Status.NO_DATA: _("Chưa có số liệu"), Status.NO_INDICATOR: _("Chưa có chỉ số")}
    return str(labels.get(target.status, ""))


def targets(facts: ReportFacts) -> FigureTable:
    """The plan's targets against their goals, on the window's last day."""
    rows = []
    for found in facts.targets:
        target = found.target
        goal = vn_number(target.value)
        if target.value_max is not None:
            goal = f"{goal} - {vn_number(target.value_max)}"
        rows.append(Row(str(target.pk), target.text, [
            goal, target.unit_of_measure, found.value, vn_date(found.due), _standing(found)]))
    return FigureTable(FigureKind.INDICATORS.value, str(FigureKind.INDICATORS.label),
                       [_("Chỉ tiêu"), _("Mục tiêu"), _("Đơn vị tính"), _("Kết quả"),
                        _("Thời hạn"), _("Đánh giá")], rows, total=False)
