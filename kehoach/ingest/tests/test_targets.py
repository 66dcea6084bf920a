"""Numeric targets, and the many numbers in a plan that are not targets."""

from typing import Any

import pytest

from kehoach.ingest.lines import split_lines
from kehoach.ingest.parse import parse
from kehoach.ingest.source import Source
from kehoach.ingest.targets import Target, targets_in_line


def targets(text: str, *, aimed: bool = False, deadline: str | None = None) -> list[Target]:
    return targets_in_line(split_lines(text)[0], aimed=aimed, deadline=deadline)


def values(found: list[Target]) -> list[tuple[float, float | None, str]]:
    return [(t.value, t.value_max, t.unit) for t in found]


def test_percentages_ranges_and_counts() -> None:
    assert values(targets("15 - 20% sản phẩm truyền thông về quyền con người được thể hiện bằng "
                          "tiếng dân tộc thiểu số", aimed=True)) == [(15, 20, "%")]
    assert values(targets("Hằng năm, tổ chức ít nhất 02 lớp tập huấn cho khoảng 120 học viên")) == [
        (2, None, "lớp tập huấn"), (120, None, "học viên")]
    assert values(targets("2.000 cuốn sổ tay hỏi - đáp", aimed=True)) == [(2000, None, "cuốn")]


def test_counts_of_enterprises_households_and_villages() -> None:
    assert values(targets("Ít nhất 500 doanh nghiệp, hợp tác xã, hộ kinh doanh được hỗ trợ ứng "
                          "dụng thương mại điện tử")) == [(500, None, "doanh nghiệp")]
    assert values(targets("Hỗ trợ 1.200 hộ gia đình và 35 thôn, 12 ấp", aimed=True)) == [
        (1200, None, "hộ gia đình"), (35, None, "thôn"), (12, None, "ấp")]
    assert values(targets("Phấn đấu tối thiểu 80 hợp tác xã tham gia sàn thương mại điện tử")) == [
        (80, None, "hợp tác xã")]


def test_aim_words_outside_a_targets_section() -> None:
    [found] = targets("Phấn đấu 100% cán bộ làm công tác thông tin đối ngoại được tập huấn, bồi "
                      "dưỡng kiến thức, kỹ năng truyền thông về quyền con người.")
    assert found.value == 100
    assert found.text.startswith("Phấn đấu 100% cán bộ")


def test_deadline_written_in_the_line_wins() -> None:
    [found] = targets("Đến năm 2025, 100% cơ quan báo chí của tỉnh có chuyên trang, chuyên mục",
                      deadline="2028-12-31")
    assert found.deadline == "2025-12-31"


def test_document_numbers_dates_and_periods_are_never_targets() -> None:
    text = ("Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ; quy định tại "
            "Điều 3 Nghị định số 72/2015/NĐ-CP, giai đoạn 2023 - 2028, dự kiến Quý II/2024")
    assert targets(text) == []
    assert targets(text, aimed=True) == []  # not even under "Mục tiêu"


@pytest.mark.parametrize(
    "text",
    [
        # What was done, in a report: no word announces an aim.
        "Các cơ quan báo chí của tỉnh đăng tải 126 tin, bài, ảnh; phát sóng 38 phóng sự",
        "Tiếp tục triển khai trên địa bàn 124 xã, phường; nâng cao nhận thức",
    ],
)
def test_counts_without_an_aim_are_not_targets(text: str) -> None:
    assert targets(text) == []


def test_only_the_clause_that_announces_the_aim() -> None:
    found = targets("Năm 2024, các cơ quan báo chí đã đăng 350 tin, bài; phấn đấu năm 2025 đạt "
                    "400 tin, bài.")
    assert values(found) == [(400, None, "tin")]


def plan_targets(body: str) -> list[dict[str, Any]]:
    text = "KẾ HOẠCH\nTruyền thông về quyền con người năm 2024\n\n" + body
    return parse(Source(text, "txt"))["targets"]  # type: ignore[return-value]


