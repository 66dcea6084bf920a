"""Verifying a signed PDF against the document the app exported, with pyHanko.

Plain Python, no Django: the service passes the uploaded bytes, the exported file's bytes and
the trusted root certificates, and stores what comes back. A signed report is accepted when
- every signature is intact (the bytes it covers hash to what was signed) and valid;
- the first signed revision is the exported document: byte for byte when the signing software
  appended its signature (PAdES does), else the same number of pages with the same text on
  each; a signature over any other file is refused;
- after each signature only signatures, form filling and validation data were added (pyHanko's
  difference analysis: its modification level), and every page still reads as exported;
- each signing certificate chains to a root the administrators trust and was valid at the time
  of signing (the signed timestamp's time when there is one, else the time the signer's
  software wrote), and is not revoked where the file carries revocation data (its DSS or the
  signature's own archive); nothing is fetched from the network.
Every problem is said in Vietnamese with what failed: a changed page, an expired certificate,
an unknown issuer, a signature over another file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

import pypdfium2 as pdfium
from asn1crypto import x509 as asn1_x509
from django.utils.translation import gettext as _
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.generic_cms import extract_tst_data_iter
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator import ValidationContext

ACCEPTED_CHANGES = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
                    ModificationLevel.FORM_FILLING)
EXPIRED = {"EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"}
REVOKED = {"REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"}
UNKNOWN_ISSUER = {"NO_CERTIFICATE_CHAIN_FOUND", "CHAIN_CONSTRAINTS_FAILURE",
                  "CERTIFICATE_CHAIN_GENERAL_FAILURE"}


@dataclass(frozen=True)
class Signer:
    """One signature as the page shows it."""

    field: str
    name: str
    organisation: str
    serial: str
    issuer: str
    signed_at: datetime | None
    ok: bool

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "name": self.name, "organisation": self.organisation,
                "serial": self.serial, "issuer": self.issuer, "ok": self.ok,
                "signed_at": self.signed_at.isoformat() if self.signed_at else None}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


@dataclass
class Verification:
    signers: list[Signer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.signers) and not self.problems

    def add(self, code: str, message: str) -> None:
        if all(p.message != message for p in self.problems):
            self.problems.append(Problem(code, message))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with its spacing evened out, to compare two renderings."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [re.sub(r"\s+", " ", document[i].get_textpage().get_text_range()).strip()
                for i in range(len(document))]
    finally:
        document.close()


def changed_pages(pdf: bytes, exported: Sequence[str]) -> tuple[list[int], bool]:
    """The pages (from 1) whose text differs from the export, and whether the page count
    differs."""
    texts = page_texts(pdf)
    changed = [i + 1 for i, (a, b) in enumerate(zip(texts, exported, strict=False)) if a != b]
    return changed, len(texts) != len(exported)


def verify_signed_pdf(signed: bytes, *, exported: bytes, roots: Sequence[bytes]
                      ) -> Verification:
    """What `signed` proves about `exported`; `roots` are DER certificates."""
    result = Verification()
    try:
        reader = PdfFileReader(BytesIO(signed), strict=False)
        signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except Exception:  # any unreadable upload is the same answer to the user
        result.add("not_pdf", _("Tệp tải lên không phải là tệp PDF đọc được."))
        return result
    if not signatures:
        result.add("unsigned", _("Tệp PDF này chưa có chữ ký số nào."))
        return result
    exported_texts = page_texts(exported)
    _check_signed_revision(result, signed, signatures[0], exported, exported_texts)
    # Pages changed after signing; a signature over another file differs everywhere already.
    changed = [] if result.problems else changed_pages(signed, exported_texts)[0]
    for page in changed:
        result.add("changed_page", _("Trang %(page)s đã bị thay đổi so với văn bản đã xuất.")
                   % {"page": page})
    trust_roots = [asn1_x509.Certificate.load(der) for der in roots]
    revocation = _revocation_data(reader)
    for signature in signatures:
        result.signers.append(_check_signature(result, signature, trust_roots, revocation))
    return result


def _check_signed_revision(result: Verification, signed: bytes, first: EmbeddedPdfSignature,
                           exported: bytes, exported_texts: Sequence[str]) -> None:
    """The first signature must cover the exported document, whatever came after it."""
    if signed.startswith(exported):
        return
    _start, _length, rest, rest_length = (int(v) for v in first.sig_object["/ByteRange"])
    revision = signed[:rest + rest_length]
    changed, count_differs = changed_pages(revision, exported_texts)
    if count_differs or len(changed) * 2 > len(exported_texts):
        result.add("other_file", _("Chữ ký số được ký trên một tệp khác, không phải văn bản đã "
                                   "xuất từ hệ thống cho báo cáo này."))
        return
    for page in changed:
        result.add("changed_page", _("Trang %(page)s của văn bản được ký khác với văn bản đã "
                                     "xuất.") % {"page": page})


def _revocation_data(reader: PdfFileReader) -> dict[str, list[Any]]:
    """Certificates, CRLs and OCSP responses the file carries in its DSS (PAdES LT)."""
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except Exception:  # no DSS, or one pyHanko cannot read: nothing to add
        return {"other_certs": [], "crls": [], "ocsps": []}
    return {"other_certs": list(dss.load_certs()), **_dss_revinfo(dss)}


def _dss_revinfo(dss: DocumentSecurityStore) -> dict[str, list[Any]]:
    from asn1crypto import crl, ocsp

    crls = [crl.CertificateList.load(ref.get_object().data) for ref in dss.crls]
    ocsps = [ocsp.OCSPResponse.load(ref.get_object().data) for ref in dss.ocsps]
    return {"crls": crls, "ocsps": ocsps}


def _archived_revinfo(signature: EmbeddedPdfSignature) -> dict[str, list[Any]]:
    """Adobe's revocation archive among the signed attributes (what tokens' software adds)."""
    crls: list[Any] = []
    ocsps: list[Any] = []
    for attribute in signature.signer_info["signed_attrs"]:
        if attribute["type"].native != "adobe_revocation_info_archival":
            continue
        for value in attribute["values"]:
            crls += list(value["crl"]) if value["crl"].native else []
            ocsps += list(value["ocsp"]) if value["ocsp"].native else []
    return {"crls": crls, "ocsps": ocsps}


def signing_time(signature: EmbeddedPdfSignature) -> datetime | None:
    """The signed timestamp's time if the signature has one, else what the signer wrote."""
    for token in extract_tst_data_iter(signature.signer_info, signed=False):
        info = token["encap_content_info"]["content"].parsed
        return info["gen_time"].native
    return signature.self_reported_timestamp


