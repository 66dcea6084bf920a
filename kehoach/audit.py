"""Who made a change when nobody is logged in: a command, a background task, a visitor.

Every change of an audited model writes an auditlog entry; in a request the audit middleware
names the person logged in. Outside a request there is nobody to name, so the entry names what
made the change instead, under "system" in its additional data: "manage.py report_reminders",
"task reporting.tasks.merge_period". No entry is left without one or the other by accident:
when no command or task said who it is, the process's own command line is used
("manage.py changepassword"), and a request with nobody logged in is named as such.

    with as_system(command_label("backup")):
        ...  # every entry written here names "manage.py backup"
"""

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar, Token
from pathlib import Path
from typing import Any

from auditlog.context import auditlog_value
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Model

SYSTEM_KEY = "system"
ANONYMOUS = "anonymous"
TASK_PREFIX = "task "

_system: ContextVar[str | None] = ContextVar("kehoach_audit_system", default=None)
_task_tokens: dict[Any, Token[str | None]] = {}


@contextmanager
def as_system(label: str) -> Iterator[None]:
    """Name `label` in the history of every change made inside the block without a person."""
    token = _system.set(label)
    try:
        yield
    finally:
        _system.reset(token)


def command_label(name: str) -> str:
    return f"manage.py {name}"


def task_label(path: str) -> str:
    return TASK_PREFIX + path


def process_label(argv: list[str] | None = None) -> str:
    """What this process is, from its command line.

    >>> process_label(["manage.py", "changepassword", "quantri"])
    'manage.py changepassword'
    >>> process_label(["/srv/kehoach/.venv/bin/gunicorn", "kehoach.wsgi"])
    'gunicorn'
    """
    argv = sys.argv if argv is None else argv
    program = Path(argv[0]).name if argv and argv[0] else "python"
    if program in {"manage.py", "django-admin"} and len(argv) > 1:
        return command_label(argv[1])
    return program


def _live_context() -> dict[str, Any] | None:
    """auditlog's context of the request or `set_actor` block we are in, if any.

    auditlog leaves its last context in place when the block ends and only disconnects the
    receiver that applies it, so a context counts while that receiver is connected.
    """
    from django.db.models.signals import pre_save

    context = auditlog_value.get(None)
    if not context:
        return None
    duid = context.get("signal_duid")
    live = any(entry[0][0] == duid for entry in pre_save.receivers)
    return context if live else None


def current_label() -> str | None:
    """The label an entry written now would get, or None when a person is named."""
    context = _live_context()
    if context and context.get("actor") is not None:
        return None
    if label := _system.get():
        return label
    if context and "remote_addr" in context:  # a request, with nobody logged in
        return ANONYMOUS
    return process_label()


def name_the_system(sender: type, instance: Any, **kwargs: Any) -> None:
    """pre_save of auditlog's LogEntry: an entry without a person names what made it.

    An entry loaded as it was (a restore: `raw`) or already naming its maker keeps it."""
    data = instance.additional_data
    if (instance.actor_id is not None or kwargs.get("raw")
            or (isinstance(data, dict) and SYSTEM_KEY in data)):
        return
    label = current_label()
    if label is not None:
        instance.additional_data = {**(instance.additional_data or {}), SYSTEM_KEY: label}


def task_started(sender: type, task_result: Any, **kwargs: Any) -> None:
    _task_tokens[task_result.id] = _system.set(task_label(task_result.task.module_path))


def task_finished(sender: type, task_result: Any, **kwargs: Any) -> None:
    token = _task_tokens.pop(task_result.id, None)
    if token is not None:
        # Finished in another context than it started: there is nothing to undo.
        with suppress(ValueError):
            _system.reset(token)


def connect() -> None:
    from auditlog.models import LogEntry
    from django.db.models.signals import pre_save
    from django_tasks.signals import task_finished as finished
    from django_tasks.signals import task_started as started

    pre_save.connect(name_the_system, sender=LogEntry, dispatch_uid="kehoach.audit.system")
    started.connect(task_started, dispatch_uid="kehoach.audit.task_started")
    finished.connect(task_finished, dispatch_uid="kehoach.audit.task_finished")


class AuditedCommand(BaseCommand):
    """A management command whose changes name it in the history: "manage.py <name>"."""

    def execute(self, *args: Any, **options: Any) -> str | None:
        name = type(self).__module__.rsplit(".", 1)[-1]
        with as_system(command_label(name)):
            return super().execute(*args, **options)


def mask_secret(value: str) -> str:
    """How a password (its hash) is written in the history: that there is one, nothing of it.

    >>> mask_secret("argon2$argon2id$v=19$m=102400,t=2,p=8$c2FsdA$aGFzaA")
    '********'
    >>> mask_secret("")
    ''
    """
    return "********" if value and value != "None" else ""


def audited_update(model: type[Model], pk: Any, *, where: dict[str, Any] | None = None,
                   **fields: Any) -> bool:
    """Set `fields` on one row and save them through the model, so the history has their
    values before and after; `QuerySet.update` would leave no trace. `where` adds conditions
    the row must still meet (a status), checked under a row lock. False if it did not."""
    with transaction.atomic():
        row = model._base_manager.select_for_update().filter(pk=pk, **(where or {})).first()
        if row is None:
            return False
        for name, value in fields.items():
            setattr(row, name, value)
        row.save(update_fields=list(fields))
    return True


def log_created(instances: Sequence[Model]) -> None:
    """Write the creation entries of rows made by `bulk_create`, which sends no signals.

    Each entry is what a save would have written: the same changes, and the person or the
    command of the moment through the same pre_save receivers (auditlog's actor, and
    `name_the_system`); they are inserted together, so importing 3,000 communes stays fast.
    """
    from auditlog.cid import get_cid
    from auditlog.diff import model_instance_diff
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.db.models.signals import pre_save

    entries = []
    cid = get_cid()
    for instance in instances:
        # The row's own columns, as a save logs them; asking every reverse relation too would
        # cost a query per row and find nothing on a row just made.
        columns = [f.name for f in instance._meta.concrete_fields]
        entry = LogEntry(
            content_type=ContentType.objects.get_for_model(instance),
            object_pk=str(instance.pk), object_id=instance.pk, object_repr=str(instance),
            action=LogEntry.Action.CREATE,
            changes=model_instance_diff(None, instance, fields_to_check=columns), cid=cid,
        )
        pre_save.send(sender=LogEntry, instance=entry, raw=False, using="default",
                      update_fields=None)
        entries.append(entry)
    LogEntry.objects.bulk_create(entries, batch_size=500)
