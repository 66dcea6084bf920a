"""The agency's own signature on a report, made on the server from the certificate file the
`SIGNING_PKCS12` setting names: for an office without USB tokens, and for the tests."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.utils import timezone

from exports.signature_fields import (
    AGENCY_FIELD,
    SIGNER_FIELD,
    agency_placement,
    field_placement,
    seal_placement,
)
from reporting.models import ConsolidatedReport
from signing.pdfsign import Appearance, SigningError, agency_lines, load_signer, sign_pdf


def number_line(report: ConsolidatedReport) -> str:
    """ "Số: 312/BC-STTTT", or the symbol alone while the number is not given."""
    number = report.number.strip()
    if number.isascii() and number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return f"Số: {number}/{report.symbol}" if number else f"Số: …/{report.symbol}"


def sign_as_agency(report: ConsolidatedReport, pdf: bytes, *, pkcs12: bytes | None = None,
                   passphrase: str | None = None, seal: bytes | None = None) -> bytes:
    """`pdf` (the export, or the copy the signer signed) with the agency's signature.

    With the image of its `seal`, as on the main document: the seal at its real size over
    the left third of the signer's field. Without, as on an attachment issued apart: at the
    top right of page 1, its name, the number and symbol, the time in ISO 8601 (+07:00).
    """
    if pkcs12 is None:
        path = settings.SIGNING_PKCS12
        if not path or not Path(path).is_file():
            raise SigningError("Chưa khai báo tệp chứng thư số của cơ quan (SIGNING_PKCS12) hoặc "
                               "không tìm thấy tệp đó.")
        pkcs12 = Path(path).read_bytes()
        passphrase = settings.SIGNING_PKCS12_PASSPHRASE
    signer = load_signer(pkcs12, passphrase)
    lines = agency_lines(report.issuing_body, number_line(report), timezone.now())
    appearance = Appearance(lines, agency_placement(pdf))
    if seal is not None:
        signer_field = field_placement(pdf, SIGNER_FIELD)
        if signer_field is None:
            raise SigningError("Tệp không có ô chữ ký của người ký để đóng dấu lên.")
        appearance = Appearance(lines, seal_placement(signer_field), image=seal)
    return sign_pdf(pdf, signer=signer, field=AGENCY_FIELD, appearance=appearance,
                    reason="Chữ ký số của cơ quan ban hành")
