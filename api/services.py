"""Creating, revoking and checking API tokens.

The secret exists only in the response that creates it; the database keeps its SHA-256. A
plain hash is enough (no salt, no slow hash) because the secret is 40 random characters, not a
password a person chose: nobody can guess it from its hash.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from api.models import ApiToken
from api.permissions import check_can_manage_tokens
from units.models import Unit

SECRET_PREFIX = "kh_"  # noqa: S105 - a marker in front of every secret, not a secret
PREFIX_LENGTH = 8
# Longer secrets than any we issue are refused before hashing: no work for junk headers.
MAX_SECRET_LENGTH = 128
# Writing the time of use on every request would make each API call a database write.
LAST_USED_PRECISION = timedelta(minutes=1)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def token_create(*, user: User, unit: Unit, name: str) -> tuple[ApiToken, str]:
    """A new token for `unit`, and its secret: the only time anybody sees it."""
    check_can_manage_tokens(user, unit)
    secret = SECRET_PREFIX + secrets.token_urlsafe(30)
    token = ApiToken(unit=unit, name=name.strip(), prefix=secret[:PREFIX_LENGTH],
                     key_hash=hash_secret(secret), created_by=user)
    token.full_clean()
    token.save()
    return token, secret


@transaction.atomic
def token_revoke(*, user: User, token: ApiToken) -> ApiToken:
    check_can_manage_tokens(user, token.unit_id)
    if token.revoked_at is not None:
        raise ValidationError(_("Mã này đã bị thu hồi."))
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    return token


def token_authenticate(secret: str) -> ApiToken | None:
    """The live token whose secret this is, or None.

    The lookup goes by the visible prefix and the hashes are compared in constant time, so
    response times tell an attacker nothing about how much of a guess was right. A token stops
    working when it is revoked and when its creator's account is removed or disabled, since
    it acts on that person's behalf.
    """
    secret = secret.strip()
    if not secret.startswith(SECRET_PREFIX) or len(secret) > MAX_SECRET_LENGTH:
        return None
    wanted = hash_secret(secret)
    candidates = ApiToken.objects.select_related("unit", "created_by").filter(
        prefix=secret[:PREFIX_LENGTH], revoked_at__isnull=True)
    token = next((c for c in candidates if hmac.compare_digest(c.key_hash, wanted)), None)
    if token is None or token.created_by is None or not token.created_by.is_active:
        return None
    _touch(token)
    return token


def _touch(token: ApiToken) -> None:
    """Note the time of use, at most once a minute, without an entry in the history."""
    now = timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_PRECISION:
        return
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
