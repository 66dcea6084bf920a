"""A coordinator imports the Sóc Trăng plan from a Word file and finds it on the plan page."""

from pathlib import Path

import docx
import pytest
from playwright.sync_api import Page, expect

from documents.tests.conftest import sample_text
from plans.models import Plan

pytestmark = pytest.mark.browser


def sample_as_docx(folder: Path) -> Path:
    """The sample as Word writes it: one paragraph per line, the header in bold."""
    document = docx.Document()
    for line in sample_text().decode("utf-8").splitlines():
        text = line.replace("**", "").strip()
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = line.startswith("**") or text.isupper()
    path = folder / "KH-81-UBND-2024.docx"
    document.save(str(path))
    return path


def test_coordinator_imports_a_plan_from_docx(
    live_server, transactional_db, province, page: Page, log_in, screenshot, tmp_path
) -> None:
    Plan.objects.filter(number="81", symbol="KH-UBND").delete()
    log_in(page, "dieuphoi")
    page.goto(f"{live_server.url}/plans/")
    page.get_by_role("link", name="Nhập từ văn bản").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhập kế hoạch từ văn bản")
    page.get_by_label("Tệp văn bản kế hoạch").set_input_files(str(sample_as_docx(tmp_path)))
    page.get_by_role("button", name="Tải lên và đọc").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Xem lại trước khi nhập")
    expect(page.locator("#src-doc-title")).to_contain_text("Triển khai Đề án truyền thông")
    expect(page.locator("#tasks legend")).to_have_text("5 nhiệm vụ")
    expect(page.locator("#targets legend")).to_have_text("1 chỉ tiêu")
    page.get_by_role("link", name="xem trong văn bản").first.click()
    expect(page.locator("#src-task-0")).to_contain_text("Sản xuất, đăng phát")

    # Close names are matched already ("Sở Thông tin và Truyền thông" to the Sóc Trăng
    # department); the coordinator sets the radio and television station by hand.
    dic = page.get_by_label("Sở Thông tin và Truyền thông", exact=True)
    expect(dic).to_have_value(str(_unit_pk("ST-STTTT")))
    radio = page.get_by_label("Đài Phát thanh và Truyền hình Sóc Trăng", exact=True)
    radio.select_option(str(_unit_pk("ST-DAI")))
    screenshot(page, "plan-import.png")
    page.get_by_role("button", name="Xác nhận và nhập").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Triển khai Đề án truyền thông về quyền con người ở Việt Nam "
        "trên địa bàn tỉnh Sóc Trăng năm 2024"
    )
    expect(page.get_by_text("Đã tạo kế hoạch 81/KH-UBND từ văn bản.")).to_be_visible()
    expect(page.locator("#tasks tbody tr td:first-child")).to_have_text(
        ["II.1", "II.2", "II.3.a", "II.3.b", "II.3.c"]
    )
    expect(page.locator("#targets tbody td.num")).to_have_text(["70 đại biểu"])
    expect(page.locator("#citations")).to_contain_text("1079/QĐ-TTg")
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    coordinating = plan.tasks.get(code="II.1").coordinating_units
    assert any(u.unit and u.unit.code == "ST-DAI" for u in coordinating)


def _unit_pk(code: str) -> int:
    from units.models import Unit

    return Unit.objects.get(code=code).pk
