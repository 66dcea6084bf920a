"""Telling a unit's reporters that a reporting period asks their unit for a report.

A period opened by hand is told to each unit it asks, with its window and deadline; a year's
periods opened at once make one notice per unit (how many, and the nearest deadline), not
twenty. A unit added to a period later is told then; the units asked before are not told
again. Periods whose deadline has passed, or that are closed, are told to nobody: opening
last year's periods to record old reports is no news to anyone.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import NoticeKind, User
from kehoach.vntext.formats import vn_date
from reporting import notify
from reporting.models import ReportingPeriod
from reporting.services.reminders import REMINDER_TEMPLATE, reporters_by_unit
from units.models import Unit


def periods_announce(periods: Iterable[ReportingPeriod],
                     units: Iterable[Unit] | None = None) -> int:
    """Notices (and e-mails for those who want them) to the reporters of the units the
    periods ask (only `units` of them, when given). Returns how many people were told."""
    today = timezone.localdate()
    only = None if units is None else {unit.pk for unit in units}
    asked: dict[Unit, list[ReportingPeriod]] = defaultdict(list)
    for period in periods:
        if period.closed_at is not None or period.deadline < today:
            continue
        for unit in period.units.all():
            if only is None or unit.pk in only:
                asked[unit].append(period)
    reporters = reporters_by_unit(unit.pk for unit in asked)
    messages = [_message(unit, sorted(found, key=lambda p: (p.deadline, p.pk)),
                         reporters.get(unit.pk, []))
                for unit, found in sorted(asked.items(), key=lambda item: item[0].pk)]
    return notify.deliver([message for message in messages if message.users])


def _message(unit: Unit, periods: Sequence[ReportingPeriod],
             users: list[User]) -> notify.Message:
    first = periods[0]
    names = {"unit": unit.name, "period": first.title, "deadline": vn_date(first.deadline),
             "first": vn_date(first.first_day), "last": vn_date(first.last_day),
             "receiving": first.receiving_unit.name, "count": len(periods)}
    if len(periods) == 1:
        return notify.Message(
            users=users, kind=NoticeKind.PERIOD,
            subject=_("Kỳ báo cáo mới: %(period)s, hạn %(deadline)s") % names,
            text=_("%(receiving)s yêu cầu %(unit)s gửi báo cáo “%(period)s” (số liệu từ "
                   "%(first)s đến %(last)s), hạn gửi %(deadline)s.") % names,
            url=first.get_absolute_url(), template=REMINDER_TEMPLATE,
            context={"period": first, "unit": unit})
    return notify.Message(
        users=users, kind=NoticeKind.PERIOD,
        subject=_("%(count)d kỳ báo cáo mới; kỳ gần nhất hạn %(deadline)s") % names,
        text=_("%(unit)s có %(count)d kỳ báo cáo mới phải gửi; kỳ có hạn gần nhất: "
               "“%(period)s”, hạn gửi %(deadline)s.") % names,
        url=reverse("reporting:periods"))
