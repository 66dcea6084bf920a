"""Each change to a plan's copy of its products draws the plan a new token, in the same
transaction; a change that leaves the copy as it was, or another plan's, does not.

The dashboard keeps its counts under the token (indicators.one_pass): a change that kept the
token would leave it showing counts the copy no longer gives.
"""

from datetime import date
from typing import Any

import pytest

from plans.models import Plan
from plans.services import task_delete
from records import plan_products
from records.selectors import plan_products_token
from records.services import product_delete, product_update

pytestmark = pytest.mark.django_db


def tokens(*plans: Plan) -> tuple[int | None, ...]:
    return tuple(plan_products_token(plan.pk) for plan in plans)


def test_a_new_product_draws_its_plan_a_token_and_leaves_the_other_alone(
        make_product, plan, other_plan) -> None:
    assert tokens(plan, other_plan) == (None, None)
    make_product()
    assert tokens(plan)[0] is not None
    assert tokens(other_plan) == (None,)


def test_what_the_copy_holds_changes_the_token_and_nothing_else_does(
        make_product, language, unit, plan, coordinator) -> None:
    product = make_product(languages=[language("vi")])
    changes: list[dict[str, Any]] = [
        {"languages": [language("vi"), language("km")]}, {"published_on": date(2024, 10, 2)},
        {"channel": "radio", "kind": "radio"}, {"unit": unit("ST-DAI")}]
    for change in changes:
        before = tokens(plan)
        product_update(user=coordinator, product=product, **change)
        assert tokens(plan) != before, change
    before = tokens(plan)
    product_update(user=coordinator, product=product,
                   title="Phóng sự: người Khmer Sóc Trăng giữ gìn chữ viết")
    assert tokens(plan) == before


def test_moving_a_product_to_another_plan_changes_both(
        make_product, plan, other_plan, coordinator) -> None:
    product = make_product()
    before = tokens(plan, other_plan)
    product_update(user=coordinator, product=product, tasks=[other_plan.tasks.get()])
    after = tokens(plan, other_plan)
    assert after[0] != before[0] and after[1] != before[1]


def test_removing_a_task_or_a_product_changes_the_token(
        make_product, task, plan, coordinator) -> None:
    kept = make_product(tasks=[task("II.3.b")])
    make_product(tasks=[task("II.1")])
    before = tokens(plan)
    task_delete(task=task("II.1"))
    assert tokens(plan) != before
    before = tokens(plan)
    product_delete(user=coordinator, product=kept)
    assert tokens(plan) != before


def test_a_rebuild_changes_every_plans_token(make_product, plan, other_plan) -> None:
    make_product()
    before = tokens(plan, other_plan)
    plan_products.rebuild()
    after = tokens(plan, other_plan)
    assert None not in after
    assert after[0] != before[0] and after[1] != before[1]
