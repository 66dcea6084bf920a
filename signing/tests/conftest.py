"""A consolidated report exported as the PDF to sign, a test CA and its certificates, and the
administrators' trust in that CA. The PDF is LibreOffice's real PDF/A with its empty field."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import User
from exports.decree30 import docx_bytes
from exports.pdf import docx_to_pdf
from exports.signature_fields import prepare_for_signing
from exports.tests.sample import DRAFT, REPORT
from reporting.models import ConsolidatedReport, ConsolidatedStatus, ReportForm, ReportingPeriod
from signing import services
from signing.models import TrustedRoot
from signing.tests.pki import Issued, issue, make_root


@dataclass
class Pki:
    root: Issued
    director: Issued
    agency: Issued
    expired: Issued
    stranger_root: Issued
    stranger: Issued


@pytest.fixture(scope="session")
def pki() -> Pki:
    root = make_root()
    stranger_root = make_root("Unknown Root CA")
    long_ago = datetime.now(UTC) - timedelta(days=800)
    return Pki(
        root=root,
        director=issue(root, "Lâm Văn Phúc", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"),
        agency=issue(root, "Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
                     "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"),
        expired=issue(root, "Trần Thị Hồng", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
                      valid_from=long_ago, days=365),
        stranger_root=stranger_root,
        stranger=issue(stranger_root, "Nguyễn Văn Lạ", "Công ty Chứng thực Lạ"))


def _exported(document) -> bytes:  # type: ignore[no-untyped-def]
    return prepare_for_signing(docx_to_pdf(docx_bytes(document)), title="PHÓ GIÁM ĐỐC",
                               name=document.signer_name)


@pytest.fixture(scope="session")
def exported_pdf() -> bytes:
    """The six-month report of the sample as the export writes it: PDF/A with its field."""
    return _exported(REPORT)


@pytest.fixture(scope="session")
def other_pdf() -> bytes:
    """Another document (the sample's draft), to be signed by mistake."""
    return _exported(DRAFT)


@pytest.fixture
def ready_report(unit, coordinator: User, exported_pdf: bytes) -> ConsolidatedReport:
    """The department's consolidated report for the half year, exported and ready to sign."""
    period = ReportingPeriod.objects.create(
        kind="six_month", year=2024, first_day=date(2023, 12, 15), last_day=date(2024, 6, 14),
        deadline=date(2024, 6, 18), title="Báo cáo 6 tháng đầu năm 2024",
        receiving_unit=unit("ST-STTTT"), form=ReportForm.objects.order_by("pk").first())
    report = ConsolidatedReport.objects.create(
        period=period, status=ConsolidatedStatus.READY, issuing_body="SỞ THÔNG TIN VÀ TRUYỀN "
        "THÔNG", parent_body="UBND TỈNH SÓC TRĂNG", symbol="BC-STTTT", place="Sóc Trăng",
        title="Kết quả 6 tháng đầu năm 2024", signature_prefix="KT. GIÁM ĐỐC",
        signature_position="PHÓ GIÁM ĐỐC", signer_name="Lâm Văn Phúc", created_by=coordinator,
        exported_at=datetime.now(UTC))
    report.pdf.save("BC-6thang-2024.pdf", ContentFile(exported_pdf))
    return report


@pytest.fixture
def trusted(administrator: User, pki: Pki) -> TrustedRoot:
    upload = SimpleUploadedFile("root-ca.pem", pki.root.pem, "application/x-pem-file")
    return services.add_trusted_root(user=administrator, upload=upload,
                                     name="Test Root CA (kiểm thử)")


@pytest.fixture
def as_upload() -> Callable[[bytes], SimpleUploadedFile]:
    return lambda data: SimpleUploadedFile("bao-cao-da-ky.pdf", data, "application/pdf")
