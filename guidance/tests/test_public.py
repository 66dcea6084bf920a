import io
import xml.etree.ElementTree as ET

import pytest
import segno
from django.urls import reverse
from PIL import Image

from guidance.models import Guidance
from guidance.services import guidance_publish, guidance_unpublish, guidance_update
from guidance.tests.conftest import SCHOOLING, UPR

pytestmark = pytest.mark.django_db

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"


def qr_urls(guidance: Guidance) -> tuple[str, str]:
    return (reverse("guidance:qr_png", args=[guidance.public_key]),
            reverse("guidance:qr_svg", args=[guidance.public_key]))


def test_it_is_not_found_before_publishing_and_after_unpublishing(client_as,
                                                                 upr_guidance) -> None:
    client = client_as("anonymous")
    url = upr_guidance.get_public_url()
    assert url == f"/guidance/p/{upr_guidance.public_key}/"
    assert client.get(url).status_code == 404
    assert client_as("coordinator").get(url).status_code == 404
    guidance_publish(guidance=upr_guidance)
    assert client.get(url).status_code == 200
    guidance_unpublish(guidance=upr_guidance)
    assert client.get(url).status_code == 404
    assert client.get("/guidance/p/khong-co-ma-nay/").status_code == 404


def test_it_shows_the_letter_without_login_and_without_names_of_people(
        client_as, upr_guidance, coordinator) -> None:
    guidance_update(guidance=upr_guidance, number="125", issued_on="2024-05-14")
    guidance_publish(guidance=upr_guidance)
    response = client_as("anonymous").get(upr_guidance.get_public_url())
    text = response.text
    assert response.status_code == 200
    assert "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG" in text
    assert "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG" in text
    assert "Số: 125/STTTT-TTBCXB" in text
    assert "Sóc Trăng, ngày 14 tháng 5 năm 2024" in text
    assert "V/v đẩy mạnh truyền thông về quyền con người trên địa bàn tỉnh" in text
    assert text.index(UPR) < text.index(SCHOOLING)
    assert "Cơ chế rà soát định kỳ phổ quát chu kỳ IV" in text
    assert "từ ngày 15/05/2024 đến ngày 31/12/2024" in text
    assert "Báo Sóc Trăng;" in text and "Đài Phát thanh và Truyền hình Sóc Trăng." in text
    assert coordinator.full_name not in text and coordinator.username not in text
    assert 'name="robots" content="noindex"' in text


def test_it_serves_qr_codes_of_the_absolute_public_address(client_as, upr_guidance) -> None:
    guidance_publish(guidance=upr_guidance)
    png_url, svg_url = qr_urls(upr_guidance)
    client = client_as("anonymous")
    address = f"http://testserver/guidance/p/{upr_guidance.public_key}/"

    png = client.get(png_url)
    assert png["Content-Type"] == "image/png"
    assert png.content.startswith(PNG_SIGNATURE)
    # No QR reader here: read the modules back off the image and compare with the code of
    # the address it should hold.
    image = Image.open(io.BytesIO(png.content)).convert("L")
    expected = segno.make(address, error="m")
    scale = image.width // (expected.symbol_size(scale=1)[0])
    dark = [[image.getpixel((x * scale, y * scale)) < 128
             for x in range(4, 4 + len(expected.matrix))]
            for y in range(4, 4 + len(expected.matrix))]
    assert dark == [[bool(bit) for bit in row] for row in expected.matrix]

    svg = client.get(svg_url)
    assert svg["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(svg.content)  # noqa: S314 (our own output, under test)
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}path") is not None
    assert root.get("viewBox") == "0 0 {0} {0}".format(len(expected.matrix) + 8)
    assert "attachment" in client.get(svg_url + "?download")["Content-Disposition"]
    assert "Content-Disposition" not in svg


def test_it_gives_coordinators_the_qr_code_before_publishing(client_as, upr_guidance) -> None:
    """The code is printed on the letter before it is issued; others wait for the page."""
    png_url, svg_url = qr_urls(upr_guidance)
    assert client_as("coordinator").get(png_url).status_code == 200
    assert client_as("coordinator").get(svg_url).status_code == 200
    for role in ("anonymous", "reporter", "viewer"):
        assert client_as(role).get(png_url).status_code == 404
