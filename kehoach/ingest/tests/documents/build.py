#!/usr/bin/env python3
"""Regenerate the binary test documents beside this file.

    .venv/bin/python kehoach/ingest/tests/documents/build.py

Writes plan-table.docx (python-docx), plan-paragraphs.pdf (a .docx converted by LibreOffice:
`soffice --headless --convert-to pdf`) and plan-tcvn3.txt (plan-tcvn3.utf8.txt.src encoded in
TCVN3 with kehoach.vntext.legacy). The texts are hand-written; the gold files NAME.json beside the
outputs describe what a parser should find in them, so change both together.
"""
# The documents' paragraphs are kept one per source line, as the parser will meet them.
# ruff: noqa: E501

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]

FONT = "Times New Roman"
SCALE = 1.0
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT


# --- Decree 30 layout helpers ---------------------------------------------------------------


def pdf_font() -> str:
    """Times New Roman when this machine's match for it draws Vietnamese (fonts-liberation2 does,
    fonts-liberation 1.x does not: LibreOffice then mixes in DejaVu glyphs and text extraction
    splits words), else DejaVu Serif."""
    fc = shutil.which("fc-match")
    if fc:
        out = subprocess.run(  # noqa: S603 - fixed arguments
            [fc, "-f", "%{family}", "Times New Roman:charset=1ec9 1ebf 1edd"],
            capture_output=True,
            text=True,
        ).stdout
        if "Liberation Serif" in out or "Times New Roman" in out:
            return "Times New Roman"
    return "DejaVu Serif"


def new_document(title: str, font: str = "Times New Roman") -> Document:
    global FONT, SCALE
    FONT = font
    SCALE = 1.0 if font == "Times New Roman" else 0.86  # DejaVu Serif runs wider
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14 * SCALE)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    doc.core_properties.title = title
    doc.core_properties.author = "Văn phòng UBND tỉnh"
    return doc


def add_run(paragraph, text: str, bold=False, italic=False, size: float | None = None):
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.name = FONT
    if size:
        run.font.size = Pt(size * SCALE)
    return run


def cell_paragraph(
    cell, text: str, first=False, align=CENTER, bold=False, italic=False, size: float | None = 13
):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    add_run(p, text, bold=bold, italic=italic, size=size)
    return p


def rule_under(paragraph, indent_cm: float = 2.0):
    """A short solid rule under a line: the bottom border of an empty paragraph indented from
    both sides, inserted after it."""
    new = OxmlElement("w:p")
    paragraph._p.addnext(new)
    rule = Paragraph(new, paragraph._parent)
    rule.alignment = CENTER
    fmt = rule.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(indent_cm)
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(4)
    ppr = rule._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    bdr.append(bottom)
    ppr.insert_element_before(
        bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr"
    )


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


def set_widths(table, widths_cm):
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def header_table(
    doc,
    parent: list[str],
    body: list[str],
    number: str,
    place_date: str,
    subject: list[str] | None = None,
):
    """The borderless two-column header: issuer and number left, motto and place-date right."""
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, [6.3, 10.2])
    left, right = table.rows[0].cells
    first = True
    for line in parent:
        cell_paragraph(left, line, first=first)
        first = False
    for i, line in enumerate(body):
        p = cell_paragraph(left, line, first=first, bold=True)
        first = False
        if i == len(body) - 1:
            rule_under(p, 1.8)
    cell_paragraph(left, number)
    for line in subject or []:
        cell_paragraph(left, line, size=12)
    cell_paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first=True, bold=True, size=12)
    rule_under(cell_paragraph(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13), 2.0)
    cell_paragraph(right, place_date, italic=True, size=14)
    doc.add_paragraph()


def title_block(doc, type_name: str, subject_lines: list[str]):
    p = doc.add_paragraph()
    p.alignment = CENTER
    p.paragraph_format.space_after = Pt(0)
    add_run(p, type_name, bold=True)
    for i, line in enumerate(subject_lines):
        p = doc.add_paragraph()
        p.alignment = CENTER
        p.paragraph_format.space_after = Pt(0)
        add_run(p, line, bold=True)
        if i == len(subject_lines) - 1:
            rule_under(p, 6.5)
    doc.add_paragraph()


