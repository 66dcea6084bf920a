"""Issuing a verified signed report: its number and date from the document, the text and
figures locked, a new version only with a reason, the file kept with its checksum, the
level above seeing the signed file; and `manage.py sign_report` on the server."""

import shutil
from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from reporting.models import ConsolidatedReport, ConsolidatedStatus, Submission
from reporting.services.consolidated import consolidated_export, consolidated_update
from signing import selectors, services
from signing.agency import sign_as_agency
from signing.models import NewVersion
from signing.tests.pki import PASSPHRASE, pkcs12_of, sign_as_signer

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed")


@pytest.fixture
def verified(ready_report, coordinator, trusted, pki, exported_pdf, as_upload):
    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    signed = sign_as_agency(ready_report, signed, pkcs12=pkcs12_of(pki.agency, pki.root),
                            passphrase=PASSPHRASE)
    return services.upload_signed_report(user=coordinator, report=ready_report,
                                         upload=as_upload(signed))


def test_the_number_and_date_are_read_from_the_signed_document(verified) -> None:
    # The sample report was exported as "Số: 05/BC-STTTT", "ngày 17 tháng 6 năm 2024".
    assert selectors.document_reading(verified) == {"number": "5",
                                                    "issued_on": date(2024, 6, 17)}


def test_an_issued_report_is_locked_until_a_new_version_with_a_reason(
        verified, ready_report, coordinator) -> None:
    services.issue_signed_report(user=coordinator, document=verified, number="312",
                                 issued_on=date(2024, 6, 17))
    report = ConsolidatedReport.objects.get(pk=ready_report.pk)
    assert report.issued_at is not None and (report.number, report.issued_on) == (
        "312", date(2024, 6, 17))
    assert selectors.issued_document(report) == verified
    with pytest.raises(ValidationError, match="đã khóa"):
        consolidated_update(user=coordinator, report=report, title="Tiêu đề khác")
    with pytest.raises(ValidationError, match="đã khóa"):
        consolidated_export(user=coordinator, report=report)
    with pytest.raises(ValidationError, match="lý do"):
        services.open_new_version(user=coordinator, report=report, reason="  ")
    version = services.open_new_version(
        user=coordinator, report=report,
        reason="Bổ sung số liệu của Đài Phát thanh và Truyền hình tỉnh gửi muộn.")
    report.refresh_from_db()
    assert (report.version, report.issued_at, report.status) == (2, None, ConsolidatedStatus.DRAFT)
    assert NewVersion.objects.get() == version and version.created_by == coordinator
    consolidated_update(user=coordinator, report=report, title="Kết quả 6 tháng (bổ sung)")
    verified.refresh_from_db()
    assert verified.is_issued and verified.file  # the issued file of version 1 stays
    assert LogEntry.objects.get_for_model(NewVersion).get().changes["reason"][1] == (
        "Bổ sung số liệu của Đài Phát thanh và Truyền hình tỉnh gửi muộn.")
    changed = [set(e.changes) for e in LogEntry.objects.get_for_model(ConsolidatedReport)
               .filter(object_pk=str(report.pk)).order_by("pk")]
    assert {"number", "issued_on", "issued_at"} <= changed[-3]  # issued
    assert {"version", "issued_at", "status"} <= changed[-2]  # new version


def test_only_a_verified_copy_of_the_latest_export_is_issued(
        ready_report, coordinator, trusted, pki, other_pdf, as_upload) -> None:
    wrong = services.upload_signed_report(
        user=coordinator, report=ready_report,
        upload=as_upload(sign_as_signer(other_pdf, pki.director, pki.root)))
    with pytest.raises(ValidationError, match="đã xác minh"):
        services.issue_signed_report(user=coordinator, document=wrong, number="312",
                                     issued_on=date(2024, 6, 17))


def test_only_a_coordinator_uploads_and_issues(verified, ready_report, viewer, reporter,
                                               exported_pdf, as_upload) -> None:
    for user in (viewer, reporter):
        with pytest.raises(PermissionDenied):
            services.upload_signed_report(user=user, report=ready_report,
                                          upload=as_upload(exported_pdf))
        with pytest.raises(PermissionDenied):
            services.issue_signed_report(user=user, document=verified, number="1",
                                         issued_on=date(2024, 6, 17))


