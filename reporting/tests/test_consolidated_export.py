"""Editing the consolidated report, then writing it out: .docx, .xlsx annex, PDF."""

from datetime import date
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from docx import Document
from openpyxl import load_workbook

from exports.decree30_check import check_decree30
from exports.pdf import ExportError
from reporting.models import ConsolidatedReport, ConsolidatedStatus
from reporting.services.consolidated import (
    consolidated_export,
    consolidated_update,
    download_name,
)

pytestmark = pytest.mark.django_db
FAKE_PDF = b"%PDF-1.7 converted by a stand-in for LibreOffice"


def read(field) -> bytes:
    """A stored file's bytes from the start, however often it was read before."""
    with field.open("rb") as opened:
        return opened.read()


@pytest.fixture(autouse=True)
def quick_pdf(monkeypatch) -> None:
    """LibreOffice takes seconds per document; test_demo_report runs the real one."""
    monkeypatch.setattr("exports.pdf.docx_to_pdf", lambda docx, **kwargs: FAKE_PDF)


@pytest.fixture
def report(reports, period, coordinator, build) -> ConsolidatedReport:
    return build(coordinator, period)


def export(user, report: ConsolidatedReport, capture) -> ConsolidatedReport:
    with capture(execute=True):
        consolidated_export(user=user, report=report)
    report.refresh_from_db()
    if report.docx:  # every .docx the tests make is checked against Decree 30
        assert check_decree30(read(report.docx)) == []
    return report


def edit(coordinator, report: ConsolidatedReport) -> ConsolidatedReport:
    return consolidated_update(
        user=coordinator, report=report, number="125", issued_on=date(2024, 6, 20),
        signer_name="Lâm Văn Phúc",
        recipients="Ban Chỉ đạo Nhân quyền tỉnh\nUBND tỉnh\nLãnh đạo Sở\nLưu: VT, TTBCXB",
        sections={3: "Việc sản xuất sản phẩm bằng tiếng Khmer còn ít so với nhu cầu.",
                  5: "Đề nghị bố trí kinh phí cho các chương trình song ngữ Việt - Khmer."})


def test_an_edited_report_is_written_as_decree_30_docx_annex_and_pdf(
        report, coordinator, django_capture_on_commit_callbacks) -> None:
    edit(coordinator, report)
    report = export(coordinator, report, django_capture_on_commit_callbacks)
    assert report.status == ConsolidatedStatus.READY and report.exported_at is not None
    assert (report.progress_done, report.progress_total) == (3, 3)
    docx = read(report.docx)
    assert check_decree30(docx) == []
    text = "\n".join(p.text for p in Document(BytesIO(docx)).paragraphs)
    assert "Đề nghị bố trí kinh phí cho các chương trình song ngữ Việt - Khmer." in text
    tables = Document(BytesIO(docx)).tables
    closing = next("\n".join(c.text for row in t.rows for c in row.cells) for t in tables
                   if t.rows[0].cells[0].text.startswith("Nơi nhận"))
    assert "- Lưu: VT, TTBCXB." in closing and "Lâm Văn Phúc" in closing
    header = "\n".join(c.text for row in tables[0].rows for c in row.cells)
    assert "Số: 125/BC-STTTT" in header and "Sóc Trăng, ngày 20 tháng 6 năm 2024" in header
    sheets = load_workbook(BytesIO(read(report.xlsx))).sheetnames
    assert sheets == [f"Phụ lục {n:02d}" for n in range(1, 8)]
    assert read(report.pdf) == FAKE_PDF
    assert download_name(report, "docx") == "BC-6thang-2024.docx"


def test_a_pdf_failure_keeps_the_docx_and_the_annex(
        report, coordinator, monkeypatch, django_capture_on_commit_callbacks) -> None:
    def no_libreoffice(docx: bytes, **kwargs: object) -> bytes:
        raise ExportError("Không tìm thấy LibreOffice (soffice) để chuyển văn bản sang PDF.")

    monkeypatch.setattr("exports.pdf.docx_to_pdf", no_libreoffice)
    report = export(coordinator, report, django_capture_on_commit_callbacks)
    assert report.status == ConsolidatedStatus.FAILED
    assert report.error == "Không tìm thấy LibreOffice (soffice) để chuyển văn bản sang PDF."
    assert report.docx and report.xlsx and not report.pdf
    assert check_decree30(read(report.docx)) == []


def test_editing_after_export_puts_the_report_back_to_draft(
        report, coordinator, django_capture_on_commit_callbacks) -> None:
    report = export(coordinator, report, django_capture_on_commit_callbacks)
    edit(coordinator, report)
    report.refresh_from_db()
    assert report.status == ConsolidatedStatus.DRAFT
    assert report.docx and report.pdf  # kept, shown as written before the edit
    assert report.sections.get(position=3).text.startswith("Việc sản xuất sản phẩm")


def test_saving_the_same_text_changes_nothing(report, coordinator,
                                              django_capture_on_commit_callbacks) -> None:
    report = export(coordinator, report, django_capture_on_commit_callbacks)
    text = report.sections.get(position=2).text
    consolidated_update(user=coordinator, report=report, sections={2: text},
                        title=report.title)
    report.refresh_from_db()
    assert report.status == ConsolidatedStatus.READY


def test_an_invalid_edit_is_refused_and_changes_nothing(report, coordinator) -> None:
    with pytest.raises(ValidationError) as error:
        consolidated_update(user=coordinator, report=report, number="125/2024/BC-STTTT-VP",
                            sections={2: "Nội dung mới"})
    assert "number" in error.value.message_dict
    report.refresh_from_db()
    assert report.number == ""
    assert report.sections.get(position=2).text != "Nội dung mới"


def test_an_unknown_part_is_refused(report, coordinator) -> None:
    with pytest.raises(ValidationError) as error:
        consolidated_update(user=coordinator, report=report, sections={9: "Phần thừa"})
    assert error.value.messages == ["Báo cáo tổng hợp không có phần số 9."]


def test_a_report_being_merged_cannot_be_edited_or_exported(reports, period,
                                                            coordinator) -> None:
    from reporting.services.consolidated import consolidated_build

    report = consolidated_build(user=coordinator, period=period)  # queued, not yet merged
    with pytest.raises(ValidationError) as error:
        consolidated_update(user=coordinator, report=report, signer_name="Lâm Văn Phúc")
    assert error.value.messages == [
        "Báo cáo tổng hợp đang được xử lý (đang tổng hợp); xin chờ xong rồi sửa."]
    with pytest.raises(ValidationError):
        consolidated_export(user=coordinator, report=report)


@pytest.mark.parametrize("role", ["reporter", "lead_reporter", "viewer"])
def test_only_a_coordinator_edits_and_exports(role, request, report) -> None:
    user = request.getfixturevalue(role)
    with pytest.raises(PermissionDenied):
        consolidated_update(user=user, report=report, signer_name="Lâm Văn Phúc")
    with pytest.raises(PermissionDenied):
        consolidated_export(user=user, report=report)
    report.refresh_from_db()
    assert report.signer_name == "" and report.status == ConsolidatedStatus.DRAFT

