"""The consolidated report: build it from the approved reports, edit it, write it out, send it up.

The coordinator's requests (build, edit, export, send upward) are checked and recorded here in
one transaction each; the long work (merging a hundred reports, writing the .docx, .xlsx and
PDF) is queued to reporting.tasks, which call `consolidated_merge` and `consolidated_write`
below. Those two are also what `manage.py demo_report` and the benchmark call directly, so the
page, the demo and the benchmark build the same report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from documents.header import issuing_defaults
from exports import annex, decree30, naming, pdf, signature_fields
from kehoach.audit import audited_update
from kehoach.models import apply_changes
from kehoach.vntext.text import collation_key, fold
from reporting import official, phrasing
from reporting.drafting import scope
from reporting.drafting.facts import gather
from reporting.drafting.wording import DraftPart, draft_parts
from reporting.figure_kinds import report_tables
from reporting.models import (
    ConsolidatedReport,
    ConsolidatedSection,
    ConsolidatedStatus,
    EventAction,
    FormSection,
    RecipientList,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.permissions import check_can_consolidate
from reporting.services import levels

logger = logging.getLogger(__name__)

BUSY = (ConsolidatedStatus.MERGING, ConsolidatedStatus.EXPORTING)
EDITABLE = (ConsolidatedStatus.DRAFT, ConsolidatedStatus.READY, ConsolidatedStatus.FAILED)
# A build or export that has not moved for this long died with its worker: it may be redone.
STALE_AFTER = timedelta(minutes=15)
HEADER_FIELDS = frozenset({
    "parent_body", "issuing_body", "number", "symbol", "place", "issued_on", "title", "opening",
    "recipients", "signature_prefix", "signature_position", "signer_name",
})
EXPORT_STEPS = 3  # .docx, .xlsx, PDF
MERGE_STEPS = 3  # count the work, lay out the tables, write the parts
# The report is a Vietnamese administrative document whatever language the page is in.
DOCUMENT_LANGUAGE = "vi"
# The order units' contributions take in a part: departments first, then the press, the
# mass organisations and the local authorities, as provincial reports list them.
KIND_ORDER = ["department", "police", "press", "radio_tv", "mass_org", "province", "district",
              "commune", "company", "other"]
Progress = Callable[[int, int], None]


def approved_submissions(period: ReportingPeriod) -> QuerySet[Submission]:
    return period.submissions.filter(status=SubmissionStatus.APPROVED)


def _is_busy(report: ConsolidatedReport) -> bool:
    return report.status in BUSY and report.updated_at > timezone.now() - STALE_AFTER


def _check_not_busy(report: ConsolidatedReport) -> None:
    if _is_busy(report):
        raise ValidationError(
            _("Báo cáo tổng hợp đang được xử lý (%(status)s); xin chờ xong rồi thử lại.")
            % {"status": report.get_status_display().lower()}, code="busy")


def _check_not_issued(report: ConsolidatedReport) -> None:
    """An issued report's text and figures are what was signed: a change needs a new version
    opened with its reason (signing.services.open_new_version)."""
    if report.issued_at is not None:
        raise ValidationError(
            _("Báo cáo đã được ban hành (phiên bản %(version)s) nên nội dung và số liệu đã khóa; "
              "muốn sửa, hãy mở phiên bản mới và ghi lý do.") % {"version": report.version},
            code="issued")


def _lock(report: ConsolidatedReport) -> ConsolidatedReport:
    return ConsolidatedReport.objects.select_for_update().select_related(
        "period__receiving_unit").get(pk=report.pk)


# --- The coordinator's requests ---------------------------------------------------------


def header_defaults(period: ReportingPeriod) -> dict[str, Any]:
    """The document's header, opening, recipients and signature as far as they can be known."""
    issuing = issuing_defaults(period.receiving_unit)
    title = phrasing.report_title(period.form.name, period.title)
    plan = period.plan.header().citation() if period.plan else ""
    return {
        "parent_body": issuing.parent_body, "issuing_body": issuing.issuing_body,
        "symbol": issuing.symbol, "place": issuing.place, "title": title,
        "opening": phrasing.opening(unit_name=issuing.issuer_name, subject=title,
                                    request=period.request, plan=plan,
                                    window=(period.first_day, period.last_day)),
        "recipients": "\n".join(recipients_for(period)),
        "signature_prefix": issuing.signature_prefix,
        "signature_position": issuing.signature_position,
    }


