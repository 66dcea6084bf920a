"""Who may do what with periods and reports, answered in one place for every entry point.

A unit reporter sees and writes only their own units' reports; coordinators see all of
them, review them and build the consolidated report; viewers read what was approved;
administrators also keep the report forms.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.fields.files import FieldFile
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import (
    Visitor,
    is_active_user,
    is_administrator,
    is_coordinator,
    is_reporter,
    is_viewer,
    own_unit_ids,
    reach_unit_ids,
)
from reporting.models import (
    ConsolidatedReport,
    ConsolidatedStatus,
    Notice,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionSection,
    SubmissionStatus,
)

__all__ = ["own_unit_ids"]  # reporting's forms ask it here, beside the rules that use it


def can_manage_periods(user: Visitor) -> bool:
    """Opening a period is part of running the programme: the lead department's staff."""
    return is_coordinator(user)


def check_can_manage_periods(user: Visitor) -> None:
    if not can_manage_periods(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được tạo và sửa kỳ báo cáo."))


def can_manage_forms(user: Visitor) -> bool:
    return is_administrator(user)


def check_can_manage_forms(user: Visitor) -> None:
    if not can_manage_forms(user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống được sửa mẫu báo cáo."))


def can_review(user: Visitor) -> bool:
    """Approving, returning and reopening reports, and building the consolidated report."""
    return is_coordinator(user)


def check_can_review(user: Visitor) -> None:
    if not can_review(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được duyệt, trả lại hoặc mở lại báo "
                                 "cáo."))


def visible_submissions(user: Visitor) -> Q:
    """The condition on submissions `user` may read."""
    if is_coordinator(user):
        return Q()
    if is_reporter(user):
        return Q(unit_id__in=own_unit_ids(user))
    if is_active_user(user):
        return Q(status=SubmissionStatus.APPROVED)
    return Q(pk__in=[])


def reviewable_submissions(user: Visitor) -> Q:
    """The condition on submissions `user` may approve, return or reopen: the rule of
    accounts.permissions.can_review_unit_report as a query, for lists of reports to review."""
    if not can_review(user):
        return Q(pk__in=[])
    condition = ~Q(unit_id__in=own_unit_ids(user))
    reach = reach_unit_ids(user)
    if reach is not None:
        condition &= Q(period__receiving_unit_id__in=reach)
    return condition


def can_read_submission(user: Visitor, submission: Submission) -> bool:
    if is_coordinator(user):
        return True
    if is_reporter(user):
        return submission.unit_id in own_unit_ids(user)
    return is_active_user(user) and (
        submission.status == SubmissionStatus.APPROVED)


def can_write_submission(user: Visitor, unit_id: int) -> bool:
    """Writing and sending a unit's report is the unit's own job, never the reviewer's."""
    return is_reporter(user) and unit_id in own_unit_ids(user)


def check_can_write_submission(user: Visitor, unit_id: int) -> None:
    if not can_write_submission(user, unit_id):
        raise PermissionDenied(_("Anh/chị chỉ được soạn và gửi báo cáo của đơn vị mình."))


def can_edit_submission(user: Visitor, submission: Submission) -> bool:
    """Whether `user` may change the text and figures now: the unit's reporter, while the
    report is a draft or returned and the period is open."""
    return (submission.is_editable and not submission.period.is_closed
            and can_write_submission(user, submission.unit_id))


def _check_can_read(user: Visitor, submission: Submission) -> None:
    if can_read_submission(user, submission):
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


def get_submission_for_user(user: Visitor, pk: int, *, change: bool = False) -> Submission:
    """The report, if `user` may read it (with `change`, write it): 403 with the reason
    otherwise. Whether its state lets it be written now, or a workflow step be taken, is the
    service's to say."""
    submission = get_object_or_404(_submissions(), pk=pk)
    _check_can_read(user, submission)
    if change:
        check_can_write_submission(user, submission.unit_id)
    return submission


def get_section_for_user(user: Visitor, pk: int, *, change: bool = False) -> SubmissionSection:
    section = get_object_or_404(SubmissionSection.objects.select_related(
        "submission__period", "submission__unit", "updated_by"), pk=pk)
    _check_can_read(user, section.submission)
    if change:
        check_can_write_submission(user, section.submission.unit_id)
    return section


# Periods, the rate and the consolidated report ----------------------------------------------


def sees_own_units_only(user: Visitor) -> bool:
    """A unit reporter: periods, reports and consolidated reports of their own units only."""
    return is_reporter(user) and not can_review(user)


def get_period_for_user(user: Visitor, pk: int, *, change: bool = False) -> ReportingPeriod:
    """The period, if `user` may see it (a reporter: a period asking one of their units);
    with `change`, only for those who manage periods."""
    period = get_object_or_404(ReportingPeriod.objects.select_related(
        "receiving_unit", "plan", "form", "parent", "closed_by"), pk=pk)
    if change:
        check_can_manage_periods(user)
    elif sees_own_units_only(user) and not period.units.filter(pk__in=own_unit_ids(user)).exists():
        raise PermissionDenied(_("Kỳ báo cáo này không yêu cầu đơn vị của anh/chị báo cáo."))
    return period


def can_see_rate(user: Visitor) -> bool:
    """Coordinators follow the rate; viewers (the province's leaders) read it."""
    return is_coordinator(user) or is_viewer(user)


def check_can_see_rate(user: Visitor) -> None:
    if not can_see_rate(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối và người xem được xem tỷ lệ báo cáo."))


def get_period_for_rate(user: Visitor, pk: int) -> ReportingPeriod:
    """The period whose reporting rate `user` reads (403 before the lookup)."""
    check_can_see_rate(user)
    return get_object_or_404(ReportingPeriod.objects.select_related("receiving_unit"), pk=pk)


def get_period_for_review(user: Visitor, pk: int) -> ReportingPeriod:
    """The period a reviewer acts on as a whole, as reminding its missing units."""
    check_can_review(user)
    return get_object_or_404(ReportingPeriod.objects.select_related("receiving_unit"), pk=pk)


def check_can_consolidate(user: Visitor) -> None:
    if not can_review(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được tổng hợp, sửa và xuất báo cáo tổng "
                                 "hợp."))


def check_can_see_consolidated(user: Visitor, period: ReportingPeriod) -> None:
    """Reporters of units other than the receiving one are turned away."""
    if sees_own_units_only(user) and period.receiving_unit_id not in own_unit_ids(user):
        raise PermissionDenied(_("Anh/chị chỉ xem được báo cáo tổng hợp của đơn vị mình."))


def can_read_consolidated(user: Visitor, report: ConsolidatedReport | None) -> bool:
    """Its text and files: coordinators at any time, others once it is written out."""
    if report is None:
        return False
    return can_review(user) or report.status == ConsolidatedStatus.READY


def get_consolidated_period_for_user(user: Visitor, pk: int, *, act: bool = False
                                     ) -> ReportingPeriod:
    """The period of a consolidated report `user` may see; with `act` (build, edit, export,
    send up), only for coordinators, refused before the lookup."""
    if act:
        check_can_consolidate(user)
    period = get_object_or_404(ReportingPeriod.objects.select_related(
        "receiving_unit__parent", "form", "plan", "parent__receiving_unit"), pk=pk)
    check_can_see_consolidated(user, period)
    return period


CONSOLIDATED_FORMATS = ("docx", "xlsx", "pdf")


def get_consolidated_file_for_user(user: Visitor, period: ReportingPeriod, fmt: str
                                   ) -> tuple[ConsolidatedReport, FieldFile]:
    """A written file of the period's consolidated report: 404 when `user` may not read it
    yet or it was never written, as if it did not exist."""
    check_can_see_consolidated(user, period)
    report = ConsolidatedReport.objects.filter(period=period).select_related(
        "period__receiving_unit__parent").first()
    if (report is None or fmt not in CONSOLIDATED_FORMATS
            or not can_read_consolidated(user, report)):
        raise Http404
    file: FieldFile = getattr(report, fmt)
    if not file:
        raise Http404
    return report, file


# Report forms and notices -------------------------------------------------------------------


def get_form_for_user(user: Visitor, pk: int) -> ReportForm:
    """A report form, for administrators only (403 before the lookup)."""
    check_can_manage_forms(user)
    return get_object_or_404(ReportForm, pk=pk)


def check_is_addressee(user: Visitor, notice: Notice) -> None:
    """A notice is its addressee's alone: nobody else marks it read."""
    if not is_active_user(user) or notice.user_id != user.pk:
        raise PermissionDenied(_("Đây không phải thông báo của anh/chị."))


def get_notice_for_user(user: Visitor, pk: int) -> Notice:
    """One's own notice; anybody else's is as if it did not exist."""
    return get_object_or_404(Notice, pk=pk, user_id=user.pk)
