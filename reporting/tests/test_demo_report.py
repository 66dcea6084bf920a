"""The demo's six-month reports and `manage.py demo_report`, which writes the consolidated
report that the README shows: .docx, .xlsx annex and a PDF made by LibreOffice."""

from io import StringIO

import pypdfium2
import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from demo.reports import demo_load_reports, demo_period
from demo.services import demo_load_records
from exports.decree30_check import check_decree30
from records.models import Product
from reporting.figures import FigureTable
from reporting.models import (
    ConsolidatedReport,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.prefill import unit_figures
from reporting.selectors.rate import reporting_rate


@pytest.fixture
def demo(province: None) -> ReportingPeriod:
    demo_load_records()  # `make run` loads the records, and the reports after them
    period = demo_period()
    assert period is not None
    return period


def test_the_demo_period_has_approved_reports_and_some_missing(demo) -> None:
    assert demo.title == "Báo cáo 6 tháng đầu năm 2024"
    assert demo.receiving_unit.code == "ST-STTTT" and demo.plan.number_symbol == "81/KH-UBND"
    statuses = dict(demo.submissions.values_list("unit__code", "status"))
    assert statuses == {"ST-BAO": "approved", "ST-DAI": "approved", "ST-SVHTTDL": "approved",
                        "ST-TRANDE": "approved", "ST-HLHPN": "approved", "ST-DTN": "submitted"}
    assert demo.units.filter(code="ST-SGDDT").exists()  # asked, never sent
    bao = demo.submissions.get(unit__code="ST-BAO")
    assert bao.submitted_by.username == "baosoctrang"
    rows = {row.unit.code: row for row in reporting_rate(demo).rows}
    assert rows["ST-BAO"].first_on_time and rows["ST-SGDDT"].first_on_time is None
    tables = {t["code"]: FigureTable.from_json(t) for t in bao.figures}
    # The report counts Báo Sóc Trăng's records in the window, and those only.
    in_window = Product.objects.filter(unit__code="ST-BAO",
                                       published_on__range=(demo.first_day, demo.last_day))
    assert tables["products_by_kind"].total_row().values[0] == in_window.count()
    assert Product.objects.filter(unit__code="ST-BAO").count() > in_window.count()
    assert bao.figures == [t.to_json() for t in unit_figures(demo, bao.unit)]
    assert "tasks" in tables and "indicators" in tables


def test_loading_the_demo_again_creates_nothing(demo) -> None:
    counts = [m.objects.count() for m in (ReportingPeriod, Submission, SubmissionSection,
                                          SubmissionEvent)]
    assert demo_load_reports() == []
    assert demo_load_records().created == []
    assert [m.objects.count() for m in (ReportingPeriod, Submission, SubmissionSection,
                                        SubmissionEvent)] == counts


def test_the_test_province_has_no_reports(province: None) -> None:
    assert not Submission.objects.exists() and demo_period() is None


def test_demo_report_writes_the_docx_the_annex_and_a_pdf(demo, tmp_path) -> None:
    folder = tmp_path / "demo"
    call_command("demo_report", out=str(folder), stdout=StringIO())
    files = {path.name: path for path in folder.iterdir()}
    assert sorted(files) == ["BC-6thang-2024.docx", "BC-6thang-2024.pdf",
                             "BC-6thang-2024.xlsx"]
    assert check_decree30(files["BC-6thang-2024.docx"].read_bytes()) == []
    sheets = load_workbook(files["BC-6thang-2024.xlsx"]).sheetnames
    # One numbered sheet per table ("Biểu 01", or "Phụ lục 01" as the appendices are named).
    assert len(sheets) >= 6 and [name.rsplit(" ", 1)[-1] for name in sheets] == [
        f"{n:02d}" for n in range(1, len(sheets) + 1)]
    pdf = pypdfium2.PdfDocument(files["BC-6thang-2024.pdf"])
    pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    pdf.close()
    for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ THÔNG TIN VÀ", "BÁO CÁO",
                  "Thực hiện Kế hoạch số 81/KH-UBND"]:
        assert words in pages[0]
    # The body and its signature, then any appendices, each on pages of its own.
    signed = next(n for n, text in enumerate(pages) if "Nơi nhận:" in text)
    assert 2 <= signed <= 7 and "Lâm Văn Phúc" in pages[signed]
    assert "Báo Sóc Trăng" in " ".join(pages[:signed + 1])
    assert all("PHỤ LỤC" not in text for text in pages[:signed + 1])
    assert all("PHỤ LỤC" in text for text in pages[signed + 1:signed + 2])
    assert ConsolidatedReport.objects.get(period=demo).status == "ready"
    assert not demo.consolidated.submissions.filter(
        status=SubmissionStatus.SUBMITTED).exists()