def recipients_for(period: ReportingPeriod) -> list[str]:
    """The receiving unit's own list when it keeps one, else the usual list for its level."""
    kept = RecipientList.objects.filter(unit=period.receiving_unit_id).first()
    if kept is not None:
        return [line for line in kept.lines.splitlines() if line.strip()]
    return default_recipients(period)


def default_recipients(period: ReportingPeriod) -> list[str]:
    """Who the report goes to (REPORTS.md): the level above and the plan's issuer, marked
    "(b/c)"; the line ministry "(b/c)"; who asked for it; the department's leaders; a copy
    kept. Superiors are marked "(b/c)", the others are not."""
    unit = period.receiving_unit
    parent = unit.parent.name if unit.parent else ""
    names = []
    if period.parent_id is not None and period.parent is not None:
        upper = period.parent.receiving_unit.name
        names.append(f"{naming.recipient_name(upper, parent)} (b/c)")
    if period.plan is not None and period.plan.issuer_name:
        names.append(f"{naming.recipient_name(period.plan.issuer_name, parent)} (b/c)")
    if ministry := naming.line_ministry(naming.own_name(unit.name, parent)):
        names.append(f"{ministry} (b/c)")
    if asker := phrasing.requester(period.request):
        names.append(naming.recipient_name(asker, parent))
    if fold(unit.name).startswith("so "):
        names.append("Giám đốc, các Phó Giám đốc Sở")
    names.append("Lưu: VT")  # the drafting office's name is added once, then kept
    return list(dict.fromkeys(names))


@transaction.atomic
def consolidated_build(*, user: User, period: ReportingPeriod,
                       queue: bool = True) -> ConsolidatedReport:
    """Start (or start again) merging the period's approved reports, in the background.

    A new report gets its header from the receiving unit; building again keeps what the
    coordinator wrote in the header and replaces the parts and tables with a fresh merge.
    With `queue=False` nothing is queued: the caller runs `consolidated_merge` itself.
    """
    check_can_consolidate(user)
    if not approved_submissions(period).exists():
        raise ValidationError(_("Kỳ báo cáo này chưa có báo cáo nào của đơn vị được duyệt; chưa "
                                "thể tổng hợp."), code="nothing_approved")
    report = ConsolidatedReport.objects.select_for_update().filter(period=period).first()
    if report is None:
        report = ConsolidatedReport(period=period, created_by=user, **header_defaults(period))
    else:
        _check_not_busy(report)
        _check_not_issued(report)
    report.status = ConsolidatedStatus.MERGING
    report.progress_done = report.progress_total = 0
    report.error = ""
    report.save()
    if queue:
        transaction.on_commit(lambda: _enqueue("merge_period", report.pk))
    return report


def _enqueue(name: str, report_id: int) -> None:
    from reporting import tasks

    getattr(tasks, name).enqueue(report_id)


@transaction.atomic
def consolidated_update(*, user: User, report: ConsolidatedReport,
                        sections: Mapping[int, str] | None = None,
                        **fields: Any) -> ConsolidatedReport:
    """Edit the header, opening, recipients, signature and the parts' texts.

    Files written before the edit no longer match it: the report goes back to draft until it
    is exported again (the old files stay downloadable for the coordinator meanwhile). The
    recipients the coordinator sets are kept for the unit's next reports.
    """
    check_can_consolidate(user)
    locked = _lock(report)
    _check_not_issued(locked)
    if locked.status not in EDITABLE:
        raise ValidationError(
            _("Báo cáo tổng hợp đang được xử lý (%(status)s); xin chờ xong rồi sửa.")
            % {"status": locked.get_status_display().lower()}, code="busy")
    changed = apply_changes(locked, HEADER_FIELDS, fields)
    if changed:
        locked.full_clean(exclude=["period", "figures"])
    edited = _edit_sections(locked, sections or {})
    if "recipients" in changed:
        RecipientList.objects.update_or_create(unit_id=locked.period.receiving_unit_id,
                                               defaults={"lines": locked.recipients})
    if changed or edited:
        locked.status = ConsolidatedStatus.DRAFT
        locked.save(update_fields=[*changed, "status", "updated_at"])
    for name in [*changed, "status", "updated_at"]:
        setattr(report, name, getattr(locked, name))
    return report


