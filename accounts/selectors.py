"""Reads about users and the audit trail."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from auditlog.models import LogEntry
from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Field as DjangoField
from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import EMAIL_CHOICE_FIELDS
from kehoach.audit import ANONYMOUS, SYSTEM_KEY, TASK_PREFIX
from kehoach.vntext.formats import vn_date
from kehoach.vntext.text import collation_key, fold

if TYPE_CHECKING:
    from accounts.models import User

ACTION_LABELS = {
    LogEntry.Action.CREATE: gettext_lazy("Tạo mới"),
    LogEntry.Action.UPDATE: gettext_lazy("Sửa"),
    LogEntry.Action.DELETE: gettext_lazy("Xóa"),
    LogEntry.Action.ACCESS: gettext_lazy("Xem"),
}
HISTORY_LIMIT = 200


@dataclass
class Change:
    field: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    timestamp: datetime
    actor: str
    action: str
    subject: str
    changes: list[Change] = field(default_factory=list)
    address: str = ""


def actor_label(entry: LogEntry) -> str:
    """Who made a change: the person, else the command or task (kehoach.audit)."""
    if entry.actor is not None:
        return str(entry.actor)
    system = (entry.additional_data or {}).get(SYSTEM_KEY) if isinstance(
        entry.additional_data, dict) else None
    if system == ANONYMOUS:
        return _("người chưa đăng nhập")
    if system and system.startswith(TASK_PREFIX):
        return _("hệ thống: tác vụ %(name)s") % {"name": system.removeprefix(TASK_PREFIX)}
    if system:
        return _("hệ thống: %(name)s") % {"name": system}
    return _("Hệ thống")


BOOLEAN_LABELS = {"True": gettext_lazy("có"), "False": gettext_lazy("không")}
# Names of related rows already looked up while building one page of history.
Names = dict[tuple[type[Model], str], str]


def _shown(field: DjangoField, raw: object, names: Names | None = None) -> str:
    """A logged value as a person reads it: labels for choices, names for units, d/m/Y dates,
    "có"/"không" for yes and no."""
    if raw in (None, "None", ""):
        return "—"
    text = str(raw)
    if field.choices:
        return str(dict(field.flatchoices).get(text, text))
    if isinstance(field, models.BooleanField):
        return str(BOOLEAN_LABELS.get(text, text))
    if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
        try:
            return vn_date(date.fromisoformat(text[:10]))
        except ValueError:
            return text
    if isinstance(field, models.ForeignKey):
        names = {} if names is None else names
        # A resolved relation is a model class; "self" and names are resolved at start-up.
        related_model = cast(type[models.Model], field.related_model)
        key = (related_model, text)
        if key not in names:
            related = related_model._default_manager.filter(pk=text).first()
            names[key] = str(related) if related is not None else f"#{text}"
        return names[key]
    return text


def _changes(entry: LogEntry, *, created: bool = False,
             names: Names | None = None) -> list[Change]:
    """The changed fields of an update (and with `created`, the values a row was created
    with), skipping ids and reverse relations. A password is only said to have changed."""
    if entry.action != LogEntry.Action.UPDATE and not (
            created and entry.action == LogEntry.Action.CREATE):
        return []
    model = entry.content_type.model_class()
    if model is None:  # a model that no longer exists
        return []
    changes = []
    for name, values in (entry.changes_dict or {}).items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        label = str(getattr(field, "verbose_name", name)).capitalize()
        if isinstance(values, dict):  # many-to-many: {"type": "m2m", "operation", "objects"}
            sign = "+" if values.get("operation") == "add" else "−"
            objects = ", ".join(str(o) for o in values.get("objects", []))
            changes.append(Change(label, "", f"{sign} {objects}"))
        elif name == "password":
            changes.append(Change(label, "", str(_("đã đặt mật khẩu mới"))))
        elif field.concrete and not field.primary_key and len(values) == 2:
            changes.append(Change(label, _shown(field, values[0], names),
                                  _shown(field, values[1], names)))
    return changes


def _subject(entry: LogEntry) -> str:
    """"cập nhật tiến độ: II.2 · Sở …": what the entry is about, after its action."""
    model = entry.content_type.model_class()
    kind = model._meta.verbose_name if model is not None else entry.content_type.model
    return f"{kind}: {entry.object_repr}"


def history_for(
    obj: Model, *, related: Sequence[tuple[type[Model], str]] = ()
) -> list[HistoryEntry]:
    """Who changed what and when, for `obj` and for related rows that point at it.

    `related` names models whose log entries carry `obj`'s key in their additional
    data (a task's units carry `task_id`), so one page shows the whole story.
    """
    condition = Q(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
    for model, key in related:
        condition |= Q(
            content_type=ContentType.objects.get_for_model(model),
            **{f"additional_data__{key}": obj.pk},
        )
    entries = (
        LogEntry.objects.filter(condition)
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")[:HISTORY_LIMIT]
    )
    own_type = ContentType.objects.get_for_model(obj)
    names: Names = {}
    return [
        HistoryEntry(
            timestamp=entry.timestamp,
            actor=actor_label(entry),
            action=str(ACTION_LABELS.get(entry.action, ACTION_LABELS[LogEntry.Action.UPDATE])),
            subject="" if entry.content_type_id == own_type.pk else _subject(entry),
            changes=_changes(entry, names=names),
        )
        for entry in entries
    ]


def audit_entries(entries: Sequence[LogEntry]) -> list[HistoryEntry]:
    """Entries of the whole system's history, each naming what it is about, creations with
    the values they were made with, and the address a request came from."""
    names: Names = {}
    return [
        HistoryEntry(
            timestamp=entry.timestamp,
            actor=actor_label(entry),
            action=str(ACTION_LABELS.get(entry.action, ACTION_LABELS[LogEntry.Action.UPDATE])),
            subject=_subject(entry),
            changes=_changes(entry, created=True, names=names),
            address=entry.remote_addr or "",
        )
        for entry in entries
    ]


# --- The audit page: the whole system's history, and the failed log-ins ---------------------


def audited_models() -> list[tuple[str, str]]:
    """(app_label.model, its Vietnamese name) of every model whose changes are recorded."""
    from auditlog.registry import auditlog

    models_ = [(m._meta.label_lower, str(m._meta.verbose_name).capitalize())
               for m in auditlog.get_models()]
    return sorted(models_, key=lambda pair: collation_key(pair[1]))


def audit_log(*, model: str = "", actor: str = "") -> QuerySet[LogEntry]:
    """Every recorded change, newest first; `model` as "app_label.model", `actor` a user name
    or a part of a person's name, or of a command's ("report_reminders")."""
    entries = LogEntry.objects.select_related("actor", "content_type").order_by(
        "-timestamp", "-pk")
    if model and "." in model:
        app_label, name = model.split(".", 1)
        entries = entries.filter(content_type__app_label=app_label, content_type__model=name)
    if actor := actor.strip():
        entries = entries.filter(
            Q(actor__username__icontains=actor) | Q(actor__full_name__icontains=actor)
            | Q(**{f"additional_data__{SYSTEM_KEY}__icontains": actor}))
    return entries


def login_failures() -> QuerySet[AccessFailureLog]:
    """Failed log-ins, newest first; `locked_out` marks the one that locked the account."""
    return AccessFailureLog.objects.order_by("-attempt_time", "-pk")


def locked_now() -> QuerySet[AccessAttempt]:
    """Name and address pairs locked out at this moment (AXES_FAILURE_LIMIT failures within
    AXES_COOLOFF_TIME)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since,
    ).order_by("-attempt_time")


