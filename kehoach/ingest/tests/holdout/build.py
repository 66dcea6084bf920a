#!/usr/bin/env python3
"""Write the binary held-out documents: three .docx files and one .pdf.

Usage: .venv/bin/python kehoach/ingest/tests/holdout/build.py
Needs python-docx and LibreOffice (`soffice`). The .txt documents beside this script are
hand-written and not generated. The PDF report is made from a .docx written into a temporary
directory (never left here: the scorer would read a .docx before a .pdf of the same name), set in
DejaVu Serif because this machine's Liberation Serif lacks Vietnamese capitals.
"""
# A fixture script, run by hand: zip() over python-docx's own rows and cells, Cm() defaults and
# the fixed soffice command line are as intended.
# ruff: noqa: B008, B905, S603, S607
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

HERE = Path(__file__).resolve().parent
C, J, L, R = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY,
              WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT)


# ---------------------------------------------------------------- helpers

def new_document(font="Times New Roman", size=13):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    style.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    return doc


def para(container, text="", align=J, bold=False, italic=False, size=None, indent=True,
         space_after=3):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent and align == J:
        pf.first_line_indent = Cm(1.27)
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return p


def cell_lines(cell, lines, align=C, size=13):
    """lines: (text, bold, italic) tuples; the cell's first empty paragraph is reused."""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)


