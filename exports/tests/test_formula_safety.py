"""Every .xlsx the app writes keeps text that starts like a formula as text.

A product and a task titled '=HYPERLINK("http://x","y")', a topic "@Chủ đề" and a unit named
"+Sở X" go through each export: the dashboard's tables, the reporting rate, a guidance's
coverage, the products template, the report annex (its own test: exports/tests/test_annex.py).
"""

import re
import zipfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from exports.cells import FORMULA_STARTS
from guidance.services import NewTopic, guidance_create, guidance_publish
from indicators.selectors import SECTIONS
from plans.models import Task
from records.models import Topic
from reporting.tests.builders import workflow_period
from units.models import Unit

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://x","y")'
UNIT = "+Sở X"
TOPIC = "@Chủ đề"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def hostile(plan, product, coordinator):
    """Báo Sóc Trăng renamed "+Sở X", task II.1 and one of its products titled as a formula."""
    Unit.objects.filter(code="ST-BAO").update(name=UNIT)
    Task.objects.filter(plan=plan, code="II.1").update(title=HOSTILE)
    return product("ST-BAO", HOSTILE, ["vi"], date(2024, 5, 20))


def texts_of(data: bytes) -> list:
    """The string cells of every sheet, after checking that no sheet holds a formula."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                assert "<f>" not in archive.read(name).decode(), name
    book = load_workbook(BytesIO(data))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert all(cell.data_type == "s" for cell in cells)
    risky = [cell for cell in cells if cell.value.startswith(FORMULA_STARTS)]
    assert all(cell.quotePrefix for cell in risky), [c.value for c in risky]
    return [cell.value for cell in cells]


@pytest.mark.parametrize("section", SECTIONS)
def test_the_dashboard_tables_keep_formulas_as_text(client_as, plan, hostile, section) -> None:
    response = client_as("coordinator").get(reverse("indicators:export",
                                                    args=[plan.pk, section]))
    assert response.status_code == 200
    texts = texts_of(response.content)
    if section == "units":
        assert UNIT in texts
    if section == "late":
        assert any(HOSTILE in text for text in texts)


def test_the_reporting_rate_keeps_formulas_as_text(client_as, unit, hostile) -> None:
    period = workflow_period(unit)
    response = client_as("coordinator").get(reverse("reporting:rate_xlsx", args=[period.pk]))
    assert response.status_code == 200
    assert UNIT in texts_of(response.content)


def test_the_guidance_coverage_keeps_formulas_as_text(client_as, unit, coordinator,
                                                      hostile) -> None:
    guidance = guidance_publish(guidance=guidance_create(
        user=coordinator, issuer=unit("ST-STTTT"), number="", symbol="STTTT-TTBCXB",
        place="Sóc Trăng", title=HOSTILE, body="", valid_from=date(2024, 5, 15),
        valid_until=date(2024, 12, 31), units=[unit("ST-BAO")], topics=[NewTopic(TOPIC)]))
    hostile.topics.add(Topic.objects.get(name=TOPIC))
    response = client_as("coordinator").get(reverse("guidance:coverage_xlsx",
                                                    args=[guidance.pk]))
    assert response.status_code == 200
    texts = texts_of(response.content)
    assert UNIT in texts and TOPIC in texts
    assert any(HOSTILE in text for text in texts)


def test_the_products_template_keeps_formulas_as_text(client_as, hostile) -> None:
    response = client_as("reporter").get(reverse("records:import_template"))
    assert response.status_code == 200
    assert UNIT in texts_of(response.content)


def test_every_workbook_writer_uses_the_safe_cells() -> None:
    """A module that makes a Workbook writes through exports.cells; a new export cannot
    forget it unnoticed."""
    writers = []
    apps = [d for d in ROOT.iterdir() if d.is_dir() and not d.name.startswith((".", "var"))]
    for path in (path for app in apps for path in app.glob("**/*.py")):
        if "tests" in path.parts or path == ROOT / "exports" / "cells.py":
            continue
        source = path.read_text(encoding="utf-8")
        if re.search(r"\bWorkbook\(\)", source):
            writers.append(path.relative_to(ROOT).as_posix())
            assert "from exports.cells import" in source, path
    assert len(writers) >= 4, writers


def test_the_doctests_pass() -> None:
    import doctest

    from exports import cells

    assert doctest.testmod(cells).failed == 0
