"""An account that did something is deactivated, never deleted.

Its name stays on what it did: who approved a report, who recorded a product, who changed
what in the history. This refuses the delete wherever it comes from (the admin, a service, the
shell), with the reason in Vietnamese; accounts.services.user_deactivate is the way instead.
"""

from typing import Any

from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.selectors import user_history


def refusal(user: User, history: list[str]) -> str:
    return _("Không xóa được tài khoản “%(user)s” vì tài khoản đã có lịch sử làm việc (%(what)s). "
             "Hãy vô hiệu hóa tài khoản: người dùng không đăng nhập được nữa, còn tên họ vẫn "
             "được giữ trên những việc đã làm.") % {"user": user, "what": ", ".join(history)}


def check_can_delete(user: User) -> None:
    if history := user_history(user):
        raise ProtectedError(refusal(user, history), {user})


def refuse_deleting_history(sender: Any, instance: User, **kwargs: Any) -> None:
    """pre_delete: the last guard, for a queryset's delete; User.delete checks first."""
    check_can_delete(instance)
