"""Telling the addressed units' reporters that a guidance letter was sent to them.

Through the reporting app's notices (one mechanism for every notice): a letter is news when
it is published, and to a unit added to a letter already published. A reporter of two
addressed units is told once, and a letter taken down and published again is news only to
those it had not reached. Drafts tell nobody: units cannot read them yet.
"""

from collections.abc import Iterable

from django.utils.translation import gettext as _

from accounts.models import NoticeKind
from guidance.models import TITLE_PREFIX, Guidance
from kehoach.vntext.formats import vn_date
from reporting import notify
from reporting.services.reminders import reporters_by_unit
from units.models import Unit


def guidance_announce(guidance: Guidance, units: Iterable[Unit] | None = None) -> int:
    """A notice (and an e-mail to those who want one) to the reporters of the units the
    letter is addressed to (only `units`, when given); returns how many were told."""
    if not guidance.is_published:
        return 0
    unit_ids = ([unit.pk for unit in units] if units is not None
                else list(guidance.units.values_list("pk", flat=True)))
    users = {user.pk: user for found in reporters_by_unit(unit_ids).values() for user in found}
    for told in notify.already_told(guidance.get_absolute_url(), users):
        del users[told]
    if not users:
        return 0
    names = {"issuer": guidance.issuer.name, "letter": guidance.number_symbol,
             "prefix": TITLE_PREFIX, "title": guidance.title,
             "from": vn_date(guidance.valid_from), "until": vn_date(guidance.valid_until)}
    return notify.notify_users(
        [users[pk] for pk in sorted(users)], kind=NoticeKind.GUIDANCE,
        subject=_("Văn bản định hướng mới: %(letter)s %(prefix)s %(title)s") % names,
        text=_("%(issuer)s gửi đơn vị văn bản định hướng tuyên truyền %(letter)s %(prefix)s "
               "%(title)s, áp dụng từ %(from)s đến %(until)s.") % names,
        url=guidance.get_absolute_url())
