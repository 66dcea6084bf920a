"""An imported plan keeps what it is for: its "Mục đích, yêu cầu" and general goal, shown on
the plan's page beside its targets and tasks, and editable there."""

import pytest
from django.urls import reverse

from documents.importing import review as importing
from documents.tests.conftest import review_data, sample_text
from plans.models import Plan

pytestmark = pytest.mark.django_db


def test_the_imported_plan_keeps_and_shows_its_purposes_and_requirements(
        client_as, upload) -> None:
    Plan.objects.filter(number="81", symbol="KH-UBND").delete()
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    client.post(reverse("documents:ingestion", args=[ingestion.pk]),
                review_data(reviewed, action="confirm"))
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    assert plan.purposes.startswith("Triển khai có hiệu quả Quyết định số 1079/QĐ-TTg")
    assert plan.requirements.splitlines()[0].startswith("Tạo mạch tuyên truyền xuyên suốt")
    assert len(plan.requirements.splitlines()) == 2 and plan.general_goals == ""
    page = client_as("viewer").get(plan.get_absolute_url()).text
    assert "Mục đích, yêu cầu" in page and "<li>Duy trì và nâng cao công tác phối hợp" in page
