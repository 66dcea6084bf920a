"""A test certification authority made in the test run, with cryptography (pyHanko's own
dependency): a root, and signing certificates for a director and an agency, as a Vietnamese
CA issues them (names in Vietnamese, the organisation in O). Nothing is mocked: pyHanko signs
and verifies with these keys exactly as with a token's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSPHRASE = "mat-khau-kiem-thu"


@dataclass
class Issued:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def serial_hex(self) -> str:
        return format(self.certificate.serial_number, "X")


def name(common: str, organisation: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(parts)


def make_root(common: str = "Test Root CA Ban Cơ yếu Chính phủ",
              valid_from: datetime | None = None, days: int = 3650) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    start = valid_from or datetime.now(UTC) - timedelta(days=30)
    subject = name(common, "Ban Cơ yếu Chính phủ (kiểm thử)")
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256()))
    return Issued(certificate, key)


def issue(root: Issued, common: str, organisation: str, *, valid_from: datetime | None = None,
          days: int = 730) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    start = valid_from or datetime.now(UTC) - timedelta(days=1)
    certificate = (
        x509.CertificateBuilder().subject_name(name(common, organisation))
        .issuer_name(root.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                     False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            root.key.public_key()), critical=False)
        # Where its CA publishes revocations, as every Vietnamese CA's certificates say; the
        # address is never fetched (verification reads only what the file carries).
        .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier("http://crl.ca-kiem-thu.invalid/root.crl")],
            relative_name=None, reasons=None, crl_issuer=None)]), critical=False)
        .sign(root.key, hashes.SHA256()))
    return Issued(certificate, key)


def pkcs12_of(issued: Issued, root: Issued, passphrase: str = PASSPHRASE) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"kehoach", issued.key, issued.certificate, [root.certificate],
        serialization.BestAvailableEncryption(passphrase.encode()))


def revocation_list(root: Issued, revoked: list[Issued]) -> bytes:
    """A CRL of `root` revoking `revoked`, as DER."""
    now = datetime.now(UTC)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(root.certificate.subject)
               .last_update(now - timedelta(hours=1)).next_update(now + timedelta(days=7)))
    for entry in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(entry.certificate.serial_number)
            .revocation_date(now - timedelta(days=2)).build())
    return builder.sign(root.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def sign_as_signer(pdf: bytes, person: Issued, root: Issued) -> bytes:
    """The signer (a director) signs in the export's empty field, as their token's software
    does: a PAdES signature appended to the file."""
    from exports.signature_fields import SIGNER_FIELD
    from signing.pdfsign import Appearance, load_signer, sign_pdf

    subject = person.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    signer = load_signer(pkcs12_of(person, root), PASSPHRASE)
    return sign_pdf(pdf, signer=signer, field=SIGNER_FIELD, appearance=Appearance([str(subject)]))
