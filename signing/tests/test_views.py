"""The consolidated report's page: the coordinator uploads the signed PDF and reads the
verdict; the administrators keep the trusted roots."""

import shutil

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from signing.agency import sign_as_agency
from signing.models import TrustedRoot
from signing.tests.pki import PASSPHRASE, pkcs12_of, sign_as_signer

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed")


def test_the_page_shows_who_signed_after_the_upload(client_as, ready_report, trusted, pki,
                                                    exported_pdf) -> None:
    signed = sign_as_agency(ready_report, sign_as_signer(exported_pdf, pki.director, pki.root),
                            pkcs12=pkcs12_of(pki.agency, pki.root), passphrase=PASSPHRASE)
    client = client_as("coordinator")
    page = reverse("reporting:consolidated", args=[ready_report.period_id])
    response = client.post(reverse("signing:upload_report", args=[ready_report.period_id]),
                           {"file": SimpleUploadedFile("da-ky.pdf", signed)}, follow=True)
    assert response.redirect_chain[-1][0] == page
    html = response.content.decode()
    assert "Đã ký số" in html and "Lâm Văn Phúc" in html and pki.director.serial_hex in html
    assert 'name="number"' in html and 'value="5"' in html  # read from the document


def test_a_failed_verification_says_what_failed(client_as, ready_report, trusted, pki,
                                                other_pdf) -> None:
    response = client_as("coordinator").post(
        reverse("signing:upload_report", args=[ready_report.period_id]),
        {"file": SimpleUploadedFile("da-ky.pdf", sign_as_signer(other_pdf, pki.director,
                                                                 pki.root))}, follow=True)
    html = response.content.decode()
    assert "Bản đã ký chưa được chấp nhận" in html
    assert "ký trên một tệp khác" in html


def test_a_program_renamed_pdf_is_refused(client_as, ready_report) -> None:
    response = client_as("coordinator").post(
        reverse("signing:upload_report", args=[ready_report.period_id]),
        {"file": SimpleUploadedFile("da-ky.pdf", b"MZ\x90\x00program")}, follow=True)
    assert "nội dung là tệp chương trình" in response.content.decode()
    assert not ready_report.signed_documents.exists()


def test_an_administrator_adds_and_stops_trusting_a_root(client_as, pki) -> None:
    client = client_as("administrator")
    added = client.post(reverse("signing:roots"), {
        "name": "Root CA kiểm thử", "file": SimpleUploadedFile("root.cer", pki.root.der)},
        follow=True)
    assert "Đã thêm chứng thư số gốc “Root CA kiểm thử”." in added.content.decode()
    root = TrustedRoot.objects.get()
    assert root.active and root.serial == pki.root.serial_hex
    response = client.post(reverse("signing:root_active", args=[root.pk]), {"active": "0"})
    root.refresh_from_db()
    assert not root.active
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Đã tắt chứng thư số gốc “Root CA kiểm thử”: chữ ký theo chứng thư này không còn được "
        "công nhận."]
    response = client.post(reverse("signing:roots"), {
        "file": SimpleUploadedFile("nguoi-ky.cer", pki.director.der)})
    assert "không phải của một tổ chức cung cấp dịch vụ chứng thực" in response.content.decode()


def test_the_page_says_when_no_root_is_trusted_yet(client_as, ready_report) -> None:
    page = reverse("reporting:consolidated", args=[ready_report.period_id])
    coordinator = client_as("coordinator").get(page).content.decode()
    assert "Chưa có chứng thư số gốc tin cậy nào" in coordinator
    assert "Xin báo quản trị hệ thống" in coordinator
    administrator = client_as("administrator").get(page).content.decode()
    assert reverse("signing:roots") in administrator
