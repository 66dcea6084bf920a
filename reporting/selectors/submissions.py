"""Reads of unit reports, and who may read or write each one (reporting.permissions decides)."""

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import is_reporter
from indicators.charts import format_number
from reporting import permissions
from reporting.figures import FigureTable, Row
from reporting.models import Submission, SubmissionSection


def _check_can_read(user: User, submission: Submission) -> None:
    if permissions.can_read_submission(user, submission):
        return
    if is_reporter(user):
        raise PermissionDenied(_("Anh/chị chỉ được xem báo cáo của đơn vị mình."))
    raise PermissionDenied(_("Báo cáo này chưa được duyệt; người xem chỉ đọc được báo cáo đã "
                             "duyệt."))


def _submissions() -> QuerySet[Submission]:
    return Submission.objects.select_related(
        "period__form", "period__receiving_unit", "period__plan", "unit", "submitted_by",
        "approved_by",
    ).prefetch_related(Prefetch("sections", queryset=SubmissionSection.objects.select_related(
        "updated_by").order_by("position")))


def get_submission_for_user(user: User, pk: int, *, change: bool = False) -> Submission:
    """The report, if `user` may read it (with `change`, write it): 403 with the reason
    otherwise. Whether its state lets it be written now is the service's to say."""
    submission = get_object_or_404(_submissions(), pk=pk)
    _check_can_read(user, submission)
    if change:
        permissions.check_can_write_submission(user, submission.unit_id)
    return submission


def get_section_for_user(user: User, pk: int, *, change: bool = False) -> SubmissionSection:
    section = get_object_or_404(SubmissionSection.objects.select_related(
        "submission__period", "submission__unit", "updated_by"), pk=pk)
    _check_can_read(user, section.submission)
    if change:
        permissions.check_can_write_submission(user, section.submission.unit_id)
    return section


def submission_sections(submission: Submission) -> list[SubmissionSection]:
    """The parts as saved now, to show after some of them were saved."""
    return list(submission.sections.select_related("updated_by").order_by("position"))


def can_edit_submission(user: User, submission: Submission) -> bool:
    """Whether `user` may change the text and figures now: the unit's reporter, while the
    report is a draft or returned and the period is open."""
    return (submission.is_editable and not submission.period.is_closed
            and permissions.can_write_submission(user, submission.unit_id))


def submission_figures(submission: Submission) -> list[FigureTable]:
    """The figure tables as the report keeps them (what the unit sent stays what it sent)."""
    return [FigureTable.from_json(data) for data in submission.figures or []]


@dataclass
class Cell:
    text: str
    number: bool = False


@dataclass
class ShownRow:
    label: str
    cells: list[Cell]


@dataclass
class ShownTable:
    """A figure table as the page prints it: numbers the Vietnamese way, ratios in percent."""

    code: str
    title: str
    columns: list[str]
    rows: list[ShownRow]
    total: ShownRow | None


def _shown(value: object, ratio: bool) -> Cell:
    if value is None:
        return Cell("—", number=True)
    if isinstance(value, int | Decimal):
        if ratio:
            return Cell(format_number(float(value) * 100) + "%", number=True)
        return Cell(format_number(float(value)), number=True)
    return Cell(str(value))


def _shown_row(row: Row, ratios: Collection[int]) -> ShownRow:
    return ShownRow(row.label, [_shown(v, i in ratios) for i, v in enumerate(row.values)])


def shown_tables(tables: list[FigureTable]) -> list[ShownTable]:
    """Ratios, kept as fractions, are shown as percentages with a decimal comma ("15,5%"),
    counts with a dot between thousands ("1.234")."""
    shown = []
    for table in tables:
        total = table.total_row()
        shown.append(ShownTable(
            table.code, table.title, table.columns,
            [_shown_row(row, table.computed) for row in table.rows],
            _shown_row(total, table.computed) if total else None))
    return shown
