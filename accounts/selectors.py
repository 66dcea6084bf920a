"""Reads about users and the audit trail."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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


def _shown(value: object) -> str:
    return "—" if value in (None, "None", "") else str(value)


def _changes(entry: LogEntry) -> list[Change]:
    changes = []
    raw = entry.changes_dict
    for name, values in entry.changes_display_dict.items():
        if isinstance(values, dict):  # many-to-many: {"type": "m2m", "operation", "objects"}
            sign = "+" if values.get("operation") == "add" else "−"
            objects = ", ".join(str(o) for o in values.get("objects", []))
            changes.append(Change(str(name), "", f"{sign} {objects}"))
        elif len(values) == 2:
            changes.append(Change(str(name).capitalize(), _shown(values[0]), _shown(values[1])))
    if not changes and raw:
        changes = [Change(k, _shown(v[0]), _shown(v[1])) for k, v in raw.items()
                   if isinstance(v, list) and len(v) == 2]
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
