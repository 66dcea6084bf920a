"""Merging a period's approved reports: the sums, the marked contributions, the header."""

import doctest
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accounts.models import User
from reporting import consolidate
from reporting.figures import FigureTable, Row
from reporting.models import (
    ConsolidatedReport,
    ConsolidatedStatus,
    EventAction,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
    SubmissionStatus,
)
from reporting.services.consolidated import consolidated_build, consolidated_merge
from units.models import Unit

REQUEST = "Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh"


def six_month_period(receiving: Unit, asked: list[Unit], **fields: object) -> ReportingPeriod:
    from plans.models import Plan

    values: dict[str, object] = {
        "kind": "six_month", "year": 2024, "first_day": date(2023, 12, 15),
        "last_day": date(2024, 6, 14), "deadline": date(2024, 6, 18),
        "title": "Báo cáo 6 tháng đầu năm 2024", "receiving_unit": receiving,
        "plan": Plan.objects.filter(number="81", symbol="KH-UBND").first(),
        "form": ReportForm.objects.order_by("pk").first(),
    }
    values.update(fields)
    period = ReportingPeriod.objects.create(**values)
    period.units.set(asked)
    return period


def products(counts: dict[str, int]) -> FigureTable:
    labels = {"article": "Tin, bài", "reportage": "Phóng sự", "radio": "Chương trình phát thanh"}
    return FigureTable("products_by_kind", "Sản phẩm truyền thông theo loại",
                       ["Loại sản phẩm", "Số sản phẩm"],
                       [Row(k, labels[k], [n]) for k, n in counts.items()])


def languages(khmer: int, total: int) -> FigureTable:
    return FigureTable("products_by_language", "Sản phẩm truyền thông theo ngôn ngữ",
                       ["Ngôn ngữ", "Số sản phẩm", "Tổng số sản phẩm của đơn vị", "Tỷ lệ"],
                       [Row("km", "Tiếng Khmer", [khmer, total, None])],
                       ratios={2: (0, 1)}, total=False).with_ratios()


def activities(count: int, people: int) -> FigureTable:
    return FigureTable("activities", "Hoạt động và số người tham gia",
                       ["Loại hoạt động", "Số hoạt động", "Số người tham gia"],
                       [Row("training", "Tập huấn", [count, people])])


def approved(period: ReportingPeriod, unit: Unit, texts: list[str],
             figures: list[FigureTable], approver: User | None = None,
             status: str = SubmissionStatus.APPROVED) -> Submission:
    """A unit's report as the workflow leaves it once approved, written straight to the ORM."""
    now = timezone.now()
    submission = Submission.objects.create(
        period=period, unit=unit, status=status, figures=[t.to_json() for t in figures],
        figures_at=now, submitted_at=now,
        approved_at=now if status == SubmissionStatus.APPROVED else None, approved_by=approver)
    for form_section in period.form.sections.order_by("position"):
        text = texts[form_section.position - 1] if form_section.position <= len(texts) else ""
        SubmissionSection.objects.create(submission=submission, position=form_section.position,
                                         title=form_section.title, text=text)
    SubmissionEvent.objects.create(submission=submission, action=EventAction.SUBMITTED, at=now)
    if status == SubmissionStatus.APPROVED:
        SubmissionEvent.objects.create(submission=submission, action=EventAction.APPROVED,
                                       actor=approver, at=now)
    return submission


BAO_TEXTS = [
    "Ban Biên tập chỉ đạo mở chuyên mục “Quyền con người và cuộc sống” trên báo in và báo "
    "điện tử.",
    "Đăng 48 tin, bài về thành tựu bảo đảm quyền con người.\n\nThực hiện 6 phóng sự bằng "
    "tiếng Khmer về chính sách cho đồng bào dân tộc.",
]
DAI_TEXTS = [
    "",
    "Phát sóng 24 chương trình phát thanh tiếng Khmer và 12 phóng sự truyền hình.",
]
SO_TEXTS = [
    "Tham mưu UBND tỉnh ban hành Kế hoạch số 81/KH-UBND ngày 06/5/2024.",
    "Tổ chức 2 lớp tập huấn kỹ năng truyền thông về quyền con người cho 120 đại biểu.",
]


@pytest.fixture
def period(unit) -> ReportingPeriod:
    asked = [unit("ST-BAO"), unit("ST-DAI"), unit("ST-SVHTTDL"), unit("ST-KESACH")]
    return six_month_period(unit("ST-STTTT"), asked, request=REQUEST)


@pytest.fixture
def reports(period: ReportingPeriod, unit, coordinator: User) -> list[Submission]:
    """Three approved reports and one still waiting for review."""
    return [
        approved(period, unit("ST-BAO"), BAO_TEXTS,
                 [products({"article": 48, "reportage": 6}), languages(1, 4)], coordinator),
        approved(period, unit("ST-DAI"), DAI_TEXTS,
                 [products({"radio": 24, "reportage": 12}), languages(0, 16)], coordinator),
        approved(period, unit("ST-SVHTTDL"), SO_TEXTS, [activities(2, 120)], coordinator),
        approved(period, unit("ST-KESACH"), ["Chưa duyệt: không được tổng hợp."], [],
                 status=SubmissionStatus.SUBMITTED),
    ]


