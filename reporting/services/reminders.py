"""Reminding units whose report is missing: before the deadline, after it, or at a click.

The daily command (`manage.py report_reminders`) asks `reminders_send(today=...)`: for each open
period whose deadline is REPORT_REMIND_DAYS_BEFORE days ahead or REPORT_REMIND_DAYS_AFTER days
behind, every asked unit that has not sent its report (none yet, a draft, or a report returned
and not sent again) is reminded. A Reminder row per period, unit, kind and day makes a second
run on the same day send nothing; a unit without a reporter is recorded with no recipients, so
the coordinator sees who has nobody to remind.
"""

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.models import Membership, NoticeKind, Role, User
from kehoach.vntext.formats import vn_date
from reporting import notify
from reporting.models import (
    Reminder,
    ReminderKind,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from reporting.permissions import check_can_review
from reporting.services.workflow import day
from units.models import Unit

# A report still with its unit: never sent, or given back and not sent again.
NOT_SENT = (SubmissionStatus.DRAFT, SubmissionStatus.RETURNED)
REMINDER_TEMPLATE = "reporting/email/reminder.txt"


@dataclass(frozen=True)
class DueReminder:
    """A reminder to send: `days` before the deadline (kind before) or after it (kind after)."""

    period: ReportingPeriod
    unit: Unit
    kind: str
    days: int
    submission_id: int | None = None


@dataclass(frozen=True)
class SentReminder:
    due: DueReminder
    recipients: int


@dataclass
class ReminderResult:
    sent: list[SentReminder] = field(default_factory=list)

    @property
    def units(self) -> int:
        return len(self.sent)

    @property
    def recipients(self) -> int:
        return sum(item.recipients for item in self.sent)

    @property
    def without_reporter(self) -> list[DueReminder]:
        return [item.due for item in self.sent if item.recipients == 0]


def missing_units(period: ReportingPeriod) -> list[tuple[Unit, int | None]]:
    """The asked units whose report is not with the receiving unit, with their draft's pk."""
    found = {unit_id: (state, pk) for unit_id, state, pk in
             Submission.objects.filter(period=period).values_list("unit_id", "status", "pk")}
    missing = []
    for unit in period.units.order_by("name", "pk"):
        state, pk = found.get(unit.pk, (SubmissionStatus.DRAFT, None))
        if state in NOT_SENT:
            missing.append((unit, pk))
    return missing


def _schedule(today: date) -> dict[date, tuple[str, int]]:
    """Which deadlines are reminded today: deadline → (kind, days from it)."""
    schedule = {today - timedelta(days=after): (ReminderKind.AFTER.value, after)
                for after in settings.REPORT_REMIND_DAYS_AFTER}
    schedule.update({today + timedelta(days=before): (ReminderKind.BEFORE.value, before)
                     for before in settings.REPORT_REMIND_DAYS_BEFORE})
    return schedule


def reminders_due(*, today: date, period: ReportingPeriod | None = None) -> list[DueReminder]:
    """The scheduled reminders not yet sent today, in four queries whatever the number of units."""
    schedule = _schedule(today)
    open_periods = ReportingPeriod.objects.filter(closed_at__isnull=True, deadline__in=schedule)
    if period is not None:
        open_periods = open_periods.filter(pk=period.pk)
    periods = list(open_periods.prefetch_related("units").order_by("deadline", "pk"))
    if not periods:
        return []
    status: dict[tuple[int, int], tuple[str, int]] = {
        (period_id, unit_id): (state, pk) for period_id, unit_id, state, pk in
        Submission.objects.filter(period__in=periods)
        .values_list("period_id", "unit_id", "status", "pk")}
    done = set(Reminder.objects.filter(period__in=periods, sent_on=today)
               .exclude(kind=ReminderKind.MANUAL).values_list("period_id", "unit_id", "kind"))
    due = []
    for item in periods:
        kind, days = schedule[item.deadline]
        for unit in sorted(item.units.all(), key=lambda u: (u.name, u.pk)):
            state, pk = status.get((item.pk, unit.pk), (SubmissionStatus.DRAFT, None))
            if state in NOT_SENT and (item.pk, unit.pk, kind) not in done:
                due.append(DueReminder(period=item, unit=unit, kind=kind, days=days,
                                       submission_id=pk))
    return due


def reporters_by_unit(unit_ids: Iterable[int]) -> dict[int, list[User]]:
    """Each unit's active reporters, in one query."""
    found: dict[int, list[User]] = defaultdict(list)
    for membership in (Membership.objects.filter(unit_id__in=list(unit_ids),
                                                 user__is_active=True, user__role=Role.REPORTER)
                       .select_related("user").order_by("user_id")):
        found[membership.unit_id].append(membership.user)
    return found


@transaction.atomic
def reminders_send(*, today: date, user: User | None = None,
                   period: ReportingPeriod | None = None,
                   units: Collection[Unit] | None = None,
                   kind: str | None = None) -> ReminderResult:
    """Send reminders and record them.

    With `kind` None (the daily command): the scheduled reminders due `today`, optionally for
    one `period` or some `units` only. With kind "manual" (the rate page): a coordinator
    `user` reminds `units` of `period` (by default every unit still missing), any day.
    """
    if kind == ReminderKind.MANUAL:
        due = _manual(today=today, user=user, period=period, units=units)
    else:
        # A second run at the same moment waits here, then finds today's reminders recorded.
        list(ReportingPeriod.objects.select_for_update().filter(
            closed_at__isnull=True, deadline__in=_schedule(today)).values_list("pk", flat=True))
        due = reminders_due(today=today, period=period)
        if units is not None:
            wanted = {unit.pk for unit in units}
            due = [item for item in due if item.unit.pk in wanted]
    return _send(due, today=today, user=user)


def _manual(*, today: date, user: User | None, period: ReportingPeriod | None,
            units: Collection[Unit] | None) -> list[DueReminder]:
    if user is None or period is None:
        raise ValueError("a manual reminder needs the coordinator and the period")
    check_can_review(user)
    if period.closed_at is not None:
        raise ValidationError(
            _("Kỳ báo cáo đã khóa ngày %(day)s; không nhận thêm báo cáo nên không gửi lời "
              "nhắc.") % {"day": day(period.closed_at)}, code="period_closed")
    missing = missing_units(period)
    if units is not None:
        wanted = {unit.pk for unit in units}
        missing = [(unit, pk) for unit, pk in missing if unit.pk in wanted]
    if not missing:
        raise ValidationError(_("Các đơn vị đã gửi báo cáo; không có đơn vị nào cần nhắc."),
                              code="nobody")
    days = (today - period.deadline).days
    return [DueReminder(period=period, unit=unit, kind=ReminderKind.MANUAL, days=days,
                        submission_id=pk) for unit, pk in missing]


def _send(due: list[DueReminder], *, today: date, user: User | None) -> ReminderResult:
    reporters = reporters_by_unit({item.unit.pk for item in due})
    messages = [notify.Message(
        users=reporters.get(item.unit.pk, []), kind=NoticeKind.DEADLINE,
        subject=reminder_subject(item),
        text=reminder_text(item, user=user), url=_url(item), template=REMINDER_TEMPLATE,
        context={"period": item.period, "unit": item.unit, "days": item.days, "kind": item.kind},
    ) for item in due]
    notify.deliver(messages)
    Reminder.objects.bulk_create([
        Reminder(period=item.period, unit=item.unit, kind=item.kind, sent_on=today, sent_by=user,
                 recipients=len(reporters.get(item.unit.pk, []))) for item in due])
    return ReminderResult(sent=[SentReminder(due=item,
                                             recipients=len(reporters.get(item.unit.pk, [])))
                                for item in due])


def _url(item: DueReminder) -> str:
    if item.submission_id is not None:
        return Submission(pk=item.submission_id).get_absolute_url()
    return item.period.get_absolute_url()


def reminder_subject(item: DueReminder) -> str:
    names = {"period": item.period.title, "deadline": vn_date(item.period.deadline)}
    if item.kind == ReminderKind.AFTER or (item.kind == ReminderKind.MANUAL and item.days > 0):
        return _("Quá hạn gửi báo cáo: %(period)s, hạn %(deadline)s") % names
    return _("Nhắc gửi báo cáo: %(period)s, hạn %(deadline)s") % names


def reminder_text(item: DueReminder, *, user: User | None = None) -> str:
    """The notice: what is missing, the deadline, and how far it is."""
    days = abs(item.days)
    names = {"period": item.period.title, "unit": item.unit.name, "days": days,
             "deadline": vn_date(item.period.deadline), "who": str(user or "")}
    if item.kind == ReminderKind.BEFORE:
        return ngettext(
            "Còn %(days)d ngày đến hạn gửi báo cáo “%(period)s” (hạn %(deadline)s); "
            "%(unit)s chưa gửi báo cáo.",
            "Còn %(days)d ngày đến hạn gửi báo cáo “%(period)s” (hạn %(deadline)s); "
            "%(unit)s chưa gửi báo cáo.", days) % names
    if item.kind == ReminderKind.AFTER or item.days > 0:
        text = ngettext(
            "Báo cáo “%(period)s” của %(unit)s đã quá hạn %(days)d ngày (hạn %(deadline)s) mà "
            "chưa được gửi.",
            "Báo cáo “%(period)s” của %(unit)s đã quá hạn %(days)d ngày (hạn %(deadline)s) mà "
            "chưa được gửi.", days) % names
    else:
        text = _("%(unit)s chưa gửi báo cáo “%(period)s” (hạn %(deadline)s).") % names
    if item.kind == ReminderKind.MANUAL and user is not None:
        text = _("%(who)s nhắc: ") % names + text
    return text
