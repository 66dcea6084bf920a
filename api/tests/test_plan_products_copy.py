"""Products written through the API keep the dashboard's copy of the plan equal to the links."""

from datetime import date

import pytest

from api.tests.conftest import khmer_article
from plans.models import Plan, Task
from records import plan_products
from records.models import PlanProduct

pytestmark = pytest.mark.django_db


def test_create_change_and_delete_through_the_api_keep_the_copy_equal(cms) -> None:
    task = Task.objects.get(plan__number="81", code="II.1")
    plan = Plan.objects.get(pk=task.plan_id)
    created = cms.post("/api/products", khmer_article(tasks=[task.pk])).json()
    assert PlanProduct.objects.get(product_id=created["id"]).plan_id == plan.pk
    cms.patch(f"/api/products/{created['id']}", {"published_on": "2024-04-02",
                                                  "languages": ["km"]})
    assert PlanProduct.objects.get(product_id=created["id"]).published_on == date(2024, 4, 2)
    assert plan_products.copied_rows(plan.pk) == plan_products.live_rows(plan.pk)
    cms.delete(f"/api/products/{created['id']}")
    assert not PlanProduct.objects.filter(product_id=created["id"]).exists()
