"""Building the consolidated report: drafted from the covered units' records, by the plan's
tasks, in the lead department's voice, with the units' own texts offered beside."""

import doctest
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from exports import naming
from reporting import figures, phrasing
from reporting.drafting import facts, phrases, recommendations, roles, wording
from reporting.figures import FigureTable
from reporting.models import ConsolidatedReport, ConsolidatedStatus, SubmissionStatus
from reporting.services.consolidated import consolidated_build, consolidated_merge
from reporting.tests.conftest import BAO_TEXTS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("module", [naming, phrasing, figures, facts, phrases,
                                    recommendations, roles, wording])
def test_the_docstring_examples_hold(module) -> None:
    assert doctest.testmod(module).failed == 0


def part(report: ConsolidatedReport, position: int) -> list[str]:
    return report.sections.get(position=position).text.splitlines()


def test_the_results_follow_the_plans_tasks_with_figures_in_sentences(
        reports, period, coordinator, build) -> None:
    report = build(coordinator, period)
    lines = part(report, 2)
    assert lines[0] == (
        "Trong kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/6/2024), các cơ quan, đơn vị đã sản "
        "xuất, đăng phát 07 sản phẩm truyền thông về quyền con người, trong đó 04 sản phẩm có "
        "tiếng dân tộc thiểu số, tiếng nước ngoài (chiếm 57,1%); tổ chức 02 hoạt động với 3.270 "
        "lượt người tham gia (chi tiết tại Phụ lục 01 và Phụ lục 02 kèm theo). Số liệu tổng hợp "
        "từ báo cáo của 03/04 cơ quan, đơn vị và số liệu của Sở Thông tin và Truyền thông; báo "
        "cáo của Ủy ban nhân dân huyện Kế Sách chưa được duyệt.")
    items = [line for line in lines if line[:2] in {f"{n}." for n in range(1, 10)}]
    assert [item[:40] for item in items] == [
        "1. Sản xuất, đăng phát các sản phẩm truy", "2. Tập huấn, bồi dưỡng kiến thức, kỹ năn",
        "3. Lồng ghép truyền thông về quyền con n", "4. Hướng dẫn, hỗ trợ, tạo điều kiện thuậ",
        "5. Vận động cán bộ, công chức, viên chức", "6. Các hoạt động khác ngoài nhiệm vụ của"]
    first = lines[lines.index(items[0]) + 1]
    assert "Các cơ quan, đơn vị đã sản xuất, đăng phát 06 sản phẩm (03 bài, 01 phóng sự và 02 " \
           "chương trình phát thanh), trong đó 03 sản phẩm có tiếng dân tộc thiểu số, tiếng " \
           "nước ngoài (chiếm 50%; tiếng Khmer 03 sản phẩm), gồm 01 sản phẩm song ngữ, mỗi " \
           "sản phẩm được tính một lần; cụ thể: Báo Sóc Trăng 04 sản phẩm; Đài Phát thanh và " \
           "Truyền hình Sóc Trăng 02 sản phẩm." in first
    assert "Tổ chức 01 cuộc triển lãm với 3.200 lượt người tham gia." in first
    training = lines[lines.index(items[1]) + 1]
    assert "Các cơ quan, đơn vị đã tổ chức 01 lớp tập huấn, bồi dưỡng với 70 lượt người tham " \
           "gia (45 cán bộ chủ chốt, 25 phóng viên, biên tập viên)." in training
    idle = lines[lines.index(items[2]) + 1]
    assert idle.startswith("Sở Giáo dục và Đào tạo, Liên đoàn Lao động tỉnh, Hội Liên hiệp Phụ "
                           "nữ tỉnh")
    assert idle.endswith("Trong kỳ, chưa ghi nhận sản phẩm, hoạt động nào của các cơ quan, "
                         "đơn vị cho nhiệm vụ này.")
    assert lines[-1] == ("Báo Sóc Trăng đã sản xuất, đăng phát 01 sản phẩm (01 tin), trong "
                         "đó 01 sản phẩm có tiếng dân tộc thiểu số, tiếng nước ngoài (chiếm "
                         "100%).")


