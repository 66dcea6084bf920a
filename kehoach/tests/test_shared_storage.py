"""Uploaded files in an S3-compatible store (settings: S3_BUCKET, S3_ENDPOINT_URL), so that
several app servers share them: a plan document is kept there and read back by the task that
parses it, a product's attachment is kept there and downloaded through the app.

The store is moto's S3 server on a local port: the S3 HTTP API that MinIO or a provider
speaks, driven by the same django-storages and boto3 as in production.
"""

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.server import ThreadedMotoServer

from accounts.models import User
from documents.services import ingestion_start
from kehoach.tests.live import free_port
from records.models import Language
from records.services import product_create
from units.models import Unit

pytestmark = pytest.mark.django_db
BUCKET = "kehoach-tep-tai-len"
PLAN = (Path(__file__).resolve().parents[1] / "ingest" / "tests" / "documents"
        / "soctrang-81-KH-UBND-2024.txt")
KEYS = {"aws_access_key_id": "kehoach-test", "aws_secret_access_key": "kehoach-test-secret"}


@pytest.fixture
def bucket(settings: Any) -> Iterator[Any]:
    """The default storage on a bucket of a local S3 server; the bucket's client."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **KEYS)
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"bucket_name": BUCKET, "endpoint_url": endpoint, "region_name": "us-east-1",
                    "access_key": KEYS["aws_access_key_id"],
                    "secret_key": KEYS["aws_secret_access_key"], "file_overwrite": False}}}
    try:
        yield client
    finally:
        server.stop()


def _keys(client: Any) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_a_plan_is_kept_in_the_store_and_read_from_it(
        bucket: Any, coordinator: User, django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        ingestion = ingestion_start(user=coordinator, upload=SimpleUploadedFile(
            "ke-hoach-81.txt", PLAN.read_bytes()))
    ingestion.refresh_from_db()
    assert ingestion.status == "ready", ingestion.error
    assert [key for key in _keys(bucket) if key.startswith("documents/")] == [
        ingestion.document.file.name]


def test_an_attachment_is_kept_in_the_store_and_downloaded_through_the_app(
        bucket: Any, reporter: User, client_as: Any) -> None:
    product = product_create(
        user=reporter, languages=[Language.objects.get(code="vi")],
        unit=Unit.objects.get(code="ST-BAO"), title="Trang 3 báo in: quyền con người",
        kind="article", channel="print", published_on=date(2024, 6, 3),
        file=SimpleUploadedFile("trang-3-bao-in.pdf", b"%PDF-1.4 trang 3", "application/pdf"))
    assert product.file.name in _keys(bucket)
    response = client_as("reporter").get(reverse("records:product_file", args=[product.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 trang 3"
    bucket.delete_object(Bucket=BUCKET, Key=product.file.name)
    assert client_as("reporter").get(
        reverse("records:product_file", args=[product.pk])).status_code == 404
