"""A newspaper's reporter records its work, and the plan's indicators move on the dashboard."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import Page, expect

from accounts.models import User
from indicators.services import indicator_create
from plans.models import Plan, Target
from plans.services import target_create

pytestmark = pytest.mark.browser


def _measure_the_plan() -> tuple[Plan, Target, Target]:
    """What a coordinator set up beforehand: how the two targets are measured."""
    coordinator = User.objects.get(username="dieuphoi")
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    training = plan.targets.get(unit_of_measure="đại biểu")
    indicator_create(user=coordinator, target=training, name="Đại biểu được tập huấn",
                     method="participants", activity_kinds=["training"])
    share = target_create(plan=plan, text="15 - 20% sản phẩm bằng tiếng dân tộc thiểu số, "
                          "tiếng nước ngoài", value=Decimal(15), value_max=Decimal(20),
                          unit_of_measure="%")
    indicator_create(user=coordinator, target=share, name="Tỷ lệ sản phẩm đa ngôn ngữ",
                     method="product_share", share_language_groups=["minority", "foreign"])
    return plan, training, share


def test_a_khmer_article_and_a_training_move_the_indicators(
    live_server, transactional_db, province, page: Page, log_in
) -> None:
    plan, training, share = _measure_the_plan()
    dashboard = f"{live_server.url}/indicators/plan/{plan.pk}/?unit="
    log_in(page, "baosoctrang")
    page.goto(dashboard)
    expect(page.locator(f"#target-{training.pk} td.num strong")).to_have_text("0")

    nav = page.get_by_role("navigation", name="Điều hướng chính")
    nav.get_by_role("link", name="Sản phẩm", exact=True).click()
    page.get_by_role("link", name="Thêm sản phẩm").click()
    page.get_by_label("Tên sản phẩm").fill("Chùa Khmer, nơi lưu giữ văn hóa của đồng bào")
    page.get_by_label("Loại").select_option(label="Bài")
    page.get_by_label("Kênh").select_option(label="Báo điện tử")
    page.get_by_label("Tiếng Khmer").check()
    page.get_by_label("Ngày đăng, phát").fill("2024-06-10")
    page.get_by_label(re.compile(r"II\.1\b")).check()
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Chùa Khmer, nơi lưu giữ văn hóa của đồng bào")

    nav.get_by_role("link", name="Hoạt động", exact=True).click()
    page.get_by_role("link", name="Thêm hoạt động").click()
    page.get_by_label("Tên hoạt động").fill("Tập huấn nghiệp vụ truyền thông quyền con người")
    page.get_by_label("Loại").select_option(label="Tập huấn, bồi dưỡng")
    page.get_by_label("Từ ngày").fill("2024-08-22")
    page.get_by_label("Cán bộ chủ chốt").fill("40")
    page.get_by_label("Phóng viên, biên tập viên").fill("30")
    page.get_by_label(re.compile(r"II\.2\b")).check()
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Tập huấn nghiệp vụ truyền thông quyền con người")

    page.goto(dashboard)
    expect(page.locator(f"#target-{training.pk} td.num strong")).to_have_text("70")
    expect(page.locator(f"#target-{share.pk} td.num strong")).to_have_text("100")
