"""QR codes for the public page of a guidance, printed on the letter ("quét mã QR").

Plain functions from text to bytes, no Django: the view only adds the download header.
"""

import io

import segno

# 'M' recovers from 15 % damage, enough for a photocopied letter; segno raises it for free
# when the symbol has room.
ERROR_LEVEL = "m"
QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks


def qr_png(data: str, *, scale: int = 10) -> bytes:
    """A PNG of about 3 cm at 300 dpi for a typical page address, for Word documents."""
    buffer = io.BytesIO()
    segno.make(data, error=ERROR_LEVEL).save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue()


def qr_svg(data: str, *, title: str = "") -> bytes:
    """An SVG one millimetre per module, so it prints sharp at any size it is scaled to.

    >>> qr_svg("https://example.org/p/x/").startswith(b"<?xml")
    True
    """
    buffer = io.BytesIO()
    segno.make(data, error=ERROR_LEVEL).save(
        buffer, kind="svg", scale=1, unit="mm", border=QUIET_ZONE, title=title or None,
    )
    return buffer.getvalue()