def body(doc, text: str):
    """One paragraph per line. '# ' part heading, '## ' item heading (bold), '~ ' italic (legal
    bases), anything else a justified paragraph with a first-line indent."""
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        p = doc.add_paragraph()
        p.alignment = JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.27)
        if line.startswith("# "):
            add_run(p, line[2:], bold=True)
        elif line.startswith("## "):
            add_run(p, line[3:], bold=True)
        elif line.startswith("~ "):
            add_run(p, line[2:], italic=True)
        else:
            add_run(p, line)


def closing_table(doc, recipients: list[str], signature: list[str], name: str):
    """The borderless two-column closing: 'Nơi nhận:' left, the signature block right."""
    doc.add_paragraph()
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    set_widths(table, [8.0, 8.5])
    left, right = table.rows[0].cells
    cell_paragraph(left, "Nơi nhận:", first=True, align=LEFT, bold=True, italic=True, size=12)
    for line in recipients:
        cell_paragraph(left, line, align=LEFT, size=11)
    first = True
    for line in signature:
        cell_paragraph(right, line, first=first, bold=True, size=14)
        first = False
    for _ in range(4):
        cell_paragraph(right, "")
    cell_paragraph(right, name, bold=True, size=14)


# --- 1. plan-table.docx: tasks in a table ---------------------------------------------------

TABLE_PLAN_BODY_1 = """
~ Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án truyền thông về quyền con người ở Việt Nam;
~ Căn cứ Công văn số 5768/BTTTT-TTĐN ngày 28 tháng 11 năm 2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn thực hiện Đề án truyền thông về quyền con người ở Việt Nam;
~ Căn cứ Kế hoạch số 96/KH-UBND ngày 22 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh Lào Cai triển khai Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2023 - 2028 trên địa bàn tỉnh Lào Cai;
~ Căn cứ Quyết định số 3615/QĐ-UBND ngày 08 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Lào Cai về việc giao dự toán thu, chi ngân sách nhà nước năm 2024.
Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 25/TTr-STTTT ngày 01 tháng 3 năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án truyền thông về quyền con người ở Việt Nam trên địa bàn tỉnh Lào Cai năm 2024, như sau:
# I. MỤC ĐÍCH, YÊU CẦU
## 1. Mục đích
- Tiếp tục triển khai có hiệu quả Quyết định số 1079/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 96/KH-UBND của Ủy ban nhân dân tỉnh; nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn tỉnh về quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bảo đảm và thúc đẩy quyền con người.
- Thông tin kịp thời, chính xác, sinh động về thành tựu bảo đảm quyền con người tại tỉnh Lào Cai, nhất là ở vùng đồng bào dân tộc thiểu số, khu vực biên giới; góp phần đấu tranh, phản bác các thông tin sai lệch, luận điệu xuyên tạc về tình hình nhân quyền ở Việt Nam.
## 2. Yêu cầu
- Công tác truyền thông bám sát định hướng của Trung ương và của tỉnh; bảo đảm các nguyên tắc quy định tại Điều 3 Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại.
- Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và sản phẩm của từng nhiệm vụ; lồng ghép với các chương trình, kế hoạch thông tin đối ngoại, phổ biến, giáo dục pháp luật năm 2024 của tỉnh để bảo đảm tiết kiệm, hiệu quả.
# II. MỤC TIÊU
1. Phấn đấu 100% cán bộ làm công tác thông tin đối ngoại, báo cáo viên, tuyên truyền viên cấp tỉnh được tập huấn, bồi dưỡng kiến thức, kỹ năng truyền thông về quyền con người.
2. 15 - 20% sản phẩm truyền thông về quyền con người được thể hiện bằng tiếng dân tộc thiểu số (tiếng Mông, tiếng Dao, tiếng Tày) hoặc tiếng nước ngoài (tiếng Anh, tiếng Trung Quốc).
3. Tổ chức ít nhất 02 lớp tập huấn kỹ năng truyền thông về quyền con người cho đội ngũ làm công tác thông tin đối ngoại, phóng viên, biên tập viên trên địa bàn tỉnh.
4. 100% trang thông tin điện tử của Ủy ban nhân dân các huyện, thị xã, thành phố duy trì chuyên mục về quyền con người.
# III. NHIỆM VỤ CỤ THỂ
Các cơ quan, đơn vị, địa phương triển khai các nhiệm vụ theo bảng phân công dưới đây:
"""

