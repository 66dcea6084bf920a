"""At national scale (10,000 units) no page lists every unit: the lists stay small."""

import gzip

import pytest
from django.urls import reverse

from kehoach.vntext.text import fold
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
