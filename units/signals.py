"""At log-in, a person whose unit has ended is told so, with the units that took over its work.

Their account still belongs to the old unit (an administrator moves it), so they can read and
correct the work done before the end; new records for the old unit are refused by the services.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.permissions import own_unit_ids
from units.selectors import unit_validity_error, units_by_pks


def ended_unit_notices(user: Any) -> list[str]:
    """One sentence per unit of `user` that no longer exists today, naming its successors."""
    today = timezone.localdate()
    notices = []
    for unit in units_by_pks(own_unit_ids(user)):
        if unit.valid_to is None or unit.valid_to >= today:
            continue
        ended = unit_validity_error(unit, today)
        notices.append(_("%(ended)s Anh/chị vẫn xem và sửa được công việc đã nhập trước ngày "
                         "đó; để nhập công việc mới, xin quản trị hệ thống chuyển tài khoản "
                         "sang đơn vị kế thừa.") % {"ended": ended})
    return notices


@receiver(user_logged_in)
def tell_about_ended_units(sender: Any, request: HttpRequest | None, user: Any,
                           **kwargs: Any) -> None:
    if request is None or not hasattr(request, "_messages"):
        return
    for notice in ended_unit_notices(user):
        messages.warning(request, notice)
