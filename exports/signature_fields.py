"""Where the digital signatures go on an exported PDF, and the empty field the signer fills.

Decree 30/2020 (Appendix I, as LAW.md gathers it) puts the signer's image between the title of
the signer ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") and their name, and the agency's signature, on a
document issued apart, at the top right of the first page. The place of the signature block
depends on how long the text is, so it is read from the PDF LibreOffice wrote (its text
layer, through pypdfium2) rather than guessed: the empty field sits exactly in the space the
.docx leaves between the title and the name, and the signer's software (or `manage.py
sign_report`) finds it by its name.

The field is added as an incremental update (pyHanko), with an empty appearance so that the
file stays PDF/A-2b (every annotation of a PDF/A file has an appearance).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

import pypdfium2 as pdfium
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

# The field the signer's software fills: "Chữ ký của người có thẩm quyền".
SIGNER_FIELD = "ChuKyNguoiKy"
# The agency's own signature (văn thư): with the number and the time, at the top right of page 1.
AGENCY_FIELD = "ChuKyCoQuan"
MM = 72 / 25.4
SIGNER_WIDTH = 60 * MM  # the image is centred under the title, about as wide as the title
SIGNER_HEIGHT_WITHOUT_NAME = 30 * MM
AGENCY_BOX_WIDTH = 70 * MM
AGENCY_BOX_HEIGHT = 15 * MM
RIGHT_MARGIN = 15 * MM  # Decree 30: 15-20 mm
GAP = 2.0
SEAL_DIAMETER_MM = 36  # a provincial department's round seal; its real size (LAW.md)


Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Placement:
    """A box on a page, in PDF points from the bottom left; `page` counts from 0."""

    page: int
    box: Box


def _rect_of(textpage: pdfium.PdfTextPage, text: str, after_top: float | None = None
             ) -> list[Box]:
    """The boxes of `text` on the page (each occurrence), top to bottom; below `after_top`
    when given. Case matters: "PHÓ GIÁM ĐỐC" is the title, "Phó Giám đốc" in a recipient
    line is not."""
    found: list[Box] = []
    searcher = textpage.search(text, match_case=True)
    while (hit := searcher.get_next()) is not None:
        index, count = hit
        boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
               max(b[2] for b in boxes), max(b[3] for b in boxes))
        if after_top is None or box[3] < after_top:
            found.append(box)
    searcher.close()
    return sorted(found, key=lambda b: -b[3])


def signer_placement(pdf: bytes, title: str, name: str) -> Placement | None:
    """The space between the signer's title (its last line) and their name.

    The first page on which the title is followed by the name below it holds the signature
    block (the appendices come after it). With no name yet, the box hangs under the title.
    None when the title is nowhere in the text.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            textpage = document[index].get_textpage()
            for top in _rect_of(textpage, title.strip()):
                below = _rect_of(textpage, name.strip(), after_top=top[1]) if name.strip() else []
                centre = (top[0] + top[2]) / 2
                upper = top[1] - GAP
                lower = below[0][3] + GAP if below else upper - SIGNER_HEIGHT_WITHOUT_NAME
                if below:
                    centre = (below[0][0] + below[0][2]) / 2
                if upper - lower < 10 or (name.strip() and not below):
                    continue
                return Placement(index, (centre - SIGNER_WIDTH / 2, lower,
                                         centre + SIGNER_WIDTH / 2, upper))
        return None
    finally:
        document.close()


def agency_placement(pdf: bytes) -> Placement:
    """The top right corner of page 1, inside the top margin the first page leaves empty
    (Decree 30 numbers pages from the second)."""
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    right = width - RIGHT_MARGIN
    top = height - 3 * MM
    return Placement(0, (right - AGENCY_BOX_WIDTH, top - AGENCY_BOX_HEIGHT, right, top))


def field_placement(pdf: bytes, name: str) -> Placement | None:
    """Where the signature field `name` of `pdf` is, if it has one with a widget."""
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    form = reader.root.get("/AcroForm")
    if form is None:
        return None
    pages = [reader.find_page_for_modification(i)[0].idnum
             for i in range(int(reader.root["/Pages"]["/Count"]))]
    for reference in form.get_object()["/Fields"]:
        field = reference.get_object()
        if field.get("/T") != name or "/Rect" not in field or "/P" not in field:
            continue
        left, bottom, right, top = (float(v) for v in field["/Rect"])
        page = pages.index(field.raw_get("/P").idnum)
        return Placement(page, (min(left, right), min(bottom, top), max(left, right),
                                max(bottom, top)))
    return None


def seal_placement(signer: Placement, diameter_mm: float = SEAL_DIAMETER_MM) -> Placement:
    """The agency's seal at its real size, over about a third of the signer's image on its
    left (Decree 30, Appendix I), centred on the image's height."""
    left, bottom, right, top = signer.box
    size = diameter_mm * MM
    seal_right = left + (right - left) / 3
    middle = (bottom + top) / 2
    return Placement(signer.page, (seal_right - size, middle - size / 2, seal_right,
                                   middle + size / 2))


def add_empty_field(pdf: bytes, name: str, placement: Placement) -> bytes:
    """`pdf` with an empty, visible signature field `name` at `placement`, appended as an
    incremental update; the bytes before it are `pdf` unchanged."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    box = tuple(round(v, 2) for v in placement.box)
    append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=placement.page,
                                                box=box))  # type: ignore[arg-type]
    _give_empty_appearance(writer, name, placement.box)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def _give_empty_appearance(writer: IncrementalPdfFileWriter, name: str, box: Box) -> None:
    """PDF/A-2 wants an appearance for every widget: an empty form of the field's size."""
    width, height = box[2] - box[0], box[3] - box[1]
    stream = generic.StreamObject({
        generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
        generic.pdf_name("/BBox"): generic.ArrayObject(
            [generic.FloatObject(0), generic.FloatObject(0), generic.FloatObject(round(width, 2)),
             generic.FloatObject(round(height, 2))]),
        generic.pdf_name("/Resources"): generic.DictionaryObject(),
    }, stream_data=b"")
    appearance = writer.add_object(stream)
    for field_ref in writer.root["/AcroForm"]["/Fields"]:
        field = field_ref.get_object()
        if field.get("/T") == name:
            field[generic.pdf_name("/AP")] = generic.DictionaryObject(
                {generic.pdf_name("/N"): appearance})
            writer.update_container(field)


def signature_title(prefix: str, position: str) -> str:
    """The last title line of the signature block, as the .docx writes it (in capitals).

    >>> signature_title("KT. Giám đốc", "Phó Giám đốc")
    'PHÓ GIÁM ĐỐC'
    """
    return (position.strip() or prefix.strip()).upper()


def prepare_for_signing(pdf: bytes, *, title: str, name: str) -> bytes:
    """The exported PDF with the signer's empty field in its signature block.

    The signature block's last title line is `title` ("PHÓ GIÁM ĐỐC"), `name` the signer's
    name (may be empty). A document whose title cannot be found is returned as it is: it
    can still be signed, the signer then places the signature by hand; so is one that
    cannot be read.
    """
    try:
        placement = signer_placement(pdf, title, name)
    except pdfium.PdfiumError:  # not a PDF pdfium reads: nothing to place a field in
        return pdf
    if placement is None:
        return pdf
    return add_empty_field(pdf, SIGNER_FIELD, placement)
