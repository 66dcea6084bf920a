"""The task shapes of plans: field lines, lettered sub-items, running paragraphs."""

from typing import Any

from kehoach.ingest.parse import parse
from kehoach.ingest.source import Source

HEADER = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 214/KH-UBND
Tuyên Quang, ngày 05 tháng 9 năm 2025
KẾ HOẠCH
Truyền thông về quyền con người những tháng cuối năm 2025 và năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao nhận thức; Sở Tư pháp chủ trì, phối hợp với Công an tỉnh theo dõi chung.

"""


def tasks(body: str) -> dict[str, dict[str, Any]]:
    result = parse(Source(HEADER + body, "txt"))
    return {task["code"]: task for task in result["tasks"]}  # type: ignore[union-attr]


def dates(task: dict[str, Any]) -> tuple[str | None, str | None]:
    frame = task["timeframe"] or {}
    return frame.get("start"), frame.get("end")


def test_numbered_heading_with_field_lines() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Sản xuất, đăng phát các sản phẩm truyền thông

Triển khai sản xuất các sản phẩm thông tin tuyên truyền bằng tiếng Việt và tiếng dân tộc.

- Đơn vị chủ trì: Sở Thông tin và Truyền thông.
- Đơn vị phối hợp: Báo Tuyên Quang, Đài Phát thanh và Truyền hình tỉnh, các sở, ban, ngành.
- Thời gian thực hiện: Quý IV/2025.
- Sản phẩm: Tin, bài, chuyên mục, phóng sự tuyên truyền.
""")
    assert list(found) == ["II.1"]  # "Mục đích" is no task, whatever its wording
    task = found["II.1"]
    assert task["title"] == "Sản xuất, đăng phát các sản phẩm truyền thông"
    assert task["lead_units"] == ["Sở Thông tin và Truyền thông"]
    assert task["coordinating_units"] == ["Báo Tuyên Quang", "Đài Phát thanh và Truyền hình tỉnh",
                                          "các sở, ban, ngành"]
    assert dates(task) == ("2025-10-01", "2025-12-31")
    assert task["products"] == "Tin, bài, chuyên mục, phóng sự tuyên truyền."


def test_lettered_sub_items_under_a_group_heading() -> None:
    found = tasks("""II. NHIỆM VỤ

3. Các hình thức triển khai khác

a) Lồng ghép truyền thông về quyền con người trong các buổi sinh hoạt Đoàn, Hội.

- Đơn vị thực hiện: Sở Giáo dục và Đào tạo, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh.
- Thời gian thực hiện: Trong năm 2026.

b) Hướng dẫn, hỗ trợ phóng viên nước ngoài đến tác nghiệp tại tỉnh.

- Cơ quan chủ trì: Công an tỉnh; phối hợp: Sở Ngoại vụ.
- Thời hạn hoàn thành: tháng 11/2025.
""")
    assert list(found) == ["II.3.a", "II.3.b"]  # the group heading "3." is not a task
    assert found["II.3.a"]["lead_units"] == ["Sở Giáo dục và Đào tạo", "Tỉnh Đoàn",
                                             "Hội Liên hiệp Phụ nữ tỉnh"]
    assert dates(found["II.3.a"]) == ("2026-01-01", "2026-12-31")
    assert found["II.3.b"]["lead_units"] == ["Công an tỉnh"]
    assert found["II.3.b"]["coordinating_units"] == ["Sở Ngoại vụ"]
    assert dates(found["II.3.b"]) == ("2025-11-01", "2025-11-30")


