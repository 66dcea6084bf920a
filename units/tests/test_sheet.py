import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from units.models import Unit, UnitKind
from units.sheet import build_template

# (name, short name, kind, code, parent) from row 3, under the template's example row.
ROWS = [
    ("Trung tâm Truyền thông thành phố Cần Thơ", "TTTT Cần Thơ", "Khác", "CT-TTTT",
     "Ủy ban nhân dân thành phố Cần Thơ"),
    ("Phòng Thông tin đối ngoại", "", "Sở, ban, ngành", "CT-TTDN",
     "Trung tâm Truyền thông thành phố Cần Thơ"),  # a unit of a row above
    ("Hội Nhà báo thành phố Cần Thơ", "", "to chuc chinh tri - xa hoi, doan the", "",
     "UBND TP Cần Thơ"),  # kind typed without marks, parent by its short name
    ("Tạp chí Văn nghệ Cần Thơ", "", "Press", "", "UBND TP Cần Thơ"),  # kind by its code
    ("", "", "Khác", "", ""),  # no name
    ("Câu lạc bộ Phóng viên trẻ", "", "Câu lạc bộ", "", ""),  # no such kind
    ("Trung tâm Văn hóa", "", "Khác", "CT-TTTT", ""),  # the code of row 3 again
    ("Chi hội Nhà báo", "", "Khác", "", "Hội Nhà báo tỉnh Bạc Liêu"),  # no such parent
]


def filled(rows) -> bytes:
    workbook = load_workbook(io.BytesIO(build_template()))
    sheet = workbook.worksheets[0]
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number, column=column, value=value or None)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def upload(client, data: bytes, name: str = "don-vi-can-tho.xlsx"):
    return client.post(reverse("units:sheet"), {"file": SimpleUploadedFile(name, data)})


def test_the_template_has_drop_downs_of_kinds_and_units(administrator) -> None:
    workbook = load_workbook(io.BytesIO(build_template()))
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == [
        "Tên đơn vị", "Tên viết tắt", "Loại đơn vị", "Mã đơn vị (để nhập lại không bị trùng)",
        "Đơn vị cấp trên"]
    formulas = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert formulas == {"DsLoaiDonVi", "DsDonViCapTren"}
    lists = workbook.worksheets[1]
    assert lists.sheet_state == "hidden"
    assert "Cơ quan báo chí" in [c.value for c in lists["A"]]
    assert "Ủy ban nhân dân thành phố Cần Thơ" in [c.value for c in lists["B"]]


def test_the_preview_shows_each_bad_row_in_vietnamese_and_saves_nothing(client_as) -> None:
    count = Unit.objects.count()
    response = upload(client_as("administrator"), filled(ROWS))

    assert response.status_code == 200
    text = response.text
    assert "4 đơn vị sẽ được tạo" in text
    assert "4 dòng có lỗi" in text
    assert 'id="row-10"' in text
    assert "Không có đơn vị cấp trên “Hội Nhà báo tỉnh Bạc Liêu”" in text
    assert "Thiếu tên đơn vị." in text
    assert "Không có loại đơn vị “Câu lạc bộ”" in text
    assert "Mã CT-TTTT đã có ở dòng 3 của tệp." in text
    assert Unit.objects.count() == count


def test_confirming_creates_the_good_rows_and_a_second_time_nothing(client_as, unit) -> None:
    client = client_as("administrator")
    preview = upload(client, filled(ROWS[:3]))
    payload = preview.context["payload"]

    response = client.post(reverse("units:sheet_confirm"), {"payload": payload}, follow=True)

    assert "3 tạo mới, 0 cập nhật, 0 không đổi, 0 dòng có lỗi" in response.text
    centre = Unit.objects.get(code="CT-TTTT")
    assert (centre.parent, centre.kind) == (unit("CT"), UnitKind.OTHER)
    assert Unit.objects.get(code="CT-TTDN").parent == centre
    press = Unit.objects.get(name="Hội Nhà báo thành phố Cần Thơ")
    assert (press.parent, press.kind) == (unit("CT"), UnitKind.MASS_ORGANISATION)
    count = Unit.objects.count()

    again = upload(client, filled(ROWS[:3]))
    assert "0 đơn vị sẽ được tạo" in again.text
    assert "3 đơn vị đã có, không đổi" in again.text
    client.post(reverse("units:sheet_confirm"), {"payload": again.context["payload"]})
    assert Unit.objects.count() == count


def test_a_row_with_a_known_code_updates_that_unit(client_as) -> None:
    client = client_as("administrator")
    client.post(reverse("units:sheet_confirm"),
                {"payload": upload(client, filled(ROWS[:1])).context["payload"]})
    renamed = [("Trung tâm Truyền thông và Văn hóa thành phố Cần Thơ", "", "Khác", "CT-TTTT",
                "")]

    preview = upload(client, filled(renamed))
    assert "1 đơn vị sẽ được cập nhật" in preview.text
    client.post(reverse("units:sheet_confirm"), {"payload": preview.context["payload"]})

    centre = Unit.objects.get(code="CT-TTTT")
    assert centre.name == "Trung tâm Truyền thông và Văn hóa thành phố Cần Thơ"
    assert centre.parent.code == "CT"  # an empty parent cell keeps it where it was


def test_a_forged_or_stale_preview_imports_nothing(client_as) -> None:
    count = Unit.objects.count()
    response = client_as("administrator").post(reverse("units:sheet_confirm"),
                                               {"payload": "eyJub3QiOiJzaWduZWQifQ:forged"})
    assert response.status_code == 302
    assert Unit.objects.count() == count


def test_a_file_that_is_not_a_workbook_is_refused(client_as) -> None:
    response = upload(client_as("administrator"), b"Ten don vi;Loai\n", "don-vi.csv")
    assert response.status_code == 200
    assert "Tệp không phải là tệp Excel .xlsx" in response.text


@pytest.mark.parametrize("role", ["coordinator", "reporter", "viewer"])
def test_only_administrators_import_units_from_excel(client_as, role: str) -> None:
    client = client_as(role)
    assert client.get(reverse("units:sheet")).status_code == 403
    assert client.get(reverse("units:sheet_template")).status_code == 403
    assert client.post(reverse("units:sheet_confirm"), {"payload": ""}).status_code == 403
