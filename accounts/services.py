"""Changes to users and their unit memberships, one transaction each."""

import smtplib
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import EMAIL_CHOICE_FIELDS, Membership, NoticeKind, Role, User
from accounts.permissions import check_can_assign, check_can_manage_user
from units.models import Unit
from units.selectors import check_units_valid_on


@transaction.atomic
def user_create(
    *, username: str, password: str, role: Role | str, full_name: str = "", email: str = "",
    units: Iterable[Unit] = (),
) -> User:
    administrator = role == Role.ADMINISTRATOR
    user = User(username=username, full_name=full_name, email=email, role=role,
                is_staff=administrator, is_superuser=administrator)
    user.set_password(password)
    user.full_clean()
    user.save()
    for unit in units:
        membership_add(user=user, unit=unit)
    return user


@transaction.atomic
def membership_add(*, user: User, unit: Unit) -> Membership:
    membership, _created = Membership.objects.get_or_create(user=user, unit=unit)
    return membership


def user_end_sessions(*, user_id: int) -> None:
    """End every session of the user: each fails Django's session hash check from its next
    request on (accounts.models.User._get_session_auth_hash), whatever the session store."""
    User.objects.filter(pk=user_id).update(session_epoch=F("session_epoch") + 1)


@transaction.atomic
def user_deactivate(*, user: User) -> User:
    """The account can no longer log in or use its API tokens; its history keeps its name."""
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
    return user


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete an account that never did anything (a typo); any other is refused, to be
    deactivated instead (accounts.protection)."""
    from accounts.protection import refusal
    from accounts.selectors import user_history

    if history := user_history(user):
        raise ValidationError(refusal(user, history), code="has_history")
    user.delete()


# --- People managed in the app (the "Người dùng" pages, the spreadsheet import) -------------


def invitations_send(users: list[User], *, inviter: User) -> None:
    """Mark each as invited now and send the e-mails, inside the caller's transaction: if
    the mail server refuses, nothing of the invitation is kept and the page says so."""
    now = timezone.now()
    for user in users:
        user.invited_at = now  # a new link: the earlier ones stop working
        user.save(update_fields=["invited_at"])
    invitations_deliver(users, inviter=inviter)


def invitations_deliver(users: list[User], *, inviter: User) -> None:
    """The e-mails of invitations already marked (person_invite marks a new account)."""
    from accounts import invitations

    try:
        invitations.send([invitations.invitation_email(u, inviter=inviter) for u in users])
    except (OSError, smtplib.SMTPException) as error:
        raise ValidationError(_("Không gửi được thư mời (%(error)s). Chưa có gì được lưu; "
                                "hãy kiểm tra cấu hình thư điện tử rồi thử lại.")
                              % {"error": error}, code="mail") from error


def _check_email_free(email: str, *, exclude: int | None = None) -> None:
    taken = User.objects.filter(email__iexact=email)
    if exclude is not None:
        taken = taken.exclude(pk=exclude)
    if email and taken.exists():
        raise ValidationError({"email": _("Đã có tài khoản dùng địa chỉ e-mail này.")},
                              code="email_taken")


@transaction.atomic
def person_invite(*, manager: User, full_name: str, email: str, role: Role | str,
                  units: Iterable[Unit], phone: str = "", send: bool = True) -> User:
    """Create a person's account and e-mail them a link to set their password.

    The log-in name is the e-mail address. A manager gives no role above their own and only
    units in their reach; the account is never a maintainer of the Django admin.
    """
    units = list(units)
    check_can_assign(manager, role=str(role), unit_ids=[u.pk for u in units])
    check_units_valid_on(units, timezone.localdate(), field="units")
    email = User.objects.normalize_email(email.strip()).lower()
    _check_email_free(email)
    user = User(username=email, full_name=full_name.strip(), email=email, phone=phone.strip(),
                role=role, invited_at=timezone.now())
    user.set_unusable_password()
    # The e-mail's own constraint was checked just above, in one query instead of Django's
    # slower check of the expression; the database enforces it whatever happens.
    user.full_clean(validate_constraints=False)
    user.save()
    for unit in units:
        Membership.objects.create(user=user, unit=unit)  # a new account: none to repeat
    if send:
        invitations_deliver([user], inviter=manager)
    return user


@transaction.atomic
def person_resend_invitation(*, manager: User, person: User) -> User:
    """A new link (the earlier ones stop working), for someone who has not set a password."""
    check_can_manage_user(manager, person)
    locked = User.objects.select_for_update().get(pk=person.pk)
    if locked.has_usable_password() or not locked.is_active:
        raise ValidationError(_("“%(person)s” đã đặt mật khẩu hoặc đã bị vô hiệu hóa; không "
                                "cần gửi lại thư mời.") % {"person": locked}, code="not_invited")
    if not locked.email:
        raise ValidationError(_("“%(person)s” chưa có địa chỉ e-mail để gửi thư mời.")
                              % {"person": locked}, code="no_email")
    invitations_send([locked], inviter=manager)
    person.invited_at = locked.invited_at
    return locked


@transaction.atomic
def person_change(*, manager: User, person: User, role: Role | str,
                  units: Iterable[Unit]) -> User:
    """A new role and units, recorded in the history (the user's role, each membership
    added or removed); the person's sessions end and they log in again with the new rights."""
    check_can_manage_user(manager, person)
    units = list(units)
    check_can_assign(manager, role=str(role), unit_ids=[u.pk for u in units])
    locked = User.objects.select_for_update().get(pk=person.pk)
    current = set(locked.memberships.values_list("unit_id", flat=True))
    # A unit newly given must exist today; one the person already has is kept as it is.
    check_units_valid_on([u for u in units if u.pk not in current], timezone.localdate(),
                         field="units")
    wanted = {u.pk for u in units}
    for membership in locked.memberships.exclude(unit_id__in=wanted):
        membership.delete()
    for unit in units:
        membership_add(user=locked, unit=unit)
    if locked.role != role:
        locked.role = role
        locked.save(update_fields=["role"])
    person.role = locked.role
    return locked


