"""Readers: real files built here (python-docx, Pillow, PDFium) or committed under files/."""

from __future__ import annotations

import ctypes
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image, ImageDraw, ImageFont

from kehoach.ingest.errors import (
    EmptyDocument,
    IngestError,
    OcrUnavailable,
    UnreadableFile,
    UnsupportedFormat,
)
from kehoach.ingest.parse import parse
from kehoach.ingest.readers import layout, ocr, pdf_text, read_bytes, read_file
from kehoach.ingest.readers.docx_fonts import legacy_encoding
from kehoach.vntext.legacy import encode

FILES = Path(__file__).parent / "files"
# Debian 12's Liberation fonts (1.07) lack Vietnamese capitals with tones; DejaVu has them all.
FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
    Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
)

OCR_PROBLEM = ocr.problem()
needs_ocr = pytest.mark.skipif(
    OCR_PROBLEM is not None,
    reason=f"OCR unavailable ({OCR_PROBLEM}): apt-get install tesseract-ocr tesseract-ocr-vie",
)


def _docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _legacy(text: str, encoding: str) -> str:
    """Text as Word stores a run typed in a legacy font: its bytes read as Windows-1252."""
    return encode(text, encoding).decode("cp1252")


def _progress_log() -> tuple[list[tuple[int, int]], Callable[[int, int], None]]:
    calls: list[tuple[int, int]] = []
    return calls, lambda done, total: calls.append((done, total))


# --- .docx ----------------------------------------------------------------------------------


def _plan_docx() -> bytes:
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    left, right = header.rows[0].cells
    left.text = "UBND TỈNH QUẢNG NAM"
    left.add_paragraph("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    header.cell(1, 0).text = "Số: 45/KH-STTTT"
    header.cell(1, 1).text = "Quảng Nam, ngày 12 tháng 3 năm 2024"

    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("Tuyên truyền về quyền con người năm 2024")
    document.add_paragraph("Mục đích", style="List Number")
    document.add_paragraph("Yêu cầu", style="List Number")
    document.add_paragraph("Phổ biến rộng rãi", style="List Bullet")

    tasks = document.add_table(rows=4, cols=4)
    for column, heading in enumerate(("STT", "Nội dung", "Chủ trì", "Thời gian")):
        tasks.cell(0, column).text = heading
    tasks.cell(1, 0).merge(tasks.cell(1, 3)).text = "I. Nhóm nhiệm vụ tuyên truyền"
    tasks.cell(2, 0).text = "1"
    tasks.cell(2, 1).text = "Tổ chức hội nghị"
    tasks.cell(2, 1).add_paragraph("quán triệt Kế hoạch")
    tasks.cell(2, 2).text = "Sở TTTT | Sở Tư pháp"
    tasks.cell(2, 3).merge(tasks.cell(3, 3)).text = "Quý II/2024"
    tasks.cell(3, 0).text = "2"
    tasks.cell(3, 1).text = "Biên soạn tài liệu"
    nested = tasks.cell(3, 2).add_table(rows=2, cols=2)
    for row, texts in enumerate((("Sở Tư pháp", "chủ trì"), ("Công an tỉnh", "phối hợp"))):
        for column, text in enumerate(texts):
            nested.cell(row, column).text = text

    closing = document.add_paragraph("Nơi nhận:")
    closing.add_run().add_break()
    closing.add_run("- Như trên;")
    return _docx_bytes(document)


PLAN_DOCX_TEXT = """\
| UBND TỈNH QUẢNG NAM<br>SỞ THÔNG TIN VÀ TRUYỀN THÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
| Số: 45/KH-STTTT | Quảng Nam, ngày 12 tháng 3 năm 2024 |

KẾ HOẠCH

Tuyên truyền về quyền con người năm 2024

1. Mục đích

2. Yêu cầu

- Phổ biến rộng rãi

| STT | Nội dung | Chủ trì | Thời gian |
| I. Nhóm nhiệm vụ tuyên truyền |
| 1 | Tổ chức hội nghị<br>quán triệt Kế hoạch | Sở TTTT \\| Sở Tư pháp | Quý II/2024 |
| 2 | Biên soạn tài liệu | Sở Tư pháp chủ trì<br>Công an tỉnh phối hợp |  |

Nơi nhận:
- Như trên;"""  # noqa: E501


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    calls, progress = _progress_log()
    source = read_bytes(_plan_docx(), "ke-hoach.docx", progress=progress)
    assert source.text == PLAN_DOCX_TEXT
    assert (source.format, source.pages, source.warnings) == ("docx", None, [])
    assert calls == [(1, 1)]


@pytest.mark.parametrize("name", ["ke-hoach.doc", "ke-hoach.pdf", "ke-hoach", "KE-HOACH.DOCX"])
def test_docx_is_recognised_by_content_whatever_its_name(name: str) -> None:
    assert read_bytes(_plan_docx(), name).text == PLAN_DOCX_TEXT


def test_docx_runs_in_legacy_fonts_are_converted() -> None:
    document = docx.Document()
    old_style = document.styles.add_style("Văn bản cũ", WD_STYLE_TYPE.PARAGRAPH)
    old_style.font.name = ".VnTime"

    paragraph = document.add_paragraph()
    paragraph.add_run(_legacy("Kế hoạch tuyên truyền", "tcvn3")).font.name = ".VnTime"
    paragraph.add_run(" trong ").font.name = "Times New Roman"
    paragraph.add_run(_legacy("QUYỀN CON NGƯỜI", "tcvn3-upper")).font.name = ".VnTimeH"
    # Word splits runs anywhere, here between a VNI letter and the byte of its marks.
    vni = _legacy("Việt Nam", "vni")
    paragraph = document.add_paragraph("Ở ")
    paragraph.add_run(vni[:3]).font.name = "VNI-Times"
    paragraph.add_run(vni[3:]).font.name = "VNI-Times"
    # The font may come from the paragraph style alone.
    document.add_paragraph(_legacy("Sở Tư pháp chủ trì", "tcvn3"), style=old_style)

    source = read_bytes(_docx_bytes(document), "cu.docx")
    assert source.text == (
        "Kế hoạch tuyên truyền trong QUYỀN CON NGƯỜI\n\nỞ Việt Nam\n\nSở Tư pháp chủ trì"
    )


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnArial NarrowH", "tcvn3-upper"),
        ("VNI-Helve", "vni"),
        ("Times New Roman", None),
        (None, None),
    ],
)
def test_legacy_encoding_of_font_names(font: str | None, encoding: str | None) -> None:
    assert legacy_encoding(font) == encoding


