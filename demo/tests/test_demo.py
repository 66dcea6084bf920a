import re
from datetime import date
from io import StringIO

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command

from accounts.models import Membership, Role, User
from demo.services import demo_load
from plans.models import Plan, Target, Task, TaskUnit
from units.models import Unit
from units.services import unit_create

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


def test_each_demo_user_gets_a_password_of_its_own() -> None:
    passwords = demo_load().passwords
    assert set(passwords) == {"quantri", "dieuphoi", "sotttt", "baosoctrang", "lanhdao"}
    assert len(set(passwords.values())) == 5
    for username, password in passwords.items():
        assert User.objects.get(username=username).check_password(password)
        validate_password(password)  # the rules people's own passwords follow
    assert demo_load().passwords == {}  # loading again keeps them


def test_the_loader_prints_the_passwords_once_and_renews_them_on_request() -> None:
    out = StringIO()
    call_command("demo_load", stdout=out)
    printed = dict(re.findall(r"^  (\w+) +([a-z2-9-]{19}) ", out.getvalue(), re.MULTILINE))
    assert len(printed) == 5
    assert all(User.objects.get(username=u).check_password(p) for u, p in printed.items())
    again = StringIO()
    call_command("demo_load", stdout=again)
    assert not any(password in again.getvalue() for password in printed.values())
    renewed = StringIO()
    call_command("demo_load", "--new-passwords", stdout=renewed)
    fresh = dict(re.findall(r"^  (\w+) +([a-z2-9-]{19}) ", renewed.getvalue(), re.MULTILINE))
    assert fresh.keys() == printed.keys() and not set(fresh.values()) & set(printed.values())
    assert User.objects.get(username="dieuphoi").check_password(fresh["dieuphoi"])


def test_make_run_loads_the_demo_only_into_an_empty_database() -> None:
    first = StringIO()
    call_command("demo_load", "--if-empty", stdout=first)
    assert "Demo log-ins (each password is shown this once" in first.getvalue()
    loaded = counts()
    again = StringIO()
    call_command("demo_load", "--if-empty", stdout=again)
    assert "already has data, the demo is not loaded" in again.getvalue()
    assert counts() == loaded
    assert not re.search(r"^  \w+ +[a-z2-9-]{19} ", again.getvalue(), re.MULTILINE)


def test_a_real_database_never_gets_the_demo() -> None:
    unit_create(name="UBND xã Phong Điền", kind="commune", code="31153")
    call_command("demo_load", "--if-empty", stdout=StringIO())
    assert list(Unit.objects.values_list("name", flat=True)) == ["UBND xã Phong Điền"]
    assert not User.objects.exists() and not Plan.objects.exists()
