"""The empty signature field sits in the signature block the PDF really has."""

import shutil

import pypdfium2 as pdfium
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from exports.decree30 import docx_bytes
from exports.pdf import docx_to_pdf
from exports.pdfa_check import pdfa_problems
from exports.signature_fields import (
    MM,
    SIGNER_FIELD,
    agency_placement,
    prepare_for_signing,
    signer_placement,
)
from exports.tests.sample import WITH_APPENDICES

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def exported() -> bytes:
    return docx_to_pdf(docx_bytes(WITH_APPENDICES))


def line_box(pdf: bytes, page: int, text: str) -> tuple[float, float, float, float]:
    document = pdfium.PdfDocument(pdf)
    textpage = document[page].get_textpage()
    searcher = textpage.search(text, match_case=True)
    index, count = searcher.get_next()
    boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def test_the_field_lies_between_the_signers_title_and_name(exported: bytes) -> None:
    placement = signer_placement(exported, "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")
    assert placement is not None
    text = pdfium.PdfDocument(exported)[placement.page].get_textpage().get_text_range()
    assert "KT. GIÁM ĐỐC" in text and "PHỤ LỤC" not in text  # the body's last page
    title = line_box(exported, placement.page, "PHÓ GIÁM ĐỐC")
    name = line_box(exported, placement.page, "Nguyễn Văn An")
    left, bottom, right, top = placement.box
    assert name[3] < bottom < top < title[1]
    assert top - bottom > 15 * MM  # room for the signer's image and the seal over it
    centre = (left + right) / 2
    assert abs(centre - (name[0] + name[2]) / 2) < 1


def test_the_prepared_pdf_keeps_the_export_and_stays_pdfa(exported: bytes) -> None:
    prepared = prepare_for_signing(exported, title="PHÓ GIÁM ĐỐC", name="Nguyễn Văn An")
    assert prepared.startswith(exported)  # an incremental update: the export is untouched
    assert pdfa_problems(prepared) == []
    reader = PdfFileReader(__import__("io").BytesIO(prepared), strict=False)
    (field,) = [f.get_object() for f in reader.root["/AcroForm"]["/Fields"]]
    assert field["/T"] == SIGNER_FIELD and field["/FT"] == "/Sig" and "/V" not in field


def test_the_first_pages_top_right_corner_is_left_for_the_agency(exported: bytes) -> None:
    placement = agency_placement(exported)
    assert placement.page == 0
    page = pdfium.PdfDocument(exported)[0]
    width, height = page.get_size()
    left, bottom, right, top = placement.box
    assert right <= width - 15 * MM and top <= height and left > width / 2
    assert page.get_textpage().get_text_bounded(left, bottom, right, top).strip() == ""


def test_a_document_without_the_title_is_left_as_it_is(exported: bytes) -> None:
    assert signer_placement(exported, "CHỦ TỊCH", "") is None
    assert prepare_for_signing(exported, title="CHỦ TỊCH", name="") == exported
