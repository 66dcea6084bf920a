"""A plan imported from its document names units that exist on the document's date."""

import pytest
from django.urls import reverse

from documents.importing import review as importing
from documents.tests.conftest import review_data, sample_text
from plans.models import Plan

pytestmark = pytest.mark.django_db


def test_a_2026_document_matched_to_an_ended_department_is_refused_naming_its_heirs(
        client_as, upload, unit) -> None:
    Plan.objects.filter(number="81", symbol="KH-UBND").delete()
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["plan"]["issued_on"] = "2026-05-06"  # the same plan, as if issued in 2026
    names = importing.unit_names(reviewed)
    dic = unit("ST-STTTT")
    choices = {f"unit-name-{i}": n for i, n in enumerate(names, 1)}
    choices |= {f"unit-choice-{i}": str(dic.pk) if n == "Sở Thông tin và Truyền thông" else ""
                for i, n in enumerate(names, 1)}
    response = client.post(reverse("documents:ingestion", args=[ingestion.pk]),
                           review_data(reviewed, action="confirm", **choices))
    assert response.status_code == 200
    assert ("Đơn vị Sở Thông tin và Truyền thông tỉnh Sóc Trăng đã chấm dứt từ 01/03/2025; "
            "đơn vị kế thừa: Sở Khoa học và Công nghệ thành phố Cần Thơ") in (
        response.content.decode())
    assert not Plan.objects.filter(number="81", symbol="KH-UBND").exists()
