"""The numbered outline: Roman parts, Arabic items, lettered sub-items, and their codes."""

import pytest

from kehoach.ingest.lines import split_lines
from kehoach.ingest.outline import build_outline, heading_of


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "roman", "II"),
        ("PHẦN II. KẾT QUẢ THỰC HIỆN", "roman", "II"),
        ("IV - KINH PHÍ THỰC HIỆN", "roman", "IV"),
        ("3. Tổ chức Cuộc thi viết tìm hiểu về quyền con người", "number", "3"),
        ("2.1. Tập huấn kỹ năng truyền thông", "number", "2.1"),
        ("2.1 Tập huấn kỹ năng truyền thông", "number", "2.1"),
        ("a) Mở chuyên mục “Nhân quyền và cuộc sống”", "letter", "a"),
        ("đ) Tổng kết, đánh giá", "letter", "đ"),
        ("b. Tuyên truyền trên hệ thống thông tin cơ sở", "letter", "b"),
    ],
)
def test_headings(text: str, kind: str, label: str) -> None:
    found = heading_of(split_lines(text)[0])
    assert found is not None and found[:2] == (kind, label)


@pytest.mark.parametrize(
    "text",
    ["1.000 cuốn sổ tay hỏi - đáp", "15/3/2024 tổ chức hội nghị", "2024 là năm thứ hai",
     "Vi phạm hành chính", "| 1 | Tổ chức hội nghị |", ""],
)
def test_not_headings(text: str) -> None:
    assert heading_of(split_lines(text)[0]) is None


PLAN = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức.
II. NHIỆM VỤ
1. Truyền thông trên báo chí
a) Mở chuyên mục.
b) Sản xuất phóng sự.
2. Tập huấn
2.1. Tập huấn cho phóng viên
2.2. Tập huấn cho cán bộ cơ sở
| STT | Nội dung | Đơn vị chủ trì | Thời gian |
| 1 | Tổ chức hội nghị | Sở Tư pháp | Quý II/2024 |
Nơi nhận:
1. Bộ Thông tin và Truyền thông
"""


def test_tree_codes_and_end() -> None:
    roots = build_outline(split_lines(PLAN))
    assert [root.code for root in roots] == ["I", "II"]
    codes = [node.code for node in roots[1].walk()]
    # "2.1." under "2." adds only its own number; nothing after "Nơi nhận" belongs to the plan.
    assert codes == ["II", "II.1", "II.1.a", "II.1.b", "II.2", "II.2.1", "II.2.2"]


def test_body_and_rows_stay_with_their_item() -> None:
    roots = build_outline(split_lines(PLAN))
    purpose = roots[0].children[0]
    assert [line.text for line in purpose.body] == ["Nâng cao nhận thức."]
    last = roots[1].walk()[-1]
    assert last.heading.text == "Tập huấn cho cán bộ cơ sở"
    assert len(last.rows) == 2 and last.body == []
