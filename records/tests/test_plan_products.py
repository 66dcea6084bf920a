"""The dashboard's copy of each plan's products always equals what the task links give.

Every way a product is written (the services behind the form and the demo, the spreadsheet
import; the API's in api/tests), every removal of a task or a product, and a unit merger
leave the copy equal to the live computation, row for row.
"""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from demo.services import demo_load_records
from plans.models import Plan
from plans.services import task_delete
from records import plan_products
from records.models import PlanProduct, Product, ProductImport
from records.services import product_delete, product_update
from records.tests.builders import filled
from units.services import unit_create, unit_set_successors

pytestmark = pytest.mark.django_db


def assert_equal_to_the_links(*plans: Plan) -> None:
    for plan in plans:
        assert plan_products.copied_rows(plan.pk) == plan_products.live_rows(plan.pk)


def test_the_demo_records_are_copied_whole(plan) -> None:
    demo_load_records()
    assert len(plan_products.copied_rows(plan.pk)) > 0
    assert_equal_to_the_links(plan)


def test_a_product_of_two_tasks_of_a_plan_is_one_row_and_leaves_with_its_last_task(
        make_product, task, plan, other_plan, coordinator) -> None:
    product = make_product(tasks=[task("II.1"), task("II.3.b"), other_plan.tasks.get()])
    assert PlanProduct.objects.filter(product=product, plan=plan).count() == 1
    assert PlanProduct.objects.filter(product=product, plan=other_plan).count() == 1
    assert_equal_to_the_links(plan, other_plan)

    task_delete(task=task("II.3.b"))
    assert PlanProduct.objects.filter(product=product, plan=plan).count() == 1
    task_delete(task=task("II.1"))
    assert not PlanProduct.objects.filter(product=product, plan=plan).exists()
    assert_equal_to_the_links(plan, other_plan)

    product_delete(user=coordinator, product=product)
    assert not PlanProduct.objects.filter(product_id=product.pk).exists()


def test_changes_of_date_unit_channel_languages_and_tasks_are_copied(
        make_product, task, language, unit, plan, other_plan, coordinator) -> None:
    product = make_product(languages=[language("vi")])
    product_update(user=coordinator, product=product, published_on=date(2024, 9, 2),
                   channel="tv", kind="tv", unit=unit("ST-STTTT"),
                   languages=[language("km"), language("vi")])
    row = PlanProduct.objects.get(product=product)
    assert (row.published_on, row.channel, row.unit_id) == (
        date(2024, 9, 2), "tv", unit("ST-STTTT").pk)
    assert row.languages == ",".join(sorted(str(language(c).pk) for c in ("km", "vi")))
    product_update(user=coordinator, product=product, tasks=[other_plan.tasks.get()])
    assert list(PlanProduct.objects.filter(product=product).values_list("plan_id", flat=True)
                ) == [other_plan.pk]
    assert_equal_to_the_links(plan, other_plan)


def test_the_spreadsheet_import_keeps_it_equal(client_as, reporter, plan) -> None:
    client = client_as("reporter")
    upload = client.post(reverse("records:import_upload"), {"file": SimpleUploadedFile(
        "san-pham.xlsx", filled(reporter, [{
            "title": "Tọa đàm quyền của người dân tộc thiểu số", "kind": "Bài",
            "channel": "Báo điện tử", "languages": "Tiếng Khmer", "published_on": "12/03/2024",
            "unit": "Báo Sóc Trăng", "tasks": "II.1",
            "link": "https://baosoctrang.org.vn/toa-dam-quyen-dan-toc"}]))})
    assert upload.status_code == 302
    client.post(reverse("records:import_confirm",
                        args=[ProductImport.objects.latest("pk").pk]))
    imported = Product.objects.get(title="Tọa đàm quyền của người dân tộc thiểu số")
    assert PlanProduct.objects.filter(product=imported, plan=plan).exists()
    assert_equal_to_the_links(plan)


def test_a_unit_merger_changes_no_row(make_product, unit, plan) -> None:
    make_product(unit=unit("ST-BAO"))
    before = plan_products.copied_rows(plan.pk)
    heir = unit_create(name="Báo và Phát thanh, Truyền hình Cần Thơ", kind="press",
                       code="CT-BAO-TEST", valid_from=date(2025, 7, 1))
    unit_set_successors(unit=unit("ST-BAO"), successors=[heir])
    assert plan_products.copied_rows(plan.pk) == before
    assert_equal_to_the_links(plan)


def test_a_rebuild_gives_the_same_copy(make_product, plan, other_plan, task) -> None:
    make_product(tasks=[task("II.1"), other_plan.tasks.get()])
    before = {p.pk: plan_products.copied_rows(p.pk) for p in (plan, other_plan)}
    assert plan_products.rebuild() == sum(len(rows) for rows in before.values())
    assert {p.pk: plan_products.copied_rows(p.pk) for p in (plan, other_plan)} == before