TABLE_PLAN_ROWS = [
    ("I", "Công tác tuyên truyền trên báo chí"),
    (
        "1",
        "Xây dựng, duy trì chuyên mục “Quyền con người và cuộc sống” trên Báo Lào Cai, Đài Phát thanh và Truyền hình tỉnh",
        "Báo Lào Cai\nĐài Phát thanh và Truyền hình tỉnh",
        "Sở Thông tin và Truyền thông; Công an tỉnh",
        "Trong năm 2024",
        "Chuyên mục định kỳ hằng tháng",
    ),
    (
        "2",
        "Sản xuất phóng sự, chương trình phát thanh, truyền hình về thành tựu bảo đảm quyền con người ở vùng đồng bào dân tộc thiểu số bằng tiếng Việt, tiếng Mông, tiếng Dao",
        "Đài Phát thanh và Truyền hình tỉnh",
        "Ban Dân tộc tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Quý II và Quý III năm 2024",
        "Ít nhất 12 phóng sự, chương trình phát thanh, truyền hình",
    ),
    (
        "3",
        "Tổ chức họp báo, cung cấp thông tin cho báo chí về kết quả bảo đảm quyền con người trên địa bàn tỉnh",
        "Sở Thông tin và Truyền thông",
        "Văn phòng Ủy ban nhân dân tỉnh; Công an tỉnh; Sở Lao động - Thương binh và Xã hội",
        "Tháng 6/2024",
        "Họp báo, thông cáo báo chí",
    ),
    ("II", "Công tác tuyên truyền trên môi trường số và hệ thống thông tin cơ sở"),
    (
        "4",
        "Đăng tải tin, bài, infographic, video ngắn về quyền con người trên Cổng Thông tin điện tử tỉnh và các trang mạng xã hội chính thức của tỉnh",
        "Sở Thông tin và Truyền thông",
        "Các sở, ban, ngành;\nỦy ban nhân dân các huyện, thị xã, thành phố",
        "Thường xuyên",
        "Tin, bài, infographic, video ngắn",
    ),
    (
        "5",
        "Biên soạn tài liệu hỏi - đáp về quyền con người phục vụ hệ thống truyền thanh cơ sở",
        "Sở Thông tin và Truyền thông",
        "Sở Tư pháp và Ban Dân tộc tỉnh",
        "Quý III/2024",
        "Bộ tài liệu hỏi - đáp",
    ),
    ("III", "Tập huấn, bồi dưỡng và các hoạt động khác"),
    (
        "6",
        "Tổ chức tập huấn kỹ năng truyền thông về quyền con người cho cán bộ làm công tác thông tin đối ngoại, phóng viên, biên tập viên",
        "Sở Thông tin và Truyền thông",
        "Ban Tuyên giáo Tỉnh ủy, Hội Nhà báo tỉnh",
        "Tháng 8 - 9/2024",
        "Lớp tập huấn, tài liệu tập huấn",
    ),
    (
        "7",
        "Tổ chức cuộc thi trực tuyến tìm hiểu pháp luật về quyền con người",
        "Sở Tư pháp",
        "Sở Thông tin và Truyền thông, Tỉnh Đoàn",
        "Quý IV/2024",
        "Cuộc thi trực tuyến; tổng kết, trao giải",
    ),
    (
        "8",
        "Lồng ghép nội dung giáo dục quyền con người trong hoạt động trải nghiệm, ngoại khóa tại các trường trung học phổ thông, trường phổ thông dân tộc nội trú",
        "Sở Giáo dục và Đào tạo",
        "Tỉnh Đoàn",
        "Trong năm 2024",
        "Các buổi sinh hoạt ngoại khóa, chuyên đề",
    ),
]

