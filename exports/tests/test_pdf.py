import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from exports.decree30 import docx_bytes
from exports.pdf import ExportError, docx_to_pdf
from exports.tests.sample import DRAFT, REPORT, WITH_APPENDICES

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)
TOP_MARGIN_PT = 20 / 25.4 * 72


@pytest.fixture(scope="module")
def pdf() -> pdfium.PdfDocument:
    return pdfium.PdfDocument(docx_to_pdf(docx_bytes(REPORT)))


def top_margin_text(page: pdfium.PdfPage) -> str:
    width, height = page.get_size()
    band = page.get_textpage().get_text_bounded(0, height - TOP_MARGIN_PT, width, height)
    return band.strip()


@needs_libreoffice
def test_it_converts_a_report_to_pdf(pdf) -> None:
    assert len(pdf) >= 2
    first = pdf[0].get_textpage().get_text_range()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "BÁO CÁO" in first
    assert "Sóc Trăng, ngày 17 tháng 6 năm 2024" in first


@needs_libreoffice
def test_it_numbers_pages_from_the_second_at_the_top(pdf) -> None:
    assert top_margin_text(pdf[0]) == ""
    assert top_margin_text(pdf[1]) == "2"
    assert pdf[1].get_textpage().get_text_range().lstrip().startswith("2")
    assert top_margin_text(pdf[len(pdf) - 1]) == str(len(pdf))


@needs_libreoffice
def test_it_starts_each_appendix_on_a_page_numbered_on_from_the_body() -> None:
    pdf = pdfium.PdfDocument(docx_to_pdf(docx_bytes(WITH_APPENDICES)))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    for caption in ("PHỤ LỤC 01", "PHỤ LỤC 02", "PHỤ LỤC 03"):
        (page,) = [i for i, text in enumerate(texts) if caption in text]
        lines = [line.strip() for line in texts[page].splitlines() if line.strip()]
        assert lines[:2] == [str(page + 1), caption]
    landscape = [i for i in range(len(pdf)) if pdf[i].get_size()[0] > pdf[i].get_size()[1]]
    assert landscape and "PHỤ LỤC 01" in texts[landscape[0]]
    assert [top_margin_text(pdf[i]) for i in range(1, len(pdf))] == [
        str(i + 1) for i in range(1, len(pdf))
    ]


@needs_libreoffice
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) missing")
def test_it_draws_every_letter_in_times_new_roman_or_its_twin(tmp_path: Path) -> None:
    """A font without Vietnamese capitals makes LibreOffice borrow glyphs from another one."""
    path = tmp_path / "report.pdf"
    path.write_bytes(docx_to_pdf(docx_bytes(REPORT)))
    listing = subprocess.run(  # noqa: S603 - fixed arguments
        ["pdffonts", str(path)], capture_output=True, text=True, check=True  # noqa: S607
    ).stdout
    fonts = {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]}
    assert fonts
    assert all(font.startswith(("LiberationSerif", "TimesNewRoman")) for font in fonts), fonts


@needs_libreoffice
def test_it_converts_in_parallel() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(docx_to_pdf, [docx_bytes(REPORT), docx_bytes(DRAFT)]))
    assert all(data.startswith(b"%PDF") for data in pdfs)


def fake_soffice(tmp_path: Path, script: str) -> str:
    path = tmp_path / "soffice"
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(0o755)
    return str(path)


def test_it_says_when_libreoffice_is_missing() -> None:
    with pytest.raises(ExportError, match="Không tìm thấy LibreOffice"):
        docx_to_pdf(b"", soffice="no-such-soffice")


def test_it_gives_up_after_the_timeout(tmp_path: Path) -> None:
    soffice = fake_soffice(tmp_path, "sleep 30")
    with pytest.raises(ExportError, match=r"trong 0\.5 giây"):
        docx_to_pdf(b"", soffice=soffice, timeout=0.5)


def test_it_says_when_libreoffice_writes_nothing(tmp_path: Path) -> None:
    soffice = fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'")
    with pytest.raises(ExportError, match="không tạo ra tệp PDF: Error: source file"):
        docx_to_pdf(b"", soffice=soffice)


@needs_libreoffice
def test_it_exports_pdfa_2b_with_every_font_embedded() -> None:
    from exports.pdfa_check import pdfa_problems

    assert pdfa_problems(docx_to_pdf(docx_bytes(WITH_APPENDICES))) == []
    plain = pdfa_problems(docx_to_pdf(docx_bytes(REPORT), pdfa=False))
    assert "no XMP metadata" in plain and "no output intent" in plain
