"""Tasks in the layouts plans use besides headings with field lines and tables."""

from typing import Any

from kehoach.ingest.parse import parse
from kehoach.ingest.source import Source

HEADER = """ỦY BAN NHÂN DÂN
TỈNH CÀ MAU
Số: 88/KH-UBND
Cà Mau, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Truyền thông về quyền con người năm 2025

"""


def tasks(body: str) -> list[dict[str, Any]]:
    return parse(Source(HEADER + body, "txt"))["tasks"]  # type: ignore[return-value]


def summary(found: list[dict[str, Any]]) -> list[tuple[str, str, list[str], list[str]]]:
    return [(t["code"], t["title"], t["lead_units"], t["coordinating_units"]) for t in found]


def test_numbered_points_that_are_the_fields_of_their_task() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Tập huấn kỹ năng truyền thông cho cán bộ cơ sở

1.1. Nội dung: Kỹ năng phát ngôn, cung cấp thông tin cho báo chí.

1.2. Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.

1.3. Thời gian: Quý II/2025.
""")
    assert summary(found) == [("II.1", "Tập huấn kỹ năng truyền thông cho cán bộ cơ sở",
                               ["Sở Văn hóa, Thể thao và Du lịch"], [])]
    assert found[0]["timeframe"]["end"] == "2025-06-30"


def test_lettered_points_are_content_and_the_sentence_after_them_gives_the_units() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Tuyên truyền trên báo chí

a) Mở chuyên mục về quyền con người trên Báo Cà Mau;

b) Sản xuất phóng sự về giảm nghèo bền vững.

Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Cà Mau, Ủy ban nhân dân các huyện \
thực hiện; thời gian: Quý II/2025.
""")
    assert summary(found) == [("II.1", "Tuyên truyền trên báo chí",
                               ["Sở Văn hóa, Thể thao và Du lịch"],
                               ["Báo Cà Mau", "Ủy ban nhân dân các huyện"])]
    assert found[0]["timeframe"]["end"] == "2025-06-30"
    assert "Mở chuyên mục" in found[0]["content"]


def test_lettered_points_with_units_of_their_own_are_tasks() -> None:
    found = tasks("""II. NHIỆM VỤ

1. Cung cấp thông tin cho báo chí

a) Họp báo định kỳ. Văn phòng Ủy ban nhân dân tỉnh chủ trì thực hiện; thời gian: hằng quý.

b) Cung cấp tài liệu về phòng, chống mua bán người. Công an tỉnh chủ trì; thời gian: Quý IV/2025.
""")
    assert [(t["code"], t["lead_units"]) for t in found] == [
        ("II.1.a", ["Văn phòng Ủy ban nhân dân tỉnh"]), ("II.1.b", ["Công an tỉnh"])]


def test_paragraphs_under_a_section_that_each_assign_a_task() -> None:
    found = tasks("""II. NHIỆM VỤ

- Sở Tư pháp chủ trì, phối hợp với Công an tỉnh biên soạn tài liệu hỏi - đáp; thời gian: \
Quý III/2025.

- Các nhiệm vụ cụ thể, cơ quan chủ trì được giao tại Phụ lục kèm theo.
""")
    assert summary(found) == [("II-1", "Biên soạn tài liệu hỏi - đáp", ["Sở Tư pháp"],
                               ["Công an tỉnh"])]


def test_without_a_task_list_the_assignments_of_the_closing_section_are_tasks() -> None:
    body = """I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức.

II. TỔ CHỨC THỰC HIỆN

1. Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tổ chức hội nghị quán triệt; thời \
gian: Quý II/2025.

2. Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì định hướng các cơ quan báo chí tuyên truyền.
"""
    assert summary(tasks(body)) == [
        ("II.1", "Tổ chức hội nghị quán triệt", ["Sở Tư pháp"], ["Công an tỉnh"]),
        ("II.2", "Định hướng các cơ quan báo chí tuyên truyền", ["Ban Tuyên giáo Tỉnh ủy"], [])]
    with_list = "III. NHIỆM VỤ\n\n1. Tập huấn\n\n- Đơn vị chủ trì: Sở Nội vụ.\n\n"
    # A plan that has a task list keeps its closing assignments as responsibilities.
    assert [t["code"] for t in tasks(body.replace("II. TỔ CHỨC", with_list + "IV. TỔ CHỨC"))
            ] == ["III.1"]


def test_a_letter_assigns_in_numbered_groups_of_its_addressees() -> None:
    text = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 45/SVHTTDL-QLBC
V/v tuyên truyền về quyền con người
Cà Mau, ngày 05 tháng 3 năm 2025
Kính gửi:
- Các cơ quan báo chí;
- Ủy ban nhân dân các xã, phường.

Sở Văn hóa, Thể thao và Du lịch đề nghị:

1. Các cơ quan báo chí: Tăng thời lượng thông tin về thành tựu bảo đảm quyền con người.

2. Đối với Ủy ban nhân dân các xã, phường

- Đẩy mạnh tuyên truyền trên hệ thống thông tin cơ sở.
"""
    found = parse(Source(text, "txt"))["tasks"]
    assert summary(found) == [  # type: ignore[arg-type]
        ("1", "Tăng thời lượng thông tin về thành tựu bảo đảm quyền con người",
         ["Các cơ quan báo chí"], []),
        ("2", "Đẩy mạnh tuyên truyền trên hệ thống thông tin cơ sở",
         ["Ủy ban nhân dân các xã, phường"], [])]


def test_tasks_headed_by_their_number_in_words() -> None:
    found = tasks("""II. NHIỆM VỤ VÀ GIẢI PHÁP

Nhiệm vụ 1: Tuyên truyền về dịch vụ công trực tuyến

- Đơn vị chủ trì: Công an tỉnh.

Hoạt động 2. Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.
""")
    assert [(t["code"], t["lead_units"]) for t in found] == [
        ("II.1", ["Công an tỉnh"]), ("II.2", ["Sở Khoa học và Công nghệ"])]
