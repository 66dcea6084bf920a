"""The six-month reporting loop: two units report, one is returned and fixed, the coordinator
approves the newspaper's, the province's coordinator the department's own (nobody approves
their own unit's report), and the department's coordinator downloads the consolidated report
as .docx, .xlsx and PDF."""

import re
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from accounts.models import User
from accounts.services import user_create
from exports.decree30_check import check_decree30
from plans.models import Plan
from reporting.models import ReportForm, ReportingPeriod, Submission
from reporting.services.periods import period_create
from tests import TEST_PASSWORD
from units.models import Unit

pytestmark = pytest.mark.browser

RESULTS = "Kết quả thực hiện"


def _open_period() -> ReportingPeriod:
    """What the coordinator did beforehand: the six-month period of 2024 for two units."""
    units = {u.code: u for u in Unit.objects.filter(code__in=["ST-BAO", "ST-STTTT"])}
    return period_create(
        user=User.objects.get(username="dieuphoi"), kind="six_month", year=2024,
        receiving_unit=units["ST-STTTT"], form=ReportForm.objects.first(),
        units=units.values(), plan=Plan.objects.get(number="81", symbol="KH-UBND"))


def _write_and_send(page: Page, text: str, *, button: str = "Gửi báo cáo") -> None:
    page.wait_for_load_state()  # autosave listens once htmx (deferred) has loaded
    page.get_by_role("textbox", name=re.compile(RESULTS)).fill(text)
    page.keyboard.press("Tab")  # leaving the part saves it, as typing does after a pause
    expect(page.get_by_text(re.compile("Đã lưu lúc"))).to_be_visible()
    # The typing pause's own save (1.5 s after the text changed) may still be on its way;
    # on the test's in-memory SQLite it would collide with the sending ("table is locked").
    page.wait_for_timeout(1600)
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name=button).click()
    # Four of the five parts are empty: the page names them and asks before sending.
    expect(page.get_by_role("heading", name="Báo cáo còn phần chưa viết")).to_be_visible()
    page.get_by_role("button", name="Vẫn gửi").click()
    expect(page.locator(".lock-reason")).to_contain_text("chờ duyệt")


def _report_as(page: Page, log_in, username: str, text: str) -> None:
    log_in(page, username)
    nav = page.get_by_role("navigation", name="Điều hướng chính")
    nav.get_by_role("link", name="Báo cáo", exact=True).click()
    page.get_by_role("button", name="Soạn báo cáo").click()
    expect(page.locator("nav.crumbs")).to_contain_text("6 tháng đầu năm 2024")
    _write_and_send(page, text)


def test_two_units_report_and_the_coordinator_consolidates(
    live_server, transactional_db, province, new_page, log_in, tmp_path: Path
) -> None:
    period = _open_period()
    newspaper, department = new_page(), new_page()
    _report_as(newspaper, log_in, "baosoctrang",
               "Báo Sóc Trăng đăng 12 bài về quyền con người, trong đó 4 bài tiếng Khmer.")
    _report_as(department, log_in, "sotttt",
               "Sở ban hành văn bản hướng dẫn các cơ quan báo chí tuyên truyền Đề án.")

    # A reporter cannot open another unit's report.
    other = Submission.objects.get(period=period, unit__code="ST-STTTT")
    response = newspaper.goto(f"{live_server.url}{other.get_absolute_url()}")
    assert response is not None and response.status == 403

    coordinator = new_page()
    log_in(coordinator, "dieuphoi")
    mine = Submission.objects.get(period=period, unit__code="ST-BAO")
    coordinator.goto(f"{live_server.url}{mine.get_absolute_url()}")
    coordinator.get_by_label("Ý kiến khi trả lại").fill("Bổ sung số chương trình phát thanh "
                                                        "tiếng Khmer.")
    coordinator.get_by_role("button", name="Trả lại").click()
    expect(coordinator.locator(".last-return")).to_contain_text("tiếng Khmer")

    newspaper.goto(f"{live_server.url}{mine.get_absolute_url()}")
    expect(newspaper.locator(".last-return")).to_contain_text("Bổ sung số chương trình")
    _write_and_send(newspaper, "Báo Sóc Trăng đăng 12 bài, 4 bài tiếng Khmer, và phát 6 "
                    "chương trình phát thanh tiếng Khmer.", button="Gửi lại báo cáo")

    coordinator.goto(f"{live_server.url}{mine.get_absolute_url()}")
    coordinator.get_by_role("button", name="Duyệt").click()
    expect(coordinator.locator(".lock-reason")).to_contain_text("duyệt")
    # Nobody approves their own unit's report: the department's goes to the province's
    # People's Committee, whose coordinator approves it.
    coordinator.goto(f"{live_server.url}{other.get_absolute_url()}")
    expect(coordinator.get_by_role("button", name="Duyệt")).to_have_count(0)
    user_create(username="ubnd_dieuphoi", password=TEST_PASSWORD, role="coordinator",
                full_name="Lâm Văn Phúc", units=[Unit.objects.get(code="ST")])
    province = new_page()
    log_in(province, "ubnd_dieuphoi")
    province.goto(f"{live_server.url}{other.get_absolute_url()}")
    province.get_by_role("button", name="Duyệt").click()
    expect(province.locator(".lock-reason")).to_contain_text("duyệt")

    coordinator.goto(f"{live_server.url}{period.get_absolute_url()}")
    coordinator.get_by_role("link", name="Báo cáo tổng hợp", exact=True).first.click()
    coordinator.get_by_role("button", name="Tổng hợp", exact=True).click()
    # The draft is written from the figures; the unit's own text is offered beside, folded.
    expect(coordinator.locator("#text h3").nth(1)).to_have_text("II. Kết quả thực hiện")
    offered = coordinator.locator("details.sources", has_text="6 chương trình phát thanh")
    offered.locator("summary").click()
    expect(offered.get_by_text("6 chương trình phát thanh tiếng Khmer")).to_be_visible()
    coordinator.get_by_role("button", name="Xuất văn bản").click()
    files = {}
    for fmt in ("docx", "xlsx", "pdf"):
        link = coordinator.locator(f"a[href$='/{fmt}/']")
        with coordinator.expect_download() as download:
            link.click()
        files[fmt] = tmp_path / f"report.{fmt}"
        download.value.save_as(files[fmt])

    assert check_decree30(files["docx"].read_bytes()) == []
    text = "\n".join(p.text for p in DocxDocument(str(files["docx"])).paragraphs)
    assert "II. Kết quả thực hiện" in text and "PHỤ LỤC 01" in text
    assert "6 chương trình phát thanh tiếng Khmer" not in text  # offered, never pasted
    assert load_workbook(files["xlsx"]).sheetnames[0] == "Phụ lục 01"
    assert files["pdf"].read_bytes().startswith(b"%PDF")
