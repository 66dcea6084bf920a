"""documents.permissions: plan imports are the coordinators'; documents are read by all."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import User
from documents import permissions, services
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


@pytest.mark.parametrize("name", ["own_reporter", "viewer"])
def test_the_import_services_refuse_whoever_may_not_import(visitor, ingestion: Ingestion,
                                                         name: str) -> None:
    """The services ask the same rule as the pages, for any caller."""
    user = visitor(name)
    upload = SimpleUploadedFile("ke-hoach-81.txt", "KẾ HOẠCH\nTriển khai Đề án".encode())
    assert answer(lambda: services.ingestion_start(user=user, upload=upload)) == 403
    assert answer(lambda: services.ingestion_delete(user=user, ingestion=ingestion)) == 403
    assert Ingestion.objects.filter(pk=ingestion.pk).exists()
