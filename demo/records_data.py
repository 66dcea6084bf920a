"""What the Sóc Trăng units published and organised around the first half of 2024.

The six-month report of 2024 covers 15/12/2023 to 14/06/2024 (Decree 09's data window); the
records fill that window, with a few on either side of it so that counting by window matters.
Products made for plan 81/KH-UBND are linked to its tasks from January 2024, and every
product in the window is for a task of the plan, so the plan's dashboard over the window counts
what the units' reports and the consolidated report count; what units published in early
December 2023, before the window, is linked to no task, and so are a few units' own
conferences (activities, which the dashboard does not count). Every task has records of each
unit that leads it. Each unit report in demo.reporting_data states only figures these records
give (demo/tests/test_agrees.py checks all of it).

Titles are of the kind provincial media run, built from the lists below in a fixed order (no
randomness), so loading twice gives the same records. No private person is named: records
count what the programme produced and how many took part, never who.
"""

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

FIRST, LAST = date(2023, 12, 15), date(2024, 6, 14)  # the window of the six-month report
PLAN_YEAR = date(2024, 1, 2)  # products for the plan's tasks start with its year

TOPICS = [
    ("Thành tựu bảo đảm quyền con người của Việt Nam",
     "Chủ trương, chính sách và kết quả bảo đảm quyền con người trên các lĩnh vực."),
    ("Quyền của đồng bào dân tộc thiểu số",
     "Bảo tồn văn hóa, tiếp cận giáo dục, y tế của đồng bào Khmer và các dân tộc."),
    ("Báo cáo quốc gia theo cơ chế UPR",
     "Việt Nam bảo vệ báo cáo quốc gia theo Cơ chế rà soát định kỳ phổ quát chu kỳ IV."),
    ("Quyền của phụ nữ và trẻ em",
     "Bình đẳng giới, phòng, chống bạo lực gia đình, bảo vệ và chăm sóc trẻ em."),
    ("An sinh xã hội và giảm nghèo bền vững",
     "Nhà ở, việc làm, bảo hiểm y tế, chăm lo hộ nghèo và người yếu thế."),
    ("Quyền tự do tín ngưỡng, tôn giáo",
     "Chính sách tôn giáo và sinh hoạt tín ngưỡng, vai trò của chùa Khmer trong cộng đồng."),
]
RIGHTS, MINORITIES, UPR, WOMEN_CHILDREN, WELFARE, RELIGION = range(len(TOPICS))

# One product: (unit code, title, kind, channel, platform, language codes, date,
# duration in minutes, topic indexes, task codes)
Product = tuple[str, str, str, str, str, list[str], date, int | None, list[int], list[str]]
# One activity: (unit code, title, kind, start, end, place, {group: count}, task codes,
# topic indexes)
Activity = tuple[str, str, str, date, date, str, dict[str, int], list[str], list[int]]