def _edit_sections(report: ConsolidatedReport, texts: Mapping[int, str]) -> int:
    existing = {s.position: s for s in report.sections.all()}
    unknown = sorted(set(texts) - set(existing))
    if unknown:
        raise ValidationError(_("Báo cáo tổng hợp không có phần số %(position)s.")
                              % {"position": unknown[0]}, code="unknown_section")
    edited = [existing[p] for p, text in texts.items() if existing[p].text != text.strip()]
    for section in edited:  # one save each: the history keeps each part's text before and after
        section.text = texts[section.position].strip()
        section.save(update_fields=["text"])
    return len(edited)


@transaction.atomic
def consolidated_export(*, user: User, report: ConsolidatedReport,
                        queue: bool = True) -> ConsolidatedReport:
    """Queue the writing of the .docx, the .xlsx annex and the PDF (with `queue=False`, the
    caller runs `consolidated_write` itself)."""
    check_can_consolidate(user)
    locked = _lock(report)
    _check_not_busy(locked)
    _check_not_issued(locked)
    if locked.status == ConsolidatedStatus.MERGING or not locked.sections.exists():
        raise ValidationError(_("Báo cáo tổng hợp chưa có nội dung; hãy tổng hợp lại trước khi "
                                "xuất văn bản."), code="empty")
    locked.status = ConsolidatedStatus.EXPORTING
    locked.progress_done, locked.progress_total = 0, EXPORT_STEPS
    locked.error = ""
    locked.save(update_fields=["status", "progress_done", "progress_total", "error",
                               "updated_at"])
    report.status = locked.status
    if queue:
        transaction.on_commit(lambda: _enqueue("export_report", locked.pk))
    return report


# --- The background work ----------------------------------------------------------------


def consolidated_progress(*, report_id: int, done: int, total: int) -> None:
    ConsolidatedReport.objects.filter(pk=report_id).update(progress_done=done,
                                                           progress_total=total,
                                                           updated_at=timezone.now())


def consolidated_fail(*, report_id: int, message: str) -> None:
    audited_update(ConsolidatedReport, report_id, status=ConsolidatedStatus.FAILED,
                   error=message, updated_at=timezone.now())


def _unit_order(submission: Submission) -> tuple[int, Any]:
    kind = submission.unit.kind
    rank = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    return rank, collation_key(submission.unit.name)


def consolidated_merge(*, report_id: int, progress: Progress | None = None) -> bool:
    """Draft the report's parts and tables from the work of the units it covers.

    The covered units are those whose reports were approved, the receiving unit itself, and
    the units a report from a lower level covered; their records in the period's window are
    counted task by task of the plan (reporting.drafting). Returns False, doing nothing, when
    the report is not waiting for a merge (a second worker, or a build started again).
    """
    report = ConsolidatedReport.objects.select_related(
        "period__form", "period__plan", "period__receiving_unit__parent").get(pk=report_id)
    if report.status != ConsolidatedStatus.MERGING:
        return False
    period = report.period

    def step(done: int, total: int) -> None:
        consolidated_progress(report_id=report_id, done=done, total=total)
        if progress is not None:
            progress(done, total)

    step(0, MERGE_STEPS)
    submissions = sorted(approved_submissions(period).select_related(
        "unit", "source__period"), key=_unit_order)
    with translation.override(DOCUMENT_LANGUAGE):  # an official document, whoever asks
        covered = scope.coverage(period, submissions)
        facts = gather(period, covered)
        step(1, MERGE_STEPS)
        tables = report_tables(facts)
        outline = list(period.form.sections.order_by("position").values_list("position",
                                                                             "title"))
        parts = draft_parts(facts, outline, appendix_labels(tables))
    step(2, MERGE_STEPS)
    _save_merge(report_id, parts, [t.to_json() for t in tables], submissions)
    return True


