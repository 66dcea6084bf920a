"""A unit imports its products from Excel: template, upload, preview, confirm, upload again."""

import io
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from accounts.models import User
from records import import_services
from records.models import ImportStatus, Product, ProductImport
from records.tests.builders import FIVE_ROWS, filled

pytestmark = pytest.mark.django_db

UPLOAD = reverse("records:import_upload")


def upload(client: Client, name: str, data: bytes, **options: bool):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data)}, **options)


def confirm(client: Client, product_import: ProductImport):
    return client.post(reverse("records:import_confirm", args=[product_import.pk]), follow=True)


def latest() -> ProductImport:
    return ProductImport.objects.order_by("-pk").first()


def test_it_gives_the_template_to_those_who_record(client_as) -> None:
    response = client_as("reporter").get(reverse("records:import_template"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="mau-nhap-san-pham.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Sản phẩm", "Danh mục"]


def test_viewers_get_403_everywhere(client_as, reporter) -> None:
    upload(client_as("reporter"), "san-pham.xlsx", filled(reporter, FIVE_ROWS))
    viewer = client_as("viewer")
    pk = latest().pk
    assert viewer.get(reverse("records:import_template")).status_code == 403
    assert viewer.get(UPLOAD).status_code == 403
    assert upload(viewer, "san-pham.xlsx", filled(reporter, FIVE_ROWS)).status_code == 403
    assert viewer.get(reverse("records:import_preview", args=[pk])).status_code == 403
    assert viewer.post(reverse("records:import_confirm", args=[pk])).status_code == 403
    assert ProductImport.objects.count() == 1 and not Product.objects.exists()


def test_an_import_is_seen_only_by_its_uploader(client_as, reporter) -> None:
    upload(client_as("reporter"), "san-pham.xlsx", filled(reporter, FIVE_ROWS))
    other = client_as("lead_reporter")
    assert other.get(reverse("records:import_preview", args=[latest().pk])).status_code == 404
    assert other.post(reverse("records:import_confirm", args=[latest().pk])).status_code == 404


def test_two_bad_rows_show_both_errors_and_the_rest_imports_on_confirm(client_as,
                                                                       reporter) -> None:
    client = client_as("reporter")
    response = upload(client, "san-pham-6-thang.xlsx", filled(reporter, FIVE_ROWS))
    product_import = latest()
    assert response.status_code == 302 and response.url == product_import.get_absolute_url()
    assert not Product.objects.exists()  # nothing is saved before the confirmation
    page = client.get(response.url).content.decode()
    assert "5 dòng sản phẩm trong tệp" in page and "3 dòng hợp lệ" in page
    assert "2 dòng có lỗi" in page
    errors = page.split('id="import-errors"')[1].split("</section>")[0]
    assert 'id="row-4"' in errors and "Không có kênh “Báo giấy” trong danh sách" in errors
    assert 'id="row-5"' in errors and "Ngày 31/02/2024 không có thật." in errors
    assert "Người Khmer giữ gìn chữ viết của dân tộc" in errors
    good = page.split('id="import-good"')[1]
    assert "Lễ hội Ok Om Bok" in good and "Tiếng Khmer, Tiếng Việt" in good
    assert "Nhập 3 sản phẩm" in page

    page = confirm(client, product_import).content.decode()
    assert "Đã nhập 3 sản phẩm; bỏ qua 0 dòng đã có." in page
    assert Product.objects.count() == 3
    video = Product.objects.get(title__startswith="Lễ hội Ok Om Bok")
    assert sorted(video.languages.values_list("code", flat=True)) == ["km", "vi"]
    assert video.duration_minutes == 12 and video.created_by == reporter
    assert Product.objects.get(title__startswith="Sóc Trăng").tasks.get().code == "II.1"
    product_import.refresh_from_db()
    assert product_import.status == ImportStatus.DONE
    assert product_import.summary["imported"] == 3


def test_the_same_file_again_imports_nothing_and_says_why(client_as, reporter) -> None:
    client = client_as("reporter")
    data = filled(reporter, FIVE_ROWS)
    upload(client, "san-pham.xlsx", data)
    confirm(client, first := latest())
    assert "Tệp này đã được nhập trước đó" in confirm(client, first).content.decode()
    assert Product.objects.count() == 3

    response = upload(client, "san-pham (1).xlsx", data, follow=True)
    page = response.content.decode()
    assert "3 dòng đã có, sẽ bỏ qua" in page and "0 dòng hợp lệ" in page
    assert 'id="import-earlier"' in page
    assert 'id="import-confirm"' not in page
    assert "Không có dòng mới nào để nhập" in page
    page = confirm(client, latest()).content.decode()
    assert "Không có dòng mới nào để nhập" in page
    assert Product.objects.count() == 3


def test_a_reporter_cannot_import_for_another_unit(client_as, reporter) -> None:
    client = client_as("reporter")
    rows = [FIVE_ROWS[0], {**FIVE_ROWS[4], "unit": "Đài Phát thanh và Truyền hình Sóc Trăng"}]
    page = upload(client, "san-pham.xlsx", filled(reporter, rows), follow=True).content.decode()
    assert 'id="row-4"' in page
    assert "không được nhập sản phẩm cho Đài Phát thanh và Truyền hình Sóc Trăng" in page
    confirm(client, latest())
    assert list(Product.objects.values_list("unit__code", flat=True)) == ["ST-BAO"]


def test_a_rule_of_the_service_shows_in_the_preview(client_as, reporter) -> None:
    """Social media without a platform reads fine but product_create refuses it."""
    client = client_as("reporter")
    rows = [{**FIVE_ROWS[3], "platform": None}, FIVE_ROWS[0]]
    page = upload(client, "san-pham.xlsx", filled(reporter, rows), follow=True).content.decode()
    assert "Ghi nền tảng mạng xã hội" in page and 'id="row-3"' in page
    assert not Product.objects.exists()  # the trial run left nothing behind
    confirm(client, latest())
    assert Product.objects.count() == 1


def test_a_row_dated_after_its_units_end_names_the_successor(client_as, reporter) -> None:
    client = client_as("reporter")
    late = {**FIVE_ROWS[0], "published_on": "20/11/2026", "tasks": None}
    rows = [late, FIVE_ROWS[4]]
    page = upload(client, "san-pham.xlsx", filled(reporter, rows), follow=True).content.decode()
    assert ("Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: Báo và Phát "
            "thanh, Truyền hình Cần Thơ.") in page
    confirm(client, latest())
    assert Product.objects.get().published_on.year == 2024


@pytest.mark.parametrize(("name", "data", "message"), [
    ("san-pham.csv", "Tên sản phẩm;Loại\nBài về quyền trẻ em;Bài\n".encode(),
     "Chỉ nhận tệp Excel .xlsx"),
    ("san-pham.xlsx", b"PK\x03\x04\x14\x00 not really a zip", "bị hỏng hoặc bị cắt cụt"),
    ("san-pham.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
     "Tệp Excel có đặt mật khẩu"),
])
def test_a_file_it_cannot_read_saves_nothing(client_as, settings, name, data, message) -> None:
    response = upload(client_as("reporter"), name, data)
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert not ProductImport.objects.exists() and not Product.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "imports").exists()