TABLE_PLAN_BODY_2 = """
# IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 đã giao cho các cơ quan, đơn vị tại Quyết định số 3615/QĐ-UBND ngày 08 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh và các nguồn kinh phí hợp pháp khác. Nội dung, mức chi thực hiện theo Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội nghị và các văn bản hiện hành.
# V. TỔ CHỨC THỰC HIỆN
## 1. Sở Thông tin và Truyền thông
- Là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch này.
- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông định kỳ 6 tháng (trước ngày 10/6/2024) và hằng năm (trước ngày 10/12/2024).
## 2. Công an tỉnh
Chủ trì, phối hợp với Sở Thông tin và Truyền thông cung cấp thông tin, tài liệu về các vụ việc liên quan đến dân chủ, nhân quyền đã được xử lý để phục vụ công tác tuyên truyền, đấu tranh, phản bác các luận điệu sai trái, thù địch.
## 3. Sở Tài chính
Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước năm 2015 và các văn bản hướng dẫn.
## 4. Báo Lào Cai, Đài Phát thanh và Truyền hình tỉnh
Xây dựng chuyên trang, chuyên mục; tăng thời lượng, tần suất đăng, phát các sản phẩm truyền thông về quyền con người bằng tiếng Việt và tiếng dân tộc thiểu số.
## 5. Các sở, ban, ngành, đoàn thể tỉnh
Căn cứ chức năng, nhiệm vụ, chủ động thực hiện các nhiệm vụ được giao tại Mục III Kế hoạch này; cung cấp thông tin về bảo đảm quyền con người thuộc lĩnh vực quản lý cho các cơ quan báo chí.
## 6. Ủy ban nhân dân các huyện, thị xã, thành phố
Chỉ đạo Trung tâm Văn hóa, Thể thao và Truyền thông tăng cường tuyên truyền trên hệ thống truyền thanh cơ sở; báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/6/2024 và ngày 05/12/2024 để tổng hợp.
Trên đây là Kế hoạch thực hiện Đề án truyền thông về quyền con người ở Việt Nam trên địa bàn tỉnh Lào Cai năm 2024. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.
"""

TABLE_PLAN_RECIPIENTS = [
    "- Bộ Thông tin và Truyền thông (b/c);",
    "- Cục Thông tin đối ngoại - Bộ TT&TT;",
    "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Ban Tuyên giáo Tỉnh ủy;",
    "- Các sở, ban, ngành, đoàn thể tỉnh;",
    "- UBND các huyện, thị xã, thành phố;",
    "- Báo Lào Cai, Đài PT-TH tỉnh;",
    "- Cổng TTĐT tỉnh;",
    "- Lưu: VT, TH1, VX3.",
]


def task_table(doc, rows):
    headers = (
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
        "Sản phẩm",
    )
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.1, 5.0, 2.9, 3.2, 2.2, 2.6]
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell_paragraph(cell, text, first=True, bold=True, size=12)
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 2:  # a group heading: its numeral, then one cell across the row
            cell_paragraph(cells[0], row[0], first=True, bold=True, size=12)
            merged = cells[1].merge(cells[-1])
            cell_paragraph(merged, row[1], first=True, align=LEFT, bold=True, size=12)
            continue
        for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
            lines = text.split("\n")
            align = CENTER if i in (0, 4) else LEFT
            for j, line in enumerate(lines):
                cell_paragraph(cell, line, first=(j == 0), align=align, size=12)
    set_widths(table, widths)


def build_plan_table(out: Path):
    title = "Thực hiện Đề án truyền thông về quyền con người ở Việt Nam trên địa bàn tỉnh Lào Cai năm 2024"
    doc = new_document(title)
    header_table(
        doc,
        [],
        ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
        "Số: 112/KH-UBND",
        "Lào Cai, ngày 12 tháng 3 năm 2024",
    )
    title_block(
        doc,
        "KẾ HOẠCH",
        [
            "Thực hiện Đề án truyền thông về quyền con người ở Việt Nam",
            "trên địa bàn tỉnh Lào Cai năm 2024",
        ],
    )
    body(doc, TABLE_PLAN_BODY_1)
    task_table(doc, TABLE_PLAN_ROWS)
    doc.add_paragraph()
    body(doc, TABLE_PLAN_BODY_2)
    closing_table(
        doc,
        TABLE_PLAN_RECIPIENTS,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Nông Thị Thu Hằng",
    )
    doc.save(out)