def appendix_labels(tables: list[Any]) -> dict[str, str]:
    """How the text cites the appendices: {"tasks": "Phụ lục 01", "units": "Phụ lục 02"}."""
    return {str(table.code): f"Phụ lục {number:02d}"
            for number, table in enumerate(tables, start=1)}


@transaction.atomic
def _save_merge(report_id: int, parts: list[DraftPart], figures: list[dict[str, Any]],
                submissions: list[Submission]) -> None:
    report = ConsolidatedReport.objects.select_for_update().get(pk=report_id)
    if report.status != ConsolidatedStatus.MERGING:
        return
    # Each part is updated in place, so the history shows what a new merge changed in it.
    existing = {section.position: section for section in report.sections.all()}
    for index, part in enumerate(parts, start=1):
        section = existing.pop(index, None) or ConsolidatedSection(report=report, position=index)
        drafted = (part.title, part.text, part.links, part.sources)
        if section.pk is not None and drafted == (section.title, section.text, section.links,
                                                  section.sources):
            continue
        section.title, section.text, section.links, section.sources = drafted
        section.save()
    for section in existing.values():
        section.delete()
    report.submissions.set(submissions)
    report.figures = figures
    report.status = ConsolidatedStatus.DRAFT
    report.progress_done = report.progress_total = MERGE_STEPS
    report.save(update_fields=["figures", "status", "progress_done", "progress_total",
                               "updated_at"])


def download_name(report: ConsolidatedReport, extension: str) -> str:
    """An ASCII file name that says what the report is: "BC-6thang-2024.docx"."""
    period = report.period
    kinds = {"monthly": f"thang{period.number}", "quarterly": f"quy{period.number}",
             "six_month": "6thang", "nine_month": "9thang", "annual": "nam"}
    return f"BC-{kinds.get(period.kind, period.kind)}-{period.year}.{extension}"


def _store(report: ConsolidatedReport, name: str, content: bytes) -> None:
    field = getattr(report, name)
    if field:
        field.delete(save=False)
    field.save(f"{download_name(report, name).removesuffix('.' + name)}-{report.pk}.{name}",
               ContentFile(content), save=False)
    audited_update(ConsolidatedReport, report.pk, **{name: field.name})


def consolidated_write(*, report_id: int) -> bool:
    """Write the .docx, the .xlsx annex and the PDF, one step at a time.

    When LibreOffice cannot make the PDF, the report fails with its message but keeps the
    .docx and .xlsx, which the coordinator can still download and convert by hand.
    """
    report = ConsolidatedReport.objects.select_related("period__receiving_unit").get(
        pk=report_id)
    if report.status != ConsolidatedStatus.EXPORTING:
        return False
    document = official.official_document(report)
    docx = decree30.docx_bytes(document)
    _store(report, "docx", docx)
    consolidated_progress(report_id=report_id, done=1, total=EXPORT_STEPS)
    if document.appendices:
        _store(report, "xlsx", annex.annex_for(document))
    consolidated_progress(report_id=report_id, done=2, total=EXPORT_STEPS)
    if report.pdf:  # a PDF of the text before this export must not outlive a failed one
        report.pdf.delete(save=False)
        audited_update(ConsolidatedReport, report_id, pdf="")
    try:
        converted = pdf.docx_to_pdf(docx, soffice=settings.SOFFICE)
    except pdf.ExportError as error:
        consolidated_fail(report_id=report_id, message=error.message)
        return True
    # PDF/A-2b with the signer's empty field in the signature block: the file to be signed.
    converted = signature_fields.prepare_for_signing(
        converted, title=signature_fields.signature_title(document.signature_prefix,
                                                          document.signature_position),
        name=document.signer_name)
    _store(report, "pdf", converted)
    audited_update(ConsolidatedReport, report_id, where={"status": ConsolidatedStatus.EXPORTING},
                   status=ConsolidatedStatus.READY, progress_done=EXPORT_STEPS,
                   exported_at=timezone.now(), updated_at=timezone.now())
    return True