def test_the_level_above_sees_the_issued_signed_file(verified, ready_report, coordinator,
                                                     unit) -> None:
    services.issue_signed_report(user=coordinator, document=verified, number="312",
                                 issued_on=date(2024, 6, 17))
    upward = Submission.objects.create(period=ready_report.period, unit=unit("ST-STTTT"),
                                       source=ready_report)
    upward = Submission.objects.get(pk=upward.pk)  # as the level above's page reads it
    panel = selectors.submission_panel(coordinator, upward)
    assert panel["carried"] == verified
    assert [s["name"] for s in panel["carried_signers"]] == [
        "Lâm Văn Phúc", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"]


def test_the_command_signs_for_the_agency_and_uploads(
        ready_report, coordinator, trusted, pki, tmp_path, settings) -> None:
    p12 = tmp_path / "so-tttt.p12"
    p12.write_bytes(pkcs12_of(pki.agency, pki.root))
    settings.SIGNING_PKCS12, settings.SIGNING_PKCS12_PASSPHRASE = str(p12), PASSPHRASE
    output = tmp_path / "BC-ky-so.pdf"
    call_command("sign_report", ready_report.period_id, "--output", str(output),
                 "--upload-as", coordinator.username)
    document = ready_report.signed_documents.get()
    assert document.verified and document.sha256 == services.sha256(output.read_bytes())
    assert document.signers[0]["field"] == "ChuKyCoQuan"
    settings.SIGNING_PKCS12_PASSPHRASE = "sai-mat-khau"
    with pytest.raises(CommandError, match="chứng thư số"):
        call_command("sign_report", ready_report.period_id, "--output", str(output))


def test_the_command_signing_another_file_fails_verification(
        ready_report, coordinator, trusted, pki, other_pdf, tmp_path, settings) -> None:
    p12 = tmp_path / "so-tttt.p12"
    p12.write_bytes(pkcs12_of(pki.agency, pki.root))
    settings.SIGNING_PKCS12, settings.SIGNING_PKCS12_PASSPHRASE = str(p12), PASSPHRASE
    other = tmp_path / "khac.pdf"
    other.write_bytes(other_pdf)
    with pytest.raises(CommandError, match="không qua được bước xác minh"):
        call_command("sign_report", ready_report.period_id, "--input", str(other),
                     "--output", str(tmp_path / "ky.pdf"), "--upload-as", coordinator.username)
    assert ready_report.signed_documents.get().problems[0]["code"] == "other_file"


def seal_png() -> bytes:
    """A red round seal on a transparent background, as agencies scan theirs."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    picture = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((10, 10, 390, 390), outline=(220, 20, 20, 255), width=18)
    draw.ellipse((90, 90, 310, 310), outline=(220, 20, 20, 255), width=8)
    output = BytesIO()
    picture.save(output, "PNG")
    return output.getvalue()


def test_the_agency_seals_over_a_third_of_the_signers_signature(
        ready_report, coordinator, trusted, pki, exported_pdf, as_upload) -> None:
    from exports.pdfa_check import pdfa_problems
    from exports.signature_fields import AGENCY_FIELD, SIGNER_FIELD, field_placement

    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    sealed = sign_as_agency(ready_report, signed, pkcs12=pkcs12_of(pki.agency, pki.root),
                            passphrase=PASSPHRASE, seal=seal_png())
    signer, seal = field_placement(sealed, SIGNER_FIELD), field_placement(sealed, AGENCY_FIELD)
    assert signer is not None and seal is not None and seal.page == signer.page
    third = signer.box[0] + (signer.box[2] - signer.box[0]) / 3
    assert seal.box[0] < signer.box[0] < seal.box[2] and abs(seal.box[2] - third) < 1
    assert abs((seal.box[2] - seal.box[0]) - 36 / 25.4 * 72) < 1  # the seal's real size
    assert pdfa_problems(sealed) == []
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(sealed))
    assert document.verified, document.problems
