"""The Decree 30 header and signature, as documents reach us: whole, flattened or half lost."""

import json
from pathlib import Path
from typing import Any

import pytest

from kehoach.ingest.names import place_level, with_place
from kehoach.ingest.parse import ingest_file, parse
from kehoach.ingest.source import Source
from kehoach.ingest.textutil import from_capitals

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
______
Số: 215/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 20 tháng 4 năm 2024

KẾ HOẠCH
Triển khai Đề án truyền thông về quyền con người
ở Việt Nam năm 2024 trên địa bàn tỉnh

Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức.

Nơi nhận:
- Như trên;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Hồng Lĩnh
"""


def document(text: str) -> dict[str, Any]:
    return parse(Source(text, "txt"))["document"]  # type: ignore[return-value]


def test_plan_header_and_signature() -> None:
    found = document(PLAN)
    assert (found["kind"], found["type_name"]) == ("plan", "Kế hoạch")
    assert (found["number"], found["symbol"]) == ("215", "KH-UBND")
    assert found["issuer"] == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert (found["place"], found["date"]) == ("Hà Tĩnh", "2024-04-20")
    assert found["title"] == ("Triển khai Đề án truyền thông về quyền con người ở Việt Nam "
                              "năm 2024 trên địa bàn tỉnh")
    assert found["signer"] == {"name": "Nguyễn Hồng Lĩnh", "title": "Phó Chủ tịch",
                               "authority": "TM. ỦY BAN NHÂN DÂN"}


def test_department_is_named_with_the_province_of_its_parent_line() -> None:
    text = PLAN.replace("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "UBND TỈNH KON TUM\nSỞ THÔNG TIN VÀ "
                        "TRUYỀN THÔNG").replace("215/KH-UBND", "88/KH-STTTT")
    found = document(text)
    assert found["issuer"] == "Sở Thông tin và Truyền thông tỉnh Kon Tum"
    assert found["parent_issuer"] == "Ủy ban nhân dân tỉnh Kon Tum"


def test_district_office_is_named_with_its_district() -> None:
    text = PLAN.replace("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "UBND HUYỆN ĐĂK HÀ\nPHÒNG VĂN HÓA VÀ "
                        "THÔNG TIN")
    assert document(text)["issuer"] == "Phòng Văn hóa và Thông tin huyện Đăk Hà"


def test_header_columns_read_side_by_side() -> None:
    """A PDF layer that reads the two header columns line by line, one beside the other."""
    text = ("UBND TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc\n"
            "Số: 123/KH-STTTT Kon Tum, ngày 12 tháng 3 năm 2024\n"
            "KẾ HOẠCH\nTuyên truyền về quyền con người năm 2024\n")
    found = document(text)
    assert found["issuer"] == "Sở Thông tin và Truyền thông tỉnh Kon Tum"
    assert (found["number"], found["symbol"]) == ("123", "KH-STTTT")
    assert (found["place"], found["date"]) == ("Kon Tum", "2024-03-12")


def test_missing_header_lines_issuer_from_the_body_and_blank_date() -> None:
    """A draft without its issuer lines, not yet numbered or dated: "Số: /BC-STTTT"."""
    text = """Số: /BC-STTTT

Bắc Giang, ngày   tháng   năm 2024

BÁO CÁO

Kết quả 6 tháng đầu năm 2024 về công tác thông tin đối ngoại

Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo tỉnh về việc báo cáo \
tình hình, kết quả công tác, Sở Thông tin và Truyền thông báo cáo kết quả cụ thể sau:

I. Công tác chỉ đạo
"""
    found = document(text)
    assert (found["kind"], found["number"], found["symbol"]) == ("report", None, "BC-STTTT")
    assert found["date"] == "2024"
    # "Truyền thông báo cáo": the name ends in "thông", the verb is "báo cáo".
    assert found["issuer"] == "Sở Thông tin và Truyền thông tỉnh Bắc Giang"


def test_official_letter_keeps_its_v_v_title() -> None:
    text = """UBND TỈNH KON TUM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1020/STTTT-TTBCXB
