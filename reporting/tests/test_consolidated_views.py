"""The consolidated report's pages, per role: build, follow the progress, edit, export, download."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from exports.decree30_check import check_decree30
from reporting.models import ConsolidatedReport, ConsolidatedStatus
from reporting.services.consolidated import consolidated_build
from reporting.tests.conftest import BAO_TEXTS

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def read(field) -> bytes:
    """A stored file's bytes from the start, however often it was read before."""
    with field.open("rb") as opened:
        return opened.read()


@pytest.fixture(autouse=True)
def quick_pdf(monkeypatch) -> None:
    monkeypatch.setattr("exports.pdf.docx_to_pdf", lambda docx, **kwargs: b"%PDF-1.7 stand-in")


def url(name: str, period, *args: object) -> str:
    return reverse(f"reporting:{name}", args=[period.pk, *args])


def post(client, name: str, period, capture):
    """POST, let the queued task run as the worker would, then read the page it leads to."""
    with capture(execute=True):
        response = client.post(url(name, period))
    return client.get(response["Location"]) if response.status_code == 302 else response


@pytest.fixture
def exported(reports, period, coordinator, client_as, build,
             django_capture_on_commit_callbacks) -> ConsolidatedReport:
    build(coordinator, period)
    post(client_as("coordinator"), "consolidated_export", period,
         django_capture_on_commit_callbacks)
    report = ConsolidatedReport.objects.get(period=period)
    assert check_decree30(read(report.docx)) == []
    return report


def test_a_coordinator_builds_and_sees_the_draft_with_linked_figures(
        reports, period, client_as, django_capture_on_commit_callbacks) -> None:
    page = post(client_as("coordinator"), "consolidate", period,
                django_capture_on_commit_callbacks)
    html = page.content.decode()
    assert "Đang tổng hợp các báo cáo đã duyệt" in html
    assert "<h4>1. Sản xuất, đăng phát các sản phẩm truyền thông</h4>" in html
    assert re.search(r'đăng phát <a class="figure" href="/records/products/\?[^"]*task=\d+">06 '
                     r"sản phẩm</a> \(", html)
    # The units' own texts are offered beside the part, folded, never pasted into it.
    assert '<details class="sources">' in html
    assert ("<strong>Báo Sóc Trăng:</strong> Đăng 48 tin, bài về thành tựu bảo đảm quyền "
            "con người.") in html
    assert "PHỤ LỤC 05. Sản phẩm truyền thông theo ngôn ngữ" in html
    assert '<td class="n">100%</td>' in html  # the language split adds up to 100%
    assert "Chưa được đưa vào báo cáo tổng hợp" in html
    assert "Ủy ban nhân dân huyện Kế Sách — Đã gửi, chờ duyệt" in html
    assert "Tổng hợp lại" in html and "Xuất văn bản" in html


def test_before_the_first_merge_the_page_lists_what_a_merge_would_take(
        reports, period, client_as) -> None:
    html = client_as("coordinator").get(url("consolidated", period)).content.decode()
    assert "Bấm “Tổng hợp” để tổng hợp 3 báo cáo đã duyệt" in html
    assert "Báo Sóc Trăng</a>" in html
    left_out = html.split("Chưa được đưa vào báo cáo tổng hợp")[1]
    assert "Báo Sóc Trăng" not in left_out
    assert "Ủy ban nhân dân huyện Kế Sách — Đã gửi, chờ duyệt" in left_out


def test_a_refused_build_says_why_on_the_page(period, client_as,
                                               django_capture_on_commit_callbacks) -> None:
    page = post(client_as("coordinator"), "consolidate", period,
                django_capture_on_commit_callbacks)
    assert ("Kỳ báo cáo này chưa có báo cáo nào của đơn vị được duyệt; chưa thể tổng hợp."
            in page.content.decode())
    assert not ConsolidatedReport.objects.exists()


def test_the_page_polls_while_merging_and_works_without_javascript(
        reports, period, coordinator, client_as) -> None:
    consolidated_build(user=coordinator, period=period)  # queued: the worker has not run
    client = client_as("coordinator")
    html = client.get(url("consolidated", period)).content.decode()
    assert 'hx-trigger="every 1s"' in html
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in html
    assert "Tải lại trang" in html
    partial = client.get(url("consolidated_progress", period), **HTMX)
    assert partial.content.decode().lstrip().startswith('<div id="progress"')
    ConsolidatedReport.objects.filter(period=period).update(status=ConsolidatedStatus.DRAFT)
    done = client.get(url("consolidated_progress", period), **HTMX)
    assert done["HX-Redirect"] == url("consolidated", period)
    assert client.get(url("consolidated_progress", period)).status_code == 302


