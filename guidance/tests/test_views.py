import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from guidance.models import Guidance
from guidance.selectors import guidance_topics
from guidance.services import guidance_create, guidance_publish, guidance_update
from guidance.tests.conftest import SCHOOLING, UPR
from records.models import Topic

pytestmark = pytest.mark.django_db

EVERYONE = ["administrator", "coordinator", "reporter", "lead_reporter", "viewer"]
EDITORS = ["administrator", "coordinator"]
NOT_EDITORS = ["reporter", "lead_reporter", "viewer"]


@pytest.fixture
def published(upr_guidance: Guidance) -> Guidance:
    return guidance_publish(guidance=upr_guidance)


def guidance_post(guidance: Guidance | None = None, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "issuer": guidance.issuer_id if guidance else "", "number": "125",
        "symbol": "STTTT-TTBCXB", "place": "Sóc Trăng", "issued_on": "2024-05-14",
        "title": "đẩy mạnh truyền thông về quyền con người", "body": "",
        "valid_from": "2024-05-15", "valid_until": "2024-12-31",
        "units": list(guidance.units.values_list("pk", flat=True)) if guidance else [],
        "topics": [t.pk for t in guidance_topics(guidance)] if guidance else [],
        "new_topics": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("url_name", ["guidance:list", "guidance:create"])
def test_it_sends_anonymous_users_to_log_in(client_as, url_name: str) -> None:
    response = client_as("anonymous").get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_sends_anonymous_users_to_log_in_for_the_detail_and_table(client_as,
                                                                    published) -> None:
    client = client_as("anonymous")
    for url in (published.get_absolute_url(),
                reverse("guidance:coverage_xlsx", args=[published.pk])):
        assert client.get(url)["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", EVERYONE)
def test_it_shows_published_guidance_and_its_coverage_to_everyone(client_as, published,
                                                                 products, role: str) -> None:
    client = client_as(role)
    listing = client.get(reverse("guidance:list")).text
    assert f'href="{reverse("guidance:list")}">Định hướng</a>' in listing
    assert "V/v đẩy mạnh truyền thông về quyền con người" in listing
    response = client.get(published.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    assert "css/guidance.css" in text
    coverage = text[text.index('id="coverage"'):text.index('id="qr"')]
    assert '<td class="num">2</td>' in coverage
    assert '<td class="num none">0</td>' in coverage
    missing = coverage[coverage.index("Chưa có sản phẩm"):]
    assert missing.index("Đài Phát thanh và Truyền hình Sóc Trăng") < missing.index(SCHOOLING)
    assert "Sở Thông tin và Truyền thông tỉnh Sóc Trăng" not in coverage
    assert "In mã QR" in text
    assert reverse("guidance:qr_png", args=[published.public_key]) in text
    assert reverse("guidance:qr_svg", args=[published.public_key]) + "?download" in text
    assert f"http://testserver/guidance/p/{published.public_key}/" in text


def test_it_marks_letters_sent_to_the_readers_own_unit(client_as, published) -> None:
    assert "Gửi đơn vị anh/chị" in client_as("reporter").get(reverse("guidance:list")).text
    assert "Gửi đơn vị anh/chị" not in client_as("viewer").get(reverse("guidance:list")).text


@pytest.mark.parametrize("role", NOT_EDITORS)
def test_it_hides_drafts_from_all_but_coordinators(client_as, upr_guidance, role: str) -> None:
    client = client_as(role)
    assert "đẩy mạnh truyền thông" not in client.get(reverse("guidance:list")).text
    assert client.get(upr_guidance.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("role", EDITORS)
def test_it_shows_drafts_to_coordinators(client_as, upr_guidance, role: str) -> None:
    client = client_as(role)
    assert "Chưa công bố" in client.get(reverse("guidance:list")).text
    text = client.get(upr_guidance.get_absolute_url()).text
    assert f'action="/guidance/{upr_guidance.pk}/publish/"' in text


@pytest.mark.parametrize("role", EDITORS)
def test_it_lets_coordinators_write_and_publish_a_guidance(client_as, unit, role: str) -> None:
    client = client_as(role)
    form = client.get(reverse("guidance:create"))
    assert form.status_code == 200
    assert f'<option value="{unit("ST-STTTT").pk}" selected>' in form.text
    response = client.post(reverse("guidance:create"), guidance_post(
        issuer=unit("ST-STTTT").pk, units=[unit("ST-BAO").pk, unit("ST-DAI").pk],
        new_topics=f"(1) {UPR}: cơ chế rà soát định kỳ phổ quát\n(2) {SCHOOLING}\n",
    ))
    guidance = Guidance.objects.get()
    assert response.status_code == 302
    assert response["Location"] == guidance.get_absolute_url()
    assert [t.name for t in guidance_topics(guidance)] == [UPR, SCHOOLING]
    assert Topic.objects.get(name=UPR).description == "cơ chế rà soát định kỳ phổ quát"
    response = client.post(reverse("guidance:publish", args=[guidance.pk]), follow=True)
    assert "Đã công bố" in response.text
    assert Guidance.objects.get().is_published
    client.post(reverse("guidance:unpublish", args=[guidance.pk]))
    assert not Guidance.objects.get().is_published


def test_it_edits_keeping_the_order_of_ticked_topics(client_as, upr_guidance) -> None:
    client = client_as("coordinator")
    upr, schooling = guidance_topics(upr_guidance)
    response = client.post(reverse("guidance:edit", args=[upr_guidance.pk]), guidance_post(
        upr_guidance, topics=[schooling.pk, upr.pk], new_topics="Bình đẳng giới"))
    assert response.status_code == 302
    assert [t.name for t in guidance_topics(upr_guidance)] == [UPR, SCHOOLING, "Bình đẳng giới"]


def test_it_shows_service_errors_beside_the_fields(client_as, upr_guidance) -> None:
    client = client_as("coordinator")
    response = client.post(reverse("guidance:edit", args=[upr_guidance.pk]), guidance_post(
        upr_guidance, valid_until="2024-05-01"))
    assert response.status_code == 200
    assert "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." in response.text
    guidance_publish(guidance=upr_guidance)
    response = client.post(reverse("guidance:edit", args=[upr_guidance.pk]), guidance_post(
        upr_guidance, units=[]))
    assert "Chọn ít nhất một đơn vị nhận trước khi công bố." in response.text
    assert upr_guidance.units.count() == 2


def test_it_says_why_a_guidance_cannot_be_published(client_as, unit, coordinator) -> None:
    guidance = guidance_create(user=coordinator, issuer=unit("ST-STTTT"), symbol="STTTT",
                               title="nháp", valid_from="2024-01-01", valid_until="2024-02-01")
    response = client_as("coordinator").post(reverse("guidance:publish", args=[guidance.pk]),
                                             follow=True)
    assert "Chọn ít nhất một đơn vị nhận trước khi công bố." in response.text
    assert "Ghi ít nhất một chủ đề trước khi công bố." in response.text
    assert not Guidance.objects.get().is_published


@pytest.mark.parametrize("role", NOT_EDITORS)
def test_it_refuses_changes_to_others(client_as, published, role: str) -> None:
    client = client_as(role)
    refused = [
        client.get(reverse("guidance:create")),
        client.post(reverse("guidance:create"), guidance_post(published)),
        client.get(reverse("guidance:edit", args=[published.pk])),
        client.post(reverse("guidance:edit", args=[published.pk]),
                    guidance_post(published, title="sửa")),
        client.post(reverse("guidance:unpublish", args=[published.pk])),
        client.post(reverse("guidance:publish", args=[published.pk])),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    assert "Chỉ cán bộ điều phối được soạn, sửa và công bố định hướng." in refused[0].text
    guidance = Guidance.objects.get()
    assert guidance.is_published and guidance.title.startswith("đẩy mạnh")
    assert 'action="/guidance/' not in client.get(published.get_absolute_url()).text


@pytest.mark.parametrize("role", EVERYONE)
def test_it_downloads_the_coverage_table_as_xlsx(client_as, published, products,
                                                role: str) -> None:
    response = client_as(role).get(reverse("guidance:coverage_xlsx", args=[published.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    assert 'filename="dinh-huong-' in response["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.content))
    sheet, missing = book.worksheets
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = rows.index(["STT", "Đơn vị", UPR, SCHOOLING, "Tổng số"])
    assert rows[header + 1:] == [
        [1, "Báo Sóc Trăng", 2, 0, 2],
        [2, "Đài Phát thanh và Truyền hình Sóc Trăng", 0, 0, 0],
        [None, "Cộng", 2, 0, 2],
    ]
    assert list(missing.iter_rows(values_only=True))[1] == (
        UPR, "Đài Phát thanh và Truyền hình Sóc Trăng")


def test_it_lists_guidance_in_queries_that_do_not_grow(client_as, published, unit,
                                                      coordinator) -> None:
    client = client_as("reporter")
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("guidance:list"))
    for n in range(5):
        guidance_publish(guidance=guidance_create(
            user=coordinator, issuer=unit("ST-STTTT"), symbol="STTTT", title=f"số {n}",
            valid_from="2024-01-01", valid_until="2024-02-01", units=[unit("ST-BAO")],
            topics=[UPR]))
    with CaptureQueriesContext(connection) as six:
        text = client.get(reverse("guidance:list")).text
    assert text.count("Gửi đơn vị anh/chị") == 6
    assert len(six) == len(one)


def test_it_shows_the_coverage_in_queries_that_do_not_grow(client_as, published, products,
                                                          unit) -> None:
    client = client_as("viewer")
    with CaptureQueriesContext(connection) as small:
        client.get(published.get_absolute_url())
    guidance_update(guidance=published, units=[unit(code) for code in (
        "ST-BAO", "ST-DAI", "ST-STTTT", "ST-LDLD", "ST-HLHPN", "ST-DTN", "ST-TRANDE")],
        topics=[*guidance_topics(published), "Bình đẳng giới", "Quyền của người cao tuổi"])
    with CaptureQueriesContext(connection) as large:
        text = client.get(published.get_absolute_url()).text
    assert "Quyền của người cao tuổi" in text
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng" in text
    assert len(large) == len(small)
