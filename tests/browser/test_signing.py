"""The signing loop in the browser: the coordinator uploads the report signed by the director
and the agency, and the page says "Đã ký số" with who signed; the README's screenshot."""

import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from accounts.models import User
from exports.decree30 import docx_bytes
from exports.pdf import docx_to_pdf
from exports.signature_fields import prepare_for_signing
from exports.tests.sample import REPORT
from reporting.models import ConsolidatedReport, ConsolidatedStatus, ReportForm, ReportingPeriod
from signing import services
from signing.agency import sign_as_agency
from signing.tests.pki import PASSPHRASE, issue, make_root, pkcs12_of, sign_as_signer
from units.models import Unit

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(shutil.which("soffice") is None, reason="no LibreOffice")]


def test_the_coordinator_uploads_the_signed_report_and_sees_who_signed(
    live_server, transactional_db, province, page, log_in, screenshot, tmp_path
) -> None:
    coordinator = User.objects.get(username="dieuphoi")
    department = Unit.objects.get(code="ST-STTTT")
    period = ReportingPeriod.objects.create(
        kind="six_month", year=2024, first_day=date(2023, 12, 15), last_day=date(2024, 6, 14),
        deadline=date(2024, 6, 18), title="Báo cáo 6 tháng đầu năm 2024",
        receiving_unit=department, form=ReportForm.objects.order_by("pk").first())
    report = ConsolidatedReport.objects.create(
        period=period, status=ConsolidatedStatus.READY, symbol="BC-STTTT", place="Sóc Trăng",
        issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", number="5", created_by=coordinator,
        title="Kết quả 6 tháng đầu năm 2024 thực hiện Đề án truyền thông về quyền con người",
        exported_at=datetime.now(UTC))
    exported = prepare_for_signing(docx_to_pdf(docx_bytes(REPORT)), title="PHÓ GIÁM ĐỐC",
                                   name=REPORT.signer_name)
    report.pdf.save("BC-6thang-2024.pdf", ContentFile(exported))
    root = make_root()
    services.add_trusted_root(
        user=User.objects.get(username="quantri"), name="Root CA kiểm thử",
        upload=SimpleUploadedFile("root.pem", root.pem))
    director = issue(root, "Nguyễn Văn An", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    agency = issue(root, "Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
                   "Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    # pyHanko runs its own event loop; Playwright's sync API holds one in this thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        signed = pool.submit(lambda: sign_as_agency(
            report, sign_as_signer(exported, director, root), pkcs12=pkcs12_of(agency, root),
            passphrase=PASSPHRASE)).result()
    path = tmp_path / "BC-6thang-2024-da-ky.pdf"
    path.write_bytes(signed)

    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/reporting/periods/{period.pk}/consolidated/")
    page.get_by_label("Tệp PDF đã ký số").set_input_files(str(path))
    page.get_by_role("button", name="Tải lên bản đã ký số").click()
    verdict = page.locator("#signed-verdict")
    expect(verdict).to_contain_text("Đã ký số")
    signers = page.locator("table.signers")
    expect(signers).to_contain_text("Nguyễn Văn An")
    expect(signers).to_contain_text(director.serial_hex)
    expect(page.get_by_label("Số văn bản")).to_have_value("5")
    page.locator("#signing").scroll_into_view_if_needed()
    screenshot(page, "report-signed.png")
