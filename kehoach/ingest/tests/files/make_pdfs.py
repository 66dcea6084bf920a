"""Regenerate the committed PDF fixtures: `python kehoach/ingest/tests/files/make_pdfs.py`.

The PDFs are committed because CI does not install LibreOffice; this script records how they were
made (python-docx builds a plan in the Decree 30 layout, LibreOffice prints it). DejaVu Serif is
used because the Liberation fonts of Debian 12 lack the stacked Vietnamese capitals, which would
make LibreOffice draw them from a fallback font, out of reading order.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

LONG = (
    "Tăng cường công tác thông tin, tuyên truyền về quyền con người, nâng cao nhận thức của cán "
    "bộ, công chức, viên chức và Nhân dân về chủ trương của Đảng, chính sách, pháp luật của Nhà "
    "nước về quyền con người; góp phần bảo đảm và thúc đẩy quyền con người ở Việt Nam."
)


def build_plan() -> docx.document.Document:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Serif"
    normal.font.size = Pt(12)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    # Decree 30 puts the page number at the top centre of every page.
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )

    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "UBND TỈNH QUẢNG NAM"
    left.add_paragraph("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.runs[0].font.size = Pt(11)
    # The number and the date on one line, separated by tabs, as many offices type them.
    document.add_paragraph("Số: 45/KH-STTTT\t\t\tQuảng Nam, ngày 12 tháng 3 năm 2024")
    title = document.add_paragraph("KẾ HOẠCH")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph("Tuyên truyền về quyền con người năm 2024")
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ phê "
        "duyệt Đề án truyền thông về quyền con người ở Việt Nam;"
    )
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("1. Mục đích")
    document.add_paragraph(LONG)
    document.add_paragraph(
        "- Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân "
        "dân các huyện, thị xã, thành phố tổ chức thực hiện"
    )
    document.add_paragraph("a) Tổ chức hội nghị quán triệt nội dung Kế hoạch")
    document.add_paragraph("b) Biên soạn tài liệu hỏi - đáp về quyền con người")
    for number in range(2, 8):
        document.add_paragraph(f"{number}. Nhiệm vụ số {number}")
        # Long enough that one of them continues on page 2, under its page number.
        document.add_paragraph(f"{LONG} {LONG}")
    # Word divides lines after a hyphen; PDFium then marks it and joins the lines itself.
    document.add_paragraph(
        " ".join(f"Kế hoạch số {n}/KH-UBND;" for n in range(50, 62)) + " đã hết hiệu lực."
    )
    # Recipients and signature side by side; the narrow left column wraps one recipient.
    closing = document.add_table(rows=1, cols=2)
    recipients, signature = closing.rows[0].cells
    recipients.width, signature.width = Cm(6), Cm(10)
    recipients.text = "Nơi nhận:"
    for line in ("- Như trên;", "- Báo và Phát thanh, Truyền hình Quảng Nam;", "- Lưu: VT."):
        recipients.add_paragraph(line)
    signature.text = "KT. GIÁM ĐỐC"
    for line in ("PHÓ GIÁM ĐỐC", "Nguyễn Văn An"):
        signature.add_paragraph(line)
    for paragraph in signature.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return document


def build_unnumbered_report() -> docx.document.Document:
    """A report printed before it is numbered and dated: Decree 30 leaves blanks in the number
    and in the day and month, which PDFium draws as gaps as wide as a column gutter."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Serif"
    normal.font.size = Pt(12)
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    widths = (Cm(6.5), Cm(10))
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width.twips)))  # LibreOffice lays out by the grid
    left, right = table.rows[0].cells
    left.width, right.width = widths
    left.text = "ỦY BAN NHÂN DÂN"
    for line in ("TỈNH HÀ TĨNH", "Số:        /BC-UBND"):
        left.add_paragraph(line)
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    for line in ("Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày      tháng      năm 2024"):
        right.add_paragraph(line)
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.runs[0].font.size = Pt(11)
    # The title and the short rule drawn under it, each centred on its own line.
    for line in ("BÁO CÁO", "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
                 "___________"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "Ủy ban nhân dân tỉnh báo cáo kết quả công tác cải cách hành chính như sau:"
    )
    document.add_paragraph("I. KẾT QUẢ THỰC HIỆN")
    return document


def convert(soffice: str, source: Path, out_dir: Path, options: dict | None = None) -> Path:
    target = "pdf" if options is None else f"pdf:writer_pdf_Export:{json.dumps(options)}"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(  # noqa: S603 -- fixed arguments, no shell
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return out_dir / (source.stem + ".pdf")


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "plan.docx"
        build_plan().save(source)
        shutil.copy(convert(soffice, source, Path(work)), HERE / "plan.pdf")
        secret = {
            "EncryptFile": {"type": "boolean", "value": "true"},
            "DocumentOpenPassword": {"type": "string", "value": "matkhau"},
        }
        shutil.copy(convert(soffice, source, Path(work), secret), HERE / "encrypted.pdf")
        report = Path(work) / "unnumbered-report.docx"
        build_unnumbered_report().save(report)
        shutil.copy(convert(soffice, report, Path(work)), HERE / "unnumbered-report.pdf")


if __name__ == "__main__":
    main()
