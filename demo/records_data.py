"""What the Sóc Trăng units published and organised in 2024, for the demo dashboard.

Titles are of the kind provincial media run; no private person is named.
"""

from datetime import date

TOPICS = [
    ("Thành tựu bảo đảm quyền con người của Việt Nam",
     "Chủ trương, chính sách và kết quả bảo đảm quyền con người trên các lĩnh vực."),
    ("Quyền của đồng bào dân tộc thiểu số",
     "Bảo tồn văn hóa, tiếp cận giáo dục, y tế của đồng bào Khmer và các dân tộc."),
    ("Báo cáo quốc gia theo cơ chế UPR",
     "Việt Nam bảo vệ báo cáo quốc gia theo Cơ chế rà soát định kỳ phổ quát chu kỳ IV."),
]

# (unit code, title, kind, channel, platform, language codes, date, duration, topic indexes,
#  task codes)
PRODUCTS = [
    ("ST-BAO", "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer", "article",
     "print", "", ["vi"], date(2024, 5, 20), None, [1], ["II.1"]),
    ("ST-BAO", "Trường Phổ thông Dân tộc nội trú: nơi ươm mầm tri thức Khmer", "article",
     "online", "", ["vi", "km"], date(2024, 6, 3), None, [1], ["II.1"]),
    ("ST-BAO", "Chùa Khmer: trung tâm sinh hoạt văn hóa cộng đồng", "reportage", "online", "",
     ["km"], date(2024, 6, 18), 12, [1], ["II.1"]),
    ("ST-BAO", "Infographic: 10 năm thực hiện chính sách an sinh xã hội ở Sóc Trăng",
     "infographic", "social", "Facebook", ["vi"], date(2024, 7, 2), None, [0], ["II.1"]),
    ("ST-BAO", "Việt Nam bảo vệ thành công báo cáo quốc gia UPR chu kỳ IV", "news", "online", "",
     ["vi"], date(2024, 5, 9), None, [2], ["II.1"]),
    ("ST-DAI", "Chuyên mục Quyền con người và cuộc sống, số tháng 5", "column", "tv", "",
     ["vi"], date(2024, 5, 25), 15, [0], ["II.1"]),
    ("ST-DAI", "Chương trình phát thanh tiếng Khmer: chính sách cho đồng bào dân tộc", "radio",
     "radio", "", ["km"], date(2024, 6, 10), 30, [1], ["II.1"]),
    ("ST-DAI", "Phóng sự: Đổi thay ở vùng đồng bào Khmer huyện Trần Đề", "reportage", "tv", "",
     ["vi", "km"], date(2024, 7, 15), 18, [1], ["II.1"]),
    ("ST-DAI", "Video: Quyền tự do tín ngưỡng, tôn giáo được tôn trọng", "video", "social",
     "YouTube", ["vi"], date(2024, 8, 5), 5, [0], ["II.1"]),
    ("ST-STTTT", "Tài liệu hỏi đáp về quyền con người cho cán bộ cơ sở", "publication", "portal",
     "", ["vi"], date(2024, 6, 28), None, [0], ["II.1"]),
    ("ST-STTTT", "Bản tin thông tin cơ sở song ngữ Việt – Khmer, quý III", "publication",
     "loudspeaker", "", ["vi", "km"], date(2024, 9, 12), None, [0, 1], ["II.1"]),
]

# (unit code, title, kind, start, end, place, {group: count}, task codes, topic indexes)
ACTIVITIES = [
    ("ST-STTTT", "Lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024", "training",
     date(2024, 8, 22), date(2024, 8, 23), "Hội trường Sở Thông tin và Truyền thông",
     {"key_officials": 30, "press": 25, "commune_officials": 15}, ["II.2"], [0]),
]