@transaction.atomic
def person_deactivate(*, manager: User, person: User) -> User:
    """Switch an account off (never delete it): its sessions end, its name stays on its work."""
    check_can_manage_user(manager, person)
    return user_deactivate(user=User.objects.select_for_update().get(pk=person.pk))


@transaction.atomic
def person_reactivate(*, manager: User, person: User) -> User:
    check_can_manage_user(manager, person)
    locked = User.objects.select_for_update().get(pk=person.pk)
    if not locked.is_active:
        locked.is_active = True
        fields = ["is_active"]
        if not locked.has_usable_password():  # links sent before it was switched off stay dead
            locked.invited_at = None
            fields.append("invited_at")
        locked.save(update_fields=fields)
    return locked


@transaction.atomic
def profile_update(*, user: User, full_name: str, email: str, phone: str,
                   language: str) -> User:
    """A person's own details; the e-mail stays unique (it is how invitations find people)."""
    email = User.objects.normalize_email(email.strip()).lower()
    _check_email_free(email, exclude=user.pk)
    locked = User.objects.select_for_update().get(pk=user.pk)
    locked.full_name, locked.email, locked.phone = full_name.strip(), email, phone.strip()
    locked.language = language
    locked.full_clean(exclude=["password", "username"])
    locked.save(update_fields=["full_name", "email", "phone", "language"])
    for name in ("full_name", "email", "phone", "language"):
        setattr(user, name, getattr(locked, name))
    return locked


@transaction.atomic
def notice_email_update(*, user: User, kinds: Iterable[str]) -> User:
    """The kinds of notices the person also wants by e-mail; the others only in the app."""
    wanted = {NoticeKind(kind) for kind in kinds}
    fields = list(EMAIL_CHOICE_FIELDS.values())
    for kind, field in EMAIL_CHOICE_FIELDS.items():
        setattr(user, field, kind in wanted)
    user.save(update_fields=fields)
    return user

