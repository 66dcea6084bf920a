"""A person's report deadlines as an iCalendar feed (RFC 5545), for the calendar on their
phone or in Outlook.

One all-day event per open period and unit the person reports for, on the period's deadline,
and one per unfinished task their unit leads, on its end date.
The feed says nothing about anyone else's units: it is read with a secret address
(accounts.calendar) that calendar apps fetch without logging in. The icalendar library does
the format's folding, escaping and dates.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from accounts.models import User
from kehoach.vntext.formats import vn_date
from plans.models import Task
from plans.selectors import unfinished_led_tasks
from reporting.models import ReportingPeriod, Submission, SubmissionStatus
from reporting.notify import absolute_url
from reporting.selectors.periods import PeriodUnit
from units.models import Unit


@dataclass(frozen=True)
class Deadline:
    """A period's deadline for one unit asked, with what the unit has done about it."""

    period: ReportingPeriod
    unit: Unit
    status: str  # a SubmissionStatus; empty before the report is opened


def user_deadlines(user: User) -> list[Deadline]:
    """The deadlines of the open periods that ask the units `user` belongs to."""
    unit_ids = list(user.memberships.values_list("unit_id", flat=True))
    rows = list(PeriodUnit.objects.filter(unit_id__in=unit_ids,
                                          reportingperiod__closed_at__isnull=True)
                .select_related("reportingperiod__receiving_unit", "unit")
                .order_by("reportingperiod__deadline", "reportingperiod_id", "unit_id"))
    status = {(period_id, unit_id): state for period_id, unit_id, state in
              Submission.objects.filter(unit_id__in=unit_ids,
                                        period_id__in={row.reportingperiod_id for row in rows})
              .values_list("period_id", "unit_id", "status")}
    return [Deadline(period=row.reportingperiod, unit=row.unit,
                     status=status.get((row.reportingperiod_id, row.unit_id), ""))
            for row in rows]


def deadlines_ics(user: User, *, now: datetime | None = None) -> bytes:
    """The feed: CRLF lines folded at 75 octets, text escaped, all-day VALUE=DATE events."""
    stamp = now or timezone.now()
    calendar = Calendar()
    calendar.add("prodid", "-//kehoach//Han bao cao//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Hạn gửi báo cáo – %(name)s") % {"name": str(user)})
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for deadline in user_deadlines(user):
        calendar.add_component(_event(deadline, stamp))
    unit_ids = list(user.memberships.values_list("unit_id", flat=True))
    for lead in unfinished_led_tasks(unit_ids):
        if lead.unit is not None and lead.task.end_date is not None:  # as the query picks
            calendar.add_component(_task_event(lead.task, lead.unit, lead.task.end_date, stamp))
    return calendar.to_ical()


def _event(deadline: Deadline, stamp: datetime) -> Event:
    period, unit = deadline.period, deadline.unit
    names = {"period": period.title, "unit": unit.short_name or unit.name,
             "first": vn_date(period.first_day), "last": vn_date(period.last_day),
             "receiving": period.receiving_unit.name,
             "status": (SubmissionStatus(deadline.status).label if deadline.status
                        else _("Chưa gửi"))}
    event = Event()
    event.add("uid", f"period-{period.pk}-unit-{unit.pk}@{_host()}")
    event.add("dtstamp", stamp)
    event.add("dtstart", period.deadline)
    event.add("dtend", period.deadline + timedelta(days=1))
    event.add("summary", _("Hạn gửi báo cáo: %(period)s (%(unit)s)") % names)
    description = _("Số liệu từ %(first)s đến %(last)s; gửi %(receiving)s.\n"
                    "Tình trạng: %(status)s.") % names
    if period.request:
        description += "\n" + _("Theo: %(request)s") % {"request": period.request}
    event.add("description", description)
    event.add("url", absolute_url(period.get_absolute_url()))
    event.add("transp", "TRANSPARENT")
    return event


def _task_event(task: Task, unit: Unit, end: date, stamp: datetime) -> Event:
    title = " ".join(task.title.split())
    names = {"code": task.code, "title": title if len(title) <= 120 else title[:119] + "…",
             "unit": unit.short_name or unit.name, "plan": str(task.plan)}
    event = Event()
    event.add("uid", f"task-{task.pk}-unit-{unit.pk}@{_host()}")
    event.add("dtstamp", stamp)
    event.add("dtstart", end)
    event.add("dtend", end + timedelta(days=1))
    event.add("summary", _("Hạn nhiệm vụ %(code)s: %(title)s (%(unit)s)") % names)
    event.add("description", _("Nhiệm vụ của %(plan)s; đơn vị chủ trì: %(unit)s.") % names)
    event.add("url", absolute_url(task.get_absolute_url()))
    event.add("transp", "TRANSPARENT")
    return event


def _host() -> str:
    """The site's host name, so the events' identifiers are unique beyond this server."""
    return urlsplit(str(getattr(settings, "SITE_URL", ""))).hostname or "kehoach"
