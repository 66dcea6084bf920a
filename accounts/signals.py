"""Sessions follow the rights they were opened with.

At log-in Django gives the session a new key (django.contrib.auth.login cycles it) and we note
when it happened, for the absolute and idle time-outs (accounts.middleware). When a user's role,
units, active flag or staff rights change, by the admin pages, a service or the shell, the
user's session epoch goes up: the sessions signed with the old one fail Django's check on their
next request and end, so the user logs in again with the new rights.
"""

import time
from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.http import HttpRequest

from accounts.models import Membership, User
from accounts.services import user_end_sessions

LOGIN_AT = "kehoach_login_at"
SEEN_AT = "kehoach_seen_at"
PRIVILEGES = ("role", "is_active", "is_staff", "is_superuser")


@receiver(user_logged_in)
def stamp_login(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[LOGIN_AT] = now
        request.session[SEEN_AT] = now


@receiver(pre_save, sender=User)
def note_privilege_change(sender: Any, instance: User, update_fields: Any = None,
                          raw: bool = False, **kwargs: Any) -> None:
    instance._privileges_changed = False  # type: ignore[attr-defined]
    if raw:
        return  # rows loaded as they were (a restore): their epoch is part of what is loaded
    if instance.pk is None or (update_fields is not None
                               and not set(update_fields) & set(PRIVILEGES)):
        return  # a new user, or a save of other fields (last_login at each log-in)
    before = User.objects.filter(pk=instance.pk).values(*PRIVILEGES).first()
    if before is not None and any(before[f] != getattr(instance, f) for f in PRIVILEGES):
        instance._privileges_changed = True  # type: ignore[attr-defined]


@receiver(post_save, sender=User)
def end_sessions_on_privilege_change(sender: Any, instance: User, **kwargs: Any) -> None:
    if getattr(instance, "_privileges_changed", False):
        user_end_sessions(user_id=instance.pk)
        instance.refresh_from_db(fields=["session_epoch"])


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
def end_sessions_on_unit_change(sender: Any, instance: Membership, raw: bool = False,
                                **kwargs: Any) -> None:
    if not raw:
        user_end_sessions(user_id=instance.user_id)
