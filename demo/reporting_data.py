"""The Sóc Trăng units' six-month reports of 2024, for the demo's consolidated report.

The narrative is about the programme's own communication work (what was published, broadcast,
exhibited, how many were trained, in counts), in the register of provincial reports; it names
no private person. Its figures are those of the units' records in demo.records_data, and the
reports' tables are computed from the same records by reporting.prefill, as a unit's report
opens with them.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

PERIOD = {
    "kind": "six_month", "year": 2024, "number": 1,
    "first_day": date(2023, 12, 15), "last_day": date(2024, 6, 14), "deadline": date(2024, 6, 18),
    "title": "Báo cáo 6 tháng đầu năm 2024",
}
RECEIVING_UNIT = "ST-STTTT"
# The signer the coordinator writes in before exporting; the number and date stay blank
# until the report is signed.
SIGNER = "Lâm Văn Phúc"

# When the reports were sent and approved: on time, before the deadline of 18 June.
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
SUBMITTED_AT = datetime(2024, 6, 17, 9, 30, tzinfo=VIETNAM)
APPROVED_AT = datetime(2024, 6, 18, 15, 0, tzinfo=VIETNAM)

# unit code -> {"status": ..., "texts": [parts I–V]}. A report's tables are computed from the
# unit's records by reporting.prefill; every figure a text states is one those records give
# (demo/tests/test_demo_records.py checks them).
REPORTS: dict[str, dict[str, object]] = {
    "ST-BAO": {
        "status": "approved",
        "texts": [
            "Thực hiện Kế hoạch số 81/KH-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh và Công văn "
            "số 598/STTTT-TTBCXB ngày 20/5/2024 của Sở Thông tin và Truyền thông, Ban Biên tập Báo "
            "Sóc Trăng phân công phóng viên theo dõi chuyên đề quyền con người; duy trì chuyên mục "
            "“Quyền con người và cuộc sống” 02 kỳ/tháng trên báo in; thông tin về việc Việt Nam "
            "trình bày Báo cáo quốc gia theo Cơ chế UPR chu kỳ IV theo định hướng tại Công văn số "
            "412/STTTT-TTBCXB ngày 24/4/2024 của Sở.",
            "Từ ngày 15/12/2023 đến ngày 14/6/2024, Báo đăng 124 tin, bài, phóng sự, chuyên mục và "
            "đồ họa thông tin về quyền con người, gồm 64 tin, 34 bài, 06 phóng sự, 12 kỳ chuyên "
            "mục “Quyền con người và cuộc sống” và 08 đồ họa thông tin; trong đó 44 sản phẩm trên "
            "báo in, 72 sản phẩm trên Báo Sóc Trăng điện tử và 08 đồ họa thông tin trên trang "
            "Facebook của Báo.\n"
            "Ấn phẩm tiếng Khmer đăng 18 tin, bài về chính sách đối với đồng bào dân tộc Khmer, "
            "hoạt động của các chùa Khmer và Tết cổ truyền Chôl Chnăm Thmây năm 2024; cùng 04 đồ "
            "họa thông tin song ngữ Việt - Khmer, số sản phẩm có tiếng Khmer là 22/124 (chiếm "
            "17,7% tổng số sản phẩm).\n"
            "Báo đưa tin kịp thời việc Việt Nam trình bày Báo cáo quốc gia theo Cơ chế rà soát "
            "định kỳ phổ quát (UPR) chu kỳ IV tại Giơ-ne-vơ tháng 5/2024; đăng 02 tin về hoạt "
            "động của phóng viên báo chí nước ngoài tại tỉnh và 03 tin về các hội thi, cuộc thi "
            "tìm hiểu pháp luật.",
            "Sản phẩm có tiếng Khmer mới chiếm 17,7% tổng số sản phẩm, chưa đáp ứng nhu cầu của "
            "bạn đọc là đồng bào Khmer; phóng viên viết về quyền con người chưa được bồi dưỡng "
            "chuyên sâu.",
            "Duy trì chuyên mục “Quyền con người và cuộc sống”; tăng số tin, bài tiếng Khmer trong "
            "6 tháng cuối năm; tuyên truyền kỷ niệm 76 năm Ngày Tuyên ngôn thế giới về quyền con "
            "người (10/12/1948 - 10/12/2024).",
            "Đề nghị Sở Thông tin và Truyền thông bố trí cho phóng viên, biên tập viên của Báo "
            "tham dự lớp tập huấn kỹ năng truyền thông về quyền con người trong Quý III/2024.",
        ],
    },
    "ST-DAI": {
        "status": "approved",
        "texts": [
            "Ban Giám đốc Đài chỉ đạo các phòng nghiệp vụ xây dựng kế hoạch sản xuất chương trình "
            "về quyền con người theo Kế hoạch số 81/KH-UBND, lồng ghép trong chương trình thời sự "
            "và chuyên đề bằng tiếng Việt và tiếng Khmer.",
            "Từ ngày 15/12/2023 đến ngày 14/6/2024, Đài sản xuất, phát sóng 154 sản phẩm về quyền "
            "con người, gồm 54 tin, 12 phóng sự, 06 kỳ chuyên mục, 24 chương trình truyền hình, 48 "
            "chương trình phát thanh và 10 video clip; trong đó 73 sản phẩm trên sóng truyền hình, "
            "71 sản phẩm trên sóng phát thanh và 10 video clip đăng trên các trang YouTube, "
            "Facebook của Đài.\n"
            "Đài phát 46 sản phẩm bằng tiếng Khmer (10 tin, 12 chương trình truyền hình và 24 "
            "chương trình phát thanh tiếng Khmer), 04 phóng sự có phụ đề tiếng Khmer và 02 video "
            "clip song ngữ Việt - Khmer; số sản phẩm có tiếng Khmer là 52/154 (chiếm 33,8% tổng "
            "số sản phẩm).\n"
            "Chuyên mục “Quyền con người và cuộc sống” phát sóng định kỳ hằng tháng trên kênh STV; "
            "Đài đưa tin về hoạt động của đoàn phóng viên báo chí nước ngoài tại tỉnh và Hội thi "
            "“Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024.",
            "Thời lượng chương trình truyền hình tiếng Khmer về chủ đề quyền con người còn ít; "
            "thiết bị sản xuất chương trình lưu động còn thiếu.",
            "Sản xuất loạt phóng sự về đổi thay ở vùng đồng bào Khmer; phát lại các chương trình "
            "trên nền tảng số của Đài.",
            "Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí đầu tư thiết bị sản xuất "
            "chương trình lưu động.",
        ],
    },
    "ST-SVHTTDL": {
        "status": "approved",
        "texts": [
            "Sở hướng dẫn các đơn vị trực thuộc và Phòng Văn hóa và Thông tin các huyện, thị xã, "
            "thành phố lồng ghép nội dung tuyên truyền về quyền con người trong các hoạt động văn "
            "hóa, lễ hội.",
            "Tổ chức 02 cuộc triển lãm ảnh: “Thành tựu bảo đảm quyền con người ở Sóc Trăng” tại "
            "Bảo tàng tỉnh (từ ngày 20/3 đến ngày 05/4/2024) và “Văn hóa Khmer Sóc Trăng” tại Khu "
            "Văn hóa Hồ Nước Ngọt dịp Tết Chôl Chnăm Thmây, với 3.200 lượt người xem.\n"
            "Thực hiện 24 pano tuyên truyền tại các tuyến đường chính và trung tâm các huyện, thị "
            "xã, thành phố, trong đó 06 pano song ngữ Việt - Khmer; phát hành 02 ấn phẩm giới "
            "thiệu văn hóa, lễ hội của đồng bào Khmer, trong đó 01 ấn phẩm song ngữ.\n"
            "Lồng ghép nội dung về quyền văn hóa của đồng bào dân tộc thiểu số tại 04 hội nghị tập "
            "huấn nghiệp vụ văn hóa cơ sở với 420 lượt cán bộ tham dự.",
            "Kinh phí cho tuyên truyền trực quan còn hạn chế; pano song ngữ mới có ở một số địa "
            "bàn.",
            "Tổ chức triển lãm lưu động tại các huyện có đông đồng bào Khmer trong Quý III và Quý "
            "IV năm 2024.",
            "Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện pano song ngữ tại các xã vùng "
            "đồng bào dân tộc.",
        ],
    },
    "ST-TRANDE": {
        "status": "approved",
        "texts": [
            "Ủy ban nhân dân huyện ban hành kế hoạch triển khai Kế hoạch số 81/KH-UBND trên địa "
            "bàn huyện; giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa, "
            "Thể thao và Truyền thanh huyện thực hiện.",
            "Từ ngày 15/12/2023 đến ngày 14/6/2024, hệ thống truyền thanh huyện và các xã, thị "
            "trấn phát 78 tin về quyền con người, trong đó 24 tin bằng tiếng Khmer và 06 tin song "
            "ngữ Việt - Khmer; Trang thông tin điện tử huyện đăng 12 bài.\n"
            "Lồng ghép tuyên truyền tại 18 hội nghị, buổi sinh hoạt ấp ở 11 xã, thị trấn, với "
            "1.570 lượt người tham dự (120 lượt cán bộ cấp xã và 1.450 lượt người dân).",
            "Một số cụm loa truyền thanh ở các ấp xa xuống cấp, ảnh hưởng đến việc tiếp nhận "
            "thông tin của người dân.",
            "Tiếp tục tuyên truyền bằng tiếng Khmer qua hệ thống truyền thanh cơ sở và tại các "
            "điểm chùa Khmer.",
            "Đề nghị tỉnh hỗ trợ nâng cấp hệ thống truyền thanh cơ sở ứng dụng công nghệ thông tin "
            "- viễn thông.",
        ],
    },
    "ST-HLHPN": {
        "status": "approved",
        "texts": [
            "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh hướng dẫn các cấp Hội lồng ghép tuyên truyền "
            "về quyền của phụ nữ và trẻ em trong sinh hoạt chi, tổ hội.",
            "Các cấp Hội tổ chức 24 buổi sinh hoạt chuyên đề về quyền của phụ nữ, trẻ em, bình "
            "đẳng giới và phòng, chống bạo lực gia đình tại 08 huyện, thị xã, thành phố với 2.100 "
            "lượt hội viên tham dự; tổ chức Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024 "
            "với 850 lượt người dự thi.\n"
            "Trang Facebook của Hội đăng 18 tin, bài, trong đó 04 tin, bài bằng tiếng Khmer.",
            "Hình thức tuyên truyền ở một số chi hội chưa phong phú.",
            "Phối hợp biên soạn tài liệu hỏi - đáp về quyền của phụ nữ bằng tiếng Việt và tiếng "
            "Khmer.",
            "",
        ],
    },
    # Sent but not yet approved, and not sent at all: both left out of the consolidation.
    "ST-DTN": {
        "status": "submitted",
        "texts": [
            "Ban Thường vụ Tỉnh Đoàn chỉ đạo các cơ sở Đoàn lồng ghép nội dung về quyền con người "
            "trong sinh hoạt chi đoàn.",
            "Tổ chức 12 buổi sinh hoạt chuyên đề “Thanh niên với quyền con người” với 960 lượt "
            "đoàn viên, thanh niên tham dự, trong đó 640 lượt học sinh, sinh viên; tổ chức Cuộc "
            "thi “Tuổi trẻ Sóc Trăng tìm hiểu pháp luật về quyền con người” năm 2024 theo hình "
            "thức trực tuyến với 1.800 lượt người dự thi.",
            "", "", "",
        ],
    },
    "ST-SGDDT": {"status": None},
}
