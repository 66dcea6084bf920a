from datetime import date

import pytest
from auditlog.models import LogEntry

from accounts.models import Membership, Role, User
from demo.services import demo_load
from plans.models import Plan, Target, Task, TaskUnit
from units.models import Unit

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count()
            for model in [Unit, Plan, Task, TaskUnit, Target, User, Membership, LogEntry]}


def test_it_loads_the_soctrang_plan() -> None:
    demo_load()
    plan = Plan.objects.get()
    assert (plan.number_symbol, plan.issued_on, plan.signer_name) == (
        "81/KH-UBND", date(2024, 5, 6), "Huỳnh Thị Diễm Ngọc")
    assert list(plan.tasks.order_by("sort_key").values_list("code", flat=True)) == [
        "II.1", "II.2", "II.3.a", "II.3.b", "II.3.c"]
    target = plan.targets.get()
    assert (target.value, target.unit_of_measure, target.deadline, target.task.code) == (
        70, "đại biểu", date(2024, 9, 30), "II.2")


def test_it_loads_one_user_per_role() -> None:
    demo_load()
    assert set(User.objects.values_list("role", flat=True)) == set(Role.values)


def test_it_shows_the_2025_reorganisation() -> None:
    demo_load()
    soctrang = Unit.objects.filter(code__startswith="ST")
    assert soctrang.count() > 20
    assert all(u.valid_to and u.valid_to <= date(2025, 6, 30) for u in soctrang)
    assert all(u.successors.exists() for u in soctrang)
    cantho = Unit.objects.filter(code__startswith="CT")
    assert all(u.valid_from == date(2025, 7, 1) and u.valid_to is None for u in cantho)
    assert {u.code for u in Unit.objects.get(code="ST-STTTT").successors.all()} == {
        "ST-SKHCN", "ST-SVHTTDL"}


def test_loading_twice_changes_nothing() -> None:
    demo_load()
    before = counts()
    assert demo_load().created == []
    assert counts() == before


def test_loading_again_keeps_what_users_changed() -> None:
    demo_load()
    Task.objects.filter(code="II.1").update(status="done")
    demo_load()
    assert Task.objects.get(code="II.1").status == "done"
