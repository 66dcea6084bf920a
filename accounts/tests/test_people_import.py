"""Many people at once from the spreadsheet template: row errors in Vietnamese, invitations
on confirm, and the same file again invites nobody twice."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from accounts.models import PeopleImport, User
from accounts.tests.builders import people_workbook
from units.services import unit_create

pytestmark = pytest.mark.django_db

ROWS = [
    ("Thạch Thị Sa Rinh", "sarinh.tt@soctrang.gov.vn", "0299 3821 456",
     "Báo và Phát thanh, Truyền hình Cần Thơ", "Cán bộ báo cáo của đơn vị"),
    ("Lâm Quốc Việt", "VIET.LQ@cantho.gov.vn", "", "sở văn hoá, thể thao và du lịch thành phố "
     "cần thơ", "nguoi xem"),
    ("Trần Minh Tâm", "tam.tm-at-soctrang.gov.vn", "", "Báo Sóc Trăng", "Người xem"),
    ("Kim Thị Sóc", "soc.kt@soctrang.gov.vn", "", "Sở Không Có", "Người xem"),
    ("", "sarinh.tt@soctrang.gov.vn", "", "Báo Sóc Trăng", "Thủ trưởng"),
    ("Tô Văn Đức", "duc.tv@baosoctrang.vn", "", "Báo Sóc Trăng", "Người xem"),
]


def workbook(client, rows) -> SimpleUploadedFile:
    manager = User.objects.get(pk=client.session["_auth_user_id"])
    return SimpleUploadedFile("danh-sach-can-bo.xlsx", people_workbook(manager, rows))


def upload(client, rows) -> PeopleImport:
    response = client.post(reverse("people_upload"), {"file": workbook(client, rows)})
    assert response.status_code == 302, response.content.decode()[:2000]
    return PeopleImport.objects.latest("pk")


def test_the_template_lists_the_units_and_roles_to_choose(client_as) -> None:
    response = client_as("administrator").get(reverse("people_template"))
    assert response["Content-Disposition"] == 'attachment; filename="mau-nguoi-dung.xlsx"'
    book = load_workbook(io.BytesIO(response.content))
    sheet, lists = book.worksheets
    assert [c.value for c in sheet[1]] == ["Họ và tên", "E-mail", "Điện thoại", "Đơn vị",
                                           "Vai trò"]
    assert sheet["A2"].value.startswith("Ví dụ")
    units = [c.value for c in lists["A"][1:]]
    assert "Báo Sóc Trăng" in units and "Ủy ban nhân dân thành phố Cần Thơ" in units
    roles = [c.value for c in lists["B"][1:] if c.value]
    assert roles == ["Quản trị hệ thống", "Cán bộ điều phối", "Cán bộ báo cáo của đơn vị",
                     "Người xem"]


def test_rows_are_checked_and_the_good_ones_invited_on_confirm(client_as) -> None:
    client = client_as("administrator")
    found = upload(client, ROWS)
    assert found.summary["counts"] == {"ok": 2, "duplicate": 0, "error": 4}
    page = client.get(found.get_absolute_url()).text
    for message in ("“tam.tm-at-soctrang.gov.vn” không phải là địa chỉ e-mail.",
                    "Không có đơn vị “Sở Không Có” trong danh sách",
                    "Thiếu họ và tên.", "Trùng e-mail với dòng 3 của tệp.",
                    "Không có vai trò “Thủ trưởng”",
                    "Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025"):
        assert message in page
    assert User.objects.filter(email="sarinh.tt@soctrang.gov.vn").count() == 0 and not mail.outbox

    done = client.post(reverse("people_import_confirm", args=[found.pk]), follow=True)
    assert "Đã tạo 2 tài khoản và gửi thư mời" in done.text
    viet = User.objects.get(email="viet.lq@cantho.gov.vn")
    assert (viet.full_name, viet.role, [u.code for u in viet.units.all()]) == (
        "Lâm Quốc Việt", "viewer", ["CT-SVHTTDL"])
    assert sorted(m.to[0] for m in mail.outbox) == ["sarinh.tt@soctrang.gov.vn",
                                                    "viet.lq@cantho.gov.vn"]


def test_the_same_file_again_invites_nobody_twice(client_as) -> None:
    client = client_as("administrator")
    first = upload(client, ROWS[:2])
    client.post(reverse("people_import_confirm", args=[first.pk]))
    sent = len(mail.outbox)
    again = upload(client, ROWS[:2])
    assert again.summary["counts"] == {"ok": 0, "duplicate": 2, "error": 0}
    response = client.post(reverse("people_import_confirm", args=[again.pk]), follow=True)
    assert "Không có ai mới để mời" in response.text
    assert len(mail.outbox) == sent and User.objects.filter(
        email="sarinh.tt@soctrang.gov.vn").count() == 1
    # Confirming the first import twice changes nothing either.
    twice = client.post(reverse("people_import_confirm", args=[first.pk]), follow=True)
    assert "đã được xác nhận trước đó" in twice.text


def test_a_coordinator_imports_only_into_their_subtree_and_roles(client_as, unit) -> None:
    office = unit_create(code="ST-STTTT-VP", name="Văn phòng Sở Thông tin và Truyền thông",
                         kind="other", parent=unit("ST-STTTT"))
    client = client_as("coordinator")
    found = upload(client, [
        ("Đoàn Văn Hùng", "hung.dv@stttt.soctrang.gov.vn", "", office.name, "Người xem"),
        ("Lý Thị Mai", "mai.lt@cantho.gov.vn", "", "Báo và Phát thanh, Truyền hình Cần Thơ",
         "Người xem"),
        ("Châu Văn Lộc", "loc.cv@stttt.soctrang.gov.vn", "", office.name, "Quản trị hệ thống"),
    ])
    rows = {row["row"]: row for row in found.summary["rows"]}
    assert rows[3]["status"] == "ok"
    assert "chỉ được thêm người vào đơn vị mình" in rows[4]["errors"][0][1]
    assert "cao hơn vai trò của mình" in rows[5]["errors"][0][1]


def test_an_import_is_its_uploaders_own(client_as) -> None:
    found = upload(client_as("administrator"), ROWS[:1])
    assert client_as("coordinator").get(found.get_absolute_url()).status_code == 404
    assert client_as("reporter").get(reverse("people_upload")).status_code == 403