def borderless(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def set_widths(table, widths):
    """Cell widths and the table grid (LibreOffice lays out by the grid)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def two_columns(doc, left, right, widths=(Cm(6.5), Cm(10)), left_align=C, size=13):
    table = doc.add_table(rows=1, cols=2)
    borderless(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    cell_lines(table.rows[0].cells[0], left, align=left_align, size=size)
    cell_lines(table.rows[0].cells[1], right, size=size)
    return table


def header_table(doc, parent, body, number, date, subject=None, size=12):
    left = []
    if parent:
        left.append((parent, False, False))
    left.append((body, True, False))
    if number is not None:
        left.append((number, False, False))
    if subject:
        left.append((subject, False, False))
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
             ("Độc lập - Tự do - Hạnh phúc", True, False)]
    if date:
        right.append(("", False, False))
        right.append((date, False, True))
    two_columns(doc, left, right, size=size)


def closing_table(doc, recipients, authority, name, size=13):
    table = doc.add_table(rows=1, cols=2)
    borderless(table)
    set_widths(table, (Cm(8), Cm(8.5)))
    left, right = table.rows[0].cells
    cell_lines(left, [("Nơi nhận:", True, True)], align=L, size=12)
    for r in recipients:
        p = left.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(r)
        run.font.size = Pt(11)
    cell_lines(right, [(a, True, False) for a in authority]
               + [("", False, False)] * 4 + [(name, True, False)], size=size)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def body(doc, items):
    """items: strings; a leading marker picks the style:
    '#' centred bold, '!' left bold heading (no indent), '/' italic legal basis, else body text."""
    for item in items:
        if item.startswith("#"):
            para(doc, item[1:], align=C, bold=True, space_after=0)
        elif item.startswith("!"):
            para(doc, item[1:], bold=True)
        elif item.startswith("/"):
            para(doc, item[1:], italic=True)
        else:
            para(doc, item)


# ------------------------------------------------ 1. Lạng Sơn: header as plain paragraphs

def build_langson(path):
    doc = new_document()
    for text, bold, italic in [
        ("ỦY BAN NHÂN DÂN", False, False),
        ("TỈNH LẠNG SƠN", True, False),
        ("-------", False, False),
        ("Số: 58/KH-UBND", False, False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
        ("Độc lập - Tự do - Hạnh phúc", True, False),
        ("---------------", False, False),
        ("Lạng Sơn, ngày 14 tháng 3 năm 2024", False, True),
    ]:
        para(doc, text, align=C, bold=bold, italic=italic, size=13, space_after=0)
    para(doc, "", align=C)
    body(doc, [
        "#KẾ HOẠCH",
        "#Công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng, đánh giá, "
        "công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật trên địa bàn tỉnh "
        "Lạng Sơn năm 2024",
        "#-----------",
        "Thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về tiếp tục thực hiện "
        "Chỉ thị số 32-CT/TW của Ban Bí thư khóa IX về tăng cường sự lãnh đạo của Đảng trong "
        "công tác phổ biến, giáo dục pháp luật, nâng cao ý thức chấp hành pháp luật của cán bộ, "
        "nhân dân; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ ban hành "
        "Quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật; Công văn số "
        "212/BTP-PBGDPL ngày 19/01/2024 của Bộ Tư pháp về việc hướng dẫn triển khai công tác phổ "
        "biến, giáo dục pháp luật, hòa giải ở cơ sở, xây dựng cấp xã đạt chuẩn tiếp cận pháp "
        "luật năm 2024, Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch thực hiện như sau:",
        "!I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU",
        "!1. Mục đích",
        "Tiếp tục nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật (PBGDPL), hòa giải ở "
        "cơ sở và xây dựng, đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp "
        "luật; góp phần nâng cao ý thức tôn trọng và chấp hành pháp luật của cán bộ, công chức, "
        "viên chức và Nhân dân, phục vụ hiệu quả nhiệm vụ phát triển kinh tế - xã hội, bảo đảm "
        "quốc phòng, an ninh của tỉnh.",
        "!2. Yêu cầu",
        "- Xác định cụ thể nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện; "
        "bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương.",
        "- Nội dung phổ biến có trọng tâm, trọng điểm, phù hợp với từng đối tượng, địa bàn, nhất "
        "là vùng đồng bào dân tộc thiểu số, khu vực biên giới.",
        "!3. Chỉ tiêu",
        "- 100% cán bộ, công chức, viên chức được phổ biến các văn bản pháp luật mới liên quan "
        "đến chức năng, nhiệm vụ, lĩnh vực công tác.",
        "- Tỷ lệ hòa giải thành ở cơ sở đạt từ 80% trở lên.",
        "- Phấn đấu ít nhất 90% số xã, phường, thị trấn được công nhận đạt chuẩn tiếp cận pháp "
        "luật.",
        "!II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "!1. Nhiệm vụ, giải pháp chung",
        "- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác "
        "PBGDPL; gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ PBGDPL của "
        "cơ quan, đơn vị.",
        "- Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong PBGDPL; đa dạng hóa hình "
        "thức phổ biến, phù hợp với phong tục, tập quán của đồng bào các dân tộc trên địa bàn "
        "tỉnh.",
        "!2. Nhiệm vụ cụ thể",
        "2.1. Tổ chức quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội thông qua, các "
        "văn bản quy phạm pháp luật mới của Trung ương và của tỉnh cho cán bộ, công chức, viên "
        "chức và Nhân dân (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ban, ngành, "
        "Ủy ban nhân dân các huyện, thành phố; thời gian: Quý II/2024).",
        "2.2. Tổ chức ít nhất 02 hội nghị tập huấn, bồi dưỡng kiến thức pháp luật và kỹ năng "
        "hòa giải cho hòa giải viên ở cơ sở (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Ủy "
        "ban Mặt trận Tổ quốc Việt Nam tỉnh, Ủy ban nhân dân các huyện, thành phố; thời gian: "
        "Quý III/2024).",
        "2.3. Biên soạn, phát hành tài liệu phổ biến pháp luật song ngữ Việt - Tày, Việt - Nùng "
        "về phòng, chống ma túy, mua bán người cho đồng bào dân tộc thiểu số (Cơ quan chủ trì: "
        "Sở Tư pháp; cơ quan phối hợp: Ban Dân tộc tỉnh, Đài Phát thanh và Truyền hình tỉnh; "
        "thời gian: Quý III - Quý IV/2024).",
        "2.4. Phổ biến pháp luật về biên giới quốc gia, xuất nhập cảnh và phòng, chống buôn lậu, "
        "gian lận thương mại cho Nhân dân các xã biên giới (Cơ quan chủ trì: Bộ Chỉ huy Bộ đội "
        "Biên phòng tỉnh; cơ quan phối hợp: Công an tỉnh, Sở Tư pháp, Ủy ban nhân dân các huyện "
        "biên giới; thời gian: Thường xuyên).",
        "2.5. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt "
        "Nam năm 2024 (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các cơ quan, đơn vị thành "
        "viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh; thời gian: Tháng 10 - "
        "11/2024).",
        "2.6. Hướng dẫn, kiểm tra việc đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp "
        "cận pháp luật năm 2024 (Cơ quan chủ trì: Sở Tư pháp, Ủy ban nhân dân các huyện, thành "
        "phố; thời gian: Tháng 12/2024).",
        "2.7. Cập nhật, đăng tải văn bản quy phạm pháp luật, tài liệu phổ biến pháp luật trên "
        "Cổng Thông tin điện tử tỉnh và Trang thông tin điện tử phổ biến, giáo dục pháp luật "
        "tỉnh (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Văn phòng Ủy ban nhân dân tỉnh, "
        "Sở Thông tin và Truyền thông; thời gian: Thường xuyên).",
        "!III. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của các cơ "
        "quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành và quy định tại Thông tư số "
        "56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính quy định việc lập dự toán, quản lý, sử "
        "dụng và quyết toán kinh phí ngân sách nhà nước bảo đảm cho công tác phổ biến, giáo dục "
        "pháp luật, chuẩn tiếp cận pháp luật của người dân tại cơ sở.",
        "!IV. TỔ CHỨC THỰC HIỆN",
        "!1. Sở Tư pháp",
        "Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực "
        "hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Tư pháp kết quả thực hiện "
        "trước ngày 15/11/2024.",
        "!2. Các sở, ban, ngành tỉnh",
        "Căn cứ chức năng, nhiệm vụ, chủ động xây dựng kế hoạch PBGDPL năm 2024 của cơ quan, đơn "
        "vị; phối hợp chặt chẽ với Sở Tư pháp trong triển khai các nhiệm vụ được giao.",
        "!3. Ủy ban nhân dân các huyện, thành phố",
        "Chỉ đạo Ủy ban nhân dân cấp xã kiện toàn tổ hòa giải, đội ngũ hòa giải viên; tổ chức "
        "đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật theo quy định.",
        "!4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
        "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân chấp hành pháp luật; "
        "tham gia giám sát việc thực hiện Kế hoạch.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương "
        "phản ánh về Sở Tư pháp để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải "
        "quyết./.",
    ])
    # closing as plain paragraphs too: recipients, then the signature block
    para(doc, "Nơi nhận:", align=L, bold=True, italic=True, size=12, space_after=0)
    for r in ["- Bộ Tư pháp (b/c);", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
              "- Chủ tịch, các PCT UBND tỉnh;", "- Thành viên Hội đồng phối hợp PBGDPL tỉnh;",
              "- Các sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thành phố;",
              "- C, PCVP UBND tỉnh, các phòng CV;", "- Lưu: VT, NC (NVD)."]:
        para(doc, r, align=L, size=11, space_after=0)
    for line in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                 "Lương Văn Hải"]:
        p = para(doc, line, align=C, bold=True, space_after=0)
        p.paragraph_format.left_indent = Cm(7)
    doc.save(path)


# ------------------------------------------------ 2. Quảng Ngãi: tasks only in an appendix table

QUANGNGAI_ROWS = [
    ("1", "Tuyên truyền, phổ biến pháp luật về thương mại điện tử, kỹ năng mua sắm trực tuyến "
          "an toàn cho người dân và doanh nghiệp",
     "Sở Công Thương",
     "Báo Quảng Ngãi; Đài Phát thanh - Truyền hình Quảng Ngãi; Ủy ban nhân dân các huyện, thị "
     "xã, thành phố",
     "Thường xuyên", "Tin, bài, phóng sự, ấn phẩm tuyên truyền"),
    ("2", "Tổ chức tập huấn kỹ năng ứng dụng thương mại điện tử cho doanh nghiệp, hợp tác xã, "
          "hộ kinh doanh",
     "Sở Công Thương", "Sở Kế hoạch và Đầu tư; Liên minh Hợp tác xã tỉnh",
     "Quý II/2024", "05 lớp tập huấn"),
    ("3", "Hỗ trợ đưa sản phẩm OCOP, nông sản chủ lực của tỉnh lên các sàn thương mại điện tử",
     "Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương; Bưu điện tỉnh Quảng Ngãi",
     "Quý III/2024", "Gian hàng sản phẩm OCOP trên các sàn thương mại điện tử"),
    ("4", "Nâng cấp, vận hành Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi",
     "Sở Công Thương", "Sở Thông tin và Truyền thông",
     "Tháng 9 - 10/2024", "Sàn giao dịch được nâng cấp, vận hành ổn định, an toàn"),
    ("5", "Đẩy mạnh thanh toán không dùng tiền mặt trong giao dịch thương mại điện tử và dịch vụ "
          "công trực tuyến",
     "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi",
     "Sở Thông tin và Truyền thông; các tổ chức tín dụng trên địa bàn tỉnh",
     "Năm 2024", "Báo cáo kết quả thanh toán không dùng tiền mặt"),
    ("6", "Kiểm tra, xử lý vi phạm pháp luật trong hoạt động thương mại điện tử, kinh doanh hàng "
          "giả, hàng kém chất lượng trên môi trường mạng",
     "Cục Quản lý thị trường tỉnh Quảng Ngãi",
     "- Công an tỉnh;\n- Sở Công Thương;\n- Cục Thuế tỉnh.",
     "Thường xuyên", "Kết quả kiểm tra, xử lý vi phạm"),
    ("7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2024, đề xuất nhiệm vụ năm 2025",
     "Sở Công Thương",
     "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố",
     "Quý IV/2024", "Báo cáo sơ kết trình Ủy ban nhân dân tỉnh"),
]


def build_quangngai(path):
    doc = new_document()
    header_table(doc, "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 97/KH-UBND",
                 "Quảng Ngãi, ngày 15 tháng 4 năm 2024")
    para(doc, "", align=C)
    body(doc, [
        "#KẾ HOẠCH",
        "#Phát triển thương mại điện tử tỉnh Quảng Ngãi năm 2024",
        "#___________",
        "/Căn cứ Nghị định số 52/2013/NĐ-CP ngày 16/5/2013 của Chính phủ về thương mại điện tử "
        "và Nghị định số 85/2021/NĐ-CP ngày 25/9/2021 của Chính phủ sửa đổi, bổ sung một số điều "
        "của Nghị định số 52/2013/NĐ-CP;",
        "/Căn cứ Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ phê duyệt Kế "
        "hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021 - 2025;",
        "/Căn cứ Kế hoạch số 58/KH-UBND ngày 24/3/2021 của Ủy ban nhân dân tỉnh về phát triển "
        "thương mại điện tử tỉnh Quảng Ngãi giai đoạn 2021 - 2025;",
        "/Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 812/TTr-SCT ngày 02/4/2024,",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển thương mại điện tử tỉnh Quảng Ngãi "
        "năm 2024 như sau:",
        "!I. MỤC TIÊU",
        "!1. Mục tiêu chung",
        "Phát triển thương mại điện tử trở thành kênh phân phối quan trọng, góp phần mở rộng thị "
        "trường tiêu thụ hàng hóa, nhất là sản phẩm OCOP, nông sản chủ lực của tỉnh; nâng cao "
        "năng lực cạnh tranh của doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn tỉnh.",
        "!2. Mục tiêu cụ thể",
        "- Phấn đấu 45% dân số trên địa bàn tỉnh tham gia mua sắm trực tuyến.",
        "- Doanh số thương mại điện tử bán lẻ (B2C) tăng từ 20 - 25% so với năm 2023.",
        "- 100% sản phẩm OCOP của tỉnh được giới thiệu, quảng bá trên các sàn thương mại điện "
        "tử.",
        "- Ít nhất 500 doanh nghiệp, hợp tác xã, hộ kinh doanh được hỗ trợ, hướng dẫn ứng dụng "
        "thương mại điện tử trong sản xuất, kinh doanh.",
        "!II. NHIỆM VỤ, GIẢI PHÁP",
        "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và kết quả, "
        "sản phẩm được giao tại Phụ lục kèm theo Kế hoạch này. Các cơ quan, đơn vị, địa phương "
        "tập trung thực hiện đồng bộ các giải pháp: tuyên truyền, nâng cao nhận thức về thương "
        "mại điện tử; phát triển nguồn nhân lực; ứng dụng thương mại điện tử trong tiêu thụ sản "
        "phẩm; tăng cường quản lý nhà nước, bảo vệ quyền lợi người tiêu dùng trên môi trường mạng.",
        "Kinh phí thực hiện từ nguồn Chương trình khuyến công, xúc tiến thương mại năm 2024 đã "
        "giao cho Sở Công Thương, nguồn chi thường xuyên của các cơ quan, đơn vị và các nguồn "
        "huy động hợp pháp khác.",
        "!III. TỔ CHỨC THỰC HIỆN",
        "!1. Sở Công Thương",
        "Chủ trì, phối hợp với các sở, ban, ngành, địa phương triển khai thực hiện Kế hoạch; theo "
        "dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Công Thương "
        "trước ngày 15/12/2024.",
        "!2. Sở Thông tin và Truyền thông",
        "Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về thương mại điện "
        "tử; phối hợp bảo đảm an toàn thông tin cho Sàn giao dịch thương mại điện tử của tỉnh.",
        "!3. Sở Tài chính",
        "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối "
        "ngân sách và quy định hiện hành.",
        "!4. Các sở, ban, ngành liên quan",
        "Căn cứ chức năng, nhiệm vụ, chủ động phối hợp với Sở Công Thương thực hiện các nhiệm vụ "
        "được giao tại Phụ lục kèm theo Kế hoạch này.",
        "!5. Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Tuyên truyền, vận động doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn tham gia các "
        "sàn thương mại điện tử; phối hợp với Sở Công Thương tổ chức các lớp tập huấn tại địa "
        "phương.",
        "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành "
        "phố triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp "
        "thời phản ánh về Sở Công Thương để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ "
        "đạo./.",
    ])
    closing_table(doc, ["- Bộ Công Thương (b/c);", "- Cục Thương mại điện tử và Kinh tế số;",
                        "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, PCT UBND tỉnh;",
                        "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                        "- VPUB: PCVP, KTTH, CBTH;", "- Lưu: VT, KTTH."],
                  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phạm Ngọc Lâm")

    # the appendix on a landscape page
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin = Mm(20), Mm(15)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)
    para(doc, "PHỤ LỤC", align=C, bold=True, space_after=0)
    para(doc, "DANH MỤC NHIỆM VỤ PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TỈNH QUẢNG NGÃI NĂM 2024",
         align=C, bold=True, space_after=0)
    para(doc, "(Kèm theo Kế hoạch số 97/KH-UBND ngày 15 tháng 4 năm 2024 của Ủy ban nhân dân "
              "tỉnh Quảng Ngãi)", align=C, italic=True)
    heads = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành",
             "Kết quả, sản phẩm"]
    widths = [Cm(1.2), Cm(8.5), Cm(4), Cm(5.5), Cm(3), Cm(4.8)]
    table = doc.add_table(rows=1 + len(QUANGNGAI_ROWS), cols=len(heads))
    table.style = "Table Grid"
    set_widths(table, widths)
    for cell, text in zip(table.rows[0].cells, heads):
        cell_lines(cell, [(text, True, False)], size=12)
    for row, tr in zip(QUANGNGAI_ROWS, table.rows[1:]):
        for i, (cell, text) in enumerate(zip(tr.cells, row)):
            align = C if i in (0, 4) else J
            cell_lines(cell, [(line, False, False) for line in text.split("\n")],
                       align=align, size=12)
    doc.save(path)


# ------------------------------------------------ 5. Bình Định: a decision issuing a plan

def build_binhdinh(path):
    doc = new_document()
    header_table(doc, "ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "Số: 1834/QĐ-UBND",
                 "Bình Định, ngày 27 tháng 5 năm 2024")
    para(doc, "", align=C)
    body(doc, [
        "#QUYẾT ĐỊNH",
        "#Về việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn "
        "tỉnh Bình Định năm 2024",
        "#___________",
        "#CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
        "/Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
        "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
        "22 tháng 11 năm 2019;",
        "/Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một "
        "số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;",
        "/Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi "
        "tiết thi hành một số điều của Luật Phòng, chống thiên tai và Luật sửa đổi, bổ sung một "
        "số điều của Luật Phòng, chống thiên tai và Luật Đê điều;",
        "/Căn cứ Quyết định số 379/QĐ-TTg ngày 17 tháng 3 năm 2021 của Thủ tướng Chính phủ phê "
        "duyệt Chiến lược quốc gia phòng, chống thiên tai đến năm 2030, tầm nhìn đến năm 2050;",
        "/Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số "
        "145/TTr-SNN ngày 20 tháng 5 năm 2024.",
        "#QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai và tìm kiếm "
        "cứu nạn trên địa bàn tỉnh Bình Định năm 2024.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, "
        "Giám đốc các sở: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Thông "
        "tin và Truyền thông, Giao thông vận tải; Thủ trưởng các cơ quan, đơn vị liên quan và "
        "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết "
        "định này./.",
    ])
    closing_table(doc, ["- Như Điều 3;", "- Ban Chỉ đạo quốc gia về PCTT (b/c);",
                        "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                        "- Lưu: VT, K13."],
                  ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trương Công Định")
    page_break(doc)

    header_table(doc, "ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", None, None)
    para(doc, "", align=C)
    body(doc, [
        "#KẾ HOẠCH",
        "#Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh Bình Định năm 2024",
    ])
    para(doc, "(Ban hành kèm theo Quyết định số 1834/QĐ-UBND ngày 27/5/2024 của Chủ tịch Ủy "
              "ban nhân dân tỉnh Bình Định)", align=C, italic=True)
    body(doc, [
        "#___________",
        "!I. MỤC ĐÍCH, YÊU CẦU",
        "- Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương và có hiệu quả các loại "
        "hình thiên tai; giảm thiểu thiệt hại về người và tài sản của Nhà nước và Nhân dân.",
        "- Thực hiện tốt phương châm “bốn tại chỗ” và “ba sẵn sàng”; phân công nhiệm vụ cụ thể "
        "cho các cơ quan, đơn vị, địa phương.",
        "- Triển khai có hiệu quả Chỉ thị số 07/CT-UBND ngày 10/4/2024 của Chủ tịch Ủy ban nhân "
        "dân tỉnh về tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm 2024.",
        "!II. CHỈ TIÊU",
        "- 100% xã, phường, thị trấn kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm "
        "cứu nạn, xây dựng phương án ứng phó thiên tai theo cấp độ rủi ro trước mùa mưa bão.",
        "- Ít nhất 70% hộ dân ở vùng thường xuyên bị ảnh hưởng của thiên tai được phổ biến kiến "
        "thức, kỹ năng phòng, chống thiên tai.",
        "- Tổ chức ít nhất 01 cuộc diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh.",
        "!III. NHIỆM VỤ CỤ THỂ",
        "!1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; rà soát, "
        "cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro",
        "- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn.",
        "- Đơn vị phối hợp: Bộ Chỉ huy Quân sự tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố.",
        "- Thời gian thực hiện: Tháng 6 - 7/2024.",
        "!2. Tổ chức thông tin, tuyên truyền, phổ biến kiến thức, kỹ năng phòng, chống thiên tai "
        "cho cộng đồng",
        "- Đơn vị chủ trì: Sở Thông tin và Truyền thông.",
        "- Đơn vị phối hợp: Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định, Ủy ban nhân "
        "dân các huyện, thị xã, thành phố.",
        "- Thời gian thực hiện: Thường xuyên.",
        "!3. Rà soát, kiểm tra hiện trạng hồ chứa, đê điều, công trình phòng, chống thiên tai "
        "trước mùa mưa bão; xây dựng phương án bảo đảm an toàn hồ đập",
        "- Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn.",
        "- Đơn vị phối hợp: Sở Công Thương, Sở Tài nguyên và Môi trường.",
        "- Thời gian thực hiện: Quý III/2024.",
        "!4. Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh năm 2024",
        "- Đơn vị chủ trì: Bộ Chỉ huy Quân sự tỉnh.",
        "- Đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn, Bộ Chỉ huy Bộ đội Biên phòng "
        "tỉnh, Công an tỉnh, Sở Y tế.",
        "- Thời gian thực hiện: Tháng 8/2024.",
        "!5. Quản lý tàu cá, hướng dẫn neo đậu tàu thuyền tránh trú bão an toàn; thông tin cảnh "
        "báo thiên tai cho ngư dân trên biển",
        "- Đơn vị chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
        "- Đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân các huyện, "
        "thị xã, thành phố ven biển.",
        "- Thời gian thực hiện: Từ tháng 9 đến tháng 12/2024.",
        "!6. Chuẩn bị lương thực, thuốc men, vật tư, phương tiện phục vụ cứu hộ, cứu nạn theo "
        "phương châm “bốn tại chỗ”",
        "- Đơn vị chủ trì: Ủy ban nhân dân các huyện, thị xã, thành phố.",
        "- Đơn vị phối hợp: Sở Công Thương, Sở Y tế, Sở Giao thông vận tải.",
        "- Thời gian thực hiện: Quý III/2024.",
        "!IV. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện từ nguồn ngân sách tỉnh đã bố trí trong dự toán năm 2024 của các cơ "
        "quan, đơn vị, nguồn Quỹ phòng, chống thiên tai tỉnh và các nguồn hợp pháp khác.",
        "!V. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, theo dõi, đôn đốc các cơ quan, đơn "
        "vị, địa phương triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày "
        "15/12/2024.",
        "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ nhiệm vụ được "
        "giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện; định kỳ báo cáo kết quả về Sở "
        "Nông nghiệp và Phát triển nông thôn để tổng hợp./.",
    ])
    doc.save(path)


# ------------------------------------------------ 6. Hà Tĩnh: a six-month report, as PDF

def build_hatinh(docx_path):
    doc = new_document(font="DejaVu Serif", size=11)
    header_table(doc, "ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số:        /BC-UBND",
                 "Hà Tĩnh, ngày      tháng      năm 2024", size=11)
    para(doc, "", align=C)
    body(doc, [
        "#BÁO CÁO",
        "#Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024; nhiệm vụ trọng "
        "tâm 6 tháng cuối năm 2024",
        "#___________",
        "Thực hiện Công văn số 2314/BNV-CCHC ngày 17/5/2024 của Bộ Nội vụ về việc báo cáo công "
        "tác cải cách hành chính định kỳ, Ủy ban nhân dân tỉnh Hà Tĩnh báo cáo kết quả thực hiện "
        "công tác cải cách hành chính (CCHC) 6 tháng đầu năm 2024 như sau:",
        "!I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        "!1. Công tác chỉ đạo, điều hành",
        "Trên cơ sở Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình "
        "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Chỉ thị số 25-CT/TU ngày "
        "10/01/2024 của Ban Thường vụ Tỉnh ủy về đẩy mạnh cải cách hành chính, cải thiện môi "
        "trường đầu tư kinh doanh, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 512/KH-UBND ngày "
        "20/12/2023 về cải cách hành chính nhà nước tỉnh Hà Tĩnh năm 2024; Quyết định số "
        "1256/QĐ-UBND ngày 28/5/2024 công bố Chỉ số cải cách hành chính năm 2023 của các sở, "
        "ban, ngành cấp tỉnh và Ủy ban nhân dân cấp huyện. Trong 6 tháng đầu năm, Ủy ban nhân "
        "dân tỉnh đã ban hành 23 văn bản chỉ đạo, điều hành về CCHC; tổ chức 04 đoàn kiểm tra "
        "công tác CCHC tại 18 cơ quan, đơn vị, địa phương.",
        "!2. Cải cách thủ tục hành chính",
        "Triển khai Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung "
        "một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, "
        "một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban nhân dân tỉnh đã công bố "
        "danh mục 137 thủ tục hành chính mới ban hành, sửa đổi, bổ sung. Toàn tỉnh tiếp nhận "
        "186.542 hồ sơ, trong đó 182.905 hồ sơ được giải quyết đúng và trước hạn, đạt tỷ lệ "
        "98,05%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%.",
        "!3. Cải cách tổ chức bộ máy hành chính nhà nước",
        "Tiếp tục rà soát, sắp xếp tổ chức bộ máy theo hướng tinh gọn, hoạt động hiệu lực, hiệu "
        "quả. Đến ngày 15/6/2024, toàn tỉnh giảm 12 đơn vị sự nghiệp công lập so với năm 2023; "
        "thực hiện tinh giản biên chế đối với 96 trường hợp.",
        "!4. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số",
        "Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề "
        "án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
        "đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, Ủy ban nhân dân tỉnh đã "
        "kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc "
        "gia về dân cư; 100% văn bản đi, đến của các cơ quan hành chính được xử lý trên môi "
        "trường mạng (trừ văn bản mật).",
        "!II. TỒN TẠI, HẠN CHẾ",
        "- Tỷ lệ hồ sơ trực tuyến toàn trình tuy tăng nhưng chưa đồng đều giữa các địa phương; "
        "một số thủ tục hành chính còn phát sinh hồ sơ trễ hạn.",
        "- Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã còn chậm.",
        "!III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024",
        "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nhất là thủ tục liên quan đến đầu "
        "tư, đất đai, xây dựng.",
        "2. Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải "
        "quyết thủ tục hành chính.",
        "3. Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra đột xuất việc thực thi công vụ tại "
        "các cơ quan, đơn vị.",
        "!IV. ĐỀ XUẤT, KIẾN NGHỊ",
        "Đề nghị Bộ Nội vụ tiếp tục tổ chức tập huấn nghiệp vụ về cải cách hành chính cho đội "
        "ngũ công chức làm công tác CCHC ở địa phương.",
        "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024 "
        "của Ủy ban nhân dân tỉnh Hà Tĩnh./.",
    ])
    closing_table(doc, ["- Bộ Nội vụ (Vụ CCHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                        "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành cấp tỉnh;",
                        "- UBND các huyện, thành phố, thị xã;", "- Lưu: VT, NC1."],
                  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hồ Đức Thuận",
                  size=11)
    doc.save(docx_path)


def to_pdf(docx_path, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir),
                    str(docx_path)], check=True, capture_output=True, timeout=180)
    return Path(out_dir) / (Path(docx_path).stem + ".pdf")


def main():
    build_langson(HERE / "langson-KH-UBND-2024-pbgdpl.docx")
    build_quangngai(HERE / "quangngai-KH-UBND-2024-tmdt.docx")
    build_binhdinh(HERE / "binhdinh-QD-UBND-2024-pctt.docx")
    with tempfile.TemporaryDirectory() as tmp:
        name = "hatinh-BC-UBND-2024-cchc"
        src = Path(tmp) / (name + ".docx")
        build_hatinh(src)
        pdf = to_pdf(src, tmp)
        shutil.copyfile(pdf, HERE / (name + ".pdf"))
    print("written:", ", ".join(sorted(p.name for p in HERE.iterdir()
                                       if p.suffix in (".docx", ".pdf"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
