"""PDF files: the text layer through PDFium, scanned pages through OCR.

Many provincial documents are scans, often digitally signed, so a page can carry a few lines of
signature text over a full-page image; such pages are treated as scans too. OCR and the text
layer are chosen per page, because a typed plan may end with a scanned signature page.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kehoach.ingest.errors import EmptyDocument, OcrUnavailable, UnreadableFile
from kehoach.ingest.readers import layout, ocr, pdf_text
from kehoach.ingest.source import Source

# PDFium is not thread-safe and the web app may read two uploads at once.
_PDFIUM_LOCK = threading.Lock()

OCR_DPI = 300
# Enough to see whether a scanned page is blank paper when it cannot be recognised anyway.
BLANK_CHECK_DPI = 50

_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_EMPTY_PAGE_TREE = re.compile(rb"/Count\s*0(?![0-9])")


@dataclass
class _Pages:
    lines: list[layout.Line | str | None] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)
    missing_pages: list[int] = field(default_factory=list)
    failed_pages: list[int] = field(default_factory=list)
    text_pages: int = 0
    ocr_problem: str | None = None


def read_pdf(data: bytes, progress: Callable[[int, int], None]) -> Source:
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise UnreadableFile("PDF được bảo vệ bằng mật khẩu") from exc
            if _has_no_pages(data):
                raise EmptyDocument("PDF không có trang nào") from exc
            raise UnreadableFile("PDF hỏng") from exc
    try:
        return _read_document(document, progress)
    finally:
        with _PDFIUM_LOCK:
            document.close()


def _has_no_pages(data: bytes) -> bool:
    """An empty page tree, which PDFium refuses to load like a broken file."""
    return _PAGE_OBJECT.search(data) is None and _EMPTY_PAGE_TREE.search(data) is not None


def _read_document(document: pdfium.PdfDocument, progress: Callable[[int, int], None]) -> Source:
    with _PDFIUM_LOCK:
        total = len(document)
    if total == 0:
        raise EmptyDocument("PDF không có trang nào")
    pages = _Pages()
    ocr_problem: str | None = None
    ocr_checked = False
    for number in range(1, total + 1):
        page = None
        try:
            with _PDFIUM_LOCK:
                page = document[number - 1]
                lines, scanned = pdf_text.page_lines(page)
            if not scanned:
                pages.text_pages += 1
                pages.lines.extend(lines)
            else:
                if not ocr_checked:
                    ocr_problem, ocr_checked = ocr.problem(), True
                dpi = OCR_DPI if ocr_problem is None else BLANK_CHECK_DPI
                with _PDFIUM_LOCK:
                    image = _render(page, dpi)
                _read_scan(pages, number, lines, image, ocr_problem)
        except pdfium.PdfiumError:
            pages.failed_pages.append(number)
        finally:
            if page is not None:
                with _PDFIUM_LOCK:
                    page.close()
        progress(number, total)
    pages.ocr_problem = ocr_problem
    return _source(pages, total)


def _read_scan(
    pages: _Pages,
    number: int,
    lines: list[layout.Line],
    image: ocr.Image,
    ocr_problem: str | None,
) -> None:
    if ocr.is_blank(image):
        return
    if ocr_problem is not None:
        pages.lines.extend(lines)
        pages.missing_pages.append(number)
        return
    recognised = ocr.recognise(image)
    if recognised is None:
        pages.failed_pages.append(number)
        return
    pages.ocr_pages.append(number)
    pages.lines.extend(layout.drop_page_numbers(recognised.split("\n")))
    pages.lines.append(None)  # a page of OCR never continues into the next one's paragraphs


def _source(pages: _Pages, total: int) -> Source:
    if len(pages.failed_pages) == total:
        raise UnreadableFile("không trang nào của PDF đọc được")
    warnings = []
    if pages.missing_pages:
        if len(pages.missing_pages) * 2 > total:
            raise OcrUnavailable(
                f"{len(pages.missing_pages)}/{total} trang là ảnh quét; {pages.ocr_problem}"
            )
        warnings.append(
            "Các trang là ảnh quét chưa nhận dạng được chữ (máy chủ chưa cài Tesseract OCR): "
            + _page_list(pages.missing_pages)
        )
    if pages.ocr_pages and pages.text_pages:
        warnings.append(
            "Các trang nhận dạng bằng OCR, cần soát lại chữ: " + _page_list(pages.ocr_pages)
        )
    if pages.failed_pages:
        warnings.append("Các trang không đọc được: " + _page_list(pages.failed_pages))
    text = "\n\n".join(layout.rebuild(pages.lines))
    return Source(
        text=text,
        format="pdf-ocr" if pages.ocr_pages else "pdf",
        pages=total,
        warnings=warnings,
    )


def _page_list(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers) + "."


def _render(page: pdfium.PdfPage, dpi: int) -> ocr.Image:
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image: ocr.Image = bitmap.to_pil().copy()
        return image
    finally:
        bitmap.close()