def _names(certificate: asn1_x509.Certificate) -> tuple[str, str, str]:
    subject = certificate.subject.native
    issuer = certificate.issuer.native
    return (str(subject.get("common_name", "")), str(subject.get("organization_name", "")),
            str(issuer.get("common_name", issuer.get("organization_name", ""))))


def _check_signature(result: Verification, signature: EmbeddedPdfSignature,
                     roots: list[asn1_x509.Certificate], revocation: dict[str, list[Any]]
                     ) -> Signer:
    certificate = signature.signer_cert
    name, organisation, issuer = _names(certificate)
    at = signing_time(signature)
    archived = _archived_revinfo(signature)
    context = ValidationContext(
        trust_roots=roots, other_certs=revocation["other_certs"],
        crls=revocation["crls"] + archived["crls"], ocsps=revocation["ocsps"] + archived["ocsps"],
        allow_fetching=False, revocation_mode="soft-fail", retroactive_revinfo=True,
        moment=at or datetime.now(UTC))
    problems_before = len(result.problems)
    status = validate_pdf_signature(signature, signer_validation_context=context)
    who = name or organisation
    if not status.intact or not status.valid:  # a broken signature's chain is not worth judging
        result.add("broken", _("Chữ ký của %(who)s không còn khớp với nội dung tệp: tệp đã bị sửa "
                               "sau khi ký.") % {"who": who})
        return _signer(signature, certificate, at, ok=False)
    if status.modification_level not in ACCEPTED_CHANGES or status.docmdp_ok is False:
        result.add("modified", _("Sau chữ ký của %(who)s, tệp đã bị sửa thêm nội dung chứ không "
                                 "chỉ thêm chữ ký.") % {"who": who})
    if not status.trusted:
        _trust_problem(result, status, certificate, who, issuer, at)
    return _signer(signature, certificate, at, ok=len(result.problems) == problems_before)


def _signer(signature: EmbeddedPdfSignature, certificate: asn1_x509.Certificate,
            at: datetime | None, *, ok: bool) -> Signer:
    name, organisation, issuer = _names(certificate)
    return Signer(field=str(signature.field_name), name=name, organisation=organisation,
                  serial=format(certificate.serial_number, "X"), issuer=issuer, signed_at=at,
                  ok=ok)


def _trust_problem(result: Verification, status: Any, certificate: asn1_x509.Certificate,
                   who: str, issuer: str, at: datetime | None) -> None:
    indication = getattr(status.trust_problem_indic, "name", "")
    not_after = certificate["tbs_certificate"]["validity"]["not_after"].native
    not_before = certificate["tbs_certificate"]["validity"]["not_before"].native
    when = at.astimezone(UTC) if at else datetime.now(UTC)
    if indication in REVOKED:
        result.add("revoked", _("Chứng thư số của %(who)s đã bị thu hồi.") % {"who": who})
    elif indication in EXPIRED or when > not_after:
        result.add("expired", _("Chứng thư số của %(who)s đã hết hạn ngày %(day)s, trước thời "
                                "điểm ký.") % {"who": who, "day": not_after.strftime("%d/%m/%Y")})
    elif indication == "NOT_YET_VALID" or when < not_before:
        result.add("not_yet_valid", _("Chứng thư số của %(who)s chưa có hiệu lực vào thời điểm "
                                      "ký.") % {"who": who})
    elif indication in UNKNOWN_ISSUER or not indication:
        result.add("unknown_issuer", _(
            "Chứng thư số của %(who)s do “%(issuer)s” cấp, không thuộc chứng thư gốc tin cậy nào "
            "quản trị hệ thống đã khai báo.") % {"who": who, "issuer": issuer})
    else:
        result.add("untrusted", _("Không xác minh được chứng thư số của %(who)s (%(reason)s).")
                   % {"who": who, "reason": indication})
