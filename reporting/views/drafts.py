"""A unit's report page: opening it, writing its parts (autosaved), refreshing its figures.

The page works without JavaScript: its "Lưu" button sends every part through the same
service and the same conflict rule as the autosave, which sends one part at a time.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.models import User
from kehoach.actions import refusal_text, run_action
from kehoach.http import AuthenticatedRequest
from reporting.forms import SectionTextForm
from reporting.models import Submission, SubmissionSection
from reporting.periods import roman
from reporting.permissions import (
    can_edit_submission,
    get_period_for_user,
    get_section_for_user,
    get_submission_for_user,
)
from reporting.selectors.submissions import shown_tables, submission_figures, submission_sections
from reporting.selectors.workflow import workflow_state
from reporting.services import drafts
from reporting.services.drafts import EditConflict
from units.permissions import get_unit_for_user


@dataclass
class SectionRow:
    """A part of the report as the page shows it, with what the writer sent if it was
    not saved (`mine`) and why (`conflict` or `error`)."""

    section: SubmissionSection
    form: SectionTextForm | None = None
    conflict: EditConflict | None = None
    error: str = ""
    saved: bool = False

    @property
    def number(self) -> str:
        return roman(self.section.position)


def _form(section: SubmissionSection, data: QueryDict | None = None) -> SectionTextForm:
    return SectionTextForm(data, prefix=str(section.pk),
                           initial={"text": section.text, "version": section.version})


def _page(request: AuthenticatedRequest, submission: Submission, rows: list[SectionRow]
          ) -> HttpResponse:
    editable = can_edit_submission(request.user, submission)
    return render(request, "reporting/submission_detail.html", {
        "submission": submission, "rows": rows, "editable": editable,
        "tables": shown_tables(submission_figures(submission)),
        "workflow": workflow_state(submission, request.user),
    })


def _after_conflicts(rows: list[SectionRow], conflicts: list[EditConflict],
                     saved: list[SubmissionSection]) -> list[SectionRow]:
    """The page after "Lưu" met conflicts: those parts keep what the writer sent beside
    what is there; the parts that were saved show their new text and version."""
    found = {conflict.section.pk: conflict for conflict in conflicts}
    sent = {row.section.pk: row for row in rows}
    return [SectionRow(section, sent[section.pk].form, conflict=found[section.pk])
            if section.pk in found else SectionRow(section, _form(section))
            for section in saved]


@login_required
@require_POST
def submission_open(request: AuthenticatedRequest, period_pk: int, unit_pk: int) -> HttpResponse:
    period = get_period_for_user(request.user, period_pk)
    unit = get_unit_for_user(request.user, unit_pk)
    opened = run_action(request, lambda: drafts.submission_open(user=request.user,
                                                                period=period, unit=unit))
    return redirect(opened.value if opened.value is not None else period)


@login_required
@require_http_methods(["GET", "POST"])
def submission_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    submission = get_submission_for_user(request.user, pk, change=request.method == "POST")
    sections = list(submission.sections.all())
    if not can_edit_submission(request.user, submission) and request.method == "GET":
        return _page(request, submission, [SectionRow(s) for s in sections])
    data = request.POST if request.method == "POST" else None
    rows = [SectionRow(s, _form(s, data)) for s in sections]
    if data is not None and all(row.form and row.form.is_valid() for row in rows):
        texts = {row.section.pk: (row.form.cleaned_data["text"], row.form.saving_version())
                 for row in rows if row.form}
        saved = run_action(
            request, lambda: drafts.sections_save(user=request.user, submission=submission,
                                                  texts=texts),
            lambda conflicts: "" if conflicts else _("Đã lưu báo cáo."))
        if not saved or not saved.value:
            return redirect(submission)
        rows = _after_conflicts(rows, saved.value, submission_sections(submission))
    return _page(request, submission, rows)


@login_required
@require_http_methods(["GET", "POST"])
def section_save(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Autosave of one part (htmx). GET gives the part as saved: "take theirs"."""
    section = get_section_for_user(request.user, pk, change=request.method == "POST")
    if request.method == "GET":
        return render(request, "reporting/submission_detail.html#section", {
            "row": SectionRow(section, _form(section)), "fresh": True})
    row = _save_one(request.user, section, _form(section, request.POST))
    if not request.htmx:
        if row.saved:
            messages.success(request, _("Đã lưu phần “%(title)s”.") % {"title": section})
        else:
            messages.error(request, str(row.conflict.message) if row.conflict else row.error)
        return redirect(section.submission.get_absolute_url() + f"#section-{section.pk}")
    return render(request, "reporting/submission_detail.html#status", {"row": row})


def _save_one(user: User, section: SubmissionSection, form: SectionTextForm) -> SectionRow:
    row = SectionRow(section, form)
    if not form.is_valid():
        row.error = _("Không đọc được nội dung gửi lên; hãy tải lại trang.")
        return row
    try:
        row.section = drafts.section_save(user=user, section=section,
                                          text=form.cleaned_data["text"],
                                          version=form.saving_version())
        row.saved = True
    except EditConflict as conflict:
        row.conflict = conflict
    except ValidationError as error:
        row.error = refusal_text(error)
    return row


@login_required
@require_POST
def figures_refresh(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    submission = get_submission_for_user(request.user, pk, change=True)
    run_action(request, lambda: drafts.figures_refresh(user=request.user, submission=submission),
               _("Đã cập nhật số liệu từ sản phẩm, hoạt động đã nhập."))
    return redirect(submission.get_absolute_url() + "#figures")


urlpatterns: list[URLPattern] = [
    path("periods/<int:period_pk>/units/<int:unit_pk>/open/", submission_open,
         name="submission_open"),
    path("submissions/<int:pk>/", submission_detail, name="submission"),
    path("submissions/<int:pk>/figures/", figures_refresh, name="figures_refresh"),
    path("sections/<int:pk>/save/", section_save, name="section_save"),
]
