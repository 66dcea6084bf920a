"""A unit's own report as a Decree 30 document, downloaded from its page."""

from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document

from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from reporting.unit_document import submission_document

pytestmark = pytest.mark.django_db


def test_a_units_report_is_its_own_decree_30_document(reports) -> None:
    doc = submission_document(reports[0])
    assert (doc.parent_body, doc.issuing_body, doc.symbol) == (
        "UBND TỈNH SÓC TRĂNG", "BÁO SÓC TRĂNG", "BC-BST")
    assert doc.title == ("Kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng đầu "
                         "năm 2024")
    assert doc.body[0].text == (
        "Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh, "
        "Báo Sóc Trăng báo cáo kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng "
        "đầu năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/6/2024) như sau:")
    assert doc.recipients == ["Sở Thông tin và Truyền thông", "Lưu: VT"]
    assert [a.title for a in doc.appendices][:2] == ["Sản phẩm truyền thông theo loại",
                                                     "Sản phẩm truyền thông theo kênh"]
    docx = docx_bytes(doc)
    assert check_decree30(docx) == []
    text = "\n".join(p.text for p in Document(BytesIO(docx)).paragraphs)
    assert "Đăng 48 tin, bài về thành tựu bảo đảm quyền con người." in text
    assert "PHỤ LỤC 01" in text


@pytest.mark.parametrize(("role", "status"), [("reporter", 200), ("coordinator", 200),
                                              ("lead_reporter", 403)])
def test_who_downloads_a_units_report(reports, client_as, role, status) -> None:
    url = reverse("reporting:submission_download", args=[reports[0].pk, "docx"])
    response = client_as(role).get(url)
    assert response.status_code == status
    if status == 200:
        assert response["Content-Disposition"] == (
            f'attachment; filename="BC-ST-BAO-{reports[0].pk}.docx"')
        assert check_decree30(response.content) == []


def test_the_report_page_offers_the_downloads(reports, client_as) -> None:
    page = client_as("reporter").get(reports[0].get_absolute_url()).content.decode()
    assert reverse("reporting:submission_download", args=[reports[0].pk, "pdf"]) in page
    missing = reverse("reporting:submission_download", args=[reports[0].pk, "odt"])
    assert client_as("reporter").get(missing).status_code == 404