def test_docx_footnotes_are_appended_and_marked() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Thực hiện Luật Báo chí")
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="2"/>'))
    paragraph.add_run(" năm 2016.")
    notes = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Luật số 103/2016/QH13.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        notes.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    source = read_bytes(_docx_bytes(document), "chu-thich.docx")
    assert source.text == "Thực hiện Luật Báo chí[1] năm 2016.\n\n[1] Luật số 103/2016/QH13."


def test_docx_content_controls_are_read() -> None:
    document = docx.Document()
    document.add_paragraph("Trước")
    body = document.element.body
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Trong ô nhập liệu</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(1, sdt)
    assert read_bytes(_docx_bytes(document), "sdt.docx").text == "Trước\n\nTrong ô nhập liệu"


# --- .txt and .md -----------------------------------------------------------------------------


def test_text_newlines_and_nfc() -> None:
    decomposed = "Ke\u0302\u0301 hoa\u0323ch"
    data = f"{decomposed}\r\nDòng hai\rDòng ba\n".encode()
    source = read_bytes(data, "ghi-chu.txt")
    assert source.text == "Kế hoạch\nDòng hai\nDòng ba\n"
    assert source.format == "txt"
    assert read_bytes(b"# Ke hoach\n", "README.md").format == "md"


def test_text_in_tcvn3_is_decoded() -> None:
    data = encode("Cộng hoà xã hội chủ nghĩa Việt Nam\nKế hoạch tuyên truyền năm 2024\n", "tcvn3")
    source = read_bytes(data, "cu.txt")
    assert source.text == "Cộng hoà xã hội chủ nghĩa Việt Nam\nKế hoạch tuyên truyền năm 2024\n"


# --- PDF with a text layer ------------------------------------------------------------------


