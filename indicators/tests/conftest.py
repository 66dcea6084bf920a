"""Records of the Sóc Trăng demo made through records.services, as units would enter them."""

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from accounts.models import User
from indicators.models import Indicator
from plans.models import Plan, Target
from records.models import Activity, Language, Product
from records.services import activity_create, product_create
from units.models import Unit


@pytest.fixture
def plan(province: None) -> Plan:
    return Plan.objects.get(number="81", symbol="KH-UBND")


@pytest.fixture
def training_target(plan: Plan) -> Target:
    """"70 đại biểu ... được tập huấn", due 30/9/2024, task II.2."""
    return plan.targets.get(text__startswith="70 đại biểu")


@pytest.fixture
def product(plan: Plan, coordinator: User) -> Callable[..., Product]:
    """product("ST-BAO", "Chùa Khmer…", ["km"], date(2024, 6, 18), channel="online")."""
    tasks = {task.code: task for task in plan.tasks.all()}

    def make(unit: str, title: str, languages: Sequence[str], day: date, *,
             kind: str = "article", channel: str = "online", task: str | None = "II.1",
             **fields: Any) -> Product:
        if channel == "social":
            fields.setdefault("platform", "Facebook")
        return product_create(
            user=coordinator, unit=Unit.objects.get(code=unit), title=title, kind=kind,
            channel=channel, published_on=day,
            languages=list(Language.objects.filter(code__in=languages)),
            tasks=[tasks[task]] if task else [], **fields)

    return make


@pytest.fixture
def activity(plan: Plan, coordinator: User) -> Callable[..., Activity]:
    """activity("ST-STTTT", "Lớp tập huấn…", date(2024, 8, 22), {"key_officials": 70})."""
    tasks = {task.code: task for task in plan.tasks.all()}

    def make(unit: str, title: str, day: date, participants: dict[str, int], *,
             kind: str = "training", task: str = "II.2") -> Activity:
        return activity_create(
            user=coordinator, unit=Unit.objects.get(code=unit), title=title, kind=kind,
            start_date=day, end_date=day, participants=participants, tasks=[tasks[task]])

    return make


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
def define(coordinator: User) -> Callable[..., Indicator]:
    """define(target, "product_share", share_language_groups=["minority", "foreign"])."""
    from indicators.services import indicator_create

    def make(target: Target, method: str, **fields: Any) -> Indicator:
        fields.setdefault("name", target.text[:80])
        return indicator_create(user=coordinator, target=target, method=method, **fields)

    return make


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

    return make
