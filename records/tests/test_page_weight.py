"""At national scale (10,000 units, 2,300 tasks of current plans) no page lists every unit or
every task: the lists stay small."""

import gzip
from datetime import date

import pytest
from django.urls import reverse

from kehoach.vntext.text import fold
from plans.models import Plan, Task
from units.models import Unit, UnitKind

NATION = 10_000
LIMIT = 100 * 1024  # bytes, compressed


@pytest.fixture
def nation(province) -> None:
    """Ten thousand communes and bodies beside the demo's units, as the bench's country."""
    names = [f"Ủy ban nhân dân xã Phước Long {n:05d}" for n in range(NATION)]
    Unit.objects.bulk_create(
        [Unit(name=name, kind=UnitKind.COMMUNE, search_text=fold(name)) for name in names],
        batch_size=2000)


@pytest.mark.parametrize("url_name", [
    "records:product_list", "records:activity_list", "records:product_create",
    "records:activity_create", "guidance:create", "reporting:period_create", "api:tokens"])
def test_pages_that_offer_units_stay_small_for_a_country(nation, client_as,
                                                         url_name: str) -> None:
    page = client_as("coordinator").get(reverse(url_name))
    assert page.status_code == 200
    sent = len(gzip.compress(page.content))
    assert sent < LIMIT, f"{url_name}: {sent} bytes compressed"
    assert page.content.decode().count("Phước Long") < 50
    assert 'name="unit_q"' in page.content.decode() or 'name="units_q"' in (
        page.content.decode())


@pytest.fixture
def country_plans(province) -> None:
    """Thirty-four provinces' current plans of seventy tasks each, as the bench's country."""
    for n in range(34):
        name = f"Ủy ban nhân dân tỉnh Phước Long {n + 1:02d}"
        issuer = Unit.objects.create(name=name, kind=UnitKind.PROVINCE, search_text=fold(name))
        plan = Plan.objects.create(
            number=str(200 + n), symbol="KH-UBND", issuer=issuer, issuer_name=name,
            issued_on=date(2024, 2, 1), year_start=2024, year_end=2024,
            title=f"Truyền thông về quyền con người năm 2024 của tỉnh Phước Long {n + 1:02d}")
        tasks = [Task(plan=plan, code=f"III.{k}", title=f"Nhiệm vụ thử nghiệm {k}: tuyên truyền, "
                      "phổ biến pháp luật về quyền con người") for k in range(1, 71)]
        for task in tasks:
            task.refresh_derived()
        Task.objects.bulk_create(tasks)


@pytest.mark.parametrize("url_name", [
    "records:product_list", "records:activity_list", "records:product_create",
    "records:activity_create"])
def test_pages_that_offer_tasks_stay_small_for_a_country(country_plans, client_as,
                                                         url_name: str) -> None:
    """2,380 tasks of current plans: the pages list those of the person's own plan only."""
    assert Task.objects.count() > 2_300
    page = client_as("coordinator").get(reverse(url_name))
    assert page.status_code == 200
    sent = len(gzip.compress(page.content))
    assert sent < LIMIT, f"{url_name}: {sent} bytes compressed"
    assert page.content.decode().count("Nhiệm vụ thử nghiệm") == 0