def test_pdf_text_layer_rebuilds_paragraphs() -> None:
    calls, progress = _progress_log()
    source = read_file(FILES / "plan.pdf", progress=progress)
    assert (source.format, source.pages, source.warnings) == ("pdf", 3, [])
    assert calls == [(1, 3), (2, 3), (3, 3)]
    paragraphs = source.text.split("\n\n")
    # The two header columns come out as separate lines, and so do number and date (tabs).
    for line in (
        "UBND TỈNH QUẢNG NAM",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 45/KH-STTTT",
        "Quảng Nam, ngày 12 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Tuyên truyền về quyền con người năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Tổ chức hội nghị quán triệt nội dung Kế hoạch",
        # The recipients' column, one of them wrapped, and the signature beside it.
        "Nơi nhận:",
        "- Như trên;",
        "- Báo và Phát thanh, Truyền hình Quảng Nam;",
        "- Lưu: VT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
    ):
        assert line in paragraphs
    # Lines divided after the hyphen of "KH-UBND" are joined without a space.
    numbers = " ".join(f"Kế hoạch số {n}/KH-UBND;" for n in range(50, 62))
    assert f"{numbers} đã hết hiệu lực." in paragraphs
    assert (
        "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ phê "
        "duyệt Đề án truyền thông về quyền con người ở Việt Nam;"
    ) in paragraphs
    assert (
        "- Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân "
        "dân các huyện, thị xã, thành phố tổ chức thực hiện"
    ) in paragraphs
    # Wrapped lines are joined, also across the page break; page numbers are gone.
    long_paragraph = next(p for p in paragraphs if p.startswith("Tăng cường"))
    assert long_paragraph.endswith("quyền con người ở Việt Nam.")
    assert all(not p.isdigit() for p in paragraphs)
    assert sum(p.startswith("Tăng cường") for p in paragraphs) == 7


def test_pdf_blanks_left_for_the_number_and_date_keep_their_field_whole() -> None:
    source = read_file(FILES / "unnumbered-report.pdf")
    paragraphs = source.text.split("\n\n")
    # The blanks are as wide as a column gutter, but they split no columns.
    assert "Số: /BC-UBND" in paragraphs
    assert "Hà Tĩnh, ngày tháng năm 2024" in paragraphs
    # The rule under the title is a line of its own, not the end of the title.
    assert "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024" in paragraphs
    assert "___________" in paragraphs
    document = parse(source)["document"]
    assert (document["number"], document["symbol"], document["date"]) == (None, "BC-UBND", "2024")  # type: ignore[index]


@pytest.mark.parametrize(
    ("before", "char", "fills"),
    [
        ("Số:", "/", True),
        ("Số", "/", True),
        ("Hà Tĩnh, ngày", "t", True),
        ("Hà Tĩnh, ngày tháng", "n", True),
        # A column that ends with other words, or a field that goes on with something else.
        ("UBND TỈNH HÀ TĨNH", "C", False),
        ("Số:", "H", False),
        ("Hà Tĩnh, ngày", "C", False),
    ],
)
def test_blank_fields_of_the_header(before: str, char: str, fills: bool) -> None:
    assert pdf_text._fills_blank(before, char) is fills


def test_pdf_with_a_password_is_unreadable() -> None:
    with pytest.raises(UnreadableFile, match="mật khẩu"):
        read_file(FILES / "encrypted.pdf")


# --- Scanned PDF ----------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONTS:
        if path.exists():
            return ImageFont.truetype(str(path), size)
    pytest.skip("no font with Vietnamese capitals: apt-get install fonts-dejavu-core")


def _scan(*pages: list[str]) -> bytes:
    """A PDF of 300-dpi page images with no text layer, like a scanner makes."""
    font = _font(50)
    images = []
    for lines in pages:
        image = Image.new("L", (2480, 1600), 255)
        draw = ImageDraw.Draw(image)
        for index, line in enumerate(lines):
            draw.text((200, 200 + index * 160), line, font=font, fill=0)
        images.append(image)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return buffer.getvalue()


SCAN_PAGES = (
    ["KẾ HOẠCH", "Kế hoạch tuyên truyền về quyền con người.", "Sở Thông tin và Truyền thông"],
    [],  # a blank back page
    ["Nơi nhận:", "- Ủy ban nhân dân tỉnh;"],
)


@needs_ocr
def test_scanned_pdf_is_recognised_page_by_page() -> None:
    calls, progress = _progress_log()
    source = read_bytes(_scan(*SCAN_PAGES), "ban-quet.pdf", progress=progress)
    assert (source.format, source.pages, source.warnings) == ("pdf-ocr", 3, [])
    assert calls == [(1, 3), (2, 3), (3, 3)]
    for words in ("KẾ HOẠCH", "Kế hoạch", "quyền con người", "Sở Thông tin và Truyền thông"):
        assert words in source.text
    assert "Nơi nhận:" in source.text.split("\n")


