"""Long reads never hang: a stalled reading is failed with its reason, kept to read again."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from documents.models import Document, Ingestion, IngestionStatus
from documents.tests.conftest import sample_text

pytestmark = pytest.mark.django_db


def _url(ingestion: Ingestion) -> str:
    return reverse("documents:ingestion", args=[ingestion.pk])


@pytest.fixture
def stuck(client_as, settings) -> Ingestion:
    """An upload whose worker died after page 6 of 6, twenty minutes ago."""
    client = client_as("coordinator")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.post(reverse("documents:import"),
                {"file": SimpleUploadedFile("ke-hoach-81.txt", sample_text())})
    ingestion = Ingestion.objects.get()
    Ingestion.objects.filter(pk=ingestion.pk).update(
        status=IngestionStatus.RUNNING, progress_done=6, progress_total=6,
        updated_at=timezone.now() - timedelta(minutes=20))
    return ingestion


def test_a_reading_that_stopped_moving_is_failed_with_the_reason(client_as, stuck) -> None:
    page = client_as("coordinator").get(_url(stuck)).content.decode()
    assert "Việc đọc tệp đã dừng giữa chừng" in page and "Đã đọc 6/6" not in page
    assert 'value="retry"' in page and 'value="delete"' in page
    stuck.refresh_from_db()
    assert (stuck.status, stuck.error) == (IngestionStatus.FAILED, "stalled")
    assert stuck.document is not None  # the file is kept, to read again


def test_a_reading_still_moving_is_left_alone(client_as, stuck) -> None:
    Ingestion.objects.filter(pk=stuck.pk).update(updated_at=timezone.now())
    page = client_as("coordinator").get(_url(stuck)).content.decode()
    assert "Đã đọc 6/6 trang." in page


def test_read_again_after_a_stall(client_as, stuck, settings,
                                  django_capture_on_commit_callbacks) -> None:
    client = client_as("coordinator")
    client.get(_url(stuck))
    settings.TASKS = {"default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(stuck), {"action": "retry"})
    assert response.status_code == 302
    stuck.refresh_from_db()
    assert stuck.status == IngestionStatus.READY and stuck.parsed["tasks"]


def test_delete_a_stalled_upload(client_as, stuck) -> None:
    client = client_as("coordinator")
    client.get(_url(stuck))
    response = client.post(_url(stuck), {"action": "delete"}, follow=True)
    assert "Đã xóa tệp tải lên." in response.content.decode()
    assert not Ingestion.objects.exists() and not Document.objects.exists()


def test_a_file_missing_from_storage_fails_with_a_message(client_as, upload, settings,
                                                         django_capture_on_commit_callbacks,
                                                         ) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_as("coordinator")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client.post(reverse("documents:import"),
                {"file": SimpleUploadedFile("ke-hoach-81.txt", sample_text())})
    ingestion = Ingestion.objects.get()
    ingestion.document.file.storage.delete(ingestion.document.file.name)
    from documents.tasks import read_document

    read_document.call(ingestion.pk)
    page = client.get(_url(ingestion)).content.decode()
    assert "Không tìm thấy tệp đã tải lên trên máy chủ" in page


@pytest.mark.parametrize("role", ["reporter", "viewer"])
def test_only_coordinators_retry_or_delete(client_as, stuck, role) -> None:
    assert client_as(role).post(_url(stuck), {"action": "delete"}).status_code == 403
    assert Ingestion.objects.filter(pk=stuck.pk).exists()
