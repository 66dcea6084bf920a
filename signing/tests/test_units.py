"""A unit's report through the same loop, when its period asks for it: the unit downloads
its report as PDF, its head signs it, the unit uploads it, and only then can it be sent."""

import shutil
from datetime import date
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from pyhanko.pdf_utils.reader import PdfFileReader

from exports.decree30 import docx_bytes
from exports.pdf import docx_to_pdf
from exports.pdfa_check import pdfa_problems
from reporting.models import ReportForm, ReportingPeriod, SubmissionStatus
from reporting.services.drafts import section_save, submission_open
from reporting.services.workflow import submission_submit
from reporting.unit_document import submission_document
from signing import selectors, services
from signing.tests.pki import issue, sign_as_signer

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed")


@pytest.fixture
def draft(unit, reporter):
    period = ReportingPeriod.objects.create(
        kind="six_month", year=2024, first_day=date(2023, 12, 15), last_day=date(2024, 6, 14),
        deadline=date(2024, 6, 18), title="Báo cáo 6 tháng đầu năm 2024",
        receiving_unit=unit("ST-STTTT"), form=ReportForm.objects.order_by("pk").first(),
        require_signed=True)
    period.units.set([unit("ST-BAO")])
    submission = submission_open(user=reporter, period=period, unit=unit("ST-BAO"))
    section = submission.sections.order_by("position").first()
    section_save(user=reporter, section=section, version=section.version,
                 text="Báo Sóc Trăng đăng 48 tin, bài về thành tựu bảo đảm quyền con người.")
    return submission


def unit_pdf(submission) -> bytes:  # type: ignore[no-untyped-def]
    with translation.override("vi"):
        return docx_to_pdf(docx_bytes(submission_document(submission)))


def test_a_period_asking_for_signed_reports_takes_one_signed_by_the_units_head(
        draft, reporter, coordinator, trusted, pki, as_upload) -> None:
    with pytest.raises(ValidationError, match="yêu cầu báo cáo được ký số"):
        submission_submit(user=reporter, submission=draft)
    head = issue(pki.root, "Nguyễn Văn Bảo", "Báo Sóc Trăng")
    exported = unit_pdf(draft)
    document = services.upload_signed_submission(
        user=reporter, submission=draft, upload=as_upload(sign_as_signer(exported, head,
                                                                          pki.root)),
        exported=exported)
    assert document.verified, document.problems
    assert submission_submit(user=reporter, submission=draft).status == \
        SubmissionStatus.SUBMITTED
    panel = selectors.submission_panel(coordinator, draft)
    assert panel["latest"] == document
    assert [(s["name"], s["organisation"]) for s in panel["latest_signers"]] == [
        ("Nguyễn Văn Bảo", "Báo Sóc Trăng")]


def test_a_unit_signing_another_units_report_is_refused(draft, reporter, trusted, pki,
                                                        other_pdf, as_upload) -> None:
    document = services.upload_signed_submission(
        user=reporter, submission=draft, upload=as_upload(
            sign_as_signer(other_pdf, pki.director, pki.root)), exported=unit_pdf(draft))
    assert [p["code"] for p in document.problems] == ["other_file"]
    with pytest.raises(ValidationError, match="ký số"):
        submission_submit(user=reporter, submission=draft)


def test_the_unit_signs_the_pdf_it_downloads_and_uploads_it_on_its_page(
        draft, client_as, trusted, pki) -> None:
    client = client_as("reporter")  # Báo Sóc Trăng's reporter
    downloaded = client.get(reverse("reporting:submission_download",
                                    args=[draft.pk, "pdf"])).content
    assert pdfa_problems(downloaded) == []
    fields = PdfFileReader(BytesIO(downloaded), strict=False).root["/AcroForm"]["/Fields"]
    assert [f.get_object()["/T"] for f in fields] == ["ChuKyNguoiKy"]
    head = issue(pki.root, "Nguyễn Văn Bảo", "Báo Sóc Trăng")
    response = client.post(reverse("signing:upload_submission", args=[draft.pk]), {
        "file": SimpleUploadedFile("bc-da-ky.pdf", sign_as_signer(downloaded, head, pki.root))},
        follow=True)
    html = response.content.decode()
    assert "Đã ký số" in html and "Nguyễn Văn Bảo" in html