def build(user: User, period: ReportingPeriod, capture) -> ConsolidatedReport:
    """Start the build and let the queued merge run, as the task runner would."""
    with capture(execute=True):
        report = consolidated_build(user=user, period=period)
    report.refresh_from_db()
    return report


def test_the_docstring_examples_hold() -> None:
    assert doctest.testmod(consolidate).failed == 0


def test_it_sums_shares_as_a_ratio_of_sums_not_an_average(
        reports, period, coordinator, django_capture_on_commit_callbacks) -> None:
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    tables = {t["code"]: FigureTable.from_json(t) for t in report.figures}
    khmer = tables["products_by_language"].rows[0].values
    # Báo Sóc Trăng 1 of 4 (25%), the radio station 0 of 16 (0%): the province has 1 of 20.
    assert khmer == [1, 20, Decimal("0.0500")]
    assert khmer[2] != (Decimal("0.25") + Decimal("0")) / 2
    kinds = {row.key: row.values[0] for row in tables["products_by_kind"].rows}
    assert kinds == {"article": 48, "reportage": 18, "radio": 24}
    assert tables["products_by_kind"].total_row().values == [90]
    assert [t["code"] for t in report.figures] == [
        "products_by_kind", "products_by_language", "activities"]  # the form's order


def test_it_marks_each_units_contribution_in_the_forms_order(
        reports, period, coordinator, django_capture_on_commit_callbacks) -> None:
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    sections = list(report.sections.order_by("position"))
    assert [s.title for s in sections] == [
        "Công tác chỉ đạo", "Kết quả thực hiện", "Đánh giá, khó khăn, vướng mắc",
        "Phương hướng, nhiệm vụ thời gian tới", "Đề xuất, kiến nghị"]
    results = sections[1]
    # The department first, then the press, as provincial reports list them.
    assert results.text.split("\n\n") == [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng: Tổ chức 2 lớp tập huấn kỹ năng truyền "
        "thông về quyền con người cho 120 đại biểu.",
        "Báo Sóc Trăng: Đăng 48 tin, bài về thành tựu bảo đảm quyền con người.\nThực hiện 6 "
        "phóng sự bằng tiếng Khmer về chính sách cho đồng bào dân tộc.",
        "Đài Phát thanh và Truyền hình Sóc Trăng: Phát sóng 24 chương trình phát thanh tiếng "
        "Khmer và 12 phóng sự truyền hình.",
    ]
    names = [c["name"] for c in sections[0].contributors]
    assert names == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng", "Báo Sóc Trăng"]
    assert sections[0].contributors[1]["unit_id"] == reports[0].unit_id
    assert sections[4].text == "" and sections[4].contributors == []


def test_it_leaves_out_reports_not_approved(reports, period, coordinator,
                                            django_capture_on_commit_callbacks) -> None:
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    assert set(report.submissions.all()) == set(reports[:3])
    assert "Chưa duyệt" not in "".join(report.sections.values_list("text", flat=True))


def test_it_prefills_the_header_from_the_receiving_unit(
        reports, period, coordinator, django_capture_on_commit_callbacks) -> None:
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    assert report.status == ConsolidatedStatus.DRAFT
    assert report.parent_body == "UBND TỈNH SÓC TRĂNG"
    assert report.issuing_body == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert report.symbol == "BC-STTTT"
    assert report.place == "Sóc Trăng"
    assert report.title == ("Kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng đầu "
                            "năm 2024")
    assert report.opening == (
        "Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh, "
        "Sở Thông tin và Truyền thông báo cáo kết quả thực hiện Đề án truyền thông về quyền con "
        "người 6 tháng đầu năm 2024 như sau:")
    assert report.recipients.splitlines() == [
        "Bộ Thông tin và Truyền thông", "Ban Chỉ đạo Nhân quyền tỉnh",
        "Ủy ban nhân dân tỉnh Sóc Trăng", "Lãnh đạo Sở", "Lưu: VT"]
    assert (report.signature_prefix, report.signature_position) == ("KT. GIÁM ĐỐC",
                                                                     "PHÓ GIÁM ĐỐC")


def test_a_regular_period_opens_with_the_plan_it_implements(
        unit, coordinator, django_capture_on_commit_callbacks) -> None:
    period = six_month_period(unit("ST-STTTT"), [unit("ST-BAO")])
    approved(period, unit("ST-BAO"), BAO_TEXTS, [], coordinator)
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    assert report.opening.startswith(
        "Thực hiện Kế hoạch số 81/KH-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh Sóc Trăng, "
        "Sở Thông tin và Truyền thông báo cáo kết quả")


def test_it_refuses_to_build_without_an_approved_report(period, unit, coordinator) -> None:
    approved(period, unit("ST-BAO"), BAO_TEXTS, [], status=SubmissionStatus.SUBMITTED)
    with pytest.raises(ValidationError) as error:
        consolidated_build(user=coordinator, period=period)
    assert error.value.messages == [
        "Kỳ báo cáo này chưa có báo cáo nào của đơn vị được duyệt; chưa thể tổng hợp."]
    assert not ConsolidatedReport.objects.exists()