def test_every_figure_links_to_the_records_behind_it(reports, period, coordinator,
                                                      build, client_as) -> None:
    report = build(coordinator, period)
    links = report.sections.get(position=2).links
    link = next(li for li in links if li["text"] == "02 chương trình phát thanh")
    client = client_as("viewer")
    listed = client.get(link["url"]).content.decode()
    assert listed.count("Chương trình phát thanh tiếng Khmer số") == 2
    total = client.get(links[0]["url"]).content.decode()
    assert "Sóc Trăng sau hợp nhất" not in total  # published after the window
    assert "Lọc theo 04 đơn vị" in total or "Lọc theo 4 đơn vị" in total


def test_units_texts_are_offered_beside_not_pasted(reports, period, coordinator,
                                                   build) -> None:
    report = build(coordinator, period)
    text = "\n".join(report.sections.values_list("text", flat=True))
    assert "Đăng 48 tin, bài" not in text and "Báo Sóc Trăng:" not in text
    results = report.sections.get(position=2).sources
    assert {"unit": "Báo Sóc Trăng", "item": 0,
            "text": "Đăng 48 tin, bài về thành tựu bảo đảm quyền con người."} in results
    assert "Chưa duyệt" not in str([s.sources for s in report.sections.all()])


def test_recommendations_to_the_department_itself_are_not_carried_upward(
        reports, period, coordinator, build) -> None:
    report = build(coordinator, period)
    assert part(report, 5) == ["1. Đề nghị UBND tỉnh bố trí kinh phí cho trang tiếng Khmer."]


def test_the_assessment_names_what_is_behind_and_the_next_part_what_is_open(
        reports, period, coordinator, build) -> None:
    report = build(coordinator, period)
    assessment = part(report, 3)
    assert assessment[0] == "1. Kết quả đạt được"
    assert assessment[1].startswith("Các cơ quan, đơn vị đã triển khai 02/05 nhiệm vụ của Kế "
                                    "hoạch; sản xuất, đăng phát 07 sản phẩm")
    assert assessment[2] == "2. Tồn tại, hạn chế"
    assert "Chưa ghi nhận sản phẩm, hoạt động nào cho nhiệm vụ II.3.a" in assessment[3]
    assert "Ủy ban nhân dân huyện Kế Sách chưa gửi báo cáo hoặc báo cáo chưa được duyệt" in \
        assessment[3]
    assert assessment[4] == "3. Nguyên nhân"
    upcoming = part(report, 4)
    assert upcoming[0] == ("1. Tiếp tục sản xuất, đăng phát các sản phẩm truyền thông (trong "
                           "năm 2024).")
    assert upcoming[1].startswith("2. Triển khai tập huấn, bồi dưỡng kiến thức") and \
        upcoming[1].endswith("theo đúng thời gian của Kế hoạch (quý III/2024).")
    assert upcoming[-1].startswith("6. Đôn đốc Ủy ban nhân dân huyện Kế Sách gửi báo cáo")


def test_a_late_task_is_named_and_a_target_not_due_is_never_failed(
        reports, period, coordinator, build, define, training_target, plan) -> None:
    plan.tasks.filter(code="II.3.b").update(timeframe_text="Quý I/2024",
                                             start_date=date(2024, 1, 1),
                                             end_date=date(2024, 3, 31))
    define(training_target, "participants", participant_groups=["key_officials", "press"])
    report = build(coordinator, period)
    results = "\n".join(part(report, 2))
    assert "Nhiệm vụ chậm tiến độ: thời hạn quý I/2024 đã qua." in results
    assert ("(mục tiêu 70 đại biểu, thời hạn 30/9/2024): đến ngày 14/6/2024 đạt 70 đại biểu, "
            "bằng 100% chỉ tiêu; đạt chỉ tiêu của Kế hoạch.") in results
    assessment = "\n".join(part(report, 3))
    assert "Còn 1 nhiệm vụ chậm tiến độ: nhiệm vụ II.3.b “Hướng dẫn, hỗ trợ" in assessment
    assert part(report, 4)[0].startswith("1. Khẩn trương hoàn thành nhiệm vụ II.3.b")


