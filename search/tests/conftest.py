"""Objects whose names only a folded search finds, added to the demo province."""

from datetime import date

import pytest

from guidance.models import Guidance
from guidance.services import guidance_create
from plans.models import Plan, Task
from plans.services import task_create
from units.models import Unit
from units.services import unit_create


@pytest.fixture
def training_task(plan: Plan) -> Task:
    return task_create(plan=plan, code="IX.9", title="Tập huấn kỹ năng đối thoại cho Đoàn viên")


@pytest.fixture
def daklak(province: None) -> Unit:
    return unit_create(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", kind="department")


@pytest.fixture
def draft_letter(province: None, unit) -> Guidance:
    """A coordinator's draft: only coordinators may open it, so only they may find it."""
    return guidance_create(
        user=None, number="", symbol="STTTT-TTBCXB", issuer=unit("ST-STTTT"),
        title="định hướng bí mật về Quyền con người tại Đắk Lắk",
        valid_from=date(2025, 1, 1), valid_until=date(2025, 12, 31))