V/v đẩy mạnh truyền thông về quyền
con người trên địa bàn tỉnh.
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Kon Tum, ngày 10 tháng 6 năm 2024
Kính gửi: Các sở, ban, ngành.
"""
    found = document(text)
    assert (found["kind"], found["type_name"]) == ("official_letter", "Công văn")
    assert found["title"] == "V/v đẩy mạnh truyền thông về quyền con người trên địa bàn tỉnh"


def test_party_document() -> None:
    text = """TỈNH ỦY KON TUM
*
Số 45-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Kon Tum, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị
I. MỤC ĐÍCH
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Hòa
"""
    found = document(text)
    assert (found["number"], found["symbol"]) == ("45", "KH/TU")
    assert found["issuer"] == "Tỉnh ủy Kon Tum"
    assert found["signer"]["name"] == "Nguyễn Văn Hòa"


def test_header_flattened_from_a_table() -> None:
    """A .docx header is a borderless table; its title opens with a verb ("Thực hiện")."""
    text = ("| ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI<br>Số: 112/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Lào Cai, ngày 12 tháng 3 năm 2024 |\n\n"
            "KẾ HOẠCH\n\nThực hiện Đề án truyền thông về quyền con người ở Việt Nam\n\n"
            "trên địa bàn tỉnh Lào Cai năm 2024\n\nCăn cứ Luật Báo chí;\n\n"
            "| Nơi nhận:<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>"
            "Nông Thị Thu Hằng |\n")
    found = document(text)
    assert found["issuer"] == "Ủy ban nhân dân tỉnh Lào Cai"
    assert (found["place"], found["date"]) == ("Lào Cai", "2024-03-12")
    assert found["title"] == ("Thực hiện Đề án truyền thông về quyền con người ở Việt Nam trên "
                              "địa bàn tỉnh Lào Cai năm 2024")
    assert found["signer"]["name"] == "Nông Thị Thu Hằng"


def test_news_article() -> None:
    """A cited plan number is not the article's own, and the breadcrumb is not its headline."""
    text = """Trang chủ » Chính trị » Thông tin đối ngoại
Cập nhật: 10:30 | 22/04/2024
Quảng Nam: Tập huấn kỹ năng truyền thông về quyền con người năm 2024
Theo Kế hoạch số 88/KH-UBND ngày 15/3/2024 của UBND tỉnh, năm 2024 tỉnh phấn đấu 100% cán bộ \
được tập huấn.
"""
    found = document(text)
    assert (found["kind"], found["number"], found["symbol"]) == ("article", None, None)
    assert found["title"] == "Quảng Nam: Tập huấn kỹ năng truyền thông về quyền con người năm 2024"
    assert found["date"] == "2024-04-22"


@pytest.mark.parametrize(
    ("capitals", "written"),
    [
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
        ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
        ("TỈNH ỦY KON TUM", "Tỉnh ủy Kon Tum"),
        ("Sở Y tế", "Sở Y tế"),
    ],
)
def test_from_capitals(capitals: str, written: str) -> None:
    assert from_capitals(capitals) == written


@pytest.mark.parametrize(
    ("name", "place", "written"),
    [
        ("Sở Y tế", "Kon Tum", "Sở Y tế tỉnh Kon Tum"),
        ("Công an tỉnh", "Kon Tum", "Công an tỉnh Kon Tum"),
        ("Sở Y tế tỉnh Kon Tum", "Kon Tum", "Sở Y tế tỉnh Kon Tum"),
        ("Sở Y tế", "TP. Hồ Chí Minh", "Sở Y tế thành phố Hồ Chí Minh"),
        ("Văn phòng", "Gia Lai", "Văn phòng Ủy ban nhân dân tỉnh Gia Lai"),
    ],
)
def test_with_place(name: str, place: str, written: str) -> None:
    assert with_place(name, *place_level(place)) == written


@pytest.mark.parametrize(
    ("issuer_lines", "issuer"),
    [
        ("SỞ Y TẾ", "Sở Y tế tỉnh Đồng Nai"),
        ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân tỉnh Đồng Nai"),
        ("CÔNG AN TỈNH", "Công an tỉnh Đồng Nai"),
    ],
)
def test_lost_parent_line_place_from_the_date_line(issuer_lines: str, issuer: str) -> None:
    text = (f"{issuer_lines}\nSố: 12/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Đồng Nai, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nTruyền thông năm 2024\n")
    assert document(text)["issuer"] == issuer