@needs_ocr
def test_scanned_page_inside_a_typed_pdf_is_recognised() -> None:
    document = pdfium.PdfDocument(str(FILES / "plan.pdf"))
    document.import_pages(pdfium.PdfDocument(_scan(["Sở Thông tin và Truyền thông"])))
    buffer = io.BytesIO()
    document.save(buffer)
    source = read_bytes(buffer.getvalue(), "co-trang-quet.pdf")
    assert source.format == "pdf-ocr"
    assert source.pages == 4
    assert source.warnings == ["Các trang nhận dạng bằng OCR, cần soát lại chữ: 4."]
    assert source.text.endswith("Sở Thông tin và Truyền thông")


def _signed(data: bytes) -> bytes:
    """The scan with a line of text drawn over it, as digital signing software adds."""
    document = pdfium.PdfDocument(data)
    page = document[0]
    stamp = pdfium_c.FPDFPageObj_NewTextObj(document, b"Helvetica", ctypes.c_float(9))
    text = "Signed by: So Thong tin va Truyen thong, 12.03.2024 10:20:30 +07:00"
    buffer = ctypes.create_string_buffer(text.encode("utf-16-le") + b"\x00\x00")
    assert pdfium_c.FPDFText_SetText(stamp, ctypes.cast(buffer, pdfium_c.FPDF_WIDESTRING))
    pdfium_c.FPDFPageObj_Transform(stamp, 1, 0, 0, 1, 300, 50)
    pdfium_c.FPDFPage_InsertObject(page, stamp)
    assert pdfium_c.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@needs_ocr
def test_signed_scan_is_recognised_despite_its_text_overlay() -> None:
    data = _signed(_scan(SCAN_PAGES[0]))
    overlay = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert len(overlay) > 20  # more than an empty text layer: only the image shows it is a scan
    source = read_bytes(data, "da-ky-so.pdf")
    assert source.format == "pdf-ocr"
    assert "Kế hoạch tuyên truyền về quyền con người." in source.text


def test_scanned_pdf_without_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OcrUnavailable, match="tesseract"):
        read_bytes(_scan(*SCAN_PAGES), "ban-quet.pdf")
    # A typed document with one scanned page is still read, with a warning.
    document = pdfium.PdfDocument(str(FILES / "plan.pdf"))
    document.import_pages(pdfium.PdfDocument(_scan(["Sở Thông tin và Truyền thông"])))
    buffer = io.BytesIO()
    document.save(buffer)
    source = read_bytes(buffer.getvalue(), "co-trang-quet.pdf")
    assert source.format == "pdf"
    assert len(source.warnings) == 1
    assert source.warnings[0].endswith(": 4.")


@pytest.mark.skipif(ocr.problem() == "không tìm thấy chương trình tesseract", reason="no tesseract")
def test_scanned_pdf_without_vietnamese_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(OcrUnavailable, match="vie"):
        read_bytes(_scan(*SCAN_PAGES), "ban-quet.pdf")


# --- Bad input ------------------------------------------------------------------------------


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _pdf_without_pages() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "white").save(buffer, "PNG")
    return buffer.getvalue()