def test_running_paragraph_names_the_lead_unit() -> None:
    found = tasks("""II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Truyền thông trên môi trường số

a) Sản xuất video ngắn, ảnh đồ họa (infographic) về quyền con người để đăng tải trên các \
nền tảng mạng xã hội. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Tỉnh Đoàn, Hội Liên \
hiệp Phụ nữ tỉnh thực hiện thường xuyên trong năm 2026.

b) Giao Sở Nội vụ chủ trì, phối hợp với Trường Chính trị tỉnh lồng ghép nội dung về quyền con \
người trong chương trình bồi dưỡng cán bộ, công chức cấp xã; thời gian thực hiện: năm 2026.
""")
    first, second = found["II.1.a"], found["II.1.b"]
    assert first["title"] == ("Sản xuất video ngắn, ảnh đồ họa (infographic) về quyền con người "
                              "để đăng tải trên các nền tảng mạng xã hội")
    assert first["lead_units"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert first["coordinating_units"] == ["Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]
    # "thường xuyên" is bounded by the year written after it.
    assert dates(first) == ("2026-01-01", "2026-12-31")
    assert second["title"].startswith("Lồng ghép nội dung về quyền con người")
    assert second["lead_units"] == ["Sở Nội vụ"]
    assert second["coordinating_units"] == ["Trường Chính trị tỉnh"]
    assert dates(second) == ("2026-01-01", "2026-12-31")


def test_heading_run_into_its_paragraph() -> None:
    """A PDF that lost the line break between a heading and its paragraph."""
    found = tasks("""II. NHIỆM VỤ

3. Tổ chức Cuộc thi viết tìm hiểu về quyền con người Sở Văn hóa, Thể thao và Du lịch chủ trì, \
phối hợp với Sở Tư pháp, Sở Giáo dục và Đào tạo tổ chức Cuộc thi viết; thời gian thực hiện: \
tháng 12/2025.
""")
    task = found["II.3"]
    assert task["title"] == "Tổ chức Cuộc thi viết tìm hiểu về quyền con người"
    assert task["lead_units"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert task["coordinating_units"] == ["Sở Tư pháp", "Sở Giáo dục và Đào tạo"]
    assert dates(task) == ("2025-12-01", "2025-12-31")


def test_fields_inside_the_sentence_and_units_marked_with_their_role() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Tuyên truyền trên báo chí

a) Mở chuyên mục "Quyền con người" trên Báo Tuyên Quang (Cơ quan chủ trì: Báo Tuyên Quang; cơ \
quan phối hợp: Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh; thời gian thực hiện: Quý II/2026).

b) Sản xuất 12 phóng sự về thành tựu bảo đảm quyền con người.

Trách nhiệm thực hiện: Báo và Phát thanh, Truyền hình Tuyên Quang (chủ trì); Sở Dân tộc và Tôn \
giáo, Ban Dân tộc tỉnh (phối hợp).
""")
    first, second = found["II.1.a"], found["II.1.b"]
    assert first["title"] == 'Mở chuyên mục "Quyền con người" trên Báo Tuyên Quang'
    assert first["lead_units"] == ["Báo Tuyên Quang"]
    assert first["coordinating_units"] == ["Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"]
    assert dates(first) == ("2026-04-01", "2026-06-30")
    assert second["lead_units"] == ["Báo và Phát thanh, Truyền hình Tuyên Quang"]
    assert second["coordinating_units"] == ["Sở Dân tộc và Tôn giáo", "Ban Dân tộc tỉnh"]


def test_plan_years_from_the_title_bound_ongoing_tasks() -> None:
    result = parse(Source(HEADER + """II. NHIỆM VỤ

1. Cập nhật tin, bài trên Cổng Thông tin điện tử tỉnh

- Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh.
- Thời gian thực hiện: Thường xuyên.
""", "txt"))
    assert result["plan_years"] == [2025, 2026]
    [task] = result["tasks"]  # type: ignore[misc]
    assert dates(task) == ("2025-01-01", "2026-12-31")


def test_responsibilities_are_not_tasks() -> None:
    result = parse(Source(HEADER + """II. NHIỆM VỤ

1. Tập huấn kỹ năng truyền thông

- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.

III. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính

Chủ trì, phối hợp với các cơ quan bố trí kinh phí thực hiện Kế hoạch.
""", "txt"))
    assert [task["code"] for task in result["tasks"]] == ["II.1"]  # type: ignore[union-attr]
    assert [(r["code"], r["unit"]) for r in result["responsibilities"]] == [  # type: ignore[union-attr]
        ("III.1", "Sở Tài chính")]


def test_decision_that_issues_a_plan() -> None:
    """The tasks are in the plan after the decision's signature, not in its articles."""
    text = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 123/QĐ-UBND
Gia Lai, ngày 15 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch truyền thông về quyền con người năm 2024
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI
Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông về quyền con người năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hữu Quế

KẾ HOẠCH
Truyền thông về quyền con người trên địa bàn tỉnh Gia Lai năm 2024
(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024
của Chủ tịch UBND tỉnh)
I. MỤC TIÊU
Phấn đấu 100% cán bộ làm công tác thông tin đối ngoại được tập huấn.
II. NHIỆM VỤ
1. Tuyên truyền trên báo chí
- Cơ quan chủ trì: Báo Gia Lai.
- Thời gian thực hiện: Quý III/2024.
"""
    result = parse(Source(text, "txt"))
    document = result["document"]
    assert (document["kind"], document["title"]) == (  # type: ignore[index]
        "decision", "Về việc ban hành Kế hoạch truyền thông về quyền con người năm 2024")
    assert [(t["code"], t["lead_units"]) for t in result["tasks"]] == [  # type: ignore[union-attr]
        ("II.1", ["Báo Gia Lai"])]
    assert [t["value"] for t in result["targets"]] == [100]  # type: ignore[union-attr]
    # "(Ban hành kèm theo Quyết định số 123/QĐ-UBND ...)" is the decision itself.
    assert [r["number"] for r in result["references"]] == ["1079"]  # type: ignore[union-attr]


def test_lettered_items_that_are_the_fields_of_one_task() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Tổ chức tập huấn kỹ năng truyền thông về quyền con người

a) Nội dung: Tập huấn kiến thức, kỹ năng truyền thông về quyền con người.
b) Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.
c) Đơn vị phối hợp: Hội Nhà báo tỉnh.
d) Thời gian: Quý II/2026.
""")
    assert list(found) == ["II.1"]
    assert found["II.1"]["lead_units"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert found["II.1"]["coordinating_units"] == ["Hội Nhà báo tỉnh"]
    assert dates(found["II.1"]) == ("2026-04-01", "2026-06-30")


def test_general_duties_heading_is_not_a_task() -> None:
    found = tasks("""II. NHIỆM VỤ, GIẢI PHÁP

1. Nhiệm vụ chung

Bám sát chủ trương của Đảng, chính sách, pháp luật của Nhà nước về quyền con người.

2. Nhiệm vụ cụ thể

a) Tổ chức hội nghị quán triệt Đề án.

- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
""")
    assert list(found) == ["II.2.a"]


def test_general_duties_heading_with_two_nouns_is_not_a_task() -> None:
    for heading in ("Nhiệm vụ, giải pháp chung", "Các nhiệm vụ và giải pháp chủ yếu",
                    "Nội dung, nhiệm vụ trọng tâm"):
        found = tasks(f"""II. NHIỆM VỤ VÀ GIẢI PHÁP

1. {heading}

- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp.

2. Nhiệm vụ cụ thể

2.1. Tổ chức hội nghị quán triệt Đề án (Cơ quan chủ trì: Sở Tư pháp; thời gian: Quý II/2025).
""")
        assert list(found) == ["II.2.1"], heading


def test_purpose_clause_is_cut_by_its_connector_with_diacritics() -> None:
    dykes = ("Rà soát, kiểm tra hiện trạng hồ chứa, đê điều, công trình phòng, chống thiên tai "
             "trước mùa mưa bão; xây dựng phương án")
    freedoms = ("Tuyên truyền quyền tự do ngôn luận, tự do báo chí, tự do tín ngưỡng, tôn giáo "
                "của công dân")
    training = ("Tổ chức các lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã trên địa bàn "
                "tỉnh")
    found = tasks(f"""II. NHIỆM VỤ

1. {dykes}

- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.

2. {freedoms}, để người dân hiểu rõ

- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.

3. {training}, nhằm nâng cao chất lượng phục vụ

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.
""")
    # "đê điều" (dykes) is no "để" (so that), "tự do" (freedom) no "từ đó" (hence).
    assert [found[code]["title"] for code in ("II.1", "II.2", "II.3")] == [
        dykes, freedoms, training]


def test_time_frame_to_the_end_of_a_year() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Hướng dẫn người dân sử dụng dịch vụ công trực tuyến

- Đơn vị thực hiện: Trung tâm Phục vụ hành chính công tỉnh.
- Thời gian: Từ tháng 7/2025 đến hết năm 2025.

2. Duy trì chuyên mục trên Cổng thông tin điện tử tỉnh

- Đơn vị thực hiện: Sở Tư pháp.
- Thời gian: Từ Quý IV/2025 đến cuối năm 2026.

3. Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng

- Đơn vị thực hiện: Sở Khoa học và Công nghệ.
- Thời gian: Từ ngày 15/9/2025 đến năm 2026.
""")
    assert dates(found["II.1"]) == ("2025-07-01", "2025-12-31")
    assert dates(found["II.2"]) == ("2025-10-01", "2026-12-31")
    assert dates(found["II.3"]) == ("2025-09-15", "2026-12-31")