# --- Levels -----------------------------------------------------------------------------


def _check_can_go_up(user: User, report: ConsolidatedReport) -> ReportingPeriod:
    """The parent period, found or opened from the unit tree when the period has none."""
    if report.status in BUSY or not report.sections.exists():
        raise ValidationError(_("Báo cáo tổng hợp chưa sẵn sàng; hãy chờ tổng hợp xong rồi gửi "
                                "lên."), code="not_ready")
    period = report.period
    parent = levels.parent_period_ensure(user=user, period=period)
    if parent.is_closed:
        raise ValidationError(_("Kỳ báo cáo cấp trên “%(period)s” đã khóa; không gửi thêm báo "
                                "cáo được.") % {"period": parent.title}, code="parent_closed")
    if not parent.units.filter(pk=period.receiving_unit_id).exists():
        raise ValidationError(
            _("Kỳ báo cáo cấp trên “%(period)s” không yêu cầu %(unit)s báo cáo.")
            % {"period": parent.title, "unit": period.receiving_unit.name}, code="not_asked")
    return parent


@transaction.atomic
def consolidated_submit_upward(*, user: User, report: ConsolidatedReport) -> Submission:
    """Send the consolidated report to the parent period as the receiving unit's own report;
    a period without one gets it from the unit tree (services.levels).

    The parent's coordinator then reviews it like any unit's report, and consolidates it
    with the others: the same loop, one level up.
    """
    check_can_consolidate(user)
    report = _lock(report)
    parent = _check_can_go_up(user, report)
    unit = report.period.receiving_unit
    submission = Submission.objects.select_for_update().filter(period=parent, unit=unit).first()
    if submission is not None and submission.status == SubmissionStatus.APPROVED:
        raise ValidationError(_("Báo cáo gửi lên kỳ “%(period)s” đã được duyệt; cấp trên phải mở "
                                "lại thì mới gửi lại được.") % {"period": parent.title},
                              code="approved")
    now = timezone.now()
    action = EventAction.SUBMITTED
    if submission is None:
        submission = Submission(period=parent, unit=unit)
    elif submission.status != SubmissionStatus.DRAFT:
        action = EventAction.RESUBMITTED
    submission.status = SubmissionStatus.SUBMITTED
    submission.figures = report.figures
    submission.figures_at = now
    submission.submitted_at, submission.submitted_by = now, user
    submission.source = report
    submission.save()
    _copy_sections(report, submission, user=user, at=now)
    SubmissionEvent.objects.create(submission=submission, action=action, actor=user, at=now)
    return submission


def _copy_sections(report: ConsolidatedReport, submission: Submission, *, user: User,
                   at: Any) -> None:
    """The consolidated parts into the parent form's parts, matched by title, else position."""
    form_sections = list(FormSection.objects.filter(form=submission.period.form_id)
                         .order_by("position"))
    ours = list(report.sections.order_by("position"))
    by_title = {phrasing.title_key(s.title): s for s in ours}
    by_position = {s.position: s for s in ours}
    existing = {s.position: s for s in submission.sections.all()}
    for form_section in form_sections:
        source = (by_title.get(phrasing.title_key(form_section.title))
                  or by_position.get(form_section.position))
        text = source.text if source else ""
        section = existing.get(form_section.position) or SubmissionSection(
            submission=submission, position=form_section.position, title=form_section.title,
            hint=form_section.hint, version=0)
        if section.pk is not None and section.text == text:
            continue
        section.text, section.version = text, section.version + 1
        section.updated_by, section.updated_at = user, at
        section.save()
