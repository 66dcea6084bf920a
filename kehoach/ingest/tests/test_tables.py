"""Task tables: columns found by their headings, group rows, cells with several paragraphs."""

from typing import Any

from kehoach.ingest.lines import split_lines
from kehoach.ingest.parse import parse
from kehoach.ingest.source import Source
from kehoach.ingest.tables import columns_of, tasks_from_table

HEADING = ("| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện "
           "| Sản phẩm |")
TABLE = f"""{HEADING}
| (1) | (2) | (3) | (4) | (5) | (6) |
| I | Công tác tuyên truyền trên báo chí |
| 1 | Xây dựng, duy trì chuyên mục “Quyền con người và cuộc sống” | Báo Lào Cai<br>Đài Phát \
thanh và Truyền hình tỉnh | Sở Thông tin và Truyền thông; Công an tỉnh | Trong năm 2024 | \
Chuyên mục định kỳ hằng tháng |
| 2 | Sản xuất phóng sự về thành tựu bảo đảm quyền con người | Đài Phát thanh và Truyền hình \
tỉnh | Ban Dân tộc tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố | Quý II và Quý III năm \
2024 | Ít nhất 12 phóng sự |
| II | Tập huấn, bồi dưỡng |
| 3 | Tổ chức tập huấn kỹ năng truyền thông về quyền con người | Sở Thông tin và Truyền thông \
| Ban Tuyên giáo Tỉnh ủy, Hội Nhà báo tỉnh | Tháng 8 - 9/2024 | Lớp tập huấn |
"""


def rows(text: str) -> list[Any]:
    return [line for line in split_lines(text) if line.is_row]


def test_columns_by_their_headings_in_any_order() -> None:
    [heading] = rows("| TT | Thời hạn hoàn thành | Cơ quan phối hợp | Nội dung công việc "
                     "| Cơ quan chủ trì |")
    assert columns_of(heading) == {"code": 0, "timeframe": 1, "coordinating": 2, "title": 3,
                                   "lead": 4}
    [header] = rows("| ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")
    assert columns_of(header) is None


def test_group_rows_are_headings_not_tasks() -> None:
    found = tasks_from_table(rows(TABLE), "III", (2024, 2024))
    # Rows numbered 1, 2, 3 across the groups keep their own number in the code.
    assert [task.code for task in found] == ["III.1", "III.2", "III.3"]
    first, second, third = found
    assert first.lead_units == ["Báo Lào Cai", "Đài Phát thanh và Truyền hình tỉnh"]
    assert first.coordinating_units == ["Sở Thông tin và Truyền thông", "Công an tỉnh"]
    assert second.coordinating_units == ["Ban Dân tộc tỉnh",
                                         "Ủy ban nhân dân các huyện, thị xã, thành phố"]
    assert (second.timeframe or {}).get("start") == "2024-04-01"
    assert (second.timeframe or {}).get("end") == "2024-09-30"
    assert (third.timeframe or {}).get("end") == "2024-09-30"
    assert third.products == "Lớp tập huấn"


def test_numbering_that_restarts_in_each_group_keeps_the_group() -> None:
    table = f"""{HEADING}
| A | TUYÊN TRUYỀN |  |  |  |  |
| 1 | Mở chuyên mục về quyền con người | Báo Bình Phước | Công an tỉnh | Quý I/2024 |  |
| B | TẬP HUẤN |  |  |  |  |
| 1 | Tập huấn nghiệp vụ | Sở Nội vụ | Sở Tư pháp | Quý III/2024 |  |
"""
    found = tasks_from_table(rows(table), None, (2024, 2024))
    assert [task.code for task in found] == ["A.1", "B.1"]


def test_one_units_column_that_marks_roles() -> None:
    table = """| TT | Nội dung | Cơ quan thực hiện | Thời gian |
| 1 | Tổ chức cuộc thi trực tuyến | Sở Tư pháp (chủ trì); Tỉnh Đoàn, Sở Giáo dục và Đào tạo \
(phối hợp) | Quý IV/2024 |
"""
    [task] = tasks_from_table(rows(table), "II", (2024, 2024))
    assert task.lead_units == ["Sở Tư pháp"]
    assert task.coordinating_units == ["Tỉnh Đoàn", "Sở Giáo dục và Đào tạo"]


def test_table_in_an_appendix_after_the_signature() -> None:
    text = f"""KẾ HOẠCH
Truyền thông về quyền con người năm 2024
I. NHIỆM VỤ
(Có Phụ lục kèm theo)
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Tuệ Hiền
PHỤ LỤC
{TABLE}"""
    result = parse(Source(text, "txt"))
    assert [task["title"][:20] for task in result["tasks"]] == [  # type: ignore[union-attr]
        "Xây dựng, duy trì ch", "Sản xuất phóng sự về", "Tổ chức tập huấn kỹ "]
    assert [t["value"] for t in result["targets"]] == [12]  # type: ignore[union-attr]


def test_heading_in_two_rows() -> None:
    """"Đơn vị thực hiện" over "Chủ trì" | "Phối hợp": the .docx reader writes the merged upper
    cell once and leaves the cells merged downwards blank."""
    table = """| STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian |
|  |  | Chủ trì | Phối hợp |  |
| 1 | Tổ chức hội nghị quán triệt | Sở Tư pháp | Công an tỉnh | Quý II/2024 |
"""
    [task] = tasks_from_table(rows(table), "II", (2024, 2024))
    assert (task.title, task.lead_units, task.coordinating_units) == (
        "Tổ chức hội nghị quán triệt", ["Sở Tư pháp"], ["Công an tỉnh"])
    assert (task.timeframe or {}).get("end") == "2024-06-30"


def test_column_words_shared_by_several_headings() -> None:
    [heading] = rows("| TT | Thời gian thực hiện | Nội dung thực hiện | Đơn vị thực hiện |")
    assert columns_of(heading) == {"code": 0, "timeframe": 1, "title": 2, "lead": 3}
