"""Daily reminders to units whose report is missing; cron or the task runner calls it once a day.

    manage.py report_reminders                    # today's reminders
    manage.py report_reminders --date 2024-06-17  # a missed day, caught up
    manage.py report_reminders --dry-run          # what it would send, sending nothing

Running it twice on a day sends nothing twice.
"""

from datetime import date
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils import timezone
from django.utils.translation import gettext as _

from kehoach.audit import AuditedCommand
from kehoach.vntext.formats import vn_date
from reporting.models import ReminderKind
from reporting.services import reminders


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(_("Ngày không hợp lệ: “%(text)s” (dạng YYYY-MM-DD, ví dụ "
                             "2024-06-17).") % {"text": text}) from error


def describe(due: reminders.DueReminder, recipients: int) -> str:
    if due.kind == ReminderKind.BEFORE:
        when = _("trước hạn %(days)d ngày") % {"days": due.days}
    else:
        when = _("quá hạn %(days)d ngày") % {"days": due.days}
    return _("%(unit)s — %(period)s (hạn %(deadline)s): %(when)s, %(count)d người nhận") % {
        "unit": due.unit.name, "period": due.period.title, "when": when, "count": recipients,
        "deadline": vn_date(due.period.deadline)}


class Command(AuditedCommand):
    help = "Nhắc các đơn vị chưa gửi báo cáo, trước và sau hạn gửi (chạy mỗi ngày một lần)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", type=_day, default=None,
                            help="Ngày chạy, dạng YYYY-MM-DD (mặc định: hôm nay).")
        parser.add_argument("--dry-run", action="store_true",
                            help="Chỉ liệt kê lời nhắc sẽ gửi, không gửi gì.")

    def handle(self, *args: Any, **options: Any) -> None:
        today = options["date"] or timezone.localdate()
        if options["dry_run"]:
            due = reminders.reminders_due(today=today)
            counts = reminders.reporters_by_unit({item.unit.pk for item in due})
            sent = [reminders.SentReminder(due=item, recipients=len(counts.get(item.unit.pk, [])))
                    for item in due]
            result = reminders.ReminderResult(sent=sent)
        else:
            result = reminders.reminders_send(today=today)
        for item in result.sent:
            self.stdout.write(describe(item.due, item.recipients))
        self._summary(result, today=today, dry_run=options["dry_run"])

    def _summary(self, result: reminders.ReminderResult, *, today: date, dry_run: bool) -> None:
        names = {"units": result.units, "recipients": result.recipients,
                 "day": vn_date(today)}
        if dry_run:
            line = _("Ngày %(day)s sẽ nhắc %(units)d đơn vị (%(recipients)d người nhận); chưa "
                     "gửi gì (--dry-run).") % names
        else:
            line = _("Ngày %(day)s đã nhắc %(units)d đơn vị (%(recipients)d người nhận).") % names
        self.stdout.write(self.style.SUCCESS(line))
        if result.without_reporter:
            self.stdout.write(self.style.WARNING(
                _("Đơn vị chưa có cán bộ báo cáo nên không ai nhận được lời nhắc:")))
            for due in result.without_reporter:
                self.stdout.write(f"  - {due.unit.name} ({due.period.title})")