BAD_INPUTS = {
    "empty docx": (b"", "ke-hoach.docx", EmptyDocument),
    "blank txt": (b" \r\n\t\n", "ghi-chu.txt", EmptyDocument),
    "truncated docx": (None, "ke-hoach.docx", UnreadableFile),
    "zip without a document": (_zip({"a.txt": "x"}), "ke-hoach.docx", UnreadableFile),
    "docx with broken XML": (
        _zip({"[Content_Types].xml": "<Types", "word/document.xml": "<w:document"}),
        "ke-hoach.docx",
        UnreadableFile,
    ),
    "random bytes named pdf": (bytes(range(256)) * 8, "ke-hoach.pdf", UnreadableFile),
    "broken pdf": (b"%PDF-1.7\n1 0 obj <<\n garbage", "ke-hoach.pdf", UnreadableFile),
    "pdf without pages": (_pdf_without_pages(), "trong.pdf", EmptyDocument),
    "word 97 doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "cu.doc", UnsupportedFormat),
    "doc that is text": (b"Ke hoach", "cu.doc", UnsupportedFormat),
    "xlsx": (_zip({"xl/workbook.xml": "<workbook/>"}), "bang.xlsx", UnsupportedFormat),
    "truncated xlsx": (_zip({"xl/workbook.xml": "<w/>"})[:30], "bang.xlsx", UnsupportedFormat),
    "image": (_png(), "anh.png", UnsupportedFormat),
    "image named pdf": (_png(), "anh.pdf", UnsupportedFormat),
    "csv": (b"a,b\n1,2\n", "bang.csv", UnsupportedFormat),
    "binary named txt": (b"\x00\x01\x02binary\x00", "ghi-chu.txt", UnreadableFile),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_raises_the_right_error(case: str) -> None:
    data, name, error = BAD_INPUTS[case]
    if data is None:
        whole = _plan_docx()
        data = whole[: len(whole) // 2]
    with pytest.raises(error) as raised:
        read_bytes(data, name)
    assert isinstance(raised.value, IngestError)
    assert raised.value.message in str(raised.value)


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile):
        read_file(tmp_path / "khong-co.docx")


def test_progress_errors_reach_the_caller() -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        read_file(FILES / "plan.pdf", progress=cancel)


# --- Paragraphs from wrapped lines ----------------------------------------------------------


def test_rebuild_joins_wrapped_lines_and_keeps_items_apart() -> None:
    lines = [
        "Tăng cường công tác thông tin, tuyên truyền về quyền con người, nâng cao",
        "nhận thức của cán bộ, công chức và Nhân dân.",
        "Nơi nhận:",
        "- Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tổ chức thực hiện các",
        "nội dung của Kế hoạch",
        "+ Tập huấn",
        "• Hội nghị",
        "2.1. Tuyên truyền trên báo chí và hệ thống thông tin cơ sở của tỉnh, huyện",
        "II. NHIỆM VỤ",
        "a) Biên soạn tài liệu",
        "b) Phát hành tài liệu",
        "III. TỔ CHỨC THỰC HIỆN",
        "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan",
        None,
        "theo dõi.",
    ]
    assert layout.rebuild(lines) == [
        "Tăng cường công tác thông tin, tuyên truyền về quyền con người, nâng cao nhận thức của "
        "cán bộ, công chức và Nhân dân.",
        "Nơi nhận:",
        "- Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tổ chức thực hiện các nội dung "
        "của Kế hoạch",
        "+ Tập huấn",
        "• Hội nghị",
        "2.1. Tuyên truyền trên báo chí và hệ thống thông tin cơ sở của tỉnh, huyện",
        "II. NHIỆM VỤ",
        "a) Biên soạn tài liệu",
        "b) Phát hành tài liệu",
        "III. TỔ CHỨC THỰC HIỆN",
        "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan",
        "theo dõi.",
    ]


def test_rebuild_uses_pdf_geometry_when_known() -> None:
    lines = [
        layout.Line("Kế hoạch số 58/KH-", ends_early=False),
        layout.Line("UBND ngày 10 tháng 3 năm 2023 triển khai giai đoạn 2023 -", ends_early=False),
        layout.Line("2028 trên địa bàn tỉnh", ends_early=True),
        layout.Line("Tuyên Quang", ends_early=False),
        layout.Line("Độc lập - Tự do - Hạnh phúc", ends_early=False),
        layout.Line("Số: 45/KH-UBND", apart=True),
    ]
    assert layout.rebuild(lines) == [
        "Kế hoạch số 58/KH-UBND ngày 10 tháng 3 năm 2023 triển khai giai đoạn 2023 - 2028 trên "
        "địa bàn tỉnh",
        "Tuyên Quang Độc lập - Tự do - Hạnh phúc",
        "Số: 45/KH-UBND",
    ]


def test_rule_lines_belong_to_no_paragraph() -> None:
    lines = [
        layout.Line("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024;",
                    ends_early=True),
        layout.Line("nhiệm vụ trọng tâm 6 tháng cuối năm 2024", ends_early=True),
        layout.Line("___________", ends_early=True),
        "-----",
        "Thực hiện Công văn số 2314/BNV-CCHC",
    ]
    assert layout.rebuild(lines) == [
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024;",
        "nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
        "___________",
        "-----",
        "Thực hiện Công văn số 2314/BNV-CCHC",
    ]
    assert layout.is_rule("* * *") and not layout.is_rule("- 3 -") and not layout.is_rule("--")


def test_page_numbers_are_dropped_only_at_the_edges() -> None:
    assert layout.drop_page_numbers(["2", "Nội dung", "2024", "- 3 -"]) == ["Nội dung", "2024"]
    assert layout.drop_page_numbers(["Trang 4", "Nội dung"]) == ["Nội dung"]
