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
