"""Uploading a signed report: real signatures made here with the test CA, verified by
pyHanko against the administrators' trust anchors; nothing is mocked."""

import shutil
from io import BytesIO

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.validation.dss import DocumentSecurityStore

from exports.pdfa_check import pdfa_problems
from signing import services
from signing.agency import sign_as_agency
from signing.tests.pki import PASSPHRASE, pkcs12_of, revocation_list, sign_as_signer

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed")


def stored(document) -> bytes:  # type: ignore[no-untyped-def]
    with document.file.open("rb") as handle:
        return handle.read()


def test_the_directors_and_the_agencys_signatures_are_verified(
        ready_report, coordinator, trusted, pki, exported_pdf, as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    signed = sign_as_agency(ready_report, signed, pkcs12=pkcs12_of(pki.agency, pki.root),
                            passphrase=PASSPHRASE)
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(signed))
    assert document.verified, document.problems
    assert [(s["field"], s["name"], s["organisation"]) for s in document.signers] == [
        ("ChuKyNguoiKy", "Lâm Văn Phúc", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"),
        ("ChuKyCoQuan", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
         "Sở Thông tin và Truyền thông tỉnh Sóc Trăng")]
    assert document.signers[0]["serial"] == pki.director.serial_hex
    assert document.signers[0]["signed_at"]
    assert stored(document) == signed and document.sha256 == services.sha256(signed)
    assert document.exported_sha256 == services.sha256(exported_pdf)
    assert pdfa_problems(signed) == []  # the signatures kept it PDF/A-2b


def test_a_tampered_copy_fails(ready_report, coordinator, trusted, pki, exported_pdf,
                               as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    at = signed.index(b"/Producer")  # in the exported revision, which the signature covers
    tampered = signed[:at] + b"/Prodocer" + signed[at + 9:]
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(tampered))
    assert not document.verified
    assert [p["message"] for p in document.problems] == [
        "Chữ ký của Lâm Văn Phúc không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký."]


def test_a_copy_signed_over_another_file_fails(ready_report, coordinator, trusted, pki,
                                               other_pdf, as_upload) -> None:
    signed = sign_as_signer(other_pdf, pki.director, pki.root)
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(signed))
    assert not document.verified
    assert document.problems[0] == {
        "code": "other_file", "message": "Chữ ký số được ký trên một tệp khác, không phải văn "
        "bản đã xuất từ hệ thống cho báo cáo này."}


def test_a_page_changed_after_signing_fails(ready_report, coordinator, trusted, pki,
                                            exported_pdf, as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    writer = IncrementalPdfFileWriter(BytesIO(signed), strict=False)
    page_ref, _resources = writer.find_page_for_modification(1)
    page = page_ref.get_object()
    page[generic.pdf_name("/Contents")] = writer.add_object(generic.StreamObject(
        stream_data=b""))
    writer.update_container(page)
    output = BytesIO()
    writer.write(output)
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(output.getvalue()))
    messages = [p["message"] for p in document.problems]
    assert not document.verified
    assert "Trang 2 đã bị thay đổi so với văn bản đã xuất." in messages
    assert ("Sau chữ ký của Lâm Văn Phúc, tệp đã bị sửa thêm nội dung chứ không chỉ thêm chữ "
            "ký.") in messages


def test_an_expired_certificate_fails(ready_report, coordinator, trusted, pki, exported_pdf,
                                      as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.expired, pki.root)
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(signed))
    day = pki.expired.certificate.not_valid_after_utc.strftime("%d/%m/%Y")
    assert [p["message"] for p in document.problems] == [
        f"Chứng thư số của Trần Thị Hồng đã hết hạn ngày {day}, trước thời điểm ký."]


def test_an_unknown_issuer_fails(ready_report, coordinator, trusted, pki, exported_pdf,
                                 as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.stranger, pki.stranger_root)
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(signed))
    assert [p["message"] for p in document.problems] == [
        "Chứng thư số của Nguyễn Văn Lạ do “Unknown Root CA” cấp, không thuộc chứng thư gốc tin "
        "cậy nào quản trị hệ thống đã khai báo."]


def test_no_root_trusted_yet_means_no_signature_is_accepted(
        ready_report, coordinator, pki, exported_pdf, as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(signed))
    assert [p["code"] for p in document.problems] == ["unknown_issuer"]


def test_a_certificate_revoked_in_the_files_dss_fails(ready_report, coordinator, trusted, pki,
                                                      exported_pdf, as_upload) -> None:
    signed = sign_as_signer(exported_pdf, pki.director, pki.root)
    from asn1crypto import crl

    output = BytesIO(signed)
    DocumentSecurityStore.add_dss(
        output, sig_contents=None, crls=[crl.CertificateList.load(
            revocation_list(pki.root, [pki.director]))], certs=[])
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(output.getvalue()))
    assert "Chứng thư số của Lâm Văn Phúc đã bị thu hồi." in [
        p["message"] for p in document.problems]


def test_an_unsigned_or_unreadable_file_is_said_so(ready_report, coordinator, trusted,
                                                   exported_pdf, as_upload) -> None:
    document = services.upload_signed_report(user=coordinator, report=ready_report,
                                              upload=as_upload(exported_pdf))
    assert [p["message"] for p in document.problems] == ["Tệp PDF này chưa có chữ ký số nào."]
