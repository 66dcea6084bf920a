"""documents.permissions: plan imports are the coordinators'; documents are read by all."""

import pytest
from django.core.files.base import ContentFile

from accounts.models import User
from documents import permissions
from documents.models import Document, Ingestion, IngestionStatus
from tests.access import VISITORS, answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingestion(coordinator: User, plan) -> Ingestion:
    document = Document.objects.create(
        file=ContentFile("Kế hoạch 81/KH-UBND".encode(), name="kh-81.txt"),
        original_name="kh-81.txt", size=21, sha256="1" * 64, plan=plan, uploaded_by=coordinator)
    return Ingestion.objects.create(document=document, original_name="kh-81.txt",
                                    status=IngestionStatus.READY, created_by=coordinator)


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_only_coordinators_import_plans(visitor, ingestion: Ingestion,
                                                name: str) -> None:
    user = visitor(name)
    coordinator = name in ("administrator", "coordinator")
    assert permissions.can_import_plans(user) is coordinator
    assert answer(lambda: permissions.get_ingestion_for_user(user, ingestion.pk)
                  ) == (200 if coordinator else 403)
    assert ingestion.document is not None
    assert answer(lambda: permissions.get_document_for_user(user, ingestion.document.pk)) == 200
