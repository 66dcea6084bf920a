"""Lines broken where the page ended are joined back; headings, items and rows stay apart."""

from kehoach.ingest.readers import read_bytes
from kehoach.ingest.readers.unwrap import continuations, rejoin_text, wrap_width


def paragraphs(text: str) -> list[str]:
    return [line for line in rejoin_text(text).split("\n") if line]


def test_a_line_going_on_in_lower_case_is_joined_even_in_unwrapped_text() -> None:
    assert paragraphs("Phối hợp: Đài Phát thanh và Truyền hình\ntỉnh Bà Rịa - Vũng Tàu.") == [
        "Phối hợp: Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu."]
    assert paragraphs("Bà Rịa, ngày 17\ntháng 11 năm 2023") == ["Bà Rịa, ngày 17 tháng 11 năm 2023"]


def test_a_divided_name_and_a_label_without_its_value_are_joined() -> None:
    assert paragraphs("TỈNH BÀ RỊA -\nVŨNG TÀU") == ["TỈNH BÀ RỊA - VŨNG TÀU"]
    assert paragraphs("Số:\n1234/KH-UBND") == ["Số: 1234/KH-UBND"]
    assert paragraphs("Kế hoạch số 58/KH-\nUBND ngày 10/3/2023") == [
        "Kế hoạch số 58/KH-UBND ngày 10/3/2023"]


def test_headings_items_rows_and_header_cells_stay_apart() -> None:
    text = "\n".join([
        "II. NHIỆM VỤ", "1. Sản xuất, đăng phát các sản phẩm truyền thông",
        "Triển khai sản xuất các sản phẩm thông tin", "- Đơn vị chủ trì: Sở Tư pháp",
        "- Đơn vị phối hợp: Công an tỉnh", "a) Lồng ghép", "| STT | Nội dung |", "| 1 | Tin |",
        "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH BÀ RỊA - VŨNG TÀU\tĐộc lập - Tự do - Hạnh phúc",
    ])
    assert paragraphs(text) == text.split("\n")


def test_wrapped_text_is_recognised_by_its_column() -> None:
    wrapped = ["Tăng cường công tác thông tin, tuyên truyền về quyền con người,"] * 9
    assert wrap_width(wrapped) == len(wrapped[0])
    assert wrap_width(["Một đoạn văn dài " * 12, "Ngắn"] * 6) is None


def test_in_wrapped_text_a_cut_line_goes_on_before_a_capital() -> None:
    lines = [
        "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các",
        "sở, ngành, địa phương tổ chức thực hiện; định kỳ báo cáo kết quả về",
        "Ủy ban nhân dân tỉnh trước ngày 15/12/2025. Kinh phí thực hiện từ",
        "nguồn ngân sách tỉnh.",
        "1. Tổ chức tập huấn kỹ năng truyền thông về quyền con người",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Tuyên",
        "giáo Tỉnh ủy tổ chức 02 lớp tập huấn cho phóng viên, biên tập viên.",
        "2. Biên soạn tài liệu hỏi - đáp về quyền con người cho hòa giải viên",
        "Sở Tư pháp chủ trì; thời gian: Quý III/2025.",
    ]
    assert continuations(lines) == [False, True, True, True, False, False, True, False, False]


def test_every_reader_of_text_rejoins() -> None:
    text = ("Đơn vị chủ trì: Đài Phát thanh và Truyền hình\ntỉnh Đồng Nai.\n").encode()
    assert read_bytes(text, "plan.txt").text == (
        "Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh Đồng Nai.\n")


def test_a_table_copied_from_a_web_page_is_read_as_table_rows() -> None:
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TT\tNội dung\tCơ quan chủ trì\tThời gian\n"
            "1\tTuyên truyền trên báo chí\tSở Thông tin và Truyền thông\tQuý II/2024\n")
    assert read_bytes(text.encode(), "plan.txt").text.split("\n") == [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "| TT | Nội dung | Cơ quan chủ trì | Thời gian |",
        "| 1 | Tuyên truyền trên báo chí | Sở Thông tin và Truyền thông | Quý II/2024 |",
        ""]