def test_a_target_behind_but_not_due_says_so(reports, period, coordinator, build, define,
                                             training_target) -> None:
    define(training_target, "participants", participant_groups=["press"])
    results = "\n".join(part(build(coordinator, period), 2))
    assert "đạt 25 đại biểu, bằng 35,7% chỉ tiêu; chậm so với tiến độ, chưa đến thời hạn." \
        in results
    assert "không đạt" not in results


def test_shares_are_ratios_of_sums_and_the_language_split_adds_up_to_100(
        reports, period, coordinator, build) -> None:
    report = build(coordinator, period)
    tables = {t["code"]: FigureTable.from_json(t) for t in report.figures}
    languages = tables["products_by_language"]
    assert [row.values for row in languages.rows] == [
        [3, Decimal("0.4286")], [3, Decimal("0.4286")], [1, Decimal("0.1429")]]
    assert languages.total_row().values == [7, Decimal("1.0000")]
    assert languages.note == ("Ghi chú: theo từng ngôn ngữ (sản phẩm song ngữ được tính ở mỗi "
                              "ngôn ngữ của nó): tiếng Khmer: 04 sản phẩm.")
    assert [t["code"] for t in report.figures] == [
        "tasks", "units", "products_by_kind", "products_by_channel", "products_by_language",
        "activities", "indicators"]
    units = {row.label: row.values for row in tables["units"].rows}
    assert units["Ủy ban nhân dân huyện Kế Sách"] == ["Báo cáo chưa được duyệt", None, None]
    assert units["Báo Sóc Trăng"] == ["Đã duyệt", 5, 0]


def test_zero_figures_and_a_unit_that_reported_nothing(unit, make_period, approve,
                                                        coordinator, build) -> None:
    period = make_period(unit("ST-STTTT"), [unit("ST-BAO")])
    approve(period, unit("ST-BAO"), [], coordinator)
    report = build(coordinator, period)
    assert part(report, 2)[0] == (
        "Trong kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/6/2024), chưa có sản phẩm, hoạt động "
        "nào của các cơ quan, đơn vị được ghi nhận (chi tiết tại Phụ lục 01 và Phụ lục 02 kèm "
        "theo). Số liệu tổng hợp từ báo cáo của 01/01 cơ quan, đơn vị và số liệu của Sở Thông "
        "tin và Truyền thông.")
    assert report.sections.get(position=5).text == ""


def test_a_hundred_units_are_named_by_the_most_and_the_rest_counted(
        unit, make_period, approve, coordinator, build, product) -> None:
    from units.services import unit_create

    communes = [unit_create(code=f"ST-X{n:03d}", name=f"Ủy ban nhân dân xã Số {n}",
                            kind="commune", parent=unit("ST")) for n in range(100)]
    for n, commune in enumerate(communes):
        for k in range(1 + n % 3):
            product(commune.code, f"Tin truyền thanh xã số {n}, kỳ {k}", ["vi"],
                    date(2024, 2, 1 + k), kind="news", channel="loudspeaker")
    period = make_period(unit("ST-STTTT"), communes)
    for commune in communes:
        approve(period, commune, [], coordinator)
    results = part(build(coordinator, period), 2)
    first = results[2]
    assert "đã sản xuất, đăng phát 199 sản phẩm (199 tin)" in first
    assert "từ báo cáo của 100/100 cơ quan, đơn vị" in results[0]
    assert first.endswith("; 94 đơn vị khác 181 sản phẩm. Nhiệm vụ đang được triển khai.")


