"""The bulk-entry workbook: the template as Excel opens it, and reading filled copies back."""

import io
import zipfile
from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook, load_workbook

from records.models import Language, Product
from records.services import product_create, topic_create
from records.spreadsheet import EXAMPLE_TITLE, build_template, read_rows
from records.tests.builders import FIVE_ROWS, filled

pytestmark = pytest.mark.django_db

def by_number(rows: list) -> dict[int, Any]:
    return {row.number: row for row in rows}


def test_it_builds_a_template_excel_opens_with_drop_downs(reporter) -> None:
    workbook = load_workbook(io.BytesIO(build_template(reporter)))
    sheet, lists = workbook["Sản phẩm"], workbook["Danh mục"]
    assert lists.sheet_state == "hidden"
    assert [cell.value for cell in sheet[1]] == [
        "Tên sản phẩm", "Loại", "Kênh", "Nền tảng (mạng xã hội)",
        "Ngôn ngữ (có thể nhiều, cách nhau bằng dấu phẩy)", "Ngày đăng/phát (dd/mm/yyyy)",
        "Đơn vị thực hiện", "Đường dẫn", "Thời lượng (phút)", "Chủ đề", "Mã nhiệm vụ"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > 30
    validations = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert {key: v.formula1 for key, v in validations.items()} == {
        "B2": "DsLoai", "C2": "DsKenh", "E2": "DsNgonNgu", "G2": "DsDonVi"}
    assert all(v.type == "list" for v in validations.values())

    def listed(name: str) -> list[str]:
        _sheet, cells = next(workbook.defined_names[name].destinations)
        return [row[0].value for row in lists[cells.replace("$", "")]]

    assert "Phóng sự" in listed("DsLoai") and "Báo in" in listed("DsKenh")
    assert {"Tiếng Việt", "Tiếng Khmer"} <= set(listed("DsNgonNgu"))
    assert listed("DsDonVi") == ["Báo Sóc Trăng"]  # a reporter's own units only
    example = sheet["A2"]
    assert example.value == str(EXAMPLE_TITLE)
    assert example.font.italic and example.font.color.rgb.endswith("808080")


def test_a_coordinator_gets_every_unit_that_exists_today_in_the_list(coordinator) -> None:
    workbook = load_workbook(io.BytesIO(build_template(coordinator)))
    _sheet, cells = next(workbook.defined_names["DsDonVi"].destinations)
    units = [row[0].value for row in workbook["Danh mục"][cells.replace("$", "")]]
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" in units and len(units) > 20
    # Sóc Trăng's units ended on 30/6/2025: a new row cannot choose them.
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" not in units


def test_it_reads_good_rows_and_names_each_bad_cell(reporter, unit) -> None:
    rows = by_number(read_rows(filled(reporter, FIVE_ROWS), user=reporter))
    assert sorted(rows) == [3, 4, 5, 6, 7]  # the example row is skipped
    assert [rows[n].status for n in sorted(rows)] == ["ok", "error", "error", "ok", "ok"]
    assert rows[4].errors == [("Kênh", "Không có kênh “Báo giấy” trong danh sách; chọn một "
                               "trong: Báo in, Báo điện tử, Truyền hình, Phát thanh, Cổng/trang "
                               "thông tin điện tử, Mạng xã hội, Truyền thanh cơ sở, Khác.")]
    assert rows[5].errors == [("Ngày đăng/phát", "Ngày 31/02/2024 không có thật.")]
    first = rows[3].values
    assert first["published_on"] == date(2024, 6, 3) and first["unit"] == unit("ST-BAO")
    assert first["kind"] == "article" and first["channel"] == "online"
    assert [t.code for t in first["tasks"]] == ["II.1"]
    infographic = rows[6].values  # new tone placement, lower case, no diacritics
    assert (infographic["kind"], infographic["channel"]) == ("infographic", "social")
    assert [lang.code for lang in infographic["languages"]] == ["vi"]
    assert infographic["unit"] == unit("ST-BAO")
    video = rows[7].values  # Khmer and Vietnamese in one cell; minutes stored as text
    assert [lang.code for lang in video["languages"]] == ["km", "vi"]
    assert video["duration_minutes"] == 12


@pytest.mark.parametrize(("typed", "expected"), [
    ("06/5/2024", date(2024, 5, 6)), ("6-5-2024", date(2024, 5, 6)),
    ("06.05.2024", date(2024, 5, 6)), ("2024-05-06", date(2024, 5, 6)),
    ("ngày 06 tháng 5 năm 2024", date(2024, 5, 6)), (date(2024, 5, 6), date(2024, 5, 6)),
])
def test_dates_are_read_day_first_as_text_or_real_dates(reporter, typed, expected) -> None:
    row = {**FIVE_ROWS[0], "published_on": typed}
    [read] = read_rows(filled(reporter, [row]), user=reporter)
    assert read.values["published_on"] == expected


@pytest.mark.parametrize(("typed", "message"), [
    ("06/5/24", "Ghi năm đủ bốn chữ số"), ("tháng 5", "Không đọc được ngày “tháng 5”"),
    (None, "Chưa ghi ngày đăng/phát."),
])
def test_a_date_it_cannot_read_is_an_error_of_its_column(reporter, typed, message) -> None:
    row = {**FIVE_ROWS[0], "published_on": typed}
    [read] = read_rows(filled(reporter, [row]), user=reporter)
    assert read.errors[0][0] == "Ngày đăng/phát" and read.errors[0][1].startswith(message)


def test_numbers_stored_as_text_or_as_numbers_are_read(reporter) -> None:
    rows = [{**FIVE_ROWS[4], "title": f"Video {i}", "duration_minutes": value, "link": None}
            for i, value in enumerate([15, 15.0, " 15 ", "15 phút", "1,5"])]
    read = read_rows(filled(reporter, rows), user=reporter)
    assert [row.values.get("duration_minutes") for row in read[:4]] == [15, 15, 15, 15]
    assert read[4].errors[0][0] == "Thời lượng"


def test_khmer_script_is_kept_and_legacy_font_text_converted(reporter) -> None:
    rows = [{**FIVE_ROWS[0], "title": "ព័ត៌មានអំពីសិទ្ធិមនុស្ស", "languages": "Tiếng Khmer"},
            {**FIVE_ROWS[0], "title": "Quyền con người", "link": None,
             "unit": "B¸o Sãc Tr¨ng"}]  # typed in .VnTime
    khmer, legacy = read_rows(filled(reporter, rows), user=reporter)
    assert khmer.values["title"] == "ព័ត៌មានអំពីសិទ្ធិមនុស្ស"
    assert legacy.values["unit"].name == "Báo Sóc Trăng"


def test_a_reporter_cannot_import_rows_of_another_unit(reporter) -> None:
    row = {**FIVE_ROWS[0], "unit": "Đài Phát thanh và Truyền hình Sóc Trăng"}
    [read] = read_rows(filled(reporter, [row]), user=reporter)
    assert read.errors == [("Đơn vị thực hiện", "Anh/chị không được nhập sản phẩm cho Đài Phát "
                            "thanh và Truyền hình Sóc Trăng, chỉ cho đơn vị của mình.")]


def test_a_reporter_of_one_unit_may_leave_the_unit_empty(reporter, unit) -> None:
    [read] = read_rows(filled(reporter, [{**FIVE_ROWS[0], "unit": None}]), user=reporter)
    assert read.values["unit"] == unit("ST-BAO")


def test_units_are_found_by_short_name_or_code(coordinator, unit) -> None:
    rows = [{**FIVE_ROWS[0], "unit": "Đài PT-TH Sóc Trăng"}, {**FIVE_ROWS[0], "unit": "ST-DAI"}]
    read = read_rows(filled(coordinator, rows), user=coordinator)
    assert read[0].values["unit"] == unit("ST-DAI")
    assert read[1].status == "error"  # the same product twice in the file
    assert "Trùng với dòng 3 của tệp" in read[1].errors[0][1]


def test_unknown_kind_language_unit_topic_and_task_are_errors(coordinator) -> None:
    row = {**FIVE_ROWS[0], "kind": "Bài báo dài", "languages": "Tiếng Việt, Tiếng Klingon",
           "unit": "Báo Cà Mau", "topics": "Chủ đề không có", "tasks": "IX.9"}
    [read] = read_rows(filled(coordinator, [row]), user=coordinator)
    assert [column for column, _message in read.errors] == [
        "Loại", "Ngôn ngữ", "Đơn vị thực hiện", "Chủ đề", "Mã nhiệm vụ"]
    assert "“Tiếng Klingon”" in read.errors[1][1]


def test_topics_are_matched_whatever_the_marks(coordinator) -> None:
    upr = topic_create(name="Báo cáo quốc gia theo cơ chế UPR")
    dantoc = topic_create(name="Quyền của đồng bào dân tộc thiểu số")
    row = {**FIVE_ROWS[0], "topics": "bao cao quoc gia theo co che upr; Quyền của đồng bào "
                                     "dân tộc thiểu số"}
    [read] = read_rows(filled(coordinator, [row]), user=coordinator)
    assert read.values["topics"] == [upr, dantoc]


def test_rows_already_recorded_are_marked_not_errors(reporter, unit) -> None:
    product_create(user=reporter, title="SÓC TRĂNG BẢO ĐẢM QUYỀN TIẾP CẬN GIÁO DỤC CHO HỌC SINH "
                   "KHMER", kind="article", channel="online", published_on=date(2024, 6, 3),
                   unit=unit("ST-BAO"), languages=[Language.objects.get(code="vi")])
    product_create(user=reporter, title="Another title", kind="video", channel="social",
                   platform="YouTube", published_on=date(2024, 1, 1), unit=unit("ST-BAO"),
                   link="https://youtube.com/watch?v=okombok",
                   languages=[Language.objects.get(code="km")])
    rows = by_number(read_rows(filled(reporter, FIVE_ROWS), user=reporter))
    assert rows[3].status == "duplicate"  # same unit, title (any case) and date
    assert rows[7].status == "duplicate"  # same unit and link
    assert rows[6].status == "ok"


def test_empty_rows_are_skipped_and_numbers_kept(reporter) -> None:
    rows = [FIVE_ROWS[0], {}, {}, {**FIVE_ROWS[4]}]
    read = read_rows(filled(reporter, rows), user=reporter)
    assert [row.number for row in read] == [3, 6]


def test_headings_may_sit_lower_and_in_another_order(reporter) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH SẢN PHẨM TRUYỀN THÔNG NĂM 2024"])
    sheet.append([])
    sheet.append(["Ngày đăng/phát", "TÊN SẢN PHẨM", "Kênh", "Loại", "Ngôn ngữ"])
    sheet.append(["03/06/2024", "Bài về quyền trẻ em", "Báo điện tử", "Bài", "Tiếng Việt"])
    output = io.BytesIO()
    workbook.save(output)
    [read] = read_rows(output.getvalue(), user=reporter)
    assert read.number == 4 and read.status == "ok"


@pytest.mark.parametrize(("content", "message"), [
    (b"Ten san pham;Loai\nBai;Tin\n", "Tệp không phải là tệp Excel .xlsx"),
    (b"PK\x03\x04 truncated", "Tệp không phải là tệp Excel .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
     "Tệp Excel có đặt mật khẩu"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "Đây là tệp Excel cũ (.xls)"),
])
def test_a_file_it_cannot_read_gets_one_message(reporter, content, message) -> None:
    with pytest.raises(ValidationError) as error:
        read_rows(content, user=reporter)
    assert error.value.messages[0].startswith(message)


def test_a_workbook_without_the_table_gets_one_message(reporter) -> None:
    workbook = Workbook()
    workbook.active.append(["Họ tên", "Số điện thoại"])
    output = io.BytesIO()
    workbook.save(output)
    with pytest.raises(ValidationError) as error:
        read_rows(output.getvalue(), user=reporter)
    assert error.value.code == "layout"
    assert "Tên sản phẩm, Loại, Kênh, Ngôn ngữ, Ngày đăng/phát" in error.value.messages[0]


def test_an_unfilled_template_has_no_rows(reporter) -> None:
    with pytest.raises(ValidationError) as error:
        read_rows(build_template(reporter), user=reporter)
    assert error.value.code == "empty"


def test_too_many_rows_is_refused(reporter, monkeypatch) -> None:
    monkeypatch.setattr("records.spreadsheet.MAX_ROWS", 3)
    with pytest.raises(ValidationError) as error:
        read_rows(filled(reporter, FIVE_ROWS), user=reporter)
    assert error.value.code == "too-many" and "hơn 3 dòng" in error.value.messages[0]


def test_a_part_with_a_dtd_is_refused(reporter) -> None:
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(build_template(reporter))) as source, \
            zipfile.ZipFile(output, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + data[38:]
            target.writestr(item, data)
    with pytest.raises(ValidationError):
        read_rows(output.getvalue(), user=reporter)
    assert not Product.objects.exists()
