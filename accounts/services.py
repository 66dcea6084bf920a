"""Changes to users and their unit memberships, one transaction each."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from accounts.models import Membership, Role, User
from units.models import Unit


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
