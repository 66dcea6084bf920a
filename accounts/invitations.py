"""Invitation links: one-time, expiring links to set a first password.

The token is Django's password-reset token with its own salt and lifetime
(INVITATION_MAX_AGE_DAYS, 7 by default). It is computed from the password hash and the last
log-in, so it stops working the moment the password is set (single use); and from the time
of the invitation and the active flag, so a new invitation or switching the account off ends
it too.
A password reset link (PASSWORD_RESET_TIMEOUT) is a different token: neither opens the other.
"""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import override

from accounts.models import User


def max_age() -> timedelta:
    return timedelta(days=settings.INVITATION_MAX_AGE_DAYS)


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "accounts.invitations.InvitationTokenGenerator"

    def _make_hash_value(self, user: Any, timestamp: int) -> str:
        # With its microseconds (SQLite and PostgreSQL keep them): two invitations sent in
        # the same second still make two different links.
        invited = "" if user.invited_at is None else user.invited_at.isoformat()
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}{invited}"

    def check_token(self, user: Any, token: str | None) -> bool:
        """Django's check, with the invitation's own lifetime instead of the reset's."""
        if not (user and token and "-" in token):
            return False
        try:
            timestamp = base36_to_int(token.split("-", 1)[0])
        except ValueError:
            return False
        if not any(constant_time_compare(self._make_token_with_timestamp(user, timestamp,
                                                                         secret), token)
                   for secret in [self.secret, *self.secret_fallbacks]):
            return False
        age = self._num_seconds(self._now()) - timestamp
        return 0 <= age <= max_age().total_seconds()


invitation_tokens = InvitationTokenGenerator()


def invitation_path(user: User) -> str:
    """The set-password page of this invitation, with its user id and token."""
    return reverse("invitation_accept", kwargs={
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": invitation_tokens.make_token(user)})


def absolute_url(path: str) -> str:
    return f"{str(settings.SITE_URL).rstrip('/')}{path}"


def invitation_email(user: User, *, inviter: User) -> mail.EmailMessage:
    """The e-mail, in the invited person's language, with the link and its expiry."""
    with override(user.language or settings.LANGUAGE_CODE):
        context = {"user": user, "inviter": inviter, "link": absolute_url(invitation_path(user)),
                   "days": settings.INVITATION_MAX_AGE_DAYS,
                   "expires": timezone.localtime(timezone.now() + max_age()),
                   "login": absolute_url(reverse("login"))}
        subject = _("Mời tham gia hệ thống kehoach")
        body = render_to_string("accounts/email/invitation.txt", context)
    return mail.EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def send(messages: list[mail.EmailMessage]) -> None:
    """Over one connection; a mail server that refuses raises, and the caller says so."""
    if messages:
        with mail.get_connection() as connection:
            connection.send_messages(messages)