def test_all_rows_bad_leaves_nothing_to_confirm(client_as, reporter) -> None:
    client = client_as("reporter")
    page = upload(client, "san-pham.xlsx", filled(reporter, FIVE_ROWS[1:3]),
                  follow=True).content.decode()
    assert "2 dòng có lỗi" in page and 'id="import-confirm"' not in page
    assert "Không có dòng nào nhập được" in page
    page = confirm(client, latest()).content.decode()
    assert "Không có dòng mới nào để nhập" in page
    assert not Product.objects.exists() and latest().status == ImportStatus.READY


def test_confirm_creates_all_good_rows_or_none(client_as, reporter, monkeypatch) -> None:
    client = client_as("reporter")
    upload(client, "san-pham.xlsx", filled(reporter, FIVE_ROWS))
    real = import_services.product_create
    calls: list[str] = []

    def failing_on_the_third(**fields):
        calls.append(fields["title"])
        if len(calls) == 3:
            raise ValidationError({"link": ["Đường dẫn không hợp lệ."]})
        return real(**fields)

    monkeypatch.setattr(import_services, "product_create", failing_on_the_third)
    page = confirm(client, latest()).content.decode()
    assert "Dòng 7: Đường dẫn không hợp lệ. Chưa nhập dòng nào." in page
    assert not Product.objects.exists() and latest().status == ImportStatus.READY


def test_the_upload_page_lists_recent_imports(client_as, reporter: User) -> None:
    client = client_as("reporter")
    upload(client, "bao-cao-quy-3.xlsx", filled(reporter, FIVE_ROWS))
    page = client.get(UPLOAD).content.decode()
    assert "bao-cao-quy-3.xlsx" in page and "3 dòng hợp lệ, 2 dòng có lỗi" in page
    assert reverse("records:import_template") in page
