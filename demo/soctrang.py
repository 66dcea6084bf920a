"""The demo province: Sóc Trăng's 2024 plan 81/KH-UBND and the units it names.

The units end on 30 June 2025: by Resolution 202/2025/QH15 Sóc Trăng, Hậu Giang
and Cần Thơ became the new Cần Thơ city from 1 July 2025, and the district level
was abolished. The Department of Information and Communications had already been
merged on 1 March 2025: its work went to the Departments of Science and Technology
and of Culture, Sports and Tourism. The commune mergers shown are a small sample.
"""

from datetime import date

END_2025 = date(2025, 6, 30)
START_CANTHO = date(2025, 7, 1)
END_DIC = date(2025, 2, 28)

# (code, name, short name, kind, parent code, valid_from, valid_to, successor codes)
UNITS: list[tuple[str, str, str, str, str | None, date | None, date | None, list[str]]] = [
    # Cần Thơ city after 1 July 2025; listed first so successors exist.
    ("CT", "Ủy ban nhân dân thành phố Cần Thơ", "UBND TP Cần Thơ", "province", None,
     START_CANTHO, None, []),
    ("CT-SKHCN", "Sở Khoa học và Công nghệ thành phố Cần Thơ", "Sở KH&CN Cần Thơ",
     "department", "CT", START_CANTHO, None, []),
    ("CT-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ", "Sở VHTTDL Cần Thơ",
     "department", "CT", START_CANTHO, None, []),
    ("CT-SGDDT", "Sở Giáo dục và Đào tạo thành phố Cần Thơ", "Sở GD&ĐT Cần Thơ",
     "department", "CT", START_CANTHO, None, []),
    ("CT-CA", "Công an thành phố Cần Thơ", "CA TP Cần Thơ", "police", "CT",
     START_CANTHO, None, []),
    ("CT-BPTTH", "Báo và Phát thanh, Truyền hình Cần Thơ", "Báo và PT-TH Cần Thơ", "press",
     "CT", START_CANTHO, None, []),
    ("CT-LDLD", "Liên đoàn Lao động thành phố Cần Thơ", "LĐLĐ Cần Thơ", "mass_org", "CT",
     START_CANTHO, None, []),
    ("CT-HLHPN", "Hội Liên hiệp Phụ nữ thành phố Cần Thơ", "Hội LHPN Cần Thơ", "mass_org", "CT",
     START_CANTHO, None, []),
    ("CT-DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ", "Thành Đoàn Cần Thơ",
     "mass_org", "CT", START_CANTHO, None, []),
    ("CT-HNCT", "Hội Người cao tuổi thành phố Cần Thơ", "Hội NCT Cần Thơ", "mass_org", "CT",
     START_CANTHO, None, []),
    ("CT-P-SOCTRANG", "Ủy ban nhân dân phường Sóc Trăng", "Phường Sóc Trăng", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-P-PHULOI", "Ủy ban nhân dân phường Phú Lợi", "Phường Phú Lợi", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-P-VINHCHAU", "Ủy ban nhân dân phường Vĩnh Châu", "Phường Vĩnh Châu", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-P-NGANAM", "Ủy ban nhân dân phường Ngã Năm", "Phường Ngã Năm", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-KESACH", "Ủy ban nhân dân xã Kế Sách", "Xã Kế Sách", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-CULAODUNG", "Ủy ban nhân dân xã Cù Lao Dung", "Xã Cù Lao Dung", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-LONGPHU", "Ủy ban nhân dân xã Long Phú", "Xã Long Phú", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-TRANDE", "Ủy ban nhân dân xã Trần Đề", "Xã Trần Đề", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-MYTU", "Ủy ban nhân dân xã Mỹ Tú", "Xã Mỹ Tú", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-THANHTRI", "Ủy ban nhân dân xã Thạnh Trị", "Xã Thạnh Trị", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-CHAUTHANH", "Ủy ban nhân dân xã Châu Thành", "Xã Châu Thành", "commune", "CT",
     START_CANTHO, None, []),
    ("CT-X-MYXUYEN", "Ủy ban nhân dân xã Mỹ Xuyên", "Xã Mỹ Xuyên", "commune", "CT",
     START_CANTHO, None, []),
    # Sóc Trăng province, until 30 June 2025.
    ("ST", "Ủy ban nhân dân tỉnh Sóc Trăng", "UBND tỉnh Sóc Trăng", "province", None,
     None, END_2025, ["CT"]),
    ("ST-SKHCN", "Sở Khoa học và Công nghệ tỉnh Sóc Trăng", "Sở KH&CN Sóc Trăng",
     "department", "ST", None, END_2025, ["CT-SKHCN"]),
    ("ST-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng", "Sở VHTTDL Sóc Trăng",
     "department", "ST", None, END_2025, ["CT-SVHTTDL"]),
    ("ST-STTTT", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng", "Sở TT&TT Sóc Trăng",
     "department", "ST", None, END_DIC, ["ST-SKHCN", "ST-SVHTTDL"]),
    ("ST-SGDDT", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", "Sở GD&ĐT Sóc Trăng",
     "department", "ST", None, END_2025, ["CT-SGDDT"]),
    ("ST-CA", "Công an tỉnh Sóc Trăng", "CA tỉnh Sóc Trăng", "police", "ST",
     None, END_2025, ["CT-CA"]),
    ("ST-BAO", "Báo Sóc Trăng", "Báo Sóc Trăng", "press", "ST", None, END_2025, ["CT-BPTTH"]),
    ("ST-DAI", "Đài Phát thanh và Truyền hình Sóc Trăng", "Đài PT-TH Sóc Trăng", "radio_tv",
     "ST", None, END_2025, ["CT-BPTTH"]),
    ("ST-LDLD", "Liên đoàn Lao động tỉnh Sóc Trăng", "LĐLĐ tỉnh Sóc Trăng", "mass_org", "ST",
     None, END_2025, ["CT-LDLD"]),
    ("ST-HLHPN", "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng", "Hội LHPN tỉnh Sóc Trăng", "mass_org",
     "ST", None, END_2025, ["CT-HLHPN"]),
    ("ST-DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng", "Tỉnh Đoàn Sóc Trăng",
     "mass_org", "ST", None, END_2025, ["CT-DTN"]),
    ("ST-HNCT", "Hội Người cao tuổi tỉnh Sóc Trăng", "Hội NCT tỉnh Sóc Trăng", "mass_org", "ST",
     None, END_2025, ["CT-HNCT"]),
    # The eleven district-level units, abolished on 1 July 2025.
    ("ST-TPST", "Ủy ban nhân dân thành phố Sóc Trăng", "UBND TP Sóc Trăng", "district", "ST",
     None, END_2025, ["CT-P-SOCTRANG", "CT-P-PHULOI"]),
    ("ST-VINHCHAU", "Ủy ban nhân dân thị xã Vĩnh Châu", "UBND TX Vĩnh Châu", "district", "ST",
     None, END_2025, ["CT-P-VINHCHAU"]),
    ("ST-NGANAM", "Ủy ban nhân dân thị xã Ngã Năm", "UBND TX Ngã Năm", "district", "ST",
     None, END_2025, ["CT-P-NGANAM"]),
    ("ST-CHAUTHANH", "Ủy ban nhân dân huyện Châu Thành", "UBND huyện Châu Thành", "district",
     "ST", None, END_2025, ["CT-X-CHAUTHANH"]),
    ("ST-CULAODUNG", "Ủy ban nhân dân huyện Cù Lao Dung", "UBND huyện Cù Lao Dung", "district",
     "ST", None, END_2025, ["CT-X-CULAODUNG"]),
    ("ST-KESACH", "Ủy ban nhân dân huyện Kế Sách", "UBND huyện Kế Sách", "district", "ST",
     None, END_2025, ["CT-X-KESACH"]),
    ("ST-LONGPHU", "Ủy ban nhân dân huyện Long Phú", "UBND huyện Long Phú", "district", "ST",
     None, END_2025, ["CT-X-LONGPHU"]),
    ("ST-MYTU", "Ủy ban nhân dân huyện Mỹ Tú", "UBND huyện Mỹ Tú", "district", "ST",
     None, END_2025, ["CT-X-MYTU"]),
    ("ST-MYXUYEN", "Ủy ban nhân dân huyện Mỹ Xuyên", "UBND huyện Mỹ Xuyên", "district", "ST",
     None, END_2025, ["CT-X-MYXUYEN"]),
    ("ST-THANHTRI", "Ủy ban nhân dân huyện Thạnh Trị", "UBND huyện Thạnh Trị", "district", "ST",
     None, END_2025, ["CT-X-THANHTRI"]),
    ("ST-TRANDE", "Ủy ban nhân dân huyện Trần Đề", "UBND huyện Trần Đề", "district", "ST",
     None, END_2025, ["CT-X-TRANDE"]),
    # A sample of the wards of Sóc Trăng city merged into the new wards.
    ("ST-TPST-P1", "Ủy ban nhân dân Phường 1, thành phố Sóc Trăng", "Phường 1", "commune",
     "ST-TPST", None, END_2025, ["CT-P-SOCTRANG"]),
    ("ST-TPST-P2", "Ủy ban nhân dân Phường 2, thành phố Sóc Trăng", "Phường 2", "commune",
     "ST-TPST", None, END_2025, ["CT-P-SOCTRANG"]),
    ("ST-TPST-P5", "Ủy ban nhân dân Phường 5, thành phố Sóc Trăng", "Phường 5", "commune",
     "ST-TPST", None, END_2025, ["CT-P-PHULOI"]),
    ("ST-TPST-P7", "Ủy ban nhân dân Phường 7, thành phố Sóc Trăng", "Phường 7", "commune",
     "ST-TPST", None, END_2025, ["CT-P-PHULOI"]),
]

