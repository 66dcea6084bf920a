"""The guides' screenshots ("Hướng dẫn", guides/), taken from the pages as they are today.

With UPDATE_SCREENSHOTS=1 (`make screenshots`) they replace static/help/*.png, which the
guides show; otherwise they go to var/screenshots/help, so a test run leaves the work tree
clean. Each is the page's main region at 1280 px, cut to a screen's height and saved as a
palette PNG, so each stays well under 100 KB.
"""

import os
import re
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Locator, Page, expect

from accounts.models import User
from documents.tests.conftest import sample_text
from plans.models import Plan
from reporting.models import ReportForm, ReportingPeriod
from reporting.services.drafts import section_save, submission_open
from reporting.services.periods import period_create
from reporting.services.workflow import submission_submit
from units.models import Unit

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
HELP = (ROOT / "static" / "help" if os.environ.get("UPDATE_SCREENSHOTS")
        else ROOT / "var" / "screenshots" / "help")
MAX_HEIGHT = 860
MAX_BYTES = 100_000
STATIC_BARS = """document.querySelectorAll("main *").forEach(e => {
  if (["sticky", "fixed"].includes(getComputedStyle(e).position)) e.style.position = "static";
});"""
NEWSPAPER = "Báo Sóc Trăng đăng 11 tin, bài về quyền con người, có 3 bài bằng tiếng Khmer."


def shoot(page: Page, name: str, region: Locator | None = None) -> Path:
    """The region (the page's <main> by default) from its top, at most MAX_HEIGHT high.

    The demo's banner is left out: a province's own installation never shows it. Bars that
    stick to the window's bottom ("Lưu") are put back in their place, or they would float
    over the middle of a picture taller than the window.
    """
    page.evaluate("document.querySelector('.demo-banner')?.remove()")
    page.evaluate(STATIC_BARS)
    # In the page's coordinates, as a full-page clip wants them, wherever it is scrolled.
    box = (region or page.locator("main")).evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}; }")
    HELP.mkdir(parents=True, exist_ok=True)
    path = HELP / name
    page.screenshot(path=str(path), full_page=True, clip={
        "x": box["x"], "y": box["y"], "width": box["width"],
        "height": min(box["height"], MAX_HEIGHT)})
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
    assert path.stat().st_size < MAX_BYTES, f"{name}: {path.stat().st_size} bytes"
    return path


def _six_month_period() -> ReportingPeriod:
    """The six-month period of 2024 asking the newspaper and the department: the newspaper
    has sent its report, the department is writing its own."""
    coordinator = User.objects.get(username="dieuphoi")
    units = {u.code: u for u in Unit.objects.filter(code__in=["ST-BAO", "ST-STTTT"])}
    period = period_create(
        user=coordinator, kind="six_month", year=2024, receiving_unit=units["ST-STTTT"],
        form=ReportForm.objects.order_by("pk").first(), units=units.values(),
        plan=Plan.objects.get(number="81", symbol="KH-UBND"))
    newspaper = User.objects.get(username="baosoctrang")
    sent = submission_open(user=newspaper, period=period, unit=units["ST-BAO"])
    for section in sent.sections.order_by("position"):
        section_save(user=newspaper, section=section, version=section.version, text=NEWSPAPER)
    submission_submit(user=newspaper, submission=sent)
    return period


def test_help_screenshots(live_server, transactional_db, province, new_page, log_in) -> None:
    period = _six_month_period()

    # The department's reporter: the product form, then their own report.
    page = new_page()
    log_in(page, "sotttt")
    page.goto(f"{live_server.url}/records/products/new/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thêm sản phẩm")
    page.get_by_label("Tên sản phẩm").fill(
        "Phóng sự: Bảo đảm quyền học tập của trẻ em đồng bào Khmer")
    page.get_by_label("Loại").select_option(label="Phóng sự")
    page.get_by_label("Kênh").select_option(label="Truyền hình")
    page.get_by_label("Tiếng Khmer").check()
    shoot(page, "product-form.png")

    page.goto(f"{live_server.url}{period.get_absolute_url()}")
    page.get_by_role("button", name="Soạn báo cáo").click()
    expect(page.locator("nav.crumbs")).to_contain_text("6 tháng đầu năm 2024")
    expect(page.get_by_role("link", name="Hướng dẫn (Viết và gửi báo cáo của đơn vị)")
           ).to_be_visible()
    page.wait_for_load_state("networkidle")
    parts = page.locator("#report-sections")
    parts.get_by_role("textbox").first.fill(
        "Sở đã chủ trì 2 lớp tập huấn cho 70 đại biểu là cán bộ chủ chốt của tỉnh.")
    shoot(page, "unit-report.png", parts)

    # The coordinator: the plan import, and the period with the newspaper's report sent.
    page = new_page()
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/documents/import/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhập kế hoạch từ văn bản")
    shoot(page, "plan-upload.png")
    page.goto(f"{live_server.url}{period.get_absolute_url()}")
    expect(page.get_by_text("Đã gửi").first).to_be_visible()
    shoot(page, "period-review.png")

    # The administrator's people, and the leader's plan page.
    page = new_page()
    log_in(page, "quantri")
    page.goto(f"{live_server.url}/accounts/people/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Người dùng")
    shoot(page, "people.png")

    page = new_page()
    log_in(page, "lanhdao")
    page.get_by_role("link", name="Hướng dẫn", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hướng dẫn")
    page.goto(f"{live_server.url}{Plan.objects.get(number='81').get_absolute_url()}")
    expect(page.get_by_role("heading", name="Nhiệm vụ", exact=True)).to_be_visible()
    shoot(page, "plan-page.png")


def test_plan_review_screenshot(live_server, transactional_db, province, new_page, log_in
                                ) -> None:
    """The review of an imported plan, names matched to units, before it is confirmed."""
    Plan.objects.filter(number="81", symbol="KH-UBND").delete()
    page = new_page()
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/documents/import/")
    page.get_by_label("Tệp văn bản kế hoạch").set_input_files(files=[{
        "name": "KH-81-UBND-2024.txt", "mimeType": "text/plain",
        "buffer": sample_text().replace(b"**", b"")}])  # plain text, as a pasted plan
    page.get_by_role("button", name="Tải lên và đọc").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Xem lại trước khi nhập")
    expect(page.locator("#tasks legend")).to_have_text("5 nhiệm vụ")
    shoot(page, "plan-review.png")


def test_a_guide_shows_its_screenshots(live_server, transactional_db, province, new_page,
                                       log_in) -> None:
    """The committed screenshots load in the guide (no broken image, none blocked)."""
    page = new_page()
    log_in(page, "baosoctrang")
    page.get_by_role("link", name="Hướng dẫn", exact=True).click()
    page.get_by_role("link", name="Viết và gửi báo cáo của đơn vị").click()
    image = page.get_by_role("img", name=re.compile("^Trang soạn báo cáo của đơn vị"))
    image.scroll_into_view_if_needed()
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 1000")
