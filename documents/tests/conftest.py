"""Uploading plan documents through the import pages."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from documents.models import Ingestion

DOCUMENTS = Path(__file__).resolve().parents[2] / "kehoach" / "ingest" / "tests" / "documents"
SAMPLE = DOCUMENTS / "soctrang-81-KH-UBND-2024.txt"


def sample_text() -> bytes:
    """The Sóc Trăng plan; the copy kept in the repository, or the shared one."""
    for path in (SAMPLE, Path("/work/shared/samples/soctrang-81-KH-UBND-2024.txt")):
        if path.exists():
            return path.read_bytes()
    pytest.fail("the Sóc Trăng sample is missing from kehoach/ingest/tests/documents")


@pytest.fixture
def upload(django_capture_on_commit_callbacks) -> Callable[..., Ingestion]:
    """Posts a file to the import page and runs the reading task, as the runner would."""

    def post(client: Client, name: str, data: bytes) -> Ingestion:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("documents:import"),
                                   {"file": SimpleUploadedFile(name, data)})
        assert response.status_code in (200, 302), response.status_code
        return Ingestion.objects.order_by("-pk").first()

    return post


def review_data(reviewed: dict[str, Any], **extra: str) -> dict[str, str]:
    """The review form as a browser would post it, from the values on the page."""
    data: dict[str, str] = {}
    for key, value in reviewed["plan"].items():
        data[f"plan-{key}"] = "" if value is None else str(value)
    for prefix, items in (("task", reviewed["tasks"]), ("target", reviewed["targets"])):
        data[f"{prefix}-TOTAL_FORMS"] = str(len(items))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(items))
        for index, item in enumerate(items):
            for key, value in item.items():
                if key == "include":
                    if value:
                        data[f"{prefix}-{index}-include"] = "on"
                    continue
                data[f"{prefix}-{index}-{key}"] = "" if value is None else str(value)
    data.update(extra)
    return data