PROGRAMME = {
    "name": "Đề án truyền thông về quyền con người ở Việt Nam",
    "decision": "Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ",
}

PLAN = {
    "doc_type": "KH",
    "number": "81",
    "symbol": "KH-UBND",
    "issuer_code": "ST",
    "issuer_name": "Ủy ban nhân dân tỉnh Sóc Trăng",
    "place": "Sóc Trăng",
    "issued_on": date(2024, 5, 6),
    "title": "Triển khai Đề án truyền thông về quyền con người ở Việt Nam "
             "trên địa bàn tỉnh Sóc Trăng năm 2024",
    "signer_name": "Huỳnh Thị Diễm Ngọc",
    "signer_title": "Phó Chủ tịch",
    "year_start": 2024,
    "year_end": 2024,
}

# A unit reference is a unit code ("ST-STTTT") or, for names the plan writes that
# match no single unit, the text itself.
TASKS = [
    {
        "code": "II.1",
        "title": "Sản xuất, đăng phát các sản phẩm truyền thông",
        "description": (
            "Căn cứ trên tình hình thực tế của địa phương, triển khai sản xuất các sản phẩm "
            "thông tin tuyên truyền bằng cả tiếng Việt và tiếng Khmer, đăng tải, phát sóng trên "
            "các phương tiện truyền thông truyền thống và truyền thông số (báo in, báo điện tử, "
            "kênh truyền hình, website, cổng/trang thông tin điện tử,...) đảm bảo thông điệp "
            "tuyên truyền được lan tỏa rộng rãi và đồng bộ."
        ),
        "lead": ["ST-STTTT"],
        "coordinating": ["ST-BAO", "ST-DAI", "các sở, ban, ngành",
                         "Ủy ban nhân dân các huyện, thị xã, thành phố"],
        "timeframe_text": "Trong năm 2024",
        "products": "Tin, bài, chuyên mục, thiết kế các mẫu đồ họa thông tin, "
                    "phóng sự tuyên truyền.",
    },
    {
        "code": "II.2",
        "title": "Tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ về truyền thông "
                 "quyền con người",
        "description": (
            "Hình thức triển khai: Trực tiếp. Đối tượng và số lượng dự kiến: 70 đại biểu là lực "
            "lượng trực tiếp tham gia công tác thông tin đối ngoại và công tác nhân quyền thuộc "
            "các sở, ban, ngành, địa phương trên địa bàn tỉnh; phóng viên, biên tập viên các cơ "
            "quan báo, đài tỉnh; lực lượng làm công tác truyền thông tại cấp cơ sở."
        ),
        "lead": ["ST-STTTT"],
        "coordinating": ["Công ty đào tạo"],
        "timeframe_text": "Quý III/2024",
        "products": "Lớp tập huấn, bồi dưỡng kiến thức kỹ năng, nghiệp vụ về truyền thông "
                    "quyền con người.",
    },
    {
        "code": "II.3.a",
        "title": "Lồng ghép truyền thông về quyền con người trong các chương trình, hoạt động "
                 "ngoại khóa, các buổi sinh hoạt Đoàn, Hội của học sinh, sinh viên; sinh hoạt "
                 "của tổ chức công đoàn, Hội Phụ nữ, Hội Người cao tuổi ở các cấp",
        "description": "",
        "lead": ["ST-SGDDT", "ST-LDLD", "ST-HLHPN", "ST-DTN", "ST-HNCT"],
        "coordinating": [],
        "timeframe_text": "Trong năm 2024",
        "products": "",
    },
    {
        "code": "II.3.b",
        "title": "Hướng dẫn, hỗ trợ, tạo điều kiện thuận lợi cho phóng viên, báo chí nước ngoài "
                 "đến tác nghiệp tại tỉnh",
        "description": (
            "Góp phần tuyên truyền tình hình phát triển kinh tế - xã hội và thành tựu trong đảm "
            "bảo quyền con người tại địa phương."
        ),
        "lead": ["ST-CA", "ST-STTTT", "các cơ quan, đơn vị, địa phương liên quan"],
        "coordinating": [],
        "timeframe_text": "Trong năm 2024",
        "products": "",
    },
    {
        "code": "II.3.c",
        "title": "Vận động cán bộ, công chức, viên chức; cán bộ, chiến sĩ lực lượng vũ trang; "
                 "học sinh, sinh viên; cán bộ, phóng viên, biên tập viên, văn nghệ sĩ và toàn "
                 "thể người dân tham gia các Giải Báo chí, các cuộc thi viết, thi ảnh, nghệ "
                 "thuật, tìm hiểu kiến thức pháp luật về quyền con người",
        "description": "Các giải, cuộc thi do các cơ quan Trung ương tổ chức (nếu có).",
        "lead": ["ST-STTTT", "các sở, ban, ngành đoàn thể", "các cơ quan báo chí của tỉnh",
                 "Ủy ban nhân dân các huyện, thị xã, thành phố"],
        "coordinating": [],
        "timeframe_text": "Trong năm 2024",
        "products": "",
    },
]

TARGETS = [
    {
        "text": "70 đại biểu là lực lượng trực tiếp tham gia công tác thông tin đối ngoại và "
                "công tác nhân quyền được tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ về "
                "truyền thông quyền con người",
        "value": 70,
        "unit_of_measure": "đại biểu",
        "deadline": date(2024, 9, 30),
        "task_code": "II.2",
    },
]

# (username, full name, role, unit codes)
USERS = [
    ("quantri", "Nguyễn Văn An", "administrator", ["ST-STTTT"]),
    ("dieuphoi", "Trần Thị Bình", "coordinator", ["ST-STTTT"]),
    ("sotttt", "Võ Thị Hạnh", "reporter", ["ST-STTTT"]),
    ("baosoctrang", "Lê Văn Cường", "reporter", ["ST-BAO"]),
    ("lanhdao", "Phạm Minh Đức", "viewer", []),
]
