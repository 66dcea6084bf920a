"""Reads about users and the audit trail."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Field as DjangoField
from django.db.models import Model, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kehoach.vntext.formats import vn_date

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


def _shown(field: DjangoField, raw: object) -> str:
    """A logged value as a person reads it: labels for choices, names for units, d/m/Y dates."""
    if raw in (None, "None", ""):
        return "—"
    text = str(raw)
    if field.choices:
        return str(dict(field.flatchoices).get(text, text))
    if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
        try:
            return vn_date(date.fromisoformat(text[:10]))
        except ValueError:
            return text
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=text).first()
        return str(related) if related is not None else f"#{text}"
    return text


def _changes(entry: LogEntry) -> list[Change]:
    """The changed fields of an update, skipping ids and reverse relations."""
    if entry.action != LogEntry.Action.UPDATE:
        return []
    model = entry.content_type.model_class()
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
        elif field.concrete and not field.primary_key and len(values) == 2:
            changes.append(Change(label, _shown(field, values[0]), _shown(field, values[1])))
    return changes


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
    return [
        HistoryEntry(
            timestamp=entry.timestamp,
            actor=str(entry.actor) if entry.actor else _("Hệ thống"),
            action=str(ACTION_LABELS.get(entry.action, ACTION_LABELS[LogEntry.Action.UPDATE])),
            subject="" if entry.content_type_id == own_type.pk else
            f"{entry.content_type.model_class()._meta.verbose_name}: {entry.object_repr}",
            changes=_changes(entry),
        )
        for entry in entries
    ]
