"""Who may import plans and read documents: one answer for the pages and the import services.

Importing a plan is editing plans, so it is the coordinators' work (plans.permissions says who
they are); any coordinator may finish an import another started. Everybody logged in reads the
stored documents and their citations.
"""

from django.shortcuts import get_object_or_404

from accounts.permissions import Visitor
from documents.models import Document, Ingestion
from plans.permissions import can_edit_plans, check_can_edit_plans


def can_import_plans(user: Visitor) -> bool:
    return can_edit_plans(user)


def check_can_import_plans(user: Visitor) -> None:
    check_can_edit_plans(user)


def get_ingestion_for_user(user: Visitor, pk: int) -> Ingestion:
    """An upload and its reading, for coordinators only (403 before the lookup)."""
    check_can_import_plans(user)
    return get_object_or_404(Ingestion.objects.select_related("document", "plan"), pk=pk)


def get_document_for_user(user: Visitor, pk: int) -> Document:
    """A stored document; the login the views require is the only condition to read it."""
    return get_object_or_404(Document.objects.select_related("plan", "uploaded_by"), pk=pk)
