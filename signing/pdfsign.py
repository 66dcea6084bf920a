"""Signing a PDF with a certificate file (PKCS#12), as an office without a USB token does.

Plain Python over pyHanko, no Django: `manage.py sign_report` calls it with the setting's file,
and the tests sign with the test certificates they make. The signature is PAdES (ETSI.CAdES
.detached), appended as an incremental update, so the exported document stays the first
revision, byte for byte.

The agency's signature (văn thư) shows what Decree 30 asks of it (LAW.md): no image, the
agency's name, the document's number and symbol and the signing time in ISO 8601 with
Vietnam's offset (2024-06-20T09:15:02+07:00), in Times New Roman's metric twin, 10 pt,
upright, black, at the top right of the first page.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from PIL import Image
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp.base import BaseStampStyle
from pyhanko.stamp.static import StaticStampStyle
from pyhanko.stamp.text import TextStampStyle

from exports.signature_fields import Placement

UNITS_PER_EM = 1000
VIETNAM = timezone(timedelta(hours=7), "ICT")
# Liberation Serif (fonts-liberation2) has every Vietnamese letter and Times New Roman's metrics.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
)


class SigningError(Exception):
    """The file could not be signed; the message says why, for the person who asked."""


@dataclass(frozen=True)
class Appearance:
    """What the signature shows on the page: its lines of text, at `placement` (a new
    field), or in the existing field `placement` is None for."""

    lines: Sequence[str]
    placement: Placement | None = None
    # A picture instead of text: the agency's seal (red, transparent background, PNG).
    image: bytes | None = None


def iso_time(moment: datetime) -> str:
    """The time as Decree 30 writes it on the agency's signature.

    >>> iso_time(datetime(2024, 6, 20, 2, 15, 2, tzinfo=timezone.utc))
    '2024-06-20T09:15:02+07:00'
    """
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


def agency_lines(agency: str, number_line: str, moment: datetime) -> list[str]:
    """The agency signature's text: name, number and symbol, time."""
    return [line for line in (agency.strip(), number_line.strip(), iso_time(moment)) if line]


@functools.cache
def font_file(candidates: Sequence[str] = FONT_CANDIDATES) -> str:
    """The font for appearances, rescaled to 1,000 units per em.

    pyHanko 0.38 writes a CID font's widths in the font's own units, which the PDF reads as
    thousandths of an em: a TrueType font of 2,048 units (Liberation, Times New Roman) would
    be drawn with every letter twice as far apart. fontTools rescales a copy once a process.
    """
    for candidate in candidates:
        if Path(candidate).is_file():
            font = TTFont(candidate)
            if font["head"].unitsPerEm != UNITS_PER_EM:
                scale_upem(font, UNITS_PER_EM)
            target = Path(tempfile.gettempdir()) / f"kehoach-{Path(candidate).stem}-1000.ttf"
            partial = target.with_suffix(f".{os.getpid()}.tmp")
            font.save(str(partial))
            partial.replace(target)  # atomic: another process never reads half a font
            return str(target)
    raise SigningError("Không tìm thấy phông chữ Liberation Serif (gói fonts-liberation2) để "
                       "viết chữ ký số.")


def load_signer(pkcs12: bytes, passphrase: str | None) -> signers.SimpleSigner:
    """The key and certificate chain of a .p12/.pfx file."""
    try:
        signer: signers.SimpleSigner | None = signers.SimpleSigner.load_pkcs12_data(
            pkcs12, other_certs=[], passphrase=passphrase.encode() if passphrase else None)
    except (ValueError, TypeError) as error:
        raise SigningError(f"Không đọc được tệp chứng thư số (.p12): {error}") from error
    if signer is None:
        raise SigningError("Không đọc được tệp chứng thư số (.p12): sai mật khẩu hoặc tệp hỏng.")
    return signer


def _style(appearance: Appearance) -> BaseStampStyle:
    if appearance.image is not None:
        try:
            picture = Image.open(BytesIO(appearance.image))
            picture.load()
        except OSError as error:
            raise SigningError(f"Không đọc được ảnh con dấu: {error}") from error
        return StaticStampStyle(background=PdfImage(picture), border_width=0)
    return TextStampStyle(
        stamp_text="\n".join(appearance.lines).replace("%", "%%"),
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(font_file()), font_size=10),
        border_width=0, background=None)


def sign_pdf(pdf: bytes, *, signer: signers.SimpleSigner, field: str, appearance: Appearance,
             reason: str = "") -> bytes:
    """`pdf` with one more signature in `field` (created at the appearance's placement when
    it is given, else the empty field of that name is filled)."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    new_field = None
    if appearance.placement is not None:
        box = tuple(round(v) for v in appearance.placement.box)
        new_field = fields.SigFieldSpec(sig_field_name=field, on_page=appearance.placement.page,
                                        box=box)  # type: ignore[arg-type]
    style = _style(appearance)
    meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        reason=reason or None)
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style,
                                   new_field_spec=new_field)
    output = BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=output)
    except Exception as error:  # pyHanko raises several kinds; all mean "not signed"
        raise SigningError(f"Không ký được tệp: {error}") from error
    return output.getvalue()
