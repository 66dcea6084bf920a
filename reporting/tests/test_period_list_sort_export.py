"""The list of reporting periods sorts by its columns and exports: the reviewers' with its
counts, a reporter's with their units' reports."""

import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from reporting.models import ReportingPeriod

pytestmark = pytest.mark.django_db
URL = reverse("reporting:periods")


@pytest.fixture
def periods(unit, make_period, period: ReportingPeriod) -> list[ReportingPeriod]:
    later = make_period(unit("ST-STTTT"), [unit("ST-BAO")], kind="year", number=1,
                        title="=Báo cáo năm 2024", first_day=date(2023, 12, 15),
                        last_day=date(2024, 12, 14), deadline=date(2024, 12, 18))
    return [period, later]


def test_the_periods_sort_by_deadline_both_ways(client_as, periods) -> None:
    client = client_as("coordinator")
    deadlines = [row.period.deadline for row in
                 client.get(URL, {"sort": "deadline"}).context["counts"]]
    assert deadlines == sorted(deadlines)
    html = client.get(URL, {"sort": "-deadline"}).text
    assert 'aria-sort="descending"' in html
    assert [row.period.deadline for row in
            client.get(URL, {"sort": "-deadline"}).context["counts"]] == deadlines[::-1]


def test_the_export_holds_every_period_with_its_counts(client_as, periods) -> None:
    response = client_as("viewer").get(URL, {"sort": "deadline", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    by_title = {row[0]: row for row in rows[1:]}
    assert by_title["Báo cáo 6 tháng đầu năm 2024"][5] == 4  # units asked
    assert sheet.cell(row=[r[0] for r in rows].index("=Báo cáo năm 2024") + 1,
                      column=1).data_type == "s"
    assert [row[4].date() for row in rows[1:]] == sorted(row[4].date() for row in rows[1:])


def test_a_reporters_list_sorts_and_exports_with_their_reports(client_as, periods) -> None:
    client = client_as("reporter")  # Báo Sóc Trăng's, asked by both periods
    deadlines = [row.period.deadline for row in
                 client.get(URL, {"sort": "-deadline"}).context["rows"]]
    assert len(deadlines) == 2 and deadlines == sorted(deadlines, reverse=True)
    # The databases' Vietnamese orders differ on the "=" only: the order is the title's, and
    # the header turns it around.
    titles = [row.period.title for row in client.get(URL, {"sort": "title"}).context["rows"]]
    assert sorted(titles) == ["=Báo cáo năm 2024", "Báo cáo 6 tháng đầu năm 2024"]
    assert [row.period.title for row in client.get(URL, {"sort": "-title"}).context["rows"]
            ] == titles[::-1]
    assert 'aria-sort="ascending"' in client.get(URL, {"sort": "title"}).text
    response = client.get(URL, {"sort": "deadline", "export": "xlsx"})
    rows = [[cell.value for cell in row]
            for row in load_workbook(io.BytesIO(response.content)).active.iter_rows()]
    assert rows[0] == ["Kỳ báo cáo", "Đơn vị", "Đơn vị nhận", "Số liệu từ ngày",
                       "Số liệu đến ngày", "Hạn gửi", "Báo cáo của đơn vị"]
    assert [(row[0], row[1], row[6]) for row in rows[1:]] == [
        ("Báo cáo 6 tháng đầu năm 2024", "Báo Sóc Trăng", "Chưa soạn"),
        ("=Báo cáo năm 2024", "Báo Sóc Trăng", "Chưa soạn")]