@pytest.mark.parametrize("role", ["reporter", "lead_reporter", "viewer"])
def test_only_a_coordinator_builds(role, request, reports, period) -> None:
    user = request.getfixturevalue(role)
    with pytest.raises(PermissionDenied) as error:
        consolidated_build(user=user, period=period)
    assert "Chỉ cán bộ điều phối" in str(error.value)
    assert not ConsolidatedReport.objects.exists()


def test_building_again_keeps_the_header_and_takes_newly_approved_reports(
        reports, period, coordinator, django_capture_on_commit_callbacks) -> None:
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    ConsolidatedReport.objects.filter(pk=report.pk).update(signer_name="Lâm Văn Phúc",
                                                           number="125")
    reports[3].status = SubmissionStatus.APPROVED
    reports[3].save()
    again = build(coordinator, period, django_capture_on_commit_callbacks)
    assert again.pk == report.pk
    assert (again.signer_name, again.number) == ("Lâm Văn Phúc", "125")
    assert again.submissions.count() == 4
    assert "Ủy ban nhân dân huyện Kế Sách: Chưa duyệt" in again.sections.get(position=1).text


def test_it_refuses_a_second_build_while_one_runs(reports, period, coordinator) -> None:
    report = consolidated_build(user=coordinator, period=period)  # not committed: still queued
    with pytest.raises(ValidationError) as error:
        consolidated_build(user=coordinator, period=period)
    assert "đang được xử lý (đang tổng hợp)" in error.value.messages[0]
    report.refresh_from_db()
    assert report.status == ConsolidatedStatus.MERGING


def test_the_merge_reports_its_progress(reports, period, coordinator) -> None:
    report = consolidated_build(user=coordinator, period=period)
    steps: list[tuple[int, int]] = []
    assert consolidated_merge(report_id=report.pk, progress=lambda d, t: steps.append((d, t)))
    assert steps[0] == (0, 4) and steps[-1] == (3, 4)
    report.refresh_from_db()
    assert (report.progress_done, report.progress_total) == (4, 4)
    assert not consolidated_merge(report_id=report.pk)  # already merged: nothing to do


def test_a_failed_merge_says_so_and_does_not_wait_for_ever(
        reports, period, coordinator, monkeypatch, django_capture_on_commit_callbacks) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("reporting.consolidate.merge_sections", broken)
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    assert report.status == ConsolidatedStatus.FAILED
    assert report.error == ("Không tổng hợp được các báo cáo do lỗi hệ thống; xin thử lại hoặc "
                            "báo quản trị.")


def test_a_unit_part_the_form_lacks_is_kept_at_the_end() -> None:
    merged = consolidate.merge_sections([(1, "Công tác chỉ đạo")], [
        consolidate.UnitReport(1, "Báo Sóc Trăng", [(1, "I. Công tác chỉ đạo", "Chỉ đạo."),
                                                    (2, "Kiến nghị khác", "Đề nghị kinh phí.")]),
    ])
    assert [(s.position, s.title, s.text) for s in merged] == [
        (1, "Công tác chỉ đạo", "Báo Sóc Trăng: Chỉ đạo."),
        (2, "Kiến nghị khác", "Báo Sóc Trăng: Đề nghị kinh phí.")]


def test_an_edited_text_still_shows_whose_each_part_is() -> None:
    text = ("Báo Sóc Trăng: Đăng 48 tin.\nMở chuyên mục.\n\nĐánh giá chung của Sở.\n\n"
            "Đài Phát thanh và Truyền hình Sóc Trăng: Phát 24 chương trình.")
    found = consolidate.blocks(text, ["Báo Sóc Trăng", "Đài Phát thanh và Truyền hình Sóc Trăng"])
    assert [(b.lead, b.paragraphs) for b in found] == [
        ("Báo Sóc Trăng", ["Đăng 48 tin.", "Mở chuyên mục."]),
        ("", ["Đánh giá chung của Sở."]),
        ("Đài Phát thanh và Truyền hình Sóc Trăng", ["Phát 24 chương trình."])]


def test_summed_rows_keep_the_units_order_even_when_the_first_lacks_some() -> None:
    reports = [consolidate.UnitReport(1, "Đài", [], [products({"reportage": 2}).to_json()]),
               consolidate.UnitReport(2, "Báo", [], [products({"article": 5, "reportage": 1}
                                                              ).to_json()])]
    table = consolidate.sum_figures(reports)[0]
    assert [(row.key, row.values) for row in table.rows] == [("article", [5]),
                                                             ("reportage", [3])]


def test_summed_rows_follow_the_lists_they_come_from(reports, period, coordinator,
                                                   django_capture_on_commit_callbacks) -> None:
    """The radio station lists radio programmes before reportages; the province's table
    follows the order of product kinds, as every unit's prefilled table does."""
    report = build(coordinator, period, django_capture_on_commit_callbacks)
    kinds = next(t for t in report.figures if t["code"] == "products_by_kind")
    assert [row["key"] for row in kinds["rows"]] == ["article", "reportage", "radio"]
