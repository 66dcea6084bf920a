"""A unit's report while it is being written: opening it, saving its parts, refreshing figures.

Each part (section) of a report has its own version number. A save names the version it
was written on; if someone saved the part since, the save is refused with what they wrote
(EditConflict), so two people writing one report never overwrite each other without
seeing it. Writing different parts never collides.
"""

from collections.abc import Mapping
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from reporting import permissions
from reporting.models import (
    EventAction,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
)
from reporting.prefill import unit_figures
from units.models import Unit


class EditConflict(ValidationError):
    """Someone saved the part after the version the writer started from; nothing was saved.

    Carries what is there now, so the page can show both texts and let the writer take
    theirs or overwrite it on purpose (by saving again on `version`).
    """

    def __init__(self, section: SubmissionSection) -> None:
        self.section = section
        self.text: str = section.text
        self.version: int = section.version
        self.updated_by: User | None = section.updated_by
        self.updated_at: datetime | None = section.updated_at
        who = str(section.updated_by) if section.updated_by else _("Một người khác")
        when = (timezone.localtime(section.updated_at).strftime("%H:%M")
                if section.updated_at else "")
        super().__init__(
            _("%(who)s đã sửa phần này lúc %(when)s. Nội dung của anh/chị chưa được lưu.")
            % {"who": who, "when": when}, code="conflict")


def _clean_text(text: str) -> str:
    """Browsers send CRLF from a textarea; the same words must compare equal however sent."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _check_writable(user: User, submission: Submission) -> None:
    permissions.check_can_write_submission(user, submission.unit_id)
    if submission.period.is_closed:
        raise ValidationError(_("Kỳ báo cáo đã khóa; không sửa được báo cáo."))
    if not submission.is_editable:
        raise ValidationError(_("Báo cáo đang ở trạng thái “%(status)s”; chỉ sửa được khi đang "
                                "soạn hoặc bị trả lại.") % {
            "status": submission.get_status_display()})


@transaction.atomic
def submission_open(*, user: User, period: ReportingPeriod, unit: Unit) -> Submission:
    """The unit's report for the period: the existing one, or a new draft with the form's
    parts and the figures computed from the unit's records."""
    permissions.check_can_write_submission(user, unit.pk)
    existing = Submission.objects.filter(period=period, unit=unit).first()
    if existing is not None:
        return existing
    if period.is_closed:
        raise ValidationError(_("Kỳ báo cáo đã khóa; không mở được báo cáo mới."))
    if not period.units.filter(pk=unit.pk).exists():
        raise ValidationError(_("Kỳ báo cáo này không yêu cầu %(unit)s báo cáo.") % {
            "unit": unit})
    submission = Submission(
        period=period, unit=unit, figures=[t.to_json() for t in unit_figures(period, unit)],
        figures_at=timezone.now())
    try:
        with transaction.atomic():
            submission.save()
    except IntegrityError:  # a colleague opened it at the same moment
        return Submission.objects.get(period=period, unit=unit)
    SubmissionSection.objects.bulk_create([
        SubmissionSection(submission=submission, position=section.position,
                          title=section.title, hint=section.hint)
        for section in period.form.sections.order_by("position")])
    SubmissionEvent.objects.create(submission=submission, action=EventAction.CREATED,
                                   actor=user)
    return submission


@transaction.atomic
def section_save(*, user: User, section: SubmissionSection, text: str, version: int
                 ) -> SubmissionSection:
    """Save a part written on `version`; EditConflict if it was saved since.

    The row is locked while it is compared and written, so two saves of the same version
    cannot both pass. Saving the text that is there already changes nothing, whatever the
    version: nothing would be lost.
    """
    current = SubmissionSection.objects.select_for_update(of=("self",)).select_related(
        "submission__period", "updated_by").get(pk=section.pk)
    _check_writable(user, current.submission)
    text = _clean_text(text)
    if text == current.text:
        return current
    if version != current.version:
        raise EditConflict(current)
    current.text = text
    current.version += 1
    current.updated_by = user
    current.updated_at = timezone.now()
    current.save(update_fields=["text", "version", "updated_by", "updated_at"])
    Submission.objects.filter(pk=current.submission_id).update(updated_at=current.updated_at)
    return current


def sections_save(*, user: User, submission: Submission, texts: Mapping[int, tuple[str, int]]
                  ) -> list[EditConflict]:
    """Save several parts at once (the page without JavaScript): `texts` maps a section's
    pk to (text, version). Parts without a conflict are saved; the conflicts are returned
    so the page can show them, each with its own choice."""
    _check_writable(user, submission)
    conflicts = []
    for section in submission.sections.filter(pk__in=list(texts)).order_by("position"):
        text, version = texts[section.pk]
        try:
            section_save(user=user, section=section, text=text, version=version)
        except EditConflict as conflict:
            conflicts.append(conflict)
    return conflicts


@transaction.atomic
def figures_refresh(*, user: User, submission: Submission) -> Submission:
    """Recompute the figures from the unit's records, while the report can still change:
    once sent, the figures stay those the unit sent."""
    _check_writable(user, submission)
    submission.figures = [t.to_json() for t in unit_figures(submission.period, submission.unit)]
    submission.figures_at = timezone.now()
    submission.save(update_fields=["figures", "figures_at", "updated_at"])
    return submission
