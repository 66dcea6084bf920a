"""The Sóc Trăng units' six-month reports of 2024, for the demo's consolidated report.

The narrative is about the programme's own communication work (what was published, broadcast,
exhibited, who was trained, in counts), in the register of provincial reports; it names no
private person. The figures of products and activities are plausible counts a unit reports
for half a year; the tables of task progress and indicators are computed from the demo's
records by reporting.prefill, as a unit's report opens with them.
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

# unit code -> (status, [texts of parts I–V], {table code: rows})
# Product rows: {kind: count}; channel rows: {channel: count}; language rows:
# {language code: count} against the unit's total; activity rows: {kind: (count, {group: n})}.
REPORTS: dict[str, dict[str, object]] = {
    "ST-BAO": {
        "status": "approved",
        "texts": [
            "Ban Biên tập Báo Sóc Trăng xây dựng kế hoạch tuyên truyền về quyền con người năm 2024 "
            "theo Kế hoạch số 81/KH-UBND; phân công phóng viên theo dõi chuyên đề, duy trì chuyên "
            "mục “Quyền con người và cuộc sống” trên báo in và Báo Sóc Trăng điện tử.",
            "Trong 6 tháng đầu năm 2024, Báo đăng 64 tin, 38 bài, 6 phóng sự và 12 kỳ chuyên mục "
            "về thành tựu bảo đảm quyền con người, chính sách dân tộc, tôn giáo và an sinh xã hội "
            "trên địa bàn tỉnh; thực hiện 8 đồ họa thông tin đăng trên trang mạng xã hội của Báo.\n"
            "Trang tiếng Khmer đăng 22 tin, bài về chính sách đối với đồng bào dân tộc Khmer, việc "
            "bảo tồn chùa, trường chùa và Lễ hội Chôl Chnăm Thmây năm 2024.\n"
            "Báo đưa tin kịp thời việc Việt Nam trình bày Báo cáo quốc gia theo Cơ chế rà soát "
            "định kỳ phổ quát (UPR) chu kỳ IV tại Giơ-ne-vơ tháng 5/2024.",
            "Sản phẩm bằng tiếng Khmer còn ít so với nhu cầu của bạn đọc; phóng viên viết về quyền "
            "con người chưa được bồi dưỡng chuyên sâu.",
            "Duy trì chuyên mục “Quyền con người và cuộc sống”; tăng số tin, bài tiếng Khmer trong "
            "6 tháng cuối năm; tuyên truyền kỷ niệm 76 năm Ngày Tuyên ngôn thế giới về quyền con "
            "người (10/12/1948 - 10/12/2024).",
            "Đề nghị Sở Thông tin và Truyền thông tổ chức lớp bồi dưỡng kỹ năng viết về quyền con "
            "người cho phóng viên, biên tập viên.",
        ],
        "products_by_kind": {"news": 64, "article": 38, "reportage": 6, "column": 12,
                             "infographic": 8},
        "products_by_channel": {"print": 52, "online": 68, "social": 8},
        "products_by_language": {"vi": 106, "km": 22},
    },
    "ST-DAI": {
        "status": "approved",
        "texts": [
            "Ban Giám đốc Đài chỉ đạo các phòng nghiệp vụ xây dựng kế hoạch sản xuất chương trình "
            "về quyền con người, lồng ghép trong chương trình thời sự và chuyên đề bằng tiếng Việt "
            "và tiếng Khmer.",
            "Đài sản xuất, phát sóng 56 tin, 14 phóng sự, 24 chương trình truyền hình và 48 "
            "chương trình phát thanh có nội dung về quyền con người; trong đó 54 sản phẩm bằng "
            "tiếng Khmer trên sóng phát thanh, truyền hình tiếng Khmer của Đài.\n"
            "Chuyên mục “Quyền con người và cuộc sống” phát sóng định kỳ hằng tháng trên kênh STV; "
            "10 video clip được đăng trên các trang YouTube và Facebook của Đài.",
            "Thời lượng chương trình tiếng Khmer về chủ đề quyền con người còn ít; thiết bị sản "
            "xuất chương trình lưu động còn thiếu.",
            "Sản xuất loạt phóng sự về đổi thay ở vùng đồng bào Khmer; phát lại các chương trình "
            "trên nền tảng số của Đài.",
            "",
        ],
        "products_by_kind": {"news": 56, "reportage": 14, "tv": 24, "radio": 48, "video": 10},
        "products_by_channel": {"tv": 66, "radio": 66, "social": 10, "online": 10},
        "products_by_language": {"vi": 110, "km": 54},
    },
    "ST-SVHTTDL": {
        "status": "approved",
        "texts": [
            "Sở hướng dẫn các đơn vị trực thuộc và Phòng Văn hóa và Thông tin các huyện, thị xã, "
            "thành phố lồng ghép nội dung tuyên truyền về quyền con người trong các hoạt động văn "
            "hóa, lễ hội.",
            "Tổ chức 2 cuộc triển lãm ảnh “Thành tựu bảo đảm quyền con người ở Sóc Trăng” tại Bảo "
            "tàng tỉnh và trong dịp Lễ hội Chôl Chnăm Thmây, với khoảng 3.200 lượt người xem.\n"
            "Thực hiện 24 pano, áp phích cổ động tại các tuyến đường chính và khu vực đông dân cư, "
            "trong đó 6 pano song ngữ Việt - Khmer; phát hành 2 ấn phẩm giới thiệu chính sách bảo "
            "tồn văn hóa của đồng bào Khmer.\n"
            "Lồng ghép nội dung về quyền văn hóa của đồng bào dân tộc thiểu số tại 4 hội nghị tập "
            "huấn nghiệp vụ văn hóa cơ sở với 420 lượt cán bộ tham dự.",
            "Kinh phí cho tuyên truyền trực quan còn hạn chế.",
            "Tổ chức triển lãm lưu động tại các huyện có đông đồng bào Khmer trong quý III và quý "
            "IV năm 2024.",
            "Đề nghị bố trí kinh phí thực hiện pano song ngữ tại các xã vùng đồng bào dân tộc.",
        ],
        "products_by_kind": {"poster": 24, "publication": 2},
        "products_by_channel": {"other": 24, "portal": 2},
        "products_by_language": {"vi": 26, "km": 6},
        "activities": {"exhibition": (2, {"residents": 3200}),
                       "integrated": (4, {"key_officials": 180, "commune_officials": 240})},
    },
    "ST-TRANDE": {
        "status": "approved",
        "texts": [
            "Ủy ban nhân dân huyện ban hành kế hoạch triển khai Kế hoạch số 81/KH-UBND trên địa "
            "bàn huyện; giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa, "
            "Thể thao và Truyền thanh huyện thực hiện.",
            "Hệ thống truyền thanh huyện và các xã, thị trấn phát 86 tin, bài về quyền con người, "
            "trong đó 30 tin bằng tiếng Khmer; Trang thông tin điện tử huyện đăng 12 bài.\n"
            "Lồng ghép tuyên truyền tại 18 buổi sinh hoạt ấp và hội nghị ở các xã có đông đồng bào "
            "Khmer, với 1.570 lượt người tham dự.",
            "Một số cụm loa truyền thanh ở các ấp xa xuống cấp, ảnh hưởng đến việc tiếp nhận "
            "thông tin của người dân.",
            "Tiếp tục tuyên truyền bằng tiếng Khmer qua hệ thống truyền thanh cơ sở và tại các "
            "điểm chùa Khmer.",
            "Đề nghị tỉnh hỗ trợ nâng cấp hệ thống truyền thanh cơ sở ứng dụng công nghệ thông tin "
            "- viễn thông.",
        ],
        "products_by_kind": {"news": 86, "article": 12},
        "products_by_channel": {"loudspeaker": 86, "portal": 12},
        "products_by_language": {"vi": 68, "km": 30},
        "activities": {"integrated": (18, {"commune_officials": 120, "residents": 1450})},
    },
    "ST-HLHPN": {
        "status": "approved",
        "texts": [
            "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh hướng dẫn các cấp Hội lồng ghép tuyên truyền "
            "về quyền của phụ nữ và trẻ em trong sinh hoạt chi, tổ hội.",
            "Các cấp Hội tổ chức 24 buổi sinh hoạt chuyên đề về quyền của phụ nữ, trẻ em và bình "
            "đẳng giới với 2.100 lượt hội viên tham dự; tổ chức Hội thi “Phụ nữ Sóc Trăng tìm hiểu "
            "pháp luật” với 850 lượt người dự thi.\n"
            "Trang Facebook của Hội đăng 18 tin, bài, trong đó 4 bài bằng tiếng Khmer.",
            "Hình thức tuyên truyền ở một số chi hội chưa phong phú.",
            "Phối hợp biên soạn tài liệu hỏi - đáp về quyền của phụ nữ bằng tiếng Việt và tiếng "
            "Khmer.",
            "",
        ],
        "products_by_kind": {"news": 10, "article": 8},
        "products_by_channel": {"social": 18},
        "products_by_language": {"vi": 14, "km": 4},
        "activities": {"integrated": (24, {"residents": 2100}),
                       "contest": (1, {"residents": 850})},
    },
    # Sent but not yet approved, and not sent at all: both left out of the consolidation.
    "ST-DTN": {
        "status": "submitted",
        "texts": [
            "Ban Thường vụ Tỉnh Đoàn chỉ đạo các cơ sở Đoàn lồng ghép nội dung về quyền con người "
            "trong sinh hoạt chi đoàn.",
            "Tổ chức 12 buổi sinh hoạt chuyên đề cho đoàn viên, thanh niên.",
            "", "", "",
        ],
        "activities": {"integrated": (12, {"students": 960})},
    },
    "ST-SGDDT": {"status": None},
}