def spread(count: int, first: date = PLAN_YEAR, last: date = LAST, shift: int = 0) -> list[date]:
    """`count` days spread evenly from `first` to `last`, moved `shift` days (wrapping within).

    >>> spread(3, date(2024, 1, 1), date(2024, 1, 30))
    [datetime.date(2024, 1, 6), datetime.date(2024, 1, 16), datetime.date(2024, 1, 26)]
    """
    span = (last - first).days + 1
    return [first + timedelta(days=((2 * i + 1) * span // (2 * count) + shift) % span)
            for i in range(count)]


def placed(templates: Sequence[tuple[str, int]], places: Sequence[str], count: int,
           start: int = 0) -> list[tuple[str, int]]:
    """`count` distinct (title, topic): each template in turn, each time in another place."""
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    index = start
    while len(found) < count:
        template, topic = templates[index % len(templates)]
        place = places[(index // len(templates) * 5 + index) % len(places)]
        title = template.format(p=place)
        if title not in seen:
            seen.add(title)
            found.append((title, topic))
        index += 1
    return found


def subjects(prefix: str, count: int, start: int) -> list[tuple[str, int]]:
    """Programme titles: `prefix` then a subject, taken in turn from `start`."""
    return [(f"{prefix}{SUBJECTS[(start + i) % len(SUBJECTS)][0]}",
             SUBJECTS[(start + i) % len(SUBJECTS)][1]) for i in range(count)]


def series(unit: str, kind: str, channel: str, items: Sequence[tuple[str, int]],
           days: Sequence[date], *, languages: Sequence[str] = ("vi",),
           tasks: Sequence[str] = ("II.1",), platform: str = "",
           minutes: Sequence[int] = ()) -> list[Product]:
    """One product per (title, topic) of `items`, on the matching day of `days`."""
    assert len(items) == len(days)  # noqa: S101 -- a data error, caught when the module loads
    return [(unit, title, kind, channel, platform, list(languages), day,
             minutes[i % len(minutes)] if minutes else None, [topic], list(tasks))
            for i, ((title, topic), day) in enumerate(zip(items, days, strict=True))]


def pinned(unit: str, kind: str, channel: str, items: Sequence[tuple[str, date, int]],
           **options: Any) -> list[Product]:
    """Products tied to a day (a festival, the UPR session): (title, day, topic)."""
    return series(unit, kind, channel, [(title, topic) for title, _day, topic in items],
                  [day for _title, day, _topic in items], **options)


def split(total: int, count: int, pattern: Sequence[int] = (0, 9, -6, 4, -3, 7, -8, 2)
          ) -> list[int]:
    """`total` people over `count` sessions, unevenly (within about a third) as real sessions
    are; the counts add up to `total`.

    >>> split(100, 4)
    [25, 32, 20, 23]
    """
    base = total // count
    counts = [base + base * pattern[i % len(pattern)] // 30 for i in range(count)]
    counts[-1] += total - sum(counts)
    return counts


DISTRICTS = [
    "Thành phố Sóc Trăng", "Thị xã Vĩnh Châu", "Thị xã Ngã Năm", "Huyện Châu Thành",
    "Huyện Cù Lao Dung", "Huyện Kế Sách", "Huyện Long Phú", "Huyện Mỹ Tú", "Huyện Mỹ Xuyên",
    "Huyện Thạnh Trị", "Huyện Trần Đề",
]
TRANDE_COMMUNES = [
    "Thị trấn Trần Đề", "Thị trấn Lịch Hội Thượng", "Xã Lịch Hội Thượng", "Xã Liêu Tú",
    "Xã Viên An", "Xã Viên Bình", "Xã Tài Văn", "Xã Thạnh Thới An", "Xã Thạnh Thới Thuận",
    "Xã Trung Bình", "Xã Đại Ân 2",
]

# Subjects of the radio and television programmes, with their topic.
SUBJECTS = [
    ("Chính sách hỗ trợ học sinh dân tộc thiểu số", MINORITIES),
    ("Bảo đảm quyền tiếp cận dịch vụ y tế ở vùng sâu", WELFARE),
    ("Quyền tự do tín ngưỡng, tôn giáo của đồng bào Khmer", RELIGION),
    ("Bảo tồn tiếng nói, chữ viết của đồng bào Khmer", MINORITIES),
    ("An sinh xã hội cho người cao tuổi", WELFARE),
    ("Trợ giúp pháp lý miễn phí cho người dân tộc thiểu số", RIGHTS),
    ("Quyền và lợi ích hợp pháp của người lao động", RIGHTS),
    ("Bình đẳng giới trong gia đình", WOMEN_CHILDREN),
    ("Phòng, chống bạo lực gia đình", WOMEN_CHILDREN),
    ("Quyền trẻ em và trách nhiệm của gia đình, nhà trường", WOMEN_CHILDREN),
    ("Giảm nghèo bền vững trong vùng đồng bào dân tộc", WELFARE),
    ("Hỗ trợ nhà ở cho hộ nghèo", WELFARE),
    ("Việc làm cho thanh niên nông thôn", WELFARE),
    ("Quyền được thông tin của người dân", RIGHTS),
    ("Chăm sóc sức khỏe bà mẹ, trẻ em", WOMEN_CHILDREN),
    ("Việt Nam với Cơ chế rà soát định kỳ phổ quát (UPR)", UPR),
    ("Người khuyết tật hòa nhập cộng đồng", WELFARE),
    ("Giáo dục nghề nghiệp cho lao động nông thôn", WELFARE),
    ("Nước sạch cho vùng nông thôn ven biển", WELFARE),
    ("Bảo đảm sinh kế vùng ven biển trước biến đổi khí hậu", WELFARE),
    ("Phòng, chống mua bán người", RIGHTS),
    ("Quyền con người trong Hiến pháp năm 2013", RIGHTS),
    ("Bảo hiểm y tế cho người dân tộc thiểu số", MINORITIES),
    ("Phổ cập giáo dục ở vùng đồng bào Khmer", MINORITIES),
    ("Trường Phổ thông Dân tộc nội trú, nơi nuôi dưỡng ước mơ", MINORITIES),
    ("Thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số", MINORITIES),
    ("Vai trò của chùa Khmer trong đời sống cộng đồng", RELIGION),
    ("Người có uy tín trong đồng bào dân tộc thiểu số", MINORITIES),
    ("Chuyển đổi số và quyền tiếp cận thông tin", RIGHTS),
    ("An toàn, vệ sinh lao động", RIGHTS),
]


# --- Báo Sóc Trăng ------------------------------------------------------------------------

BAO_NEWS = [
    ("{p} trao nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer", WELFARE),
    ("{p} cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số", MINORITIES),
    ("{p} tuyên truyền, phổ biến pháp luật cho đồng bào vùng sâu", RIGHTS),
    ("{p} ra mắt mô hình “Dân vận khéo” trong vùng đồng bào Khmer", MINORITIES),
    ("{p} đối thoại với người dân về chính sách hỗ trợ sinh kế", WELFARE),
    ("{p} hỗ trợ học sinh dân tộc thiểu số có hoàn cảnh khó khăn", MINORITIES),
    ("{p} giải quyết việc làm cho lao động vùng đồng bào dân tộc", WELFARE),
    ("{p} khám bệnh, cấp thuốc miễn phí cho người cao tuổi", WELFARE),
    ("{p} nâng cao chất lượng trợ giúp pháp lý cho người dân tộc thiểu số", RIGHTS),
    ("{p} tổ chức Ngày hội văn hóa, thể thao đồng bào Khmer", MINORITIES),
]
BAO_PRINT_NEWS = [
    ("{p} bàn giao công trình nước sạch cho người dân vùng ven biển", WELFARE),
    ("{p} trao học bổng cho học sinh nghèo vượt khó", MINORITIES),
    ("{p} đối thoại với đoàn viên, người lao động", RIGHTS),
    ("{p} tuyên truyền phòng, chống mua bán người", RIGHTS),
]
BAO_EVENTS = [
    ("Sóc Trăng chăm lo Tết Nguyên đán Giáp Thìn cho hộ nghèo, gia đình chính sách",
     date(2024, 1, 25), WELFARE),
    ("Sóc Trăng triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng "
     "đồng bào dân tộc thiểu số năm 2024", date(2024, 3, 6), MINORITIES),
    ("Ngày Quốc tế Phụ nữ 8/3: tôn vinh phụ nữ dân tộc thiểu số vươn lên trong cuộc sống",
     date(2024, 3, 8), WOMEN_CHILDREN),
    ("Lãnh đạo tỉnh thăm, chúc Tết cổ truyền Chôl Chnăm Thmây tại các chùa Khmer",
     date(2024, 4, 10), RELIGION),
    ("Khai mạc Lễ hội Chôl Chnăm Thmây năm 2024 cấp tỉnh", date(2024, 4, 13), MINORITIES),
    ("Sóc Trăng tổ chức Ngày Sách và Văn hóa đọc cho học sinh vùng đồng bào Khmer",
     date(2024, 4, 21), MINORITIES),
    ("Việt Nam trình bày Báo cáo quốc gia theo Cơ chế rà soát định kỳ phổ quát chu kỳ IV",
     date(2024, 5, 8), UPR),
    ("UBND tỉnh ban hành Kế hoạch triển khai Đề án truyền thông về quyền con người năm 2024",
     date(2024, 5, 9), RIGHTS),
    ("Nhóm công tác UPR thông qua báo cáo rà soát Việt Nam chu kỳ IV", date(2024, 5, 11), UPR),
    ("Sóc Trăng hưởng ứng Tháng hành động vì trẻ em năm 2024", date(2024, 6, 1),
     WOMEN_CHILDREN),
    ("Tập huấn kỹ năng truyền thông về quyền con người cho cán bộ, phóng viên",
     date(2024, 6, 12), RIGHTS),
]
BAO_KHMER_NEWS = [
    ("Hỗ trợ đất sản xuất cho hộ đồng bào Khmer thiếu đất", date(2024, 1, 16), MINORITIES),
    ("Cấp học bổng cho học sinh, sinh viên Khmer nghèo hiếu học", date(2024, 1, 30),
     MINORITIES),
    ("Chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2024",
     date(2024, 2, 20), MINORITIES),
    ("Bảo hiểm y tế cho người dân tộc thiểu số: những điều cần biết", date(2024, 3, 5),
     WELFARE),
    ("Tuyên truyền pháp luật bằng tiếng Khmer tại các phum, sóc", date(2024, 3, 19), RIGHTS),
    ("Các chùa Khmer chuẩn bị đón Tết Chôl Chnăm Thmây", date(2024, 4, 5), RELIGION),
    ("Thăm, chúc Tết Chôl Chnăm Thmây các gia đình chính sách người Khmer", date(2024, 4, 11),
     MINORITIES),
    ("Đồng bào Khmer Vĩnh Châu chuyển đổi cơ cấu cây trồng, nâng cao thu nhập",
     date(2024, 4, 23), WELFARE),
    ("Việt Nam trình bày Báo cáo quốc gia UPR chu kỳ IV tại Giơ-ne-vơ", date(2024, 5, 9), UPR),
    ("Phụ nữ Khmer tham gia tổ hợp tác, vươn lên thoát nghèo", date(2024, 5, 21),
     WOMEN_CHILDREN),
    ("Trường Phổ thông Dân tộc nội trú tỉnh tổng kết năm học 2023 - 2024", date(2024, 5, 28),
     MINORITIES),
    ("Mở lớp dạy chữ Khmer trong dịp hè tại các chùa", date(2024, 6, 6), MINORITIES),
]
BAO_ARTICLES_PRINT = [
    ("Bảo đảm quyền con người: từ chính sách đến cuộc sống ở Sóc Trăng", RIGHTS),
    ("Quyền tự do tín ngưỡng, tôn giáo được tôn trọng trên địa bàn tỉnh", RELIGION),
    ("Chính sách dân tộc góp phần thay đổi diện mạo vùng đồng bào Khmer", MINORITIES),
    ("Giảm nghèo bền vững: không để ai bị bỏ lại phía sau", WELFARE),
    ("Quyền tiếp cận giáo dục của học sinh dân tộc thiểu số được bảo đảm", MINORITIES),
    ("Bảo hiểm y tế toàn dân: lá chắn an sinh cho người nghèo", WELFARE),
    ("Trợ giúp pháp lý: cầu nối pháp luật đến với người dân vùng sâu", RIGHTS),
    ("Bình đẳng giới trong gia đình đồng bào Khmer: chuyển biến từ nhận thức",
     WOMEN_CHILDREN),
    ("Người cao tuổi được chăm sóc, phát huy vai trò trong cộng đồng", WELFARE),
    ("Bảo vệ quyền của người lao động trong các khu, cụm công nghiệp", RIGHTS),
    ("Chùa Khmer: nơi gìn giữ tiếng nói, chữ viết của đồng bào", RELIGION),
    ("Nước sạch nông thôn: quyền được sống khỏe của người dân vùng ven biển", WELFARE),
    ("Việt Nam và Cơ chế rà soát định kỳ phổ quát: cam kết và trách nhiệm", UPR),
    ("Trẻ em vùng sâu được bảo vệ, chăm sóc và giáo dục", WOMEN_CHILDREN),
]
BAO_ARTICLES_KHMER = [
    ("Chính sách hỗ trợ đồng bào Khmer phát triển sản xuất", date(2024, 1, 19), MINORITIES),
    ("Giáo dục song ngữ Việt - Khmer trong nhà trường", date(2024, 2, 23), MINORITIES),
    ("Quyền được chăm sóc sức khỏe của đồng bào dân tộc thiểu số", date(2024, 3, 22),
     MINORITIES),
    ("Ý nghĩa Tết Chôl Chnăm Thmây trong đời sống đồng bào Khmer", date(2024, 4, 12), RELIGION),
    ("Đồng bào Khmer chung tay xây dựng nông thôn mới", date(2024, 5, 17), WELFARE),
    ("Phụ nữ Khmer với phong trào khởi nghiệp", date(2024, 6, 7), WOMEN_CHILDREN),
]
BAO_ARTICLES_ONLINE = [
    ("Sóc Trăng: nhiều kết quả trong thực hiện chính sách đối với đồng bào dân tộc thiểu số",
     MINORITIES),
    ("Thông tin đúng, đủ về quyền con người để củng cố niềm tin của Nhân dân", RIGHTS),
    ("Chuyển đổi số giúp người dân tiếp cận dịch vụ công thuận lợi", RIGHTS),
    ("Đảm bảo quyền học tập cho trẻ em dân tộc thiểu số ở Sóc Trăng", MINORITIES),
    ("Hỗ trợ người khuyết tật hòa nhập cộng đồng", WELFARE),
    ("Lao động nông thôn được đào tạo nghề, có việc làm ổn định", WELFARE),
    ("Lễ hội Chôl Chnăm Thmây: nét đẹp văn hóa được bảo tồn, phát huy", MINORITIES),
    ("Quyền được thông tin của người dân trong thời đại số", RIGHTS),
    ("Phòng, chống bạo lực gia đình: từ nhận thức đến hành động", WOMEN_CHILDREN),
    ("Báo cáo quốc gia UPR chu kỳ IV: ghi nhận nỗ lực của Việt Nam", UPR),
    ("Thích ứng biến đổi khí hậu, giữ sinh kế cho người dân ven biển", WELFARE),
    ("Xây dựng nhà ở cho hộ nghèo: tạo nền tảng an cư", WELFARE),
    ("Tháng hành động vì trẻ em: chung tay vì tương lai của trẻ", WOMEN_CHILDREN),
    ("Đoàn kết các dân tộc: nguồn sức mạnh phát triển tỉnh Sóc Trăng", MINORITIES),
]
BAO_REPORTAGES = [
    ("Phóng sự: Ánh sáng tri thức ở Trường Phổ thông Dân tộc nội trú tỉnh", date(2024, 1, 12),
     MINORITIES),
    ("Phóng sự: Những ngôi nhà Đại đoàn kết trên đất Vĩnh Châu", date(2024, 2, 28), WELFARE),
    ("Phóng sự: Mùa lễ hội Chôl Chnăm Thmây an vui", date(2024, 4, 15), MINORITIES),
    ("Phóng sự: Trợ giúp pháp lý về tận phum, sóc", date(2024, 4, 29), RIGHTS),
    ("Phóng sự: Nước sạch về với vùng ven biển Trần Đề", date(2024, 5, 15), WELFARE),
    ("Phóng sự: Phụ nữ Khmer vươn lên thoát nghèo", date(2024, 6, 5), WOMEN_CHILDREN),
]
BAO_INFOGRAPHICS = [
    ("Infographic: Những con số về bảo đảm an sinh xã hội của tỉnh năm 2023",
     date(2024, 1, 9), WELFARE),
    ("Infographic: Kết quả giảm nghèo trên địa bàn tỉnh", date(2024, 2, 22), WELFARE),
    ("Infographic: Bảo hiểm y tế cho người dân tộc thiểu số", date(2024, 3, 14), MINORITIES),
    ("Infographic: Việt Nam và Cơ chế rà soát định kỳ phổ quát (UPR)", date(2024, 5, 6), UPR),
]
BAO_INFOGRAPHICS_BILINGUAL = [
    ("Infographic song ngữ Việt - Khmer: Chính sách hỗ trợ đồng bào dân tộc thiểu số năm 2024",
     date(2024, 2, 6), MINORITIES),
    ("Infographic song ngữ Việt - Khmer: Quyền và nghĩa vụ cơ bản của công dân",
     date(2024, 3, 27), RIGHTS),
    ("Infographic song ngữ Việt - Khmer: Tết Chôl Chnăm Thmây", date(2024, 4, 8), MINORITIES),
    ("Infographic song ngữ Việt - Khmer: Các quyền cơ bản của trẻ em", date(2024, 6, 1),
     WOMEN_CHILDREN),
]
BAO = [
    *series("ST-BAO", "news", "online", placed(BAO_NEWS, DISTRICTS, 24),
            spread(24, shift=3)),
    *pinned("ST-BAO", "news", "online", BAO_EVENTS),
    *pinned("ST-BAO", "news", "online", BAO_KHMER_NEWS, languages=["km"]),
    *series("ST-BAO", "news", "print", placed(BAO_PRINT_NEWS, DISTRICTS, 12, start=5),
            spread(12, shift=9)),
    *pinned("ST-BAO", "news", "online", [
        ("Cung cấp thông tin cho phóng viên nước ngoài về bảo đảm quyền của đồng bào dân tộc "
         "thiểu số", date(2024, 5, 22), MINORITIES),
        ("Phóng viên báo chí nước ngoài tìm hiểu đời sống đồng bào Khmer ở Sóc Trăng",
         date(2024, 5, 24), MINORITIES),
    ], tasks=["II.3.b"]),
    *pinned("ST-BAO", "news", "online", [
        ("Học sinh Sóc Trăng tìm hiểu pháp luật về quyền trẻ em", date(2024, 3, 28),
         WOMEN_CHILDREN),
        ("Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” thu hút đông đảo hội viên tham gia",
         date(2024, 4, 26), WOMEN_CHILDREN),
        ("Hưởng ứng cuộc thi tìm hiểu pháp luật về quyền con người năm 2024",
         date(2024, 5, 20), RIGHTS),
    ], tasks=["II.3.c"]),
    # Early December 2023: before the window and the plan's year, so for no task of it.
    *pinned("ST-BAO", "news", "online", [
        ("Sóc Trăng tổng kết công tác dân tộc năm 2023", date(2023, 12, 5), MINORITIES),
        ("Hội nghị tổng kết công tác thông tin đối ngoại năm 2023", date(2023, 12, 7),
         RIGHTS),
    ], tasks=[]),
    *series("ST-BAO", "article", "print", BAO_ARTICLES_PRINT, spread(14, shift=6)),
    *pinned("ST-BAO", "article", "print", BAO_ARTICLES_KHMER, languages=["km"]),
    *series("ST-BAO", "article", "online", BAO_ARTICLES_ONLINE, spread(14, shift=11)),
    *pinned("ST-BAO", "reportage", "online", BAO_REPORTAGES, minutes=[9, 12, 10, 8, 11, 10]),
    *series("ST-BAO", "column", "print",
            subjects("Chuyên mục “Quyền con người và cuộc sống”: ", 12, start=0),
            spread(12, date(2024, 1, 4), date(2024, 6, 13))),
    *pinned("ST-BAO", "infographic", "social", BAO_INFOGRAPHICS, platform="Facebook"),
    *pinned("ST-BAO", "infographic", "social", BAO_INFOGRAPHICS_BILINGUAL,
            platform="Facebook", languages=["vi", "km"]),
]


# --- Đài Phát thanh và Truyền hình Sóc Trăng --------------------------------------------

DAI_NEWS = [
    ("{p} chăm lo đời sống đồng bào dân tộc thiểu số", MINORITIES),
    ("{p} tuyên truyền pháp luật bằng tiếng Khmer tại các điểm chùa", MINORITIES),
    ("{p} hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn", WELFARE),
    ("{p} nâng cao chất lượng khám, chữa bệnh cho người dân vùng sâu", WELFARE),
    ("{p} bảo đảm quyền học tập cho trẻ em có hoàn cảnh khó khăn", WOMEN_CHILDREN),
    ("{p} đào tạo nghề cho lao động nông thôn", WELFARE),
    ("{p} triển khai Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số",
     MINORITIES),
    ("{p} đối thoại chính sách với thanh niên", RIGHTS),
]
DAI_KHMER_NEWS = [
    ("Bản tin tiếng Khmer: Thăm, tặng quà Tết Nguyên đán các chùa Khmer", date(2024, 2, 2),
     RELIGION),
    ("Bản tin tiếng Khmer: Hỗ trợ sinh kế cho hộ đồng bào Khmer nghèo", date(2024, 2, 27),
     WELFARE),
    ("Bản tin tiếng Khmer: Cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số năm 2024",
     date(2024, 3, 13), MINORITIES),
    ("Bản tin tiếng Khmer: Đồng bào Khmer vui đón Tết Chôl Chnăm Thmây", date(2024, 4, 13),
     MINORITIES),
    ("Bản tin tiếng Khmer: Việt Nam trình bày Báo cáo quốc gia UPR chu kỳ IV",
     date(2024, 5, 8), UPR),
    ("Bản tin tiếng Khmer: Các chùa Khmer mở lớp dạy chữ Khmer dịp hè", date(2024, 6, 6),
     MINORITIES),
]
DAI_KHMER_RADIO_NEWS = [
    ("Tin tiếng Khmer: Chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số",
     date(2024, 1, 23), MINORITIES),
    ("Tin tiếng Khmer: Học sinh Khmer được hỗ trợ chi phí học tập", date(2024, 3, 26),
     MINORITIES),
    ("Tin tiếng Khmer: Tuyên truyền phòng, chống mua bán người ở vùng đồng bào Khmer",
     date(2024, 4, 30), RIGHTS),
    ("Tin tiếng Khmer: Nông dân Khmer ứng dụng khoa học kỹ thuật trong sản xuất",
     date(2024, 5, 29), WELFARE),
]
DAI_REPORTAGES = [
    ("Phóng sự: Đổi thay ở vùng đồng bào Khmer huyện Trần Đề", MINORITIES),
    ("Phóng sự: Điểm tựa của học sinh Khmer nghèo hiếu học", MINORITIES),
    ("Phóng sự: Chùa Khmer, nơi gìn giữ chữ viết và văn hóa dân tộc", RELIGION),
    ("Phóng sự: Bảo hiểm y tế, tấm lá chắn cho người nghèo", WELFARE),
    ("Phóng sự: Lớp học tình thương ở Cù Lao Dung", WOMEN_CHILDREN),
    ("Phóng sự: Người cao tuổi Khmer vui sống, sống khỏe", WELFARE),
    ("Phóng sự: Nghề truyền thống của đồng bào Khmer được hồi sinh", MINORITIES),
    ("Phóng sự: Trẻ em vùng sâu được đến trường", WOMEN_CHILDREN),
    ("Phóng sự: Giữ gìn nghệ thuật Rô băm, Dù kê", MINORITIES),
    ("Phóng sự: Khi quyền lợi người lao động được bảo vệ", RIGHTS),
    ("Phóng sự: Điện về phum, sóc", WELFARE),
    ("Phóng sự: Sinh kế ven biển thích ứng với biến đổi khí hậu", WELFARE),
]
DAI_VIDEOS = [
    ("Video: Quyền tự do tín ngưỡng, tôn giáo được tôn trọng", RELIGION),
    ("Video: Việt Nam bảo vệ Báo cáo quốc gia UPR chu kỳ IV", UPR),
    ("Video: Học sinh Khmer vui đến trường", MINORITIES),
    ("Video: Không để ai bị bỏ lại phía sau", WELFARE),
    ("Video: Sắc màu Chôl Chnăm Thmây", MINORITIES),
    ("Video: Hành trình đưa nước sạch về vùng ven biển", WELFARE),
    ("Video: Phụ nữ Sóc Trăng với bình đẳng giới", WOMEN_CHILDREN),
    ("Video: Quyền trẻ em, trách nhiệm của mỗi gia đình", WOMEN_CHILDREN),
]
DAI_VIDEOS_BILINGUAL = [
    ("Video song ngữ Việt - Khmer: Chính sách bảo hiểm y tế cho đồng bào dân tộc thiểu số",
     date(2024, 3, 18), MINORITIES),
    ("Video song ngữ Việt - Khmer: Chúc mừng năm mới Chôl Chnăm Thmây 2024", date(2024, 4, 12),
     MINORITIES),
]
_dai_news = placed(DAI_NEWS, DISTRICTS, 42, start=3)
DAI = [
    *series("ST-DAI", "news", "tv", _dai_news[:24], spread(24, shift=1), minutes=[2, 3]),
    *series("ST-DAI", "news", "radio", _dai_news[24:], spread(18, shift=4), minutes=[2, 3]),
    *pinned("ST-DAI", "news", "tv", DAI_KHMER_NEWS, languages=["km"], minutes=[3]),
    *pinned("ST-DAI", "news", "radio", DAI_KHMER_RADIO_NEWS, languages=["km"], minutes=[2]),
    *pinned("ST-DAI", "news", "tv", [
        ("Đoàn phóng viên báo chí nước ngoài tác nghiệp tại Sóc Trăng", date(2024, 5, 23),
         RIGHTS)], tasks=["II.3.b"], minutes=[3]),
    *pinned("ST-DAI", "news", "radio", [
        ("Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024", date(2024, 4, 25),
         WOMEN_CHILDREN)], tasks=["II.3.c"], minutes=[2]),
    *pinned("ST-DAI", "news", "tv", [
        ("Hội nghị tổng kết công tác dân tộc năm 2023", date(2023, 12, 5), MINORITIES),
        ("Sóc Trăng hoàn thành chỉ tiêu giảm nghèo năm 2023", date(2023, 12, 6), WELFARE),
        ("Tổng kết công tác thông tin đối ngoại năm 2023", date(2023, 12, 7), RIGHTS),
    ], tasks=[], minutes=[3]),
    *series("ST-DAI", "reportage", "tv", DAI_REPORTAGES[:8], spread(8, shift=5),
            minutes=[12, 15, 10, 14]),
    *series("ST-DAI", "reportage", "tv", DAI_REPORTAGES[8:], spread(4, shift=13),
            languages=["vi", "km"], minutes=[15, 12]),
    *series("ST-DAI", "column", "tv",
            subjects("Chuyên mục truyền hình “Quyền con người và cuộc sống”: ", 6, start=13),
            [date(2024, month, 12) for month in range(1, 7)], minutes=[15]),
    *series("ST-DAI", "tv", "tv",
            subjects("Chương trình truyền hình “Dân tộc và Phát triển”: ", 12, start=3),
            spread(12, shift=2), minutes=[20, 25]),
    *series("ST-DAI", "tv", "tv",
            subjects("Chương trình truyền hình tiếng Khmer: ", 12, start=17),
            spread(12, shift=8), languages=["km"], minutes=[30]),
    *series("ST-DAI", "radio", "radio", subjects("Chương trình phát thanh chuyên đề: ", 24,
                                                 start=6),
            spread(24, shift=0), minutes=[15, 20]),
    *series("ST-DAI", "radio", "radio", subjects("Chương trình phát thanh tiếng Khmer: ", 24,
                                                 start=20),
            spread(24, shift=3), languages=["km"], minutes=[30]),
    *series("ST-DAI", "video", "social", DAI_VIDEOS[:5], spread(5, shift=7),
            platform="YouTube", minutes=[4, 5, 3]),
    *series("ST-DAI", "video", "social", DAI_VIDEOS[5:], spread(3, shift=12),
            platform="Facebook", minutes=[3]),
    *pinned("ST-DAI", "video", "social", DAI_VIDEOS_BILINGUAL, platform="Facebook",
            languages=["vi", "km"], minutes=[4]),
]


# --- Sở Thông tin và Truyền thông (the lead department; it reports to nobody here) -------

STTTT = [
    *pinned("ST-STTTT", "news", "portal", [
        ("Sóc Trăng đẩy mạnh thông tin cơ sở bằng tiếng Khmer", date(2024, 1, 18), MINORITIES),
        ("Tăng cường tiếp sóng chương trình tiếng Khmer trên hệ thống truyền thanh cơ sở",
         date(2024, 2, 27), MINORITIES),
        ("Giao ban báo chí quý I/2024: định hướng tuyên truyền về quyền con người",
         date(2024, 3, 28), RIGHTS),
        ("Hướng dẫn tuyên truyền Tết Chôl Chnăm Thmây năm 2024", date(2024, 3, 29), MINORITIES),
        ("Chuyển đổi số trong công tác thông tin cơ sở vùng đồng bào Khmer", date(2024, 4, 18),
         RIGHTS),
        ("Định hướng tuyên truyền việc Việt Nam trình bày Báo cáo quốc gia UPR chu kỳ IV",
         date(2024, 4, 25), UPR),
        ("Triển khai Kế hoạch số 81/KH-UBND về truyền thông quyền con người năm 2024",
         date(2024, 5, 21), RIGHTS),
        ("Cung cấp tài liệu tuyên truyền về quyền con người cho các đài truyền thanh cấp huyện",
         date(2024, 5, 28), RIGHTS),
        ("Tuyên truyền Tháng hành động vì trẻ em năm 2024 trên hệ thống thông tin cơ sở",
         date(2024, 5, 30), WOMEN_CHILDREN),
        ("Giao ban báo chí tháng 6/2024: tiếp tục tuyên truyền về quyền con người",
         date(2024, 6, 13), RIGHTS),
    ]),
    *pinned("ST-STTTT", "news", "portal", [
        ("Khai mạc lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024",
         date(2024, 6, 11), RIGHTS)], tasks=["II.2"]),
    *pinned("ST-STTTT", "news", "portal", [
        ("Sở Thông tin và Truyền thông cung cấp thông tin cho phóng viên báo chí nước ngoài",
         date(2024, 5, 22), RIGHTS)], tasks=["II.3.b"]),
    *pinned("ST-STTTT", "news", "portal", [
        ("Phát động cán bộ, phóng viên tham gia các giải báo chí năm 2024", date(2024, 3, 15),
         RIGHTS),
        ("Hưởng ứng cuộc thi tìm hiểu pháp luật về quyền con người năm 2024",
         date(2024, 5, 17), RIGHTS),
    ], tasks=["II.3.c"]),
    *pinned("ST-STTTT", "infographic", "social", [
        ("Infographic: Những chính sách mới có hiệu lực từ năm 2024", date(2024, 1, 10),
         RIGHTS),
        ("Infographic: Cơ chế rà soát định kỳ phổ quát (UPR) chu kỳ IV", date(2024, 5, 7), UPR),
        ("Infographic: Kế hoạch truyền thông về quyền con người năm 2024 của tỉnh",
         date(2024, 5, 24), RIGHTS),
        ("Infographic: Quyền trẻ em theo Luật Trẻ em năm 2016", date(2024, 6, 1),
         WOMEN_CHILDREN),
    ], platform="Zalo"),
    *pinned("ST-STTTT", "infographic", "social", [
        ("Infographic song ngữ Việt - Khmer: Hướng dẫn sử dụng dịch vụ công trực tuyến",
         date(2024, 3, 12), RIGHTS),
        ("Infographic song ngữ Việt - Khmer: Quyền được thông tin của công dân",
         date(2024, 4, 4), RIGHTS),
    ], platform="Facebook", languages=["vi", "km"]),
    *pinned("ST-STTTT", "video", "social", [
        ("Video: Quyền con người - hiểu đúng để thực hiện đúng", date(2024, 2, 15), RIGHTS),
        ("Video: Sóc Trăng - nơi các dân tộc chung sống hòa thuận", date(2024, 4, 16),
         MINORITIES),
        ("Video: Báo cáo quốc gia UPR chu kỳ IV trong 3 phút", date(2024, 5, 10), UPR),
        ("Video: Người dân vùng sâu tiếp cận thông tin qua truyền thanh thông minh",
         date(2024, 6, 4), RIGHTS),
    ], platform="YouTube", minutes=[3, 4]),
    *pinned("ST-STTTT", "publication", "portal", [
        ("Tài liệu hỏi - đáp về quyền con người dành cho cán bộ cơ sở", date(2024, 5, 30),
         RIGHTS)]),
    *pinned("ST-STTTT", "publication", "loudspeaker", [
        ("Bản tin thông tin cơ sở song ngữ Việt - Khmer số 1/2024", date(2024, 3, 20),
         MINORITIES),
        ("Bản tin thông tin cơ sở song ngữ Việt - Khmer số 2/2024", date(2024, 6, 10),
         MINORITIES),
    ], languages=["vi", "km"]),
    *pinned("ST-STTTT", "publication", "portal", [
        ("Tài liệu giới thiệu tỉnh Sóc Trăng bằng tiếng Anh phục vụ phóng viên nước ngoài",
         date(2024, 5, 20), RIGHTS)], languages=["en"], tasks=["II.3.b"]),
]


# --- Ủy ban nhân dân huyện Trần Đề: the district's loudspeakers and portal --------------

TRANDE_NEWS = [
    ("{p} cấp thẻ bảo hiểm y tế cho hộ cận nghèo", WELFARE),
    ("{p} tuyên truyền chính sách, pháp luật cho đồng bào Khmer", MINORITIES),
    ("{p} tổ chức khám sức khỏe cho người cao tuổi", WELFARE),
    ("{p} hỗ trợ xây dựng nhà ở cho hộ nghèo", WELFARE),
    ("{p} vận động trẻ em trong độ tuổi đến trường", WOMEN_CHILDREN),
    ("{p} triển khai mô hình sinh kế cho hộ đồng bào Khmer", MINORITIES),
    ("{p} tuyên truyền phòng, chống bạo lực gia đình", WOMEN_CHILDREN),
    ("{p} hướng dẫn người dân sử dụng dịch vụ công trực tuyến", RIGHTS),
]
TRANDE_ARTICLES = [
    ("Trần Đề: chăm lo Tết cho hộ nghèo, gia đình chính sách", date(2024, 1, 31), WELFARE),
    ("Trần Đề: nâng cao chất lượng giáo dục vùng đồng bào Khmer", date(2024, 2, 21),
     MINORITIES),
    ("Trần Đề: kết quả thực hiện chính sách đối với người có uy tín", date(2024, 3, 7),
     MINORITIES),
    ("Trần Đề: bảo đảm nước sạch cho người dân vùng ven biển", date(2024, 3, 21), WELFARE),
    ("Trần Đề: tổ chức Tết Chôl Chnăm Thmây vui tươi, an toàn", date(2024, 4, 17), RELIGION),
    ("Trần Đề: trợ giúp pháp lý lưu động tại các xã có đông đồng bào Khmer", date(2024, 4, 24),
     RIGHTS),
    ("Trần Đề: triển khai Kế hoạch truyền thông về quyền con người năm 2024",
     date(2024, 5, 16), RIGHTS),
    ("Trần Đề: giải quyết việc làm cho lao động nông thôn", date(2024, 5, 23), WELFARE),
    ("Trần Đề: phát huy vai trò của chùa Khmer trong cộng đồng", date(2024, 5, 27), RELIGION),
    ("Trần Đề: hưởng ứng Tháng hành động vì trẻ em năm 2024", date(2024, 6, 3),
     WOMEN_CHILDREN),
    ("Trần Đề: chuyển đổi số gắn với quyền tiếp cận thông tin của người dân",
     date(2024, 6, 7), RIGHTS),
    ("Trần Đề: hỗ trợ sinh kế cho hộ đồng bào dân tộc thiểu số", date(2024, 6, 12), WELFARE),
]
_trande_news = placed(TRANDE_NEWS, TRANDE_COMMUNES, 78)
_trande_days = spread(78, shift=2)
TRANDE = [
    *series("ST-TRANDE", "news", "loudspeaker", _trande_news[:48], _trande_days[:48],
            minutes=[3, 4, 5]),
    *series("ST-TRANDE", "news", "loudspeaker",
            [(f"Tin tiếng Khmer: {title}", topic) for title, topic in _trande_news[48:72]],
            _trande_days[48:72], languages=["km"], minutes=[4, 5]),
    *series("ST-TRANDE", "news", "loudspeaker",
            [(f"Tin song ngữ Việt - Khmer: {title}", topic)
             for title, topic in _trande_news[72:]],
            _trande_days[72:], languages=["vi", "km"], minutes=[6]),
    *pinned("ST-TRANDE", "news", "loudspeaker", [
        ("Huyện Trần Đề tổng kết công tác dân tộc, tôn giáo năm 2023", date(2023, 12, 6),
         MINORITIES),
        ("Huyện Trần Đề tổng kết công tác thông tin cơ sở năm 2023", date(2023, 12, 13),
         RIGHTS),
    ], tasks=[], minutes=[4]),
    *pinned("ST-TRANDE", "article", "portal", TRANDE_ARTICLES),
]


# --- Sở Văn hóa, Thể thao và Du lịch ----------------------------------------------------

SLOGANS = [
    "Việt Nam tôn trọng, bảo vệ và bảo đảm quyền con người",
    "Đoàn kết các dân tộc, chung sức xây dựng quê hương Sóc Trăng",
    "Không để ai bị bỏ lại phía sau",
    "Bảo tồn và phát huy giá trị văn hóa các dân tộc",
]
POSTER_PLACES = [
    "đường Hùng Vương, thành phố Sóc Trăng", "Quốc lộ 1A, huyện Châu Thành",
    "trung tâm thị xã Vĩnh Châu", "thị trấn Trần Đề", "thị trấn Mỹ Xuyên",
    "thị trấn Huỳnh Hữu Nghĩa, huyện Mỹ Tú",
]
_posters = [(f"Pano “{slogan}” tại {place}", RIGHTS if n == 0 else MINORITIES)
            for n, slogan in enumerate(SLOGANS) for place in POSTER_PLACES]
SVHTTDL = [
    *series("ST-SVHTTDL", "poster", "other", _posters[:18],
            spread(18, date(2024, 1, 15), date(2024, 5, 31))),
    *series("ST-SVHTTDL", "poster", "other",
            [(title.replace("Pano", "Pano song ngữ Việt - Khmer", 1), topic)
             for title, topic in _posters[18:]],
            spread(6, date(2024, 3, 25), date(2024, 4, 10)), languages=["vi", "km"]),
    *pinned("ST-SVHTTDL", "publication", "other", [
        ("Tờ gấp giới thiệu chính sách bảo tồn văn hóa của đồng bào Khmer", date(2024, 3, 18),
         MINORITIES)], languages=["vi", "km"]),
    *pinned("ST-SVHTTDL", "publication", "other", [
        ("Sách ảnh “Lễ hội truyền thống của đồng bào Khmer Sóc Trăng”", date(2024, 4, 9),
         MINORITIES)]),
]


# --- Hội Liên hiệp Phụ nữ tỉnh: its Facebook page, for the integrated task it leads ------

HLHPN = [
    *series("ST-HLHPN", "news", "social", [
        ("Hội LHPN tỉnh thăm, tặng quà Tết cho phụ nữ nghèo", WELFARE),
        ("Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 tại các chi hội",
         WOMEN_CHILDREN),
        ("Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3", WOMEN_CHILDREN),
        ("Ra mắt mô hình “Địa chỉ tin cậy” tại cộng đồng", WOMEN_CHILDREN),
        ("Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024 khai mạc", WOMEN_CHILDREN),
        ("Trao giải Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024", WOMEN_CHILDREN),
        ("Hưởng ứng Tháng hành động vì trẻ em năm 2024", WOMEN_CHILDREN),
        ("Hội viên phụ nữ tìm hiểu quyền trẻ em", WOMEN_CHILDREN),
    ], [date(2024, 2, 1), date(2024, 2, 26), date(2024, 3, 8), date(2024, 3, 29),
        date(2024, 4, 24), date(2024, 4, 27), date(2024, 6, 1), date(2024, 6, 11)],
        platform="Facebook", tasks=["II.3.a"]),
    *series("ST-HLHPN", "news", "social", [
        ("Phụ nữ Khmer đón Tết Chôl Chnăm Thmây", MINORITIES),
        ("Hỗ trợ vốn cho phụ nữ Khmer phát triển kinh tế gia đình", WELFARE),
    ], [date(2024, 4, 12), date(2024, 5, 14)], platform="Facebook", languages=["km"],
        tasks=["II.3.a"]),
    *series("ST-HLHPN", "article", "social", [
        ("Bình đẳng giới bắt đầu từ mỗi gia đình", WOMEN_CHILDREN),
        ("Phụ nữ vùng ven biển vươn lên làm kinh tế", WELFARE),
        ("Vai trò của chi hội phụ nữ trong phòng, chống bạo lực gia đình", WOMEN_CHILDREN),
        ("Chăm sóc sức khỏe sinh sản cho phụ nữ vùng sâu", WOMEN_CHILDREN),
        ("Phụ nữ tham gia xây dựng nông thôn mới", WELFARE),
        ("Bảo vệ trẻ em trên môi trường mạng", WOMEN_CHILDREN),
    ], [date(2024, 1, 17), date(2024, 2, 14), date(2024, 3, 20), date(2024, 4, 17),
        date(2024, 5, 22), date(2024, 6, 5)], platform="Facebook", tasks=["II.3.a"]),
    *series("ST-HLHPN", "article", "social", [
        ("Phụ nữ Khmer với bình đẳng giới trong gia đình", WOMEN_CHILDREN),
        ("Nuôi dạy con tốt trong gia đình đồng bào Khmer", WOMEN_CHILDREN),
    ], [date(2024, 3, 13), date(2024, 5, 29)], platform="Facebook", languages=["km"],
        tasks=["II.3.a"]),
]


# --- Just outside the window: before 15/12/2023 and after 14/06/2024 ---------------------

OUTSIDE = [
    *pinned("ST-BAO", "news", "online", [
        ("Kỷ niệm 75 năm Ngày Quyền con người thế giới (10/12/1948 - 10/12/2023)",
         date(2023, 12, 10), RIGHTS)], tasks=[]),
    *pinned("ST-BAO", "article", "print", [
        ("75 năm Tuyên ngôn thế giới về quyền con người: những dấu ấn của Việt Nam",
         date(2023, 12, 11), RIGHTS)], tasks=[]),
    *pinned("ST-DAI", "reportage", "tv", [
        ("Phóng sự: 75 năm Tuyên ngôn thế giới về quyền con người", date(2023, 12, 9),
         RIGHTS)], tasks=[], minutes=[15]),
    *pinned("ST-TRANDE", "news", "loudspeaker", [
        ("Huyện Trần Đề hưởng ứng Ngày Quyền con người thế giới", date(2023, 12, 12),
         RIGHTS)], tasks=[], minutes=[4]),
    *pinned("ST-BAO", "reportage", "online", [
        ("Phóng sự: Chùa Khmer, trung tâm sinh hoạt văn hóa cộng đồng", date(2024, 6, 18),
         RELIGION)], languages=["km"], minutes=[12]),
    *pinned("ST-BAO", "article", "online", [
        ("Ngày Gia đình Việt Nam 28/6: giữ gìn nếp nhà trong gia đình Khmer",
         date(2024, 6, 28), WOMEN_CHILDREN)]),
    *pinned("ST-BAO", "infographic", "social", [
        ("Infographic: 10 năm thực hiện chính sách an sinh xã hội ở Sóc Trăng",
         date(2024, 7, 2), WELFARE)], platform="Facebook"),
    *pinned("ST-DAI", "tv", "tv", [
        ("Chương trình truyền hình tiếng Khmer: Kết quả Báo cáo quốc gia UPR chu kỳ IV",
         date(2024, 6, 20), UPR)], languages=["km"], minutes=[30]),
    *pinned("ST-DAI", "reportage", "tv", [
        ("Phóng sự: Đổi thay ở các ấp đặc biệt khó khăn huyện Thạnh Trị", date(2024, 7, 15),
         MINORITIES)], languages=["vi", "km"], minutes=[18]),
    *pinned("ST-STTTT", "news", "portal", [
        ("Bế giảng lớp tập huấn kỹ năng truyền thông về quyền con người năm 2024 (lớp thứ hai)",
         date(2024, 8, 22), RIGHTS)], tasks=["II.2"]),
    *pinned("ST-STTTT", "publication", "loudspeaker", [
        ("Bản tin thông tin cơ sở song ngữ Việt - Khmer số 3/2024", date(2024, 9, 12),
         MINORITIES)], languages=["vi", "km"]),
    *pinned("ST-TRANDE", "news", "loudspeaker", [
        ("Tin tiếng Khmer: Xã Viên An tuyên truyền quyền trẻ em dịp hè", date(2024, 6, 17),
         WOMEN_CHILDREN)], languages=["km"], minutes=[4]),
]

PRODUCTS: list[Product] = [*BAO, *DAI, *STTTT, *TRANDE, *SVHTTDL, *HLHPN, *OUTSIDE]


# --- Activities ---------------------------------------------------------------------------

def sessions(unit: str, titles_places: Sequence[tuple[str, str]], days: Sequence[date],
             people: dict[str, int], *, tasks: Sequence[str] = ("II.3.a",),
             topic: int = RIGHTS, kind: str = "integrated") -> list[Activity]:
    """One-day sessions; each group's total `people` split unevenly across them."""
    counts = {group: split(total, len(days)) for group, total in people.items()}
    return [(unit, title, kind, day, day, place,
             {group: counts[group][i] for group in people}, list(tasks), [topic])
            for i, ((title, place), day) in enumerate(zip(titles_places, days, strict=True))]


_hlhpn_themes = ["Quyền của phụ nữ và trẻ em", "Bình đẳng giới trong gia đình",
                 "Phòng, chống bạo lực gia đình"]
_hlhpn_places = DISTRICTS[:8]
_trande_first = [f"Hội nghị tuyên truyền chính sách, pháp luật cho đồng bào Khmer tại "
                 f"{commune[0].lower()}{commune[1:]}" for commune in TRANDE_COMMUNES]
_trande_second = [f"Lồng ghép tuyên truyền về quyền con người trong sinh hoạt ấp tại "
                  f"{commune[0].lower()}{commune[1:]}" for commune in TRANDE_COMMUNES[:7]]
_dtn_places = [
    "Trường THPT Chuyên Nguyễn Thị Minh Khai", "Trường THPT Hoàng Diệu",
    "Trường Phổ thông Dân tộc nội trú tỉnh", "Trường Cao đẳng Cộng đồng Sóc Trăng",
    "Thành phố Sóc Trăng", "Thị xã Vĩnh Châu",
    "Huyện Trần Đề", "Huyện Mỹ Xuyên", "Huyện Long Phú", "Huyện Kế Sách", "Huyện Thạnh Trị",
    "Huyện Cù Lao Dung",
]
_schools = [
    "Trường THPT Lê Lợi", "Trường THPT Văn Ngọc Chính", "Trường THPT Lịch Hội Thượng",
    "Trường THPT Thuận Hòa", "Trường THPT Mai Thanh Thế", "Trường THPT An Ninh",
]

ACTIVITIES: list[Activity] = [
    # II.2: the plan's training of 70, in two classes of 35; the second after the window.
    ("ST-STTTT", "Lớp tập huấn kỹ năng, nghiệp vụ truyền thông về quyền con người năm 2024 "
     "(lớp thứ nhất)", "training", date(2024, 6, 11), date(2024, 6, 12),
     "Hội trường Sở Thông tin và Truyền thông",
     {"key_officials": 15, "press": 12, "commune_officials": 8}, ["II.2"], [RIGHTS]),
    ("ST-STTTT", "Lớp tập huấn kỹ năng, nghiệp vụ truyền thông về quyền con người năm 2024 "
     "(lớp thứ hai)", "training", date(2024, 8, 21), date(2024, 8, 22),
     "Hội trường Sở Thông tin và Truyền thông",
     {"key_officials": 13, "press": 10, "commune_officials": 12}, ["II.2"], [RIGHTS]),
    # II.3.b: the foreign press.
    ("ST-STTTT", "Cung cấp thông tin cho phóng viên báo chí nước ngoài về thành tựu bảo đảm "
     "quyền con người tại tỉnh", "press", date(2024, 5, 22), date(2024, 5, 22),
     "Sở Thông tin và Truyền thông", {"press": 14}, ["II.3.b"], [RIGHTS]),
    ("ST-STTTT", "Hướng dẫn, hỗ trợ đoàn phóng viên báo chí nước ngoài tác nghiệp tại huyện "
     "Trần Đề và thị xã Vĩnh Châu", "other", date(2024, 5, 23), date(2024, 5, 24),
     "Huyện Trần Đề, thị xã Vĩnh Châu", {"press": 6}, ["II.3.b"], [MINORITIES]),
    ("ST-CA", "Phối hợp hướng dẫn, bảo đảm an ninh, an toàn cho đoàn phóng viên báo chí nước "
     "ngoài tác nghiệp tại tỉnh", "other", date(2024, 5, 22), date(2024, 5, 24),
     "Thành phố Sóc Trăng, huyện Trần Đề, thị xã Vĩnh Châu", {"press": 6}, ["II.3.b"],
     [RIGHTS]),
    # II.3.c: contests.
    ("ST-STTTT", "Hưởng ứng cuộc thi tìm hiểu pháp luật về quyền con người năm 2024",
     "contest", date(2024, 5, 17), date(2024, 6, 14), "Trực tuyến",
     {"key_officials": 230, "students": 410, "residents": 960}, ["II.3.c"], [RIGHTS]),
    ("ST-HLHPN", "Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024", "contest",
     date(2024, 4, 25), date(2024, 4, 25), "Hội trường Hội Liên hiệp Phụ nữ tỉnh",
     {"residents": 850}, ["II.3.a", "II.3.c"], [WOMEN_CHILDREN]),
    ("ST-DTN", "Cuộc thi “Tuổi trẻ Sóc Trăng tìm hiểu pháp luật về quyền con người” năm 2024",
     "contest", date(2024, 5, 15), date(2024, 6, 10), "Trực tuyến",
     {"students": 1240, "other": 560}, ["II.3.c"], [RIGHTS]),
    ("ST-SGDDT", "Hội thi tìm hiểu pháp luật về quyền trẻ em dành cho học sinh trung học",
     "contest", date(2024, 3, 26), date(2024, 3, 27), "Trường THPT Chuyên Nguyễn Thị Minh Khai",
     {"students": 1420}, ["II.3.a", "II.3.c"], [WOMEN_CHILDREN]),
    # II.3.a: integrated in the sessions of schools, unions and associations.
    *sessions("ST-HLHPN",
              [(f"Sinh hoạt chuyên đề “{theme}” - {place}", place)
               for theme in _hlhpn_themes for place in _hlhpn_places],
              spread(24, date(2024, 1, 8), date(2024, 6, 7), shift=1),
              {"residents": 2100}, topic=WOMEN_CHILDREN),
    *sessions("ST-DTN",
              [(f"Sinh hoạt chuyên đề “Thanh niên với quyền con người” - {place}", place)
               for place in _dtn_places],
              spread(12, date(2024, 1, 10), date(2024, 6, 7)),
              {"students": 640, "other": 320}),
    *sessions("ST-SGDDT",
              [(f"Lồng ghép giáo dục quyền trẻ em trong hoạt động ngoại khóa - {school}",
                school) for school in _schools],
              spread(6, date(2024, 1, 15), date(2024, 5, 10)),
              {"students": 3150}, topic=WOMEN_CHILDREN),
    *sessions("ST-LDLD",
              [(f"Lồng ghép tuyên truyền quyền của người lao động trong sinh hoạt công đoàn "
                f"- {place}", place) for place in [
                  "Khu công nghiệp An Nghiệp", "Công đoàn ngành Giáo dục",
                  "Công đoàn ngành Y tế", "Liên đoàn Lao động thị xã Vĩnh Châu",
                  "Liên đoàn Lao động huyện Trần Đề"]],
              spread(5, date(2024, 2, 20), date(2024, 6, 5)), {"other": 650}),
    *sessions("ST-HNCT",
              [(f"Lồng ghép tuyên truyền quyền của người cao tuổi trong sinh hoạt Hội - "
                f"{place}", place) for place in [
                  "Thành phố Sóc Trăng", "Thị xã Ngã Năm", "Huyện Châu Thành",
                  "Huyện Mỹ Tú"]],
              spread(4, date(2024, 3, 1), date(2024, 6, 1)), {"residents": 520},
              topic=WELFARE),
    # For no task of the plan: the units' own conferences and sessions.
    *sessions("ST-TRANDE",
              [(title, commune) for title, commune in zip(
                  [*_trande_first, *_trande_second],
                  [*TRANDE_COMMUNES, *TRANDE_COMMUNES[:7]], strict=True)],
              spread(18, date(2024, 1, 12), date(2024, 6, 12), shift=2),
              {"commune_officials": 120, "residents": 1450}, tasks=[], topic=MINORITIES),
    *sessions("ST-SVHTTDL",
              [(f"Hội nghị tập huấn nghiệp vụ văn hóa cơ sở năm 2024 - {place}", place)
               for place in ["Thành phố Sóc Trăng", "Thị xã Vĩnh Châu", "Huyện Mỹ Tú",
                             "Huyện Kế Sách"]],
              spread(4, date(2024, 3, 5), date(2024, 5, 30)),
              {"key_officials": 180, "commune_officials": 240}, tasks=[], topic=MINORITIES),
    # Exhibitions, counted with II.1 (products and displays for the public).
    ("ST-SVHTTDL", "Triển lãm ảnh “Thành tựu bảo đảm quyền con người ở Sóc Trăng”",
     "exhibition", date(2024, 3, 20), date(2024, 4, 5), "Bảo tàng tỉnh Sóc Trăng",
     {"residents": 1400}, ["II.1"], [RIGHTS]),
    ("ST-SVHTTDL", "Triển lãm ảnh “Văn hóa Khmer Sóc Trăng” chào mừng Tết Chôl Chnăm Thmây",
     "exhibition", date(2024, 4, 12), date(2024, 4, 16), "Khu Văn hóa Hồ Nước Ngọt",
     {"residents": 1800}, ["II.1"], [MINORITIES]),
    # Outside the window.
    ("ST-STTTT", "Tọa đàm kỷ niệm 75 năm Ngày Quyền con người thế giới", "seminar",
     date(2023, 12, 8), date(2023, 12, 8), "Hội trường Sở Thông tin và Truyền thông",
     {"key_officials": 60, "press": 20}, [], [RIGHTS]),
    ("ST-HLHPN", "Sinh hoạt chuyên đề “Gia đình hạnh phúc, bình đẳng” - Huyện Trần Đề",
     "integrated", date(2024, 6, 21), date(2024, 6, 21), "Huyện Trần Đề", {"residents": 95},
     ["II.3.a"], [WOMEN_CHILDREN]),
]


# --- Progress on the tasks, as the units reported it -------------------------------------

# (task code, unit code, date, status, percent, note, evidence: product or activity titles)
PROGRESS = [
    ("II.1", "ST-STTTT", date(2024, 5, 31), "in_progress", 35,
     "Ban hành Công văn số 598/STTTT-TTBCXB ngày 20/5/2024 hướng dẫn các cơ quan báo chí, "
     "UBND các huyện, thị xã, thành phố triển khai nhiệm vụ; Báo Sóc Trăng, Đài Phát thanh và "
     "Truyền hình tỉnh duy trì chuyên mục “Quyền con người và cuộc sống”.",
     ["Triển khai Kế hoạch số 81/KH-UBND về truyền thông quyền con người năm 2024"]),
    ("II.1", "ST-STTTT", date(2024, 6, 13), "in_progress", 50,
     "Sở phát hành 02 số Bản tin thông tin cơ sở song ngữ Việt - Khmer và tài liệu hỏi - đáp "
     "về quyền con người cho cán bộ cơ sở; các cơ quan báo chí, địa phương đăng, phát sản "
     "phẩm đều đặn bằng tiếng Việt và tiếng Khmer.",
     ["Bản tin thông tin cơ sở song ngữ Việt - Khmer số 1/2024",
      "Bản tin thông tin cơ sở song ngữ Việt - Khmer số 2/2024",
      "Tài liệu hỏi - đáp về quyền con người dành cho cán bộ cơ sở"]),
    ("II.1", "ST-BAO", date(2024, 6, 12), "in_progress", 50,
     "Duy trì chuyên mục “Quyền con người và cuộc sống” 02 kỳ/tháng trên báo in; ấn phẩm "
     "tiếng Khmer đăng tin, bài về chính sách dân tộc hằng tuần.", []),
    ("II.1", "ST-DAI", date(2024, 6, 12), "in_progress", 50,
     "Phát sóng chuyên mục “Quyền con người và cuộc sống” hằng tháng trên kênh STV; chương "
     "trình phát thanh tiếng Khmer về quyền con người phát hằng tuần.", []),
    ("II.2", "ST-STTTT", date(2024, 5, 27), "in_progress", 15,
     "Xây dựng chương trình, tài liệu tập huấn; phối hợp với đơn vị đào tạo chuẩn bị tổ chức "
     "02 lớp.", []),
    ("II.2", "ST-STTTT", date(2024, 6, 13), "in_progress", 50,
     "Tổ chức lớp thứ nhất ngày 11-12/6/2024 cho 35 đại biểu; lớp thứ hai dự kiến tổ chức "
     "trong Quý III/2024.",
     ["Lớp tập huấn kỹ năng, nghiệp vụ truyền thông về quyền con người năm 2024 "
      "(lớp thứ nhất)"]),
    ("II.2", "ST-STTTT", date(2024, 8, 23), "done", 100,
     "Tổ chức lớp thứ hai ngày 21-22/8/2024 cho 35 đại biểu; đủ 70 đại biểu theo Kế hoạch.",
     ["Lớp tập huấn kỹ năng, nghiệp vụ truyền thông về quyền con người năm 2024 "
      "(lớp thứ hai)"]),
    ("II.3.a", "ST-HLHPN", date(2024, 3, 29), "in_progress", 25,
     "Hướng dẫn các cấp Hội lồng ghép nội dung quyền của phụ nữ, trẻ em trong sinh hoạt chi, "
     "tổ hội.", []),
    ("II.3.a", "ST-HLHPN", date(2024, 6, 12), "in_progress", 50,
     "Các cấp Hội tổ chức sinh hoạt chuyên đề tại 08 huyện, thị xã, thành phố và Hội thi "
     "“Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024.",
     ["Hội thi “Phụ nữ Sóc Trăng tìm hiểu pháp luật” năm 2024"]),
    ("II.3.b", "ST-STTTT", date(2024, 6, 13), "in_progress", 40,
     "Cung cấp thông tin và hỗ trợ đoàn phóng viên báo chí nước ngoài tác nghiệp tại huyện "
     "Trần Đề, thị xã Vĩnh Châu (22-24/5/2024); biên soạn tài liệu giới thiệu tỉnh bằng tiếng "
     "Anh.",
     ["Cung cấp thông tin cho phóng viên báo chí nước ngoài về thành tựu bảo đảm quyền con "
      "người tại tỉnh",
      "Tài liệu giới thiệu tỉnh Sóc Trăng bằng tiếng Anh phục vụ phóng viên nước ngoài"]),
    ("II.3.c", "ST-STTTT", date(2024, 6, 13), "in_progress", 30,
     "Phát động cán bộ, phóng viên tham gia các giải báo chí năm 2024; vận động cán bộ, học "
     "sinh và người dân hưởng ứng cuộc thi tìm hiểu pháp luật về quyền con người.",
     ["Hưởng ứng cuộc thi tìm hiểu pháp luật về quyền con người năm 2024"]),
]


# --- Guidance letters of the Department of Information and Communications ---------------

PROVINCIAL_UNITS = ["ST-BAO", "ST-DAI", "ST-SVHTTDL", "ST-SGDDT", "ST-CA", "ST-LDLD",
                    "ST-HLHPN", "ST-DTN", "ST-HNCT"]
DISTRICT_UNITS = ["ST-TPST", "ST-VINHCHAU", "ST-NGANAM", "ST-CHAUTHANH", "ST-CULAODUNG",
                  "ST-KESACH", "ST-LONGPHU", "ST-MYTU", "ST-MYXUYEN", "ST-THANHTRI",
                  "ST-TRANDE"]

# number, issued on, title, body, valid until, addressed units, topic indexes
GUIDANCES = [
    {
        "number": "412", "issued_on": date(2024, 4, 24), "valid_until": date(2024, 6, 30),
        "title": "định hướng tuyên truyền việc Việt Nam trình bày Báo cáo quốc gia theo Cơ "
                 "chế rà soát định kỳ phổ quát (UPR) chu kỳ IV",
        "body": "Thực hiện chỉ đạo của Bộ Thông tin và Truyền thông về công tác thông tin đối "
                "ngoại, Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí, Ủy ban nhân "
                "dân các huyện, thị xã, thành phố tập trung thông tin về việc Việt Nam trình "
                "bày Báo cáo quốc gia theo Cơ chế rà soát định kỳ phổ quát (UPR) chu kỳ IV tại "
                "Giơ-ne-vơ tháng 5/2024; các thành tựu bảo đảm quyền con người của Việt Nam và "
                "của tỉnh; sử dụng thông tin từ các nguồn chính thống; đăng, phát bằng tiếng "
                "Việt và tiếng Khmer.",
        "units": ["ST-BAO", "ST-DAI", *DISTRICT_UNITS],
        "topics": [UPR, RIGHTS],
    },
    {
        "number": "598", "issued_on": date(2024, 5, 20), "valid_until": date(2024, 12, 31),
        "title": "triển khai Kế hoạch số 81/KH-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh về "
                 "truyền thông quyền con người năm 2024",
        "body": "Thực hiện Kế hoạch số 81/KH-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh, Sở "
                "Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương căn cứ nhiệm "
                "vụ được giao xây dựng kế hoạch thực hiện; sản xuất, đăng phát sản phẩm truyền "
                "thông về quyền con người bằng tiếng Việt và tiếng Khmer; lồng ghép nội dung "
                "về quyền con người trong sinh hoạt của các tổ chức đoàn thể; cập nhật kết quả "
                "trên hệ thống và gửi báo cáo 6 tháng đầu năm 2024 về Sở trước ngày 18/6/2024.",
        "units": [*PROVINCIAL_UNITS, *DISTRICT_UNITS],
        "topics": [RIGHTS, MINORITIES, WOMEN_CHILDREN, WELFARE],
    },
]