# --- 2. plan-paragraphs.pdf: lettered sub-tasks and running paragraphs -----------------------

PARAGRAPH_PLAN_BODY = """
~ Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
~ Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án truyền thông về quyền con người ở Việt Nam;
~ Căn cứ Kế hoạch số 36/KH-UBND ngày 17 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh Tuyên Quang (trước sắp xếp) và Kế hoạch số 58/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh Hà Giang (trước sắp xếp) triển khai Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2023 - 2028.
Xét đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 112/TTr-SVHTTDL ngày 26 tháng 8 năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch truyền thông về quyền con người trên địa bàn tỉnh những tháng cuối năm 2025 và năm 2026 như sau:
# I. MỤC ĐÍCH, YÊU CẦU
## 1. Mục đích
Tiếp tục triển khai Đề án truyền thông về quyền con người ở Việt Nam sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang; tạo sự thống nhất trong chỉ đạo, điều hành công tác truyền thông về quyền con người trên địa bàn 124 xã, phường; nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân các dân tộc trong tỉnh về bảo đảm và thúc đẩy quyền con người.
## 2. Yêu cầu
Các nhiệm vụ bám sát chức năng, nhiệm vụ của các cơ quan, đơn vị sau khi sắp xếp tổ chức bộ máy; kế thừa kết quả thực hiện giai đoạn 2023 - 2025 của hai tỉnh; nội dung, hình thức truyền thông phù hợp với đặc điểm vùng cao, biên giới, vùng đồng bào dân tộc thiểu số.
# II. MỤC TIÊU
Đến hết năm 2026, phấn đấu 100% cán bộ làm công tác thông tin đối ngoại cấp tỉnh và cấp xã được tập huấn, bồi dưỡng kiến thức, kỹ năng truyền thông về quyền con người; ít nhất 30% sản phẩm truyền thông về quyền con người được thể hiện bằng tiếng dân tộc thiểu số (tiếng Tày, tiếng Mông, tiếng Dao) hoặc tiếng nước ngoài; 100% xã, phường có chuyên mục về quyền con người trên trang thông tin điện tử hoặc hệ thống truyền thanh cơ sở.
# III. NHIỆM VỤ VÀ GIẢI PHÁP
## 1. Truyền thông trên báo chí, phát thanh, truyền hình
a) Mở và duy trì chuyên mục “Nhân quyền và cuộc sống” trên các ấn phẩm và kênh phát thanh, truyền hình của tỉnh. Báo và Phát thanh, Truyền hình Tuyên Quang chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh thực hiện; thời gian thực hiện: năm 2025 - 2026.
b) Sản xuất chương trình phát thanh, truyền hình bằng tiếng Tày, tiếng Mông, tiếng Dao về chính sách dân tộc, tôn giáo và thành tựu giảm nghèo bền vững. Báo và Phát thanh, Truyền hình Tuyên Quang chủ trì, phối hợp với Sở Dân tộc và Tôn giáo sản xuất, phát sóng ít nhất 08 chương trình; thời gian thực hiện: Quý IV/2025.
## 2. Truyền thông trên môi trường số
a) Xây dựng chuyên trang “Quyền con người” trên Cổng Thông tin điện tử tỉnh, tích hợp dữ liệu từ cổng thông tin điện tử của hai tỉnh trước sắp xếp. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch thực hiện; thời gian hoàn thành: tháng 11/2025.
b) Sản xuất video ngắn, ảnh đồ họa (infographic) về quyền con người để đăng tải trên các nền tảng mạng xã hội. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh thực hiện thường xuyên trong năm 2026.
## 3. Tổ chức Cuộc thi viết tìm hiểu về quyền con người
Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tư pháp, Sở Giáo dục và Đào tạo và Ủy ban nhân dân các xã, phường tổ chức Cuộc thi viết tìm hiểu về quyền con người dành cho cán bộ, công chức, viên chức, học sinh và Nhân dân trên địa bàn tỉnh; tổng kết, trao giải cho tập thể, cá nhân có thành tích xuất sắc; thời gian thực hiện: tháng 12/2025.
## 4. Tập huấn, bồi dưỡng kiến thức, kỹ năng truyền thông về quyền con người
a) Tập huấn kỹ năng truyền thông về quyền con người cho cán bộ làm công tác thông tin đối ngoại, phóng viên, biên tập viên. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức ít nhất 02 lớp tập huấn; thời gian thực hiện: Quý II và Quý III năm 2026.
b) Lồng ghép nội dung về quyền con người trong chương trình bồi dưỡng cán bộ, công chức cấp xã. Sở Nội vụ chủ trì, phối hợp với Trường Chính trị tỉnh thực hiện; thời gian thực hiện: năm 2026.
# IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác. Các cơ quan, đơn vị lập dự toán theo quy định tại Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính và các văn bản hiện hành.
# V. TỔ CHỨC THỰC HIỆN
## 1. Sở Văn hóa, Thể thao và Du lịch
Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc, hướng dẫn triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2025 và ngày 15/12/2026.
## 2. Công an tỉnh
Cung cấp thông tin về tình hình an ninh, trật tự liên quan đến dân chủ, nhân quyền phục vụ công tác truyền thông; phối hợp xử lý thông tin sai sự thật theo quy định của pháp luật.
## 3. Sở Tài chính
Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.
## 4. Báo và Phát thanh, Truyền hình Tuyên Quang
Xây dựng kế hoạch tuyên truyền chi tiết; ưu tiên sản phẩm bằng tiếng dân tộc thiểu số và sản phẩm số phù hợp với người dân vùng cao.
## 5. Ủy ban nhân dân các xã, phường
Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử của xã, phường; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/12 hằng năm.
Trên đây là Kế hoạch truyền thông về quyền con người trên địa bàn tỉnh Tuyên Quang những tháng cuối năm 2025 và năm 2026. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.
"""

