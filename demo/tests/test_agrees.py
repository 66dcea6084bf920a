"""The demo agrees with itself: what `make run` loads says the same thing everywhere.

Every figure of an approved unit report is what the app computes from the unit's records in
the window (the report's "Cập nhật số liệu"); the consolidated report counts what those reports
and the receiving unit's own records count; the plan's dashboard, over the same window, counts
what the consolidated report counts; a share a report's text states is the one its tables give
(test_demo_records checks each count a text states); and every task of the plan has records of
each unit that leads it.
"""

import re
from datetime import date
from decimal import Decimal

import pytest

from accounts.models import User
from demo.reports import demo_period
from demo.services import demo_load_records
from indicators.selectors import DashboardFilters, Section, dashboard_sections
from kehoach.vntext.formats import vn_count
from plans.models import ProgressUpdate, TaskRole
from reporting.figures import FigureTable
from reporting.models import ConsolidatedReport, ConsolidatedStatus, ReportingPeriod
from reporting.prefill import unit_figures
from reporting.services.consolidated import consolidated_build, consolidated_merge

pytestmark = pytest.mark.django_db

# "22/124 (chiếm 17,7% tổng số sản phẩm)": a part of the products, and all of them.
PART = re.compile(r"(\d+)/(\d+) \(chiếm")
PERCENT = re.compile(r"(\d+),(\d)%")


@pytest.fixture
def period(province: None) -> ReportingPeriod:
    demo_load_records()  # what `make run` loads: the records, then the reports on them
    found = demo_period()
    assert found is not None
    return found


@pytest.fixture
def consolidated(period: ReportingPeriod) -> dict[str, FigureTable]:
    """The consolidated report's tables, merged as the coordinator's "Tổng hợp" merges them."""
    report = consolidated_build(user=User.objects.get(username="dieuphoi"), period=period,
                                queue=False)
    assert consolidated_merge(report_id=report.pk)
    report = ConsolidatedReport.objects.get(pk=report.pk)
    assert report.status == ConsolidatedStatus.DRAFT
    return {table["code"]: FigureTable.from_json(table) for table in report.figures}


@pytest.fixture
def dashboard(period: ReportingPeriod) -> dict[str, Section]:
    """The plan's dashboard over the period's window, units as they stood then."""
    assert period.plan is not None
    filters = DashboardFilters(today=date(2026, 1, 5), start=period.first_day,
                               end=period.last_day, structure="period")
    return dashboard_sections(period.plan, filters, user=User.objects.get(username="lanhdao"))


def approved(period: ReportingPeriod) -> list:
    return list(period.submissions.filter(status="approved").select_related("unit"))


def total(table: FigureTable) -> int:
    row = table.total_row()
    assert row is not None
    value = row.values[0]
    assert isinstance(value, int)
    return value


def stated_shares(submission) -> int:
    """Checks the one kind of share the reports state, of their products those in Khmer (or
    another language than Vietnamese): every percentage and "22/124" in a report is the one
    its own tables give. Returns how many percentages it states."""
    tables = {t["code"]: FigureTable.from_json(t) for t in submission.figures}
    products = total(tables["products_by_kind"])
    split = {row.key: row.values[0] for row in tables["products_by_language"].rows}
    other = int(split.get("other_only") or 0) + int(split.get("bilingual") or 0)
    share = (Decimal(100 * other) / products).quantize(Decimal("0.1"))
    text = "\n".join(submission.sections.values_list("text", flat=True))
    for part, whole in PART.findall(text):
        assert (int(part), int(whole)) == (other, products), submission.unit.code
    percentages = PERCENT.findall(text)
    for units, tenth in percentages:
        assert Decimal(f"{units}.{tenth}") == share, submission.unit.code
    return len(percentages)


def test_every_figure_of_an_approved_report_is_computed_from_its_records(period) -> None:
    """The tables are what "Cập nhật số liệu" computes now; the shares the texts state are
    those of the tables (test_demo_records checks each count a text states)."""
    reports = approved(period)
    assert len(reports) == 5
    for submission in reports:
        assert submission.figures == [
            table.to_json() for table in unit_figures(period, submission.unit)
        ], submission.unit.code
    assert sum(stated_shares(submission) for submission in reports) == 3  # Báo 2, Đài 1


def test_the_consolidated_report_and_the_dashboard_count_what_the_reports_count(
        period, consolidated, dashboard) -> None:
    units = {row.key: row.values for row in consolidated["units"].rows}
    for submission in approved(period):
        tables = {t["code"]: FigureTable.from_json(t) for t in submission.figures}
        assert units[str(submission.unit_id)][1] == total(tables["products_by_kind"]), (
            submission.unit.code)
    products = total(consolidated["products_by_kind"])
    own = units[str(period.receiving_unit_id)][1]  # the department's own work counts too
    assert own and sum(values[1] or 0 for values in units.values()) == products > own
    # The plan's dashboard over the window: in all, by unit, by channel, by language.
    assert dashboard["months"].total == products
    by_unit = {str(row.unit.pk): int(row.measure.numerator) for row in dashboard["units"].items}
    assert by_unit == {key: values[1] for key, values in units.items() if values[1]}
    assert {row[0]: row[1] for row in dashboard["channels"].rows} == {
        row.label: row.values[0] for row in consolidated["products_by_channel"].rows}
    split = {row.key: row.values[0] for row in consolidated["products_by_language"].rows}
    languages = {str(row[0]): row[1] for row in dashboard["languages"].rows}
    assert languages.pop("Tiếng Việt") == split["vietnamese_only"] + split["bilingual"]
    note = consolidated["products_by_language"].note.lower()
    assert languages and all(f"{name.lower()}: {vn_count(n)} sản phẩm" in note
                             for name, n in languages.items())
    # The training target: the people trained in the window, on both.
    target = dashboard["targets"].rows[0]
    assert Decimal(target[3]) == Decimal(consolidated["indicators"].rows[0].values[2]) == 35


def test_every_task_has_records_of_each_unit_that_leads_it(period) -> None:
    assert period.plan is not None
    tasks = period.plan.tasks.prefetch_related("task_units")
    assert tasks.count() == 5
    for task in tasks:
        leads = [tu.unit_id for tu in task.task_units.all()
                 if tu.unit_id and tu.role == TaskRole.LEAD]
        assert leads, task.code
        for unit_id in leads:
            assert (task.recorded_products.filter(unit_id=unit_id).exists()
                    or task.activities.filter(unit_id=unit_id).exists()
                    or ProgressUpdate.objects.filter(task=task, unit_id=unit_id).exists()
                    ), (task.code, unit_id)
