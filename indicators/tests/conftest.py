"""Targets of the kinds indicators measure, and products made in bulk for size tests."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from plans.models import Plan, Target
from records import plan_products
from records.models import Language, Product
from units.models import Unit


@pytest.fixture
def share_target(plan: Plan) -> Target:
    """The Kon Tum kind of target, set on the Sóc Trăng plan: a range of 15–20%."""
    from plans.services import target_create

    return target_create(
        plan=plan, text="15–20% sản phẩm truyền thông về quyền con người được thể hiện bằng "
                        "tiếng dân tộc thiểu số hoặc tiếng nước ngoài",
        value=Decimal(15), value_max=Decimal(20), unit_of_measure="%",
        deadline=date(2024, 12, 31), task=plan.tasks.get(code="II.1"))


@pytest.fixture
def count_target(plan: Plan) -> Target:
    from plans.services import target_create

    return target_create(
        plan=plan, text="Ít nhất 40 tin, bài, phóng sự về quyền con người trên báo, đài tỉnh",
        value=Decimal(40), unit_of_measure="tin, bài", deadline=date(2024, 12, 31),
        task=plan.tasks.get(code="II.1"))


@pytest.fixture
def many_products(plan: Plan) -> Callable[[int], None]:
    """many_products(n): n products of the Sóc Trăng units through 2024, in bulk.

    Only for tests about size and query counts, where thousands of rows made one by one
    through the services would take minutes; every other test records through the services.
    """
    units = list(Unit.objects.filter(code__startswith="ST"))
    languages = {lang.code: lang for lang in Language.objects.all()}
    task = plan.tasks.get(code="II.1")
    channels = ["print", "online", "tv", "radio", "portal", "social", "loudspeaker"]
    mixes = [["vi"], ["vi"], ["km"], ["vi", "km"], ["en"], ["vi"], ["zh"]]

    def make(count: int) -> None:
        start = Product.objects.count()
        products = []
        for index in range(start, start + count):
            product = Product(
                title=f"Tin số {index}: quyền con người ở cơ sở", kind="news",
                channel=channels[index % len(channels)],
                platform="Zalo" if channels[index % len(channels)] == "social" else "",
                published_on=date(2024, 1 + index % 12, 1 + index % 28),
                unit=units[index % len(units)])
            product.refresh_derived()
            products.append(product)
        Product.objects.bulk_create(products)
        Product.languages.through.objects.bulk_create([
            Product.languages.through(product_id=p.pk, language_id=languages[code].pk)
            for i, p in enumerate(products) for code in mixes[i % len(mixes)]])
        Product.tasks.through.objects.bulk_create([
            Product.tasks.through(product_id=p.pk, task_id=task.pk) for p in products])
        plan_products.refresh([p.pk for p in products])  # as the services would

    return make