# --- An account's history: why it is deactivated, never deleted -------------------------------

# Rows that belong to the account itself and go with it: its memberships, its notices.
OWN_ROWS = frozenset({"accounts.membership", "reporting.notice"})


def user_history(user: Model) -> list[str]:
    """What the account has done that others rely on, by kind ("báo cáo của đơn vị", "lịch
    sử thay đổi"): every row that names it, but its own memberships and notices. Empty for
    an account that never did anything, which may be deleted."""
    found = []
    for relation in type(user)._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete
                and (relation.one_to_many or relation.one_to_one)):
            continue
        model = cast(type[models.Model], relation.related_model)
        if model._meta.label_lower in OWN_ROWS:
            continue
        if model._base_manager.filter(**{relation.field.name: user}).exists():  # type: ignore[union-attr]
            found.append(str(model._meta.verbose_name))
    return sorted(set(found), key=collation_key)


# --- People: the "Người dùng" pages ----------------------------------------------------------


def people_list(*, reach: set[int] | None, query: str = "", role: str = "",
                active: str = "") -> "QuerySet[User]":
    """The people a manager sees: everybody (reach None) or those with a unit in `reach`;
    `query` words of the name, log-in name, e-mail or phone, with or without their marks;
    `active` "1" or "0"."""
    from accounts.models import User

    people = User.objects.prefetch_related("units").order_by("full_name", "username")
    if reach is not None:
        people = people.filter(memberships__unit_id__in=list(reach)).distinct()
    for word in fold(query).split():
        people = people.filter(search_text__contains=word)
    if role:
        people = people.filter(role=role)
    if active in ("0", "1"):
        people = people.filter(is_active=active == "1")
    return people


INVITATION_LABELS = {
    "active": gettext_lazy("Đã kích hoạt"),
    "invited": gettext_lazy("Đã mời, chưa đặt mật khẩu"),
    "expired": gettext_lazy("Thư mời đã hết hạn"),
    "none": gettext_lazy("Chưa mời"),
}


def invitation_state(user: Model) -> str:
    """"active" once a password is set; "invited" while the link works; "expired" after
    INVITATION_MAX_AGE_DAYS; "none" for an account without password nor invitation."""
    from accounts.invitations import max_age

    if user.has_usable_password():  # type: ignore[attr-defined]
        return "active"
    invited_at = user.invited_at  # type: ignore[attr-defined]
    if invited_at is None:
        return "none"
    return "invited" if timezone.now() - invited_at <= max_age() else "expired"


def person_history(user: Model) -> list[HistoryEntry]:
    """The account's changes and its unit memberships added or removed, newest first."""
    from accounts.models import Membership

    return history_for(user, related=[(Membership, "user_id")])


def notice_email_kinds(user: "User") -> list[str]:
    """The kinds of notices the person has by e-mail now, as the profile's form shows them."""
    return [str(kind) for kind, field in EMAIL_CHOICE_FIELDS.items() if getattr(user, field)]