def test_targets_section_task_products_and_deadlines() -> None:
    found = plan_targets("""I. MỤC TIÊU

1. 100% trang thông tin điện tử của các huyện duy trì chuyên mục về quyền con người.

II. NHIỆM VỤ

1. Biên soạn, phát hành sổ tay hỏi - đáp về quyền con người

Sở Tư pháp phát hành trên 3 chuyên mục đã có (năm 2023).

- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Thời gian hoàn thành: Quý III/2024.
- Kết quả/sản phẩm: 2.000 cuốn sổ tay hỏi - đáp cấp phát đến các xã, phường, thị trấn.

2. Sản xuất chương trình phát thanh bằng tiếng dân tộc. Đài Phát thanh và Truyền hình tỉnh \
chủ trì sản xuất, phát sóng ít nhất 08 chương trình; thời gian thực hiện: Quý IV/2024.
""")
    assert [(t["value"], t["unit"], t["deadline"]) for t in found] == [
        (100, "%", "2024-12-31"),
        (2000, "cuốn", "2024-09-30"),  # the product line: what the task delivers, by its end
        (8, "chương trình", "2024-12-31"),  # in the task's own sentence, after "ít nhất"
    ]


def test_the_nearest_heading_decides_whether_numbers_are_aims() -> None:
    found = plan_targets("""I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU

1. Mục đích

Cụ thể hóa Đề án ở một tỉnh có 124 xã, phường và 7 dân tộc cùng sinh sống.

2. Chỉ tiêu

- Phấn đấu 70% cán bộ chủ chốt cấp xã được quán triệt nội dung Đề án.
""")
    assert [t["value"] for t in found] == [70]


def test_figures_of_results_are_no_targets() -> None:
    line = ("Năm 2023, các cơ quan báo chí đã đăng tải 1.250 tin, bài, đã đạt 120% kế hoạch; số xã "
            "có trang thông tin điện tử đạt tỷ lệ 91,4%; hội nghị có 280 đại biểu tham dự.")
    assert targets(line, aimed=True) == []
    assert values(targets("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tỷ lệ 95% trở lên")) == [
        (95, None, "%")]


def test_a_deadline_without_the_word_year() -> None:
    [found] = targets("Phấn đấu đến 2028, 80% học sinh được giáo dục về quyền con người")
    assert found.deadline == "2028-12-31"


def test_a_label_governs_the_list_and_the_clauses_after_it() -> None:
    found = plan_targets("""II. NHIỆM VỤ

1. Phát hành tài liệu tuyên truyền

- Đơn vị chủ trì: Sở Tư pháp.

- Thời gian thực hiện: Quý IV/2025.

Phấn đấu đến 2027:

+ 15.000 tờ gấp về phòng, chống mua bán người;

+ 1.000 đầu sách pháp luật cho tủ sách cơ sở.

Đã phát hành 800 cuốn trong năm 2024.

Mục tiêu đến năm 2026: 20 cụm loa truyền thanh thông minh; 90% thôn, tổ dân phố có tủ sách.
""")
    assert [(t["value"], t["deadline"]) for t in found] == [
        (15000, "2027-12-31"), (1000, "2027-12-31"), (20, "2026-12-31"), (90, "2026-12-31")]
    assert [t["unit"] for t in found[:3]] == ["tờ gấp", "đầu sách", "cụm loa"]


def test_a_heading_of_specific_aims_sets_its_deadline_and_counts_any_noun() -> None:
    found = plan_targets("""I. MỤC TIÊU

1. Mục tiêu chung

Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về quyền con người.

2. Mục tiêu cụ thể đến năm 2026

- Phát hành 03 bộ tài liệu song ngữ;

- 70% cán bộ cơ sở được tập huấn.
""")
    assert [(t["value"], t["deadline"]) for t in found] == [(3, "2026-12-31"), (70, "2026-12-31")]


def test_a_label_line_governs_the_lettered_points_under_it() -> None:
    found = plan_targets("""I. MỤC TIÊU

2. Mục tiêu cụ thể

Phấn đấu đến năm 2025:

a) 80% cán bộ được tập huấn;

b) Phát hành 5.000 tờ gấp.

Đến năm 2027:

c) 100% xã có chuyên mục về quyền con người.
""")
    assert [(t["value"], t["unit"], t["deadline"]) for t in found] == [
        (80, "%", "2025-12-31"), (5000, "tờ gấp", "2025-12-31"), (100, "%", "2027-12-31")]
