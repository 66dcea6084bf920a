"""The same loop at three levels: wards → the city, the city and the press → the province's
department, the provinces → the ministry. A consolidated report goes up as the receiving
unit's own report, is approved there and consolidated again."""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from docx import Document

from accounts.services import user_create
from exports.decree30 import docx_bytes
from exports.decree30_check import check_decree30
from reporting.figures import FigureTable
from reporting.models import (
    ConsolidatedReport,
    EventAction,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from reporting.official import official_document
from reporting.services.consolidated import consolidated_submit_upward, consolidated_update
from reporting.services.workflow import submission_approve, submission_return
from units.services import unit_create

pytestmark = pytest.mark.django_db
MINISTRY = "Bộ Văn hóa, Thể thao và Du lịch"


@pytest.fixture
def levels(unit, make_period) -> dict[str, ReportingPeriod]:
    """The ministry's six-month period, the province's under it, the city's under that."""
    ministry = unit_create(code="BVHTTDL", name=MINISTRY, kind="other")
    bac_lieu = unit_create(code="BL", name="Ủy ban nhân dân tỉnh Bạc Liêu", kind="province")
    bac_lieu_department = unit_create(code="BL-SVHTTDL", kind="department", parent=bac_lieu,
                                      name="Sở Văn hóa, Thể thao và Du lịch tỉnh Bạc Liêu")
    top = make_period(ministry, [unit("ST-STTTT"), bac_lieu_department], plan=None,
                           deadline=date(2024, 6, 25))
    province = make_period(unit("ST-STTTT"), [unit("ST-TPST"), unit("ST-BAO")],
                                parent=top)
    city = make_period(unit("ST-TPST"), [unit("ST-TPST-P1"), unit("ST-TPST-P2")],
                            parent=province, plan=None)
    return {"ministry": top, "province": province, "city": city}


@pytest.fixture
def ministry_coordinator(levels):
    ministry = levels["ministry"].receiving_unit
    return user_create(username="bo_dieuphoi", password="Kehoach@2024", role="coordinator",
                       full_name="Đỗ Thu Trang", units=[ministry])


def news(product, unit: str, count: int, khmer: int = 0) -> None:
    """`count` loudspeaker news items of a unit in the window, `khmer` of them in Khmer."""
    for n in range(count):
        product(unit, f"Tin truyền thanh về quyền con người số {n + 1}",
                ["km"] if n < khmer else ["vi"], date(2024, 3, 1 + n), kind="news",
                channel="loudspeaker", task=None)


@pytest.fixture
def ward_reports(levels, unit, coordinator, product, approve) -> None:
    city = levels["city"]
    news(product, "ST-TPST-P1", 4, khmer=1)
    news(product, "ST-TPST-P2", 2)
    approve(city, unit("ST-TPST-P1"), [
        "Đảng ủy phường chỉ đạo lồng ghép tuyên truyền quyền con người trong sinh hoạt khóm.",
        "Phát 04 tin trên hệ thống loa truyền thanh phường, trong đó 01 tin tiếng Khmer."],
        coordinator)
    approve(city, unit("ST-TPST-P2"), ["", "Phát 02 tin trên hệ thống loa truyền thanh."],
            coordinator)


def test_a_report_goes_up_two_levels_and_is_consolidated_by_the_ministry(
        levels, unit, coordinator, ministry_coordinator, build, ward_reports, approve,
        product) -> None:
    city_report = build(coordinator, levels["city"])
    assert city_report.issuing_body == "ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG"
    assert (city_report.symbol, city_report.place) == ("BC-UBND", "Sóc Trăng")
    upward = consolidated_submit_upward(user=coordinator, report=city_report)
    assert (upward.period, upward.unit) == (levels["province"], unit("ST-TPST"))
    assert upward.status == SubmissionStatus.SUBMITTED and upward.source == city_report
    assert [e.action for e in upward.events.all()] == [EventAction.SUBMITTED]
    results = upward.sections.get(position=2)
    assert results.title == "Kết quả thực hiện"
    assert results.text.startswith("Trong kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/6/2024), "
                                   "các cơ quan, đơn vị đã sản xuất, đăng phát 06 sản phẩm")

    submission_approve(user=coordinator, submission=upward)
    news(product, "ST-BAO", 3, khmer=1)
    approve(levels["province"], unit("ST-BAO"), ["", "Đăng 03 tin."], coordinator)
    province_report = build(coordinator, levels["province"])
    text = province_report.sections.get(position=2).text
    # The province counts the wards' work through the city's report, and Báo Sóc Trăng's own.
    assert "đã sản xuất, đăng phát 09 sản phẩm truyền thông về quyền con người, trong đó 02 " \
           "sản phẩm có tiếng dân tộc thiểu số" in text
    assert "Số liệu tổng hợp từ báo cáo của 02/02 cơ quan, đơn vị" in text
    recipients = province_report.recipients.splitlines()
    assert recipients[0] == f"{MINISTRY} (b/c)" and recipients[-1] == "Lưu: VT"

    sent = consolidated_submit_upward(user=coordinator, report=province_report)
    submission_approve(user=ministry_coordinator, submission=sent)
    news(product, "BL-SVHTTDL", 5, khmer=2)
    approve(levels["ministry"], unit("BL-SVHTTDL"), ["", "Tỉnh Bạc Liêu đăng 05 tin."],
            ministry_coordinator)
    ministry_report = build(ministry_coordinator, levels["ministry"])
    tables = {t["code"]: FigureTable.from_json(t) for t in ministry_report.figures}
    assert tables["products_by_kind"].total_row().values == [4 + 2 + 3 + 5, Decimal("1.0000")]
    other = tables["products_by_language"].rows[1].values
    assert other == [1 + 0 + 1 + 2, Decimal("0.2857")]  # 4 of 14, a ratio of sums
    assert ministry_report.issuing_body == "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert (ministry_report.symbol, ministry_report.place) == ("BC-BVHTTDL", "Hà Nội")
    assert (ministry_report.signature_prefix, ministry_report.signature_position) == (
        "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    docx = docx_bytes(official_document(ministry_report))
    assert check_decree30(docx) == []
    body = "\n".join(p.text for p in Document(BytesIO(docx)).paragraphs)
    assert "đăng phát 14 sản phẩm" in body


def test_sending_again_after_a_return_is_a_resubmission(
        levels, unit, coordinator, build, ward_reports) -> None:
    report = build(coordinator, levels["city"])
    upward = consolidated_submit_upward(user=coordinator, report=report)
    submission_return(user=coordinator, submission=upward,
                      comment="Bổ sung số liệu tiếng Khmer của Phường 2.")
    consolidated_update(user=coordinator, report=report,
                        sections={2: "Phường 2 chưa có sản phẩm tiếng Khmer."})
    again = consolidated_submit_upward(user=coordinator, report=report)
    assert again.pk == upward.pk and again.status == SubmissionStatus.SUBMITTED
    assert [e.action for e in again.events.all()][-1] == EventAction.RESUBMITTED
    section = again.sections.get(position=2)
    assert (section.text, section.version) == ("Phường 2 chưa có sản phẩm tiếng Khmer.", 2)
    assert again.sections.get(position=1).version == 1


def refused(user, report: ConsolidatedReport) -> str:
    count = Submission.objects.count()
    with pytest.raises(ValidationError) as error:
        consolidated_submit_upward(user=user, report=report)
    assert Submission.objects.count() == count
    return error.value.messages[0]


def test_a_period_without_a_parent_cannot_send_up(
        levels, unit, coordinator, ministry_coordinator, build, approve) -> None:
    approve(levels["ministry"], unit("ST-STTTT"), ["", "Tỉnh Sóc Trăng đăng 48 tin."],
            ministry_coordinator)
    report = build(ministry_coordinator, levels["ministry"])
    assert refused(ministry_coordinator, report) == (
        "Bộ Văn hóa, Thể thao và Du lịch ở cấp cao nhất của cây đơn vị: không có cấp trên để "
        "gửi báo cáo tổng hợp lên.")


def test_a_closed_parent_or_a_unit_it_does_not_ask_is_refused(
        levels, unit, coordinator, build, ward_reports) -> None:
    report = build(coordinator, levels["city"])
    province = levels["province"]
    province.units.remove(unit("ST-TPST"))
    assert refused(coordinator, report) == (
        "Kỳ báo cáo cấp trên “Báo cáo 6 tháng đầu năm 2024” không yêu cầu Ủy ban nhân dân "
        "thành phố Sóc Trăng báo cáo.")
    province.units.add(unit("ST-TPST"))
    ReportingPeriod.objects.filter(pk=province.pk).update(closed_at=timezone.now())
    report.period.parent.refresh_from_db()
    assert refused(coordinator, report) == (
        "Kỳ báo cáo cấp trên “Báo cáo 6 tháng đầu năm 2024” đã khóa; không gửi thêm báo cáo "
        "được.")


def test_an_approved_upward_report_is_not_replaced(
        levels, unit, coordinator, build, ward_reports) -> None:
    report = build(coordinator, levels["city"])
    upward = consolidated_submit_upward(user=coordinator, report=report)
    submission_approve(user=coordinator, submission=upward)
    assert refused(coordinator, report).startswith(
        "Báo cáo gửi lên kỳ “Báo cáo 6 tháng đầu năm 2024” đã được duyệt")


@pytest.mark.parametrize("role", ["reporter", "lead_reporter", "viewer"])
def test_only_a_coordinator_sends_up(levels, unit, coordinator, request, role,
                                     build, ward_reports) -> None:
    report = build(coordinator, levels["city"])
    with pytest.raises(PermissionDenied):
        consolidated_submit_upward(user=request.getfixturevalue(role), report=report)
    assert not Submission.objects.filter(period=levels["province"]).exists()


def test_the_page_sends_up_and_shows_the_upward_status(
        levels, unit, coordinator, client_as, build, ward_reports) -> None:
    from django.urls import reverse

    build(coordinator, levels["city"])
    client = client_as("coordinator")
    page = reverse("reporting:consolidated", args=[levels["city"].pk])
    assert "Gửi lên cấp trên" in client.get(page).content.decode()
    response = client.post(reverse("reporting:submit_upward", args=[levels["city"].pk]),
                           follow=True)
    html = response.content.decode()
    assert "Đã gửi báo cáo tổng hợp lên kỳ báo cáo cấp trên" in html
    assert "Đã gửi; trạng thái: Đã gửi, chờ duyệt." in html