def test_it_prefills_the_header_and_keeps_the_edited_recipients(
        reports, period, coordinator, build, make_period, unit, approve) -> None:
    from reporting.services.consolidated import consolidated_update

    report = build(coordinator, period)
    assert (report.parent_body, report.issuing_body) == ("UBND TỈNH SÓC TRĂNG",
                                                         "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    assert (report.symbol, report.place) == ("BC-STTTT", "Sóc Trăng")
    assert report.opening == (
        "Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo Nhân quyền tỉnh, "
        "Sở Thông tin và Truyền thông báo cáo kết quả thực hiện Đề án truyền thông về quyền con "
        "người 6 tháng đầu năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/6/2024) như sau:")
    assert report.recipients.splitlines() == [
        "UBND tỉnh (b/c)", "Bộ Thông tin và Truyền thông (b/c)", "Ban Chỉ đạo Nhân quyền tỉnh",
        "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT"]
    kept = "UBND tỉnh (b/c)\nBan Chỉ đạo về nhân quyền tỉnh\nLưu: VT, TTBCXB"
    consolidated_update(user=coordinator, report=report, recipients=kept)
    later = make_period(unit("ST-STTTT"), [unit("ST-BAO")], kind="annual", last_day=date(
        2024, 12, 14), title="Báo cáo năm 2024")
    approve(later, unit("ST-BAO"), [], coordinator)
    assert build(coordinator, later).recipients == kept


def test_it_refuses_to_build_without_an_approved_report(period, unit, coordinator,
                                                        approve) -> None:
    approve(period, unit("ST-BAO"), BAO_TEXTS, status=SubmissionStatus.SUBMITTED)
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
        reports, period, coordinator, build) -> None:
    report = build(coordinator, period)
    ConsolidatedReport.objects.filter(pk=report.pk).update(signer_name="Lâm Văn Phúc",
                                                           number="125")
    reports[3].status = SubmissionStatus.APPROVED
    reports[3].save()
    again = build(coordinator, period)
    assert again.pk == report.pk
    assert (again.signer_name, again.number) == ("Lâm Văn Phúc", "125")
    assert again.submissions.count() == 4
    assert "từ báo cáo của 04/04 cơ quan, đơn vị" in part(again, 2)[0]


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
    assert steps == [(0, 3), (1, 3), (2, 3)]
    report.refresh_from_db()
    assert (report.progress_done, report.progress_total) == (3, 3)
    assert not consolidated_merge(report_id=report.pk)  # already merged: nothing to do


def test_a_failed_merge_says_so_and_does_not_wait_for_ever(
        reports, period, coordinator, monkeypatch, build) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("reporting.services.consolidated.draft_parts", broken)
    report = build(coordinator, period)
    assert report.status == ConsolidatedStatus.FAILED
    assert report.error == ("Không tổng hợp được các báo cáo do lỗi hệ thống; xin thử lại hoặc "
                            "báo quản trị.")


def test_a_renamed_and_reordered_outline_gets_the_right_drafts(
        reports, period, coordinator, build) -> None:
    from reporting.models import FormSection

    sections = FormSection.objects.filter(form=period.form)
    sections.filter(position=1).update(title="Công tác lãnh đạo, chỉ đạo, triển khai")
    sections.filter(position=2).update(title="Kết quả đạt được")
    report = build(coordinator, period)
    assert part(report, 1)[0].startswith("Sở Thông tin và Truyền thông đã tham mưu")
    assert part(report, 2)[1] == "1. Sản xuất, đăng phát các sản phẩm truyền thông"


def test_the_report_is_written_in_vietnamese_whatever_the_pages_language(
        reports, period, coordinator, build) -> None:
    from django.utils import translation

    with translation.override("en"):
        report = build(coordinator, period)
    results = part(report, 2)
    assert results[0].startswith("Trong kỳ báo cáo") and "03 bài, 01 phóng sự" in results[2]
    tables = {t["code"]: t for t in report.figures}
    assert tables["products_by_kind"]["columns"][0] == "Loại sản phẩm"
