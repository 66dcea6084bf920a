"""Importing a plan's document again updates the plan in place and loses nothing unasked."""

from datetime import date

import pytest
from django.urls import reverse

from documents.importing import review as importing
from documents.models import Ingestion, IngestionStatus
from documents.tests.conftest import review_data, sample_text
from indicators.models import Indicator
from indicators.services import indicator_create
from plans.models import Plan, ProgressUpdate, Target, Task
from plans.services import progress_record
from records.models import Language
from records.services import product_create

pytestmark = pytest.mark.django_db


def _url(ingestion: Ingestion) -> str:
    return reverse("documents:ingestion", args=[ingestion.pk])


@pytest.fixture
def worked_plan(client_as, upload, coordinator, lead_reporter, unit) -> Plan:
    """Plan 81 as its document imports it, then work hung on its ids: an indicator on its
    target, a progress entry and a product on task II.1."""
    Plan.objects.filter(number="81", symbol="KH-UBND").delete()
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    assert client.post(_url(ingestion), review_data(reviewed, action="confirm")).status_code == 302
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    indicator_create(user=coordinator, target=plan.targets.get(), name="Số đại biểu được tập huấn",
                     method="participants", participant_groups=["key_officials"])
    task = plan.tasks.get(code="II.1")
    product_create(user=coordinator, unit=unit("ST-BAO"), kind="article", channel="online",
                   title="Quyền con người trong Hiến pháp 2013", published_on=date(2024, 6, 3),
                   languages=Language.objects.filter(code="vi"), tasks=[task])
    progress_record(user=lead_reporter, task=task, unit=unit("ST-STTTT"),
                    reported_on=date(2024, 6, 10), status="in_progress", percent=40,
                    note="Đã đăng 12 tin, bài.")
    return plan


def _ids(plan: Plan) -> tuple[dict[str, int], list[int]]:
    return ({t.code: t.pk for t in plan.tasks.all()},
            list(plan.targets.values_list("pk", flat=True)))


def test_the_same_document_again_changes_nothing_and_keeps_every_id(
        client_as, upload, worked_plan) -> None:
    tasks_before, targets_before = _ids(worked_plan)
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    page = client.get(_url(ingestion)).content.decode()
    assert "Văn bản không khác gì so với kế hoạch đã có." in page
    reviewed = importing.review_initial(ingestion.parsed)
    response = client.post(_url(ingestion), review_data(reviewed, action="confirm"), follow=True)
    assert "Đã cập nhật kế hoạch 81/KH-UBND: không có gì thay đổi." in response.content.decode()
    assert _ids(worked_plan) == (tasks_before, targets_before)
    assert Indicator.objects.filter(target_id=targets_before[0]).exists()
    task = worked_plan.tasks.get(code="II.1")
    assert task.progress_updates.count() == 1 and task.recorded_products.count() >= 1


def test_a_corrected_document_updates_in_place_with_before_and_after(
        client_as, upload, worked_plan) -> None:
    tasks_before, targets_before = _ids(worked_plan)
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["tasks"][0]["title"] += " trên các phương tiện thông tin đại chúng"
    reviewed["targets"][0]["value"] = 80
    reviewed["targets"][0]["text"] = reviewed["targets"][0]["text"].replace("70", "80", 1)
    client.post(_url(ingestion), review_data(reviewed, action="save"))
    page = client.get(_url(ingestion)).content.decode()
    assert "trên các phương tiện thông tin đại chúng</ins>" in page
    assert "<del>70</del> → <ins>80</ins>" in page
    response = client.post(_url(ingestion), review_data(reviewed, action="confirm"), follow=True)
    assert "01 nhiệm vụ sửa, 01 chỉ tiêu sửa." in response.content.decode()
    assert _ids(worked_plan) == (tasks_before, targets_before)
    target = Target.objects.get(pk=targets_before[0])
    assert target.value == 80 and target.text.startswith("80 đại biểu")
    assert target.indicator.participant_groups == ["key_officials"]


def test_tasks_renumbered_by_an_inserted_task_keep_their_work(
        client_as, upload, worked_plan) -> None:
    tasks_before, _targets = _ids(worked_plan)
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    inserted = {**reviewed["tasks"][0], "title": "Xây dựng chuyên trang quyền con người trên "
                "Cổng thông tin điện tử tỉnh", "products": "Chuyên trang"}
    renumbered = [inserted, *reviewed["tasks"][:2]]
    for task, code in zip(renumbered, ["II.1", "II.2", "II.3"], strict=True):
        task["code"] = code
    reviewed["tasks"] = [*renumbered, *reviewed["tasks"][2:]]
    response = client.post(_url(ingestion), review_data(reviewed, action="confirm"), follow=True)
    page = response.content.decode()
    assert "01 nhiệm vụ mới, 02 nhiệm vụ sửa." in page
    moved = Task.objects.get(pk=tasks_before["II.1"])
    assert moved.code == "II.2" and moved.progress_updates.count() == 1
    assert Task.objects.get(pk=tasks_before["II.2"]).code == "II.3"
    assert worked_plan.tasks.get(code="II.1").title.startswith("Xây dựng chuyên trang")


def test_removing_a_task_with_work_asks_first_and_says_what_is_lost(
        client_as, upload, worked_plan) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["tasks"][0]["include"] = False  # II.1 carries progress and a product
    reviewed["tasks"][4]["include"] = False  # II.3.c carries nothing
    client.post(_url(ingestion), review_data(reviewed, action="save"))
    page = client.get(_url(ingestion)).content.decode()
    assert "sẽ mất: 01 cập nhật tiến độ, liên kết với 01 sản phẩm" in page
    assert 'name="accept_losses"' in page
    refused = client.post(_url(ingestion), review_data(reviewed, action="confirm"))
    assert refused.status_code == 200
    assert "xóa chúng sẽ mất dữ liệu đã ghi nhận" in refused.content.decode()
    assert worked_plan.tasks.count() == 5 and ProgressUpdate.objects.count() == 1
    ingestion.refresh_from_db()
    assert ingestion.status == IngestionStatus.READY
    client.post(_url(ingestion), review_data(reviewed, action="confirm", accept_losses="1"))
    assert sorted(worked_plan.tasks.values_list("code", flat=True)) == ["II.2", "II.3.a",
                                                                        "II.3.b"]
    assert not ProgressUpdate.objects.exists()


def test_removing_a_target_with_an_indicator_asks_first(client_as, upload, worked_plan) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["targets"][0]["include"] = False
    refused = client.post(_url(ingestion), review_data(reviewed, action="confirm"))
    assert "(chỉ số “Số đại biểu được tập huấn”)" in refused.content.decode()
    assert Indicator.objects.count() == 1


def test_a_review_confirmed_twice_is_applied_once(client_as, upload, worked_plan) -> None:
    client = client_as("coordinator")
    ingestion = upload(client, "ke-hoach-81.txt", sample_text())
    reviewed = importing.review_initial(ingestion.parsed)
    reviewed["tasks"][0]["title"] += " (sửa)"
    data = review_data(reviewed, action="confirm")
    first = client.post(_url(ingestion), data)
    assert first.status_code == 302
    second = client.post(_url(ingestion), data)
    assert second.status_code == 302 and second.url == worked_plan.get_absolute_url()
    assert worked_plan.tasks.get(code="II.1").title.endswith("(sửa)")
