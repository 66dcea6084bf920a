"""plans.permissions, asked by every part a visitor plays toward a task of the demo plan.

Task II.2 (the training in Quý III/2024) is led by the Department (ST-STTTT): its reporter is
the "own" reporter, Báo Sóc Trăng's the "other".
"""

from datetime import date

import pytest

from accounts.models import User
from plans import permissions
from plans.models import Plan, Task, TaskStatus
from plans.services import progress_record
from tests.access import VISITORS, answer
from units.models import Unit

pytestmark = pytest.mark.django_db

EDITORS = {"administrator", "coordinator"}


@pytest.fixture
def task(plan: Plan) -> Task:
    return plan.tasks.get(code="II.2")


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_only_coordinators_edit_plans_targets_and_tasks(visitor, plan: Plan, task: Task,
                                                                name: str) -> None:
    user = visitor(name, own="ST-STTTT")
    expected = 200 if name in EDITORS else 403
    assert permissions.can_edit_plans(user) is (name in EDITORS)
    assert answer(lambda: permissions.get_plan_for_user(user, plan.pk, change=True)) == expected
    assert answer(lambda: permissions.get_task_for_user(user, task.pk, change="edit")) == expected
    target = plan.targets.first()
    assert target is not None
    assert answer(lambda: permissions.get_target_for_user(user, target.pk, change=True)
                  ) == expected
    # Reading is open to all: the views' log-in is the only door.
    assert answer(lambda: permissions.get_task_for_user(user, task.pk)) == 200


@pytest.mark.parametrize("name,expected", [
    ("administrator", 200), ("coordinator", 200), ("own_reporter", 200),
    ("other_reporter", 403), ("viewer", 403), ("anonymous", 403),
])
def test_it_lets_the_lead_units_reporter_record_progress(
    visitor, task: Task, name: str, expected: int
) -> None:
    user = visitor(name, own="ST-STTTT")
    assert answer(lambda: permissions.get_task_for_user(user, task.pk, change="progress")
                  ) == expected
    units = [unit.code for unit in permissions.progress_units(user, task)]
    assert units == (["ST-STTTT"] if expected == 200 else [])


def test_it_refuses_a_reporter_recording_for_another_unit_of_the_task(
    visitor, plan: Plan, unit
) -> None:
    shared = plan.tasks.get(code="II.1")  # led by the Department, Báo Sóc Trăng coordinates
    reporter = visitor("own_reporter", own="ST-BAO")
    permissions.check_can_record_progress(reporter, shared, unit("ST-BAO"))
    assert answer(lambda: permissions.check_can_record_progress(
        reporter, shared, unit("ST-STTTT"))) == 403


@pytest.mark.parametrize("name,expected", [
    ("administrator", 200), ("coordinator", 200), ("own_reporter", 200),
    ("other_reporter", 403), ("viewer", 403), ("anonymous", 403),
])
def test_it_lets_the_author_or_a_coordinator_delete_a_progress_entry(
    visitor, task: Task, name: str, expected: int
) -> None:
    author = User.objects.get(username="sotttt")
    entry = progress_record(user=author, task=task, unit=Unit.objects.get(code="ST-STTTT"),
                            reported_on=date(2024, 8, 1), status=TaskStatus.IN_PROGRESS,
                            percent=40, note="Đã gửi giấy mời 70 đại biểu.")
    user = visitor(name, own="ST-STTTT")
    assert answer(lambda: permissions.get_progress_for_user(user, entry.pk, change=True)
                  ) == expected


@pytest.mark.parametrize("name,own_only", [
    ("administrator", False), ("coordinator", False), ("own_reporter", True),
    ("other_reporter", True), ("viewer", False), ("anonymous", False),
])
def test_it_shows_a_reporter_only_their_units_tasks_on_the_attention_page(
    visitor, name: str, own_only: bool
) -> None:
    user = visitor(name)
    unit_ids = permissions.attention_unit_ids(user)
    assert (unit_ids is not None) is own_only


def test_it_hides_nothing_but_answers_404_for_a_missing_task(visitor) -> None:
    assert answer(lambda: permissions.get_task_for_user(visitor("viewer"), 10**9)) == 404
