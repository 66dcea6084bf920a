"""The secret address of a person's calendar feed: calendar apps cannot log in.

The address carries the user's number and a random key, signed with the site's secret
(django.core.signing, its own salt): it cannot be made up from the number alone, and a key
read from a copy of the database is useless without the secret. Renewing the key (or
removing it) makes every address given before answer 404.
"""

import secrets

from django.core import signing
from django.db import transaction
from django.utils.crypto import constant_time_compare

from accounts.models import User

SALT = "accounts.calendar"


def calendar_token(user: User) -> str:
    """The token of the user's feed address; empty while they have no key."""
    if not user.calendar_key:
        return ""
    return signing.Signer(salt=SALT).sign(f"{user.pk}.{user.calendar_key}")


def user_for_calendar_token(token: str) -> User | None:
    """The active user whose current key the token carries, or None for any other token."""
    try:
        value = signing.Signer(salt=SALT).unsign(token)
    except signing.BadSignature:
        return None
    pk, _, key = value.partition(".")
    if not pk.isascii() or not pk.isdigit() or not key:
        return None
    user = User.objects.filter(pk=int(pk), is_active=True).first()
    if user is None or not constant_time_compare(user.calendar_key, key):
        return None
    return user


@transaction.atomic
def calendar_key_renew(*, user: User) -> str:
    """A new key: the old address stops working, the new token is returned."""
    user.calendar_key = secrets.token_urlsafe(18)
    user.save(update_fields=["calendar_key"])
    return calendar_token(user)


@transaction.atomic
def calendar_key_remove(*, user: User) -> None:
    """No feed address at all any more."""
    user.calendar_key = ""
    user.save(update_fields=["calendar_key"])
