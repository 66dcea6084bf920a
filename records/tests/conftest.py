"""Records of the Sóc Trăng demo: languages, topics, and helpers recording through the services."""

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from accounts.models import User
from plans.models import Plan, Task
from plans.services import plan_create, task_create
from records.models import Activity, Language, Product, Topic
from records.services import activity_create, product_create, topic_create
from units.models import Unit


@pytest.fixture
def language(db: None) -> Callable[[str], Language]:
    """Seeded languages by code: language("km") is Khmer."""
    return lambda code: Language.objects.get(code=code)


@pytest.fixture
def task(province: None) -> Callable[[str], Task]:
    """Tasks of plan 81/KH-UBND by code: task("II.1") is producing the communication products."""
    return lambda code: Task.objects.get(plan__number="81", code=code)


@pytest.fixture
def topics(province: None) -> dict[str, Topic]:
    return {
        "upr": topic_create(
            name="Báo cáo quốc gia theo cơ chế UPR",
            description="Việt Nam bảo vệ báo cáo quốc gia theo Cơ chế rà soát định kỳ phổ quát."),
        "dantoc": topic_create(
            name="Quyền của đồng bào dân tộc thiểu số",
            description="Bảo tồn văn hóa, tiếp cận giáo dục, y tế của đồng bào Khmer."),
    }


@pytest.fixture
def make_product(coordinator: User, unit, language, task) -> Callable[..., Product]:
    """Records a product as the coordinator: a Vietnamese article of Báo Sóc Trăng by default."""

    def make(user: User | None = None, **overrides: Any) -> Product:
        fields: dict[str, Any] = {
            "title": "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer",
            "kind": "article", "channel": "online", "published_on": date(2024, 6, 3),
            "unit": unit("ST-BAO"), "link": "https://baosoctrang.org.vn/giao-duc/hoc-sinh-khmer",
            "languages": [language("vi")], "tasks": [task("II.1")],
        }
        fields.update(overrides)
        return product_create(user=user or coordinator, **fields)

    return make


@pytest.fixture
def make_activity(coordinator: User, unit: Callable[[str], Unit], task) -> Callable[..., Activity]:
    """Records an activity as the coordinator: the Department's training by default."""

    def make(user: User | None = None, **overrides: Any) -> Activity:
        fields: dict[str, Any] = {
            "title": "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024",
            "kind": "training", "start_date": date(2024, 8, 22), "end_date": date(2024, 8, 23),
            "place": "Hội trường Sở Thông tin và Truyền thông", "unit": unit("ST-STTTT"),
            "participants": {"key_officials": 30, "press": 25, "commune_officials": 15},
            "tasks": [task("II.2")],
        }
        fields.update(overrides)
        return activity_create(user=user or coordinator, **fields)

    return make


@pytest.fixture
def other_plan(province: None) -> Plan:
    """A second plan of the province, with one task, beside 81/KH-UBND."""
    plan = plan_create(doc_type="KH", number="12", symbol="KH-UBND",
                       issuer_name="Ủy ban nhân dân tỉnh Sóc Trăng", issued_on=date(2024, 2, 1),
                       title="Kế hoạch tuyên truyền Hiến pháp năm 2024", year_start=2024,
                       year_end=2024)
    task_create(plan=plan, code="I.1", title="Tuyên truyền Hiến pháp trên báo chí")
    return plan
