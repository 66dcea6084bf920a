"""Telling people about their reports: a notice in the app and, where they gave an address,
an e-mail through Django's mail settings.

The notice is the record; the e-mail is a courtesy, sent to those who chose that kind of notice
by e-mail on their profile (accounts.NoticeKind). E-mails leave only once the transaction
that decided them has committed, so a refused or rolled-back step never writes to anybody,
and a mail server that is down is logged, never turned into a failed approval.
"""

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts.models import NoticeKind, Role, User
from reporting.models import Notice
from reporting.permissions import check_is_addressee
from units.models import Unit

logger = logging.getLogger(__name__)

NOTICE_TEMPLATE = "reporting/email/notice.txt"
NOTICE_TEXT_LENGTH = Notice._meta.get_field("text").max_length or 500


@dataclass(frozen=True)
class Message:
    """One notice for a group of users, with the e-mail written from `template`."""

    users: Sequence[User]
    subject: str
    text: str
    url: str = ""
    kind: str = ""  # a NoticeKind: who gets the e-mail follows their choice for it
    template: str = NOTICE_TEMPLATE
    context: Mapping[str, Any] = field(default_factory=dict)


def unit_reporters(unit: Unit | int) -> QuerySet[User]:
    """The people who write a unit's report: its active members with the reporter role."""
    return User.objects.filter(is_active=True, role=Role.REPORTER,
                               memberships__unit=unit).distinct().order_by("pk")


def already_told(url: str, user_ids: Iterable[int]) -> set[int]:
    """Which of these users already have a notice leading to `url`: news to the others only."""
    return set(Notice.objects.filter(url=url, user_id__in=list(user_ids))
               .values_list("user_id", flat=True))


def absolute_url(path: str) -> str:
    """An address a mail reader can open: SITE_URL (when set) before the site's own path."""
    base = str(getattr(settings, "SITE_URL", "")).rstrip("/")
    return f"{base}{path}" if path.startswith("/") else path


def notify_users(users: Iterable[User], *, subject: str, text: str, url: str,
                 kind: NoticeKind | str = "", template: str = NOTICE_TEMPLATE,
                 context: Mapping[str, Any] | None = None) -> int:
    """A notice for each of `users`, and an e-mail to those with an address who want
    notices of `kind` by e-mail.

    Returns how many people were told (notices created).
    """
    return deliver([Message(users=list(users), subject=subject, text=text, url=url,
                            kind=str(kind), template=template, context=context or {})])


def deliver(messages: Sequence[Message]) -> int:
    """Many messages at once: one insert for all the notices, one mail connection."""
    now = timezone.now()
    notices = [Notice(user=user, text=_shorten(message.text), url=message.url, created_at=now)
               for message in messages for user in message.users]
    Notice.objects.bulk_create(notices)
    emails = [_email(message, user) for message in messages for user in message.users
              if user.wants_email(message.kind)]
    if emails:
        transaction.on_commit(lambda: _send(emails))
    return len(notices)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= NOTICE_TEXT_LENGTH:
        return text
    return text[:NOTICE_TEXT_LENGTH - 1] + "…"


def _email(message: Message, user: User) -> mail.EmailMessage:
    """The letter in the reader's own language (their profile's), whoever caused it."""
    with translation.override(user.language or settings.LANGUAGE_CODE):
        body = render_to_string(message.template, {
            **message.context, "user": user, "text": message.text,
            "link": absolute_url(message.url) if message.url else "",
        })
    return mail.EmailMessage(subject=" ".join(message.subject.split()), body=body,
                             to=[user.email])


def _send(emails: list[mail.EmailMessage]) -> None:
    """Send after commit; a failing mail server is logged, the notices stay."""
    try:
        with mail.get_connection(fail_silently=False) as connection:
            connection.send_messages(emails)
    except Exception:
        logger.exception("could not send %d e-mail(s) about reports", len(emails))


@transaction.atomic
def notice_read(*, user: User, notice: Notice) -> Notice:
    """Mark one of the user's own notices read (again is harmless)."""
    check_is_addressee(user, notice)
    if notice.read_at is None:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at"])
    return notice


@transaction.atomic
def notices_read_all(*, user: User) -> int:
    """Mark all the user's unread notices read; returns how many."""
    return Notice.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())


def unread_count(user: User) -> int:
    return Notice.objects.filter(user=user, read_at__isnull=True).count()


def user_notices(user: User) -> QuerySet[Notice]:
    """Unread first, newest first within each."""
    return Notice.objects.filter(user=user).order_by(
        F("read_at").desc(nulls_first=True), "-created_at", "-pk")
