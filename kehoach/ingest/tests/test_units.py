"""Unit lists as plans write them: commas and "và" inside names as well as between them."""

import pytest

from kehoach.ingest.units import clean_unit, split_units, starts_unit


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A department named after several sectors keeps its commas and its "và".
        ("Sở Văn hóa, Thể thao và Du lịch, Báo Sóc Trăng và các sở, ban, ngành",
         ["Sở Văn hóa, Thể thao và Du lịch", "Báo Sóc Trăng", "các sở, ban, ngành"]),
        ("Sở Lao động - Thương binh và Xã hội; Công an tỉnh",
         ["Sở Lao động - Thương binh và Xã hội", "Công an tỉnh"]),
        # "các huyện, thị xã, thành phố" is one addressee, not three.
        ("Ủy ban nhân dân các huyện, thị xã, thành phố",
         ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
        ("Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông các huyện, thành phố",
         ["Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông các huyện, thành phố"]),
        ("Sở Tư pháp và Ban Dân tộc tỉnh.", ["Sở Tư pháp", "Ban Dân tộc tỉnh"]),
        ("Văn phòng Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ",
         ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ"]),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh, Hội Người cao tuổi tỉnh",
         ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Hội Người cao tuổi tỉnh"]),
        # The office of both councils is one unit, whose level only its last body takes.
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã và các ấp",
         ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "các ấp"]),
        ("Văn phòng HĐND và UBND huyện, Công an huyện",
         ["Văn phòng HĐND và UBND huyện", "Công an huyện"]),
        ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh; Sở Nội vụ",
         ["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "Sở Nội vụ"]),
        ("Văn phòng UBND tỉnh, UBND các huyện", ["Văn phòng UBND tỉnh", "UBND các huyện"]),
        # A branch is named after its parent, after a dash.
        ("Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi; Sở Tài chính",
         ["Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi", "Sở Tài chính"]),
        ("Ngân hàng Chính sách xã hội - Phòng giao dịch huyện Ba Tơ",
         ["Ngân hàng Chính sách xã hội - Phòng giao dịch huyện Ba Tơ"]),
        # A team ("Tổ") opens a unit; "Tổ quốc" inside the Front's name does not.
        ("Công an xã, Tổ công nghệ số cộng đồng các ấp",
         ["Công an xã", "Tổ công nghệ số cộng đồng các ấp"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tổ công tác liên ngành",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tổ công tác liên ngành"]),
    ],
)
def test_split_units(text: str, units: list[str]) -> None:
    assert split_units(text) == units


def test_table_cell_paragraphs_are_separate_units() -> None:
    assert split_units("Báo Lào Cai<br>Đài Phát thanh và Truyền hình tỉnh") == [
        "Báo Lào Cai", "Đài Phát thanh và Truyền hình tỉnh"]


def test_role_notes_and_trailing_verbs_are_dropped() -> None:
    assert split_units("Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh thực hiện") == [
        "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]
    assert clean_unit("- Sở Nội vụ (chủ trì);") == "Sở Nội vụ"


def test_duplicates_and_empty_text() -> None:
    assert split_units("Sở Nội vụ (chủ trì); Sở Nội vụ") == ["Sở Nội vụ"]
    assert split_units(" ; . ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Y tế", True),
        ("Ủy ban nhân dân tỉnh", True),
        ("UBND huyện Đăk Hà", True),
        ("các cơ quan, đơn vị", True),
        # Lower-case "ban", "phòng" are the tail of a list ("các sở, ban, ngành").
        ("ban, ngành", False),
        ("phòng Văn hóa", False),
        ("Tổ chức hội nghị", False),
        ("Tổ dân phố số 3", True),
        ("Tổ quốc Việt Nam", False),
        ("", False),
    ],
)
def test_starts_unit(text: str, expected: bool) -> None:
    assert starts_unit(text) is expected
