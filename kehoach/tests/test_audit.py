"""Every change of state is in the history: each model that can change is audited, no code
writes an audited field around the history, and a change nobody made in a request names the
command or task that made it."""

import ast
import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import models

from kehoach import audit
from kehoach.audit import AuditedCommand, as_system, command_label
from records.models import Topic
from records.services import topic_create

ROOT = Path(settings.BASE_DIR)
PROJECT_APPS = ["kehoach", "units", "accounts", "plans", "documents", "records", "guidance",
                "indicators", "exports", "api", "reporting", "demo"]
# Models that change without an entry of their own, and why that loses nothing.
NOT_AUDITED = {
    "accounts.peopleimport": "an uploaded list of people and its preview; each account it "
                             "creates is audited under the person who confirmed it",
    "documents.ingestion": "a reading in progress (status, progress, the parsed JSON); the "
                           "document it reads and the plan it creates or updates are audited",
    "records.productimport": "an uploaded spreadsheet and its preview; each product it creates "
                             "is audited under the person who confirmed it",
    "reporting.submissionevent": "itself the record of a report's workflow, written once",
    "reporting.notice": "a message to one person; reading it changes nothing of the programme",
    "reporting.reminder": "itself the record of a reminder sent, written once",
    "records.planproduct": "the dashboard's copy of each plan's products, rewritten from the "
                           "products and task links, which are audited",
    "records.planproductstoken": "a random number redrawn with each change to that copy, "
                                 "to tell the dashboard its kept counts are stale",
}
# Writes that go around the model's save on purpose: (file, model, method) and why.
BULK_WRITES_ALLOWED = {
    ("reporting/services/drafts.py", "SubmissionSection", "bulk_create"):
        "the empty parts of a new draft, laid out from the form: the report's creation is "
        "audited, and so is every text typed into them",
    ("reporting/defaults.py", "FormSection", "bulk_create"):
        "the default report form, made once when the database is set up",
    ("records/services.py", "Language", "bulk_create"):
        "the list of languages, seeded once when the database is set up",
    ("units/import_services.py", "Unit", "bulk_create"):
        "the communes of the official catalogue: kehoach.audit.log_created writes each new "
        "unit's creation entry, as a save would",
}
WRITES = {"update", "bulk_create", "bulk_update"}


def project_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS]


def test_every_model_that_can_change_is_audited() -> None:
    labels = {m._meta.label_lower for m in project_models()}
    missing = sorted(label for label in labels - set(NOT_AUDITED)
                     if not auditlog.contains(apps.get_model(label)))
    assert missing == []
    assert set(NOT_AUDITED) <= labels  # no reason kept for a model that is gone
    # Rights given through groups are audited too.
    assert auditlog.contains(apps.get_model("auth.group"))


def _audited_fields(model: type[models.Model]) -> set[str]:
    fields = auditlog.get_model_fields(model)
    names = {f.name for f in model._meta.concrete_fields}
    if fields["include_fields"]:
        names &= set(fields["include_fields"])
    return names - set(fields["exclude_fields"])


def _manager_model(node: ast.expr) -> str | None:
    """"Product" for `Product.objects.filter(...).update`, else None."""
    while isinstance(node, ast.Call | ast.Attribute):
        if (isinstance(node, ast.Attribute) and node.attr in {"objects", "_base_manager"}
                and isinstance(node.value, ast.Name)):
            return node.value.id
        node = node.func if isinstance(node, ast.Call) else node.value
    return None


def _sources() -> list[Path]:
    found = []
    for app in PROJECT_APPS:
        for path in (ROOT / app).rglob("*.py"):
            parts = set(path.relative_to(ROOT).parts)
            if not parts & {"tests", "migrations", "ingest", "vntext"}:
                found.append(path)
    return found


def test_no_code_writes_an_audited_field_around_the_history() -> None:
    """QuerySet.update, bulk_create and bulk_update send no signal, so auditlog never sees
    them: on an audited model they may only touch fields the history leaves out."""
    by_name = {m.__name__: m for m in project_models()}
    offences = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in WRITES):
                continue
            model = by_name.get(_manager_model(node.func.value) or "")
            if model is None or not auditlog.contains(model):
                continue
            if (relative, model.__name__, node.func.attr) in BULK_WRITES_ALLOWED:
                continue
            touched = {k.arg for k in node.keywords if k.arg}
            if node.func.attr == "update" and not touched & _audited_fields(model):
                continue
            offences.append(f"{relative}:{node.lineno} {model.__name__}.{node.func.attr}")
    assert offences == []


def test_the_checks_see_the_writes_they_are_about() -> None:
    """The scan finds writes where they are: it knows the three allowed ones."""
    seen = set()
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in WRITES):
                seen.add((relative, _manager_model(node.func.value), node.func.attr))
    assert set(BULK_WRITES_ALLOWED) <= seen


def test_every_command_of_the_project_names_itself_in_the_history() -> None:
    commands = []
    for app in PROJECT_APPS:
        folder = ROOT / app / "management" / "commands"
        for info in pkgutil.iter_modules([str(folder)]):
            module = importlib.import_module(f"{app}.management.commands.{info.name}")
            commands.append((info.name, issubclass(module.Command, AuditedCommand)))
    assert commands and [name for name, audited in commands if not audited] == []


def test_the_labels_are_what_their_examples_say() -> None:
    assert doctest.testmod(audit).failed == 0


@pytest.mark.django_db
def test_a_change_outside_a_request_names_the_command_or_the_process() -> None:
    with as_system(command_label("report_reminders")):
        topic = topic_create(name="Quyền của người khuyết tật")
    entry = LogEntry.objects.get_for_object(topic).get()
    assert entry.actor is None
    assert entry.additional_data["system"] == "manage.py report_reminders"
    # Without a command or task saying so, the process's own name: never blank.
    other = topic_create(name="Quyền trẻ em")
    assert LogEntry.objects.get_for_object(other).get().additional_data["system"]


class Command(AuditedCommand):
    def handle(self, *args: object, **options: object) -> None:
        topic_create(name="Bình đẳng giới")


@pytest.mark.django_db
def test_an_audited_command_names_itself() -> None:
    call_command(Command())
    entry = LogEntry.objects.get_for_object(Topic.objects.get(name="Bình đẳng giới")).get()
    assert entry.additional_data["system"] == "manage.py test_audit"


@pytest.mark.django_db
def test_a_third_party_command_is_named_by_its_command_line(monkeypatch) -> None:
    monkeypatch.setattr("sys.argv", ["manage.py", "createsuperuser", "--noinput"])
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "Mot-mat-khau-rat-dai-2025")
    call_command("createsuperuser", interactive=False, username="quantri2",
                 email="quantri2@example.gov.vn", verbosity=0)
    entry = LogEntry.objects.filter(content_type__model="user", object_repr="quantri2").get()
    assert entry.additional_data["system"] == "manage.py createsuperuser"
    assert entry.changes_dict["is_superuser"] == ["None", "True"]
    assert "Mot-mat-khau" not in entry.changes_text + str(entry.changes)
    assert entry.changes_dict["password"] == ["", "********"]
    assert BaseCommand  # the base all our commands replace with AuditedCommand