def test_a_coordinator_edits_the_report(reports, period, coordinator, client_as,
                                        build) -> None:
    report = build(coordinator, period)
    client = client_as("coordinator")
    form = client.get(url("consolidated_edit", period)).content.decode()
    assert "II. Kết quả thực hiện" in form and "1. Sản xuất, đăng phát các sản phẩm" in form
    data = {field: getattr(report, field) for field in [
        "parent_body", "issuing_body", "symbol", "place", "title", "opening", "recipients",
        "signature_prefix", "signature_position"]}
    data.update({"number": "125", "issued_on": "2024-06-20", "signer_name": "Lâm Văn Phúc",
                 **{f"section_{s.position}": s.text for s in report.sections.all()},
                 "section_5": "Đề nghị bố trí kinh phí cho chương trình song ngữ."})
    response = client.post(url("consolidated_edit", period), data, follow=True)
    assert "Đã lưu báo cáo tổng hợp." in response.content.decode()
    report.refresh_from_db()
    assert (report.number, report.signer_name) == ("125", "Lâm Văn Phúc")
    assert report.sections.get(position=5).text == ("Đề nghị bố trí kinh phí cho chương trình "
                                                    "song ngữ.")


def test_a_bad_edit_shows_the_error_and_keeps_the_text(reports, period, coordinator,
                                                       client_as, build) -> None:
    build(coordinator, period)
    response = client_as("coordinator").post(url("consolidated_edit", period), {
        "issuing_body": "", "symbol": "BC-STTTT", "place": "Sóc Trăng", "title": "Kết quả",
        "section_5": "Đề nghị mới."})
    assert response.status_code == 200
    assert "has-error" in response.content.decode()
    assert ConsolidatedReport.objects.get(period=period).sections.get(position=5).text == (
        "1. Đề nghị UBND tỉnh bố trí kinh phí cho trang tiếng Khmer.")


def test_exported_files_download_with_a_readable_name(exported, period, client_as) -> None:
    assert exported.status == ConsolidatedStatus.READY
    response = client_as("viewer").get(url("consolidated_download", period, "docx"))
    assert response.status_code == 200
    assert 'filename="BC-6thang-2024.docx"' in response["Content-Disposition"]
    pdf = client_as("coordinator").get(url("consolidated_download", period, "pdf"))
    assert b"".join(pdf.streaming_content) == b"%PDF-1.7 stand-in"
    assert client_as("viewer").get(url("consolidated_download", period, "odt")).status_code == 404


@pytest.mark.parametrize(("role", "status", "sees_text"), [
    ("coordinator", 200, True), ("administrator", 200, True), ("viewer", 200, True),
    ("lead_reporter", 200, True), ("reporter", 403, False)])
def test_who_reads_the_exported_report(exported, period, client_as, role, status,
                                       sees_text) -> None:
    response = client_as(role).get(url("consolidated", period))
    assert response.status_code == status
    assert ("1. Sản xuất, đăng phát các sản phẩm" in response.content.decode()) is sees_text


def test_a_viewer_waits_for_the_export(reports, period, coordinator, client_as,
                                       build) -> None:
    build(coordinator, period)
    viewer = client_as("viewer")
    html = viewer.get(url("consolidated", period)).content.decode()
    assert "anh/chị xem được khi đã xuất văn bản" in html
    assert "1. Sản xuất, đăng phát" not in html and "Xuất văn bản" not in html
    assert viewer.get(url("consolidated_download", period, "docx")).status_code == 404


@pytest.mark.parametrize("name", ["consolidate", "consolidated_export", "submit_upward"])
@pytest.mark.parametrize("role", ["viewer", "reporter", "lead_reporter"])
def test_only_coordinators_act(exported, period, client_as, name, role) -> None:
    assert client_as(role).post(url(name, period)).status_code == 403
    assert client_as(role).get(url("consolidated_edit", period)).status_code == 403
    assert ConsolidatedReport.objects.get(period=period).status == ConsolidatedStatus.READY


def test_anonymous_visitors_are_sent_to_log_in(period, client_as) -> None:
    response = client_as("anonymous").get(url("consolidated", period))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_page_reads_in_a_fixed_number_of_queries(
        reports, period, coordinator, client_as, unit, django_assert_num_queries, build,
        approve, product) -> None:
    build(coordinator, period)
    client = client_as("coordinator")
    client.get(url("consolidated", period))
    with CaptureQueriesContext(connection) as three_units:
        client.get(url("consolidated", period))
    for code in ("ST-HLHPN", "ST-DTN", "ST-LDLD"):
        period.units.add(unit(code))
        product(code, f"Tuyên truyền về quyền con người của {code}", ["vi"],
                date(2024, 5, 2), kind="article")
        approve(period, unit(code), BAO_TEXTS, coordinator)
    build(coordinator, period)
    with django_assert_num_queries(len(three_units.captured_queries)):
        html = client.get(url("consolidated", period)).content.decode()
    assert "<td>Liên đoàn Lao động tỉnh</td><td>Đã duyệt</td><td class=\"n\">1</td>" in html
