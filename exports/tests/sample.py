"""A realistic report to export: Sở TTTT Sóc Trăng's six-month report for 2024."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from exports.document import Appendix, Heading, OfficialDocument, Paragraph, Table

PRODUCTS = Table(
    number=1,
    title="Sản phẩm truyền thông về quyền con người 6 tháng đầu năm 2024",
    columns=["STT", "Đơn vị", "Tin, bài", "Chương trình phát thanh", "Tỷ lệ so với kế hoạch"],
    rows=[
        [1, "Báo Sóc Trăng", 126, 0, Decimal("0.63")],
        [2, "Đài Phát thanh và Truyền hình tỉnh", 48, 24, 0.555],
        [3, "Sở Thông tin và Truyền thông", 1250, None, 1],
    ],
    total=["", "Tổng cộng", 1424, 24, 0.6],
    percent_columns=frozenset({4}),
)

TRAINING = Table(
    number=2,
    title="Tập huấn, bồi dưỡng về quyền con người",
    columns=["STT", "Lớp tập huấn", "Số người tham dự"],
    rows=[[1, "Phóng viên, biên tập viên", 70], [2, "Cán bộ Đài Truyền thanh cấp xã", 2150]],
    total=["", "Tổng cộng", 2220],
)

BODY = [
    Paragraph(
        "Căn cứ Kế hoạch số 81/KH-UBND ngày 06 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh "
        "Sóc Trăng về thực hiện Đề án truyền thông về quyền con người năm 2024;",
        italic=True,
    ),
    Paragraph(
        "Sở Thông tin và Truyền thông báo cáo kết quả 6 tháng đầu năm 2024 thực hiện Đề án "
        "truyền thông về quyền con người ở Việt Nam trên địa bàn tỉnh như sau:"
    ),
    Heading("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
    Paragraph(
        "Ngay sau khi Kế hoạch của Ủy ban nhân dân tỉnh được ban hành, Sở Thông tin và Truyền "
        "thông đã tham mưu, hướng dẫn các cơ quan báo chí, Đài Truyền thanh cấp huyện và hệ "
        "thống thông tin cơ sở xây dựng kế hoạch, chuyên trang, chuyên mục tuyên truyền về "
        "quyền con người, gắn với nhiệm vụ chính trị của địa phương."
    ),
    Paragraph(
        "Công tác định hướng thông tin được thực hiện thường xuyên thông qua giao ban báo chí "
        "hằng tháng, văn bản định hướng và hệ thống phần mềm quản lý đài truyền thanh ứng dụng "
        "công nghệ thông tin - viễn thông."
    ),
    Heading("II. KẾT QUẢ THỰC HIỆN"),
    Heading("1. Thông tin, tuyên truyền trên báo chí", level=2),
    Paragraph(
        "đăng tải 126 tin, bài, ảnh về các chủ trương, chính sách của Đảng, pháp luật của Nhà "
        "nước về quyền con người, thành tựu bảo đảm quyền con người ở Việt Nam, trong đó có "
        "18 bài bằng tiếng Khmer trên trang Sóc Trăng điện tử (chi tiết tại Biểu số 01 kèm theo).",
        lead="Báo Sóc Trăng: ",
    ),
    Paragraph(
        "sản xuất và phát sóng 48 tin, phóng sự và 24 chương trình phát thanh chuyên đề, "
        "trong đó có các chương trình bằng tiếng Khmer và tiếng Hoa phục vụ đồng bào dân tộc "
        "thiểu số trên địa bàn tỉnh.",
        lead="Đài Phát thanh và Truyền hình tỉnh: ",
    ),
    PRODUCTS,
    Heading("2. Tập huấn, bồi dưỡng", level=2),
    Heading("a) Đối với phóng viên, biên tập viên", level=3),
    Paragraph(
        "Phối hợp với Hội Nhà báo tỉnh tổ chức 01 lớp tập huấn cho 70 phóng viên, biên tập "
        "viên về kỹ năng thông tin, tuyên truyền về quyền con người và đấu tranh phản bác các "
        "quan điểm sai trái, thù địch (chi tiết tại Biểu số 02 kèm theo)."
    ),
    TRAINING,
    Heading("III. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM"),
    Paragraph(
        "Nhìn chung, công tác truyền thông về quyền con người 6 tháng đầu năm 2024 được triển "
        "khai đồng bộ, đúng kế hoạch; nội dung phong phú, hình thức đa dạng. Tuy nhiên, số "
        "lượng sản phẩm bằng tiếng dân tộc thiểu số còn ít, chưa tương xứng với nhu cầu."
    ),
    Paragraph(
        "Trong 6 tháng cuối năm, Sở Thông tin và Truyền thông tiếp tục hướng dẫn các cơ quan "
        "báo chí tăng thời lượng, chuyên mục về quyền con người; tổ chức tọa đàm, triển lãm "
        "ảnh nhân kỷ niệm Ngày Quốc tế Nhân quyền 10 tháng 12; đẩy mạnh ứng dụng mạng xã hội "
        "trong truyền thông về quyền con người."
    ),
    Paragraph(
        "Trên đây là báo cáo kết quả 6 tháng đầu năm 2024 thực hiện Đề án truyền thông về "
        "quyền con người của Sở Thông tin và Truyền thông tỉnh Sóc Trăng./."
    ),
]

REPORT = OfficialDocument(
    parent_body="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
    issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    symbol="BC-STTTT",
    number="5",
    place="Sóc Trăng",
    issued_on=date(2024, 6, 17),
    year=2024,
    title="Kết quả 6 tháng đầu năm 2024 thực hiện Đề án truyền thông về quyền con người",
    body=BODY,
    recipients=["Bộ Thông tin và Truyền thông", "UBND tỉnh", "Ban Chỉ đạo Nhân quyền tỉnh",
                "Lưu: VT, TTBCXB"],
    signature_prefix="KT. GIÁM ĐỐC",
    signature_position="PHÓ GIÁM ĐỐC",
    signer_name="Nguyễn Văn An",
)

DRAFT = replace(REPORT, number="", issued_on=None, signer_name="")

# --- The same report with its appendices (Phụ lục), as REPORTS.md part 7 describes ---------

BY_TASK = Table(
    number=3,
    title="Kết quả thực hiện nhiệm vụ của Kế hoạch số 81/KH-UBND",
    columns=["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Tin, bài", "Phóng sự",
             "Chương trình phát thanh, truyền hình", "Tổng số sản phẩm",
             "Sản phẩm bằng tiếng Khmer", "Tỷ lệ tiếng Khmer", "Tiến độ"],
    rows=[
        [1, "Thông tin, tuyên truyền về quyền con người trên báo chí", "Sở Thông tin và "
         "Truyền thông", 126, 6, 24, 156, 18, Decimal("0.115"), "Đang thực hiện"],
        [2, "Tuyên truyền trên hệ thống thông tin cơ sở và mạng xã hội", "Sở Thông tin và "
         "Truyền thông", 212, 0, 48, 260, 98, Decimal("0.377"), "Đang thực hiện"],
        [3, "Tập huấn, bồi dưỡng kỹ năng cho phóng viên, biên tập viên", "Hội Nhà báo tỉnh",
         0, 0, 0, 0, 0, None, "Hoàn thành"],
        [4, "Biên soạn, phát hành tài liệu song ngữ Việt - Khmer", "Ban Dân tộc tỉnh",
         6, 0, 0, 6, 6, 1, "Hoàn thành"],
        [5, "Tọa đàm, triển lãm ảnh nhân Ngày Quốc tế Nhân quyền 10/12", "Sở Văn hóa, Thể "
         "thao và Du lịch", 0, 0, 0, 0, 0, None, "Chưa đến thời hạn (Quý IV/2024)"],
    ],
    total=["", "Tổng cộng", "", 344, 6, 72, 422, 122, Decimal("0.289"), ""],
    percent_columns=frozenset({8}),
)

BY_UNIT = Table(
    number=4,
    title="Sản phẩm truyền thông về quyền con người theo đơn vị 6 tháng đầu năm 2024",
    columns=["STT", "Đơn vị", "Tin, bài", "Phóng sự", "Chương trình", "Tổng số",
             "Tỷ lệ so với kế hoạch"],
    rows=[
        [1, "Báo Sóc Trăng", 126, 0, 0, 126, Decimal("0.63")],
        [2, "Đài Phát thanh và Truyền hình tỉnh", 48, 6, 24, 78, 0.555],
        [3, "Đài Truyền thanh huyện Trần Đề", 64, 0, 12, 76, 0.76],
        [4, "Đài Truyền thanh thị xã Vĩnh Châu", 52, 0, 36, 88, 0.88],
        [5, "Hội Liên hiệp Phụ nữ tỉnh", 54, 0, 0, 54, Decimal("0.9")],
    ],
    total=["", "Tổng cộng", 344, 6, 72, 422, Decimal("0.703")],
    percent_columns=frozenset({6}),
)

NOTE = Paragraph(
    "Ghi chú: Một sản phẩm bằng hai thứ tiếng (tiếng Việt và tiếng Khmer) được tính là một "
    "sản phẩm và được tính vào số sản phẩm bằng tiếng Khmer; tỷ lệ tiếng Khmer tính trên tổng "
    "số sản phẩm của nhiệm vụ."
)

APPENDICES = [
    Appendix(number=1, title=BY_TASK.title, blocks=[BY_TASK, NOTE], landscape=True),
    Appendix(number=2, title=BY_UNIT.title, blocks=[BY_UNIT]),
    Appendix(number=3, title="Tập huấn, bồi dưỡng về quyền con người 6 tháng đầu năm 2024",
             blocks=[TRAINING, Paragraph("Nguồn: Tổng hợp từ báo cáo của 05/07 cơ quan, "
                                         "đơn vị.")]),
]

WITH_APPENDICES = replace(
    REPORT,
    number="312",
    issued_on=date(2024, 6, 20),
    issuer_name="Sở Thông tin và Truyền thông",
    body=[
        *BODY[:-1],
        Paragraph(
            "Kết quả thực hiện từng nhiệm vụ của Kế hoạch số 81/KH-UBND và sản phẩm của các "
            "đơn vị (chi tiết tại Phụ lục 01 và Phụ lục 02 kèm theo); kết quả tập huấn (chi "
            "tiết tại Phụ lục 03 kèm theo)."
        ),
        BODY[-1],
    ],
    appendices=APPENDICES,
)