def test_signature_written_in_sentence_case() -> None:
    text = PLAN.replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                        "KT. Chủ tịch\nPhó Chủ tịch\n\n(Đã ký)")
    assert document(text)["signer"]["name"] == "Nguyễn Hồng Lĩnh"


def test_signature_laid_out_beside_the_recipients() -> None:
    # "pdftotext -layout": the recipients on the left, the signature on the right of each line.
    closing = """Nơi nhận:                                               TM. ỦY BAN NHÂN DÂN
- UBND thành phố Cần Thơ (b/c);                                CHỦ TỊCH
- TT. Đảng ủy, TT. HĐND xã;
- CT, các PCT UBND xã;                                       Trần Văn Lực
- Lưu: VT.
"""
    text = PLAN[:PLAN.index("Nơi nhận:")] + closing
    result = parse(Source(text, "txt"))
    assert result["document"]["signer"] == {  # type: ignore[index]
        "name": "Trần Văn Lực", "title": "Chủ tịch", "authority": "TM. ỦY BAN NHÂN DÂN"}
    assert result["recipients"] == ["UBND thành phố Cần Thơ (b/c)", "TT. Đảng ủy, TT. HĐND xã",
                                    "CT, các PCT UBND xã", "Lưu: VT"]


def test_rule_run_into_the_title_is_not_part_of_it() -> None:
    text = PLAN.replace("năm 2024 trên địa bàn tỉnh\n", "năm 2024 trên địa bàn tỉnh ___________\n")
    assert document(text)["title"] == ("Triển khai Đề án truyền thông về quyền con người ở Việt "
                                       "Nam năm 2024 trên địa bàn tỉnh")


def test_article_headline_below_the_site_name_and_no_issuer() -> None:
    text = """Báo Bình Định điện tử

Thứ Ba, 18/03/2025 - 15:42

Bình Định triển khai Kế hoạch truyền thông về quyền con người năm 2025

(BĐ) - UBND tỉnh vừa ban hành Kế hoạch số 120/KH-UBND ngày 15/3/2025.

THU HÀ
"""
    found = document(text)
    assert found["kind"] == "article"
    assert found["title"] == ("Bình Định triển khai Kế hoạch truyền thông về quyền con người "
                              "năm 2025")
    assert (found["issuer"], found["date"]) == (None, "2025-03-18")


SHAPES = Path(__file__).parent / "shapes"


@pytest.mark.parametrize("name", sorted(path.stem for path in SHAPES.glob("header-*.json")))
def test_header_shapes_read_exactly_as_their_gold(name: str) -> None:
    """The shapes' gold, field by field and exactly (the scorer lets names differ a little)."""
    expected = json.loads((SHAPES / f"{name}.json").read_text(encoding="utf-8"))["document"]
    document_path = next(SHAPES / (name + ext) for ext in (".txt", ".docx")
                         if (SHAPES / (name + ext)).exists())
    found = ingest_file(document_path)["document"]
    for field, value in expected.items():
        if field == "signer":
            assert found["signer"]["name"] == value["name"], field
        else:
            assert found[field] == value, field


@pytest.mark.parametrize(("value_lines", "number", "date"), [
    ("Số:\n\n58/KH-UBND\nLạng Sơn, ngày 14\ntháng 3 năm 2024", "58", "2024-03-14"),
    ("Số: 58/KH-UBND\nLạng Sơn, ngày 14 tháng\n03 năm 2024", "58", "2024-03-14"),
    ("Số:\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n58/KH-UBND\nLạng Sơn, ngày 14 tháng 3 năm 2024",
     "58", "2024-03-14"),
])
def test_a_value_wrapped_onto_the_next_line_of_its_cell(value_lines: str, number: str,
                                                        date: str) -> None:
    found = document("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n" + value_lines
                     + "\nKẾ HOẠCH\nCông tác phổ biến, giáo dục pháp luật năm 2024\n\n"
                     "Căn cứ Luật Phổ biến, giáo dục pháp luật;\n")
    assert (found["number"], found["symbol"], found["date"]) == (number, "KH-UBND", date)
    assert found["issuer"] == "Ủy ban nhân dân tỉnh Lạng Sơn"