PARAGRAPH_PLAN_RECIPIENTS = [
    "- Bộ Văn hóa, Thể thao và Du lịch (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Thường trực HĐND tỉnh;",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các xã, phường;",
    "- Báo và Phát thanh, Truyền hình Tuyên Quang;",
    "- Lưu: VT, KGVX.",
]


def build_plan_paragraphs(out_docx: Path):
    title = (
        "Truyền thông về quyền con người trên địa bàn tỉnh Tuyên Quang "
        "những tháng cuối năm 2025 và năm 2026"
    )
    doc = new_document(title, pdf_font())
    header_table(
        doc,
        [],
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"],
        "Số: 214/KH-UBND",
        "Tuyên Quang, ngày 05 tháng 9 năm 2025",
    )
    title_block(
        doc,
        "KẾ HOẠCH",
        [
            "Truyền thông về quyền con người trên địa bàn tỉnh Tuyên Quang",
            "những tháng cuối năm 2025 và năm 2026",
        ],
    )
    body(doc, PARAGRAPH_PLAN_BODY)
    closing_table(
        doc,
        PARAGRAPH_PLAN_RECIPIENTS,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Hoàng Việt Phương",
    )
    doc.save(out_docx)


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit(
            "soffice not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui"
        )
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(  # noqa: S603 - fixed arguments
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
        )
    return out_dir / (docx_path.stem + ".pdf")


# --- 3. plan-tcvn3.txt: legacy TCVN3 (ABC) encoding -----------------------------------------


def build_plan_tcvn3(src: Path, out: Path):
    sys.path.insert(0, str(ROOT))
    try:
        from kehoach.vntext.legacy import encode
    except ImportError:
        print(f"skipped {out.name}: kehoach.vntext.legacy is not there yet", file=sys.stderr)
        return
    out.write_bytes(encode(src.read_text(encoding="utf-8"), "tcvn3"))


def main():
    build_plan_table(HERE / "plan-table.docx")
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / "plan-paragraphs.docx"
        build_plan_paragraphs(docx_path)
        pdf = to_pdf(docx_path, Path(tmp))
        shutil.copyfile(pdf, HERE / "plan-paragraphs.pdf")
    build_plan_tcvn3(HERE / "plan-tcvn3.utf8.txt.src", HERE / "plan-tcvn3.txt")


if __name__ == "__main__":
    main()
