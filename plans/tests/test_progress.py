"""Task progress: who may report it, the rules of a report, and which tasks need attention.

The demo plan's tasks run through 2024 (II.2 from 1 July to 30 September), so the selectors
are asked about fixed days; pages use today, when every demo task is long past its end.
"""

from datetime import date, timedelta

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from plans.models import Plan, ProgressUpdate, Task, TaskStatus
from plans.selectors import latest_progress, tasks_at_risk, tasks_attention, tasks_late
from plans.services import plan_create, progress_delete, progress_record, task_create
from records.models import Language, Product
from records.services import activity_create, product_create

pytestmark = pytest.mark.django_db

EVERYONE = ["administrator", "coordinator", "reporter", "lead_reporter", "viewer"]


@pytest.fixture
def plan(province: None) -> Plan:
    return Plan.objects.get(number="81", symbol="KH-UBND")


@pytest.fixture
def task(plan: Plan) -> Task:
    """II.2, the training in Quý III/2024; led by the Department, no other registered unit."""
    return plan.tasks.get(code="II.2")


@pytest.fixture
def shared_task(plan: Plan) -> Task:
    """II.1, led by the Department and coordinated by Báo Sóc Trăng among others."""
    return plan.tasks.get(code="II.1")


def record(user: User, task: Task, unit_obj, **overrides: object) -> ProgressUpdate:
    fields: dict[str, object] = {
        "reported_on": date(2024, 8, 1), "status": TaskStatus.IN_PROGRESS, "percent": 40,
        "note": "Đã gửi giấy mời 70 đại biểu.",
    }
    fields.update(overrides)
    return progress_record(user=user, task=task, unit=unit_obj, **fields)  # type: ignore[arg-type]


def make_product(unit_obj, task: Task | None = None, title: str = "Bài: Quyền con người ở cơ sở"
                 ) -> Product:
    coordinator = User.objects.get(username="dieuphoi")
    return product_create(
        user=coordinator, unit=unit_obj, title=title, kind="article", channel="online",
        published_on=date(2024, 7, 20), languages=[Language.objects.get(code="vi")],
        tasks=[task] if task else [],
    )


def by_codes(rows) -> list[str]:
    return [getattr(row, "task", row).code for row in rows]


# Who may report


def test_it_lets_the_lead_units_reporter_record_and_moves_the_status(
    lead_reporter, task, unit
) -> None:
    progress = record(lead_reporter, task, unit("ST-STTTT"))
    task.refresh_from_db()
    assert (progress.percent, progress.created_by, task.status) == (
        40, lead_reporter, TaskStatus.IN_PROGRESS)


def test_it_lets_a_coordinating_units_reporter_record(reporter, shared_task, unit) -> None:
    progress = record(reporter, shared_task, unit("ST-BAO"), percent=30)
    assert progress.unit == unit("ST-BAO")


def test_only_a_lead_units_report_moves_the_task_status(reporter, lead_reporter, shared_task,
                                                        unit) -> None:
    record(reporter, shared_task, unit("ST-BAO"), status=TaskStatus.DONE, percent=100)
    shared_task.refresh_from_db()
    assert shared_task.status == TaskStatus.NOT_STARTED  # the newspaper's part is done
    record(lead_reporter, shared_task, unit("ST-STTTT"), reported_on=date(2024, 7, 1))
    shared_task.refresh_from_db()
    assert shared_task.status == TaskStatus.IN_PROGRESS


def test_it_refuses_a_reporter_whose_unit_has_no_part_in_the_task(reporter, task, unit) -> None:
    with pytest.raises(PermissionDenied):
        record(reporter, task, unit("ST-BAO"))
    assert not ProgressUpdate.objects.exists()


def test_it_refuses_a_reporter_writing_for_another_unit(reporter, shared_task, unit) -> None:
    with pytest.raises(PermissionDenied):
        record(reporter, shared_task, unit("ST-STTTT"))


def test_it_refuses_viewers(viewer, task, unit) -> None:
    with pytest.raises(PermissionDenied):
        record(viewer, task, unit("ST-STTTT"))


def test_it_lets_coordinators_report_for_any_unit_of_the_task(coordinator, shared_task, unit
                                                              ) -> None:
    assert record(coordinator, shared_task, unit("ST-DAI")).unit == unit("ST-DAI")
    with pytest.raises(ValidationError) as error:
        record(coordinator, shared_task, unit("ST-SGDDT"))
    assert error.value.message_dict["unit"] == [
        "Đơn vị báo cáo phải là đơn vị chủ trì hoặc phối hợp của nhiệm vụ."]


# Rules of a report


def test_it_records_done_as_one_hundred_percent(lead_reporter, task, unit) -> None:
    progress = record(lead_reporter, task, unit("ST-STTTT"), status=TaskStatus.DONE, percent=60)
    task.refresh_from_db()
    assert (progress.percent, task.status) == (100, TaskStatus.DONE)


@pytest.mark.parametrize("percent,status", [
    (0, TaskStatus.NOT_STARTED), (1, TaskStatus.IN_PROGRESS), (60, TaskStatus.IN_PROGRESS),
    (99, TaskStatus.IN_PROGRESS), (100, TaskStatus.DONE),
])
def test_the_percent_sets_the_status(lead_reporter, task, unit, percent: int, status: str
                                     ) -> None:
    """One control: "Chưa bắt đầu" named beside 60% is recorded as in progress."""
    progress = record(lead_reporter, task, unit("ST-STTTT"), status=TaskStatus.NOT_STARTED,
                      percent=percent)
    task.refresh_from_db()
    assert (progress.status, task.status) == (status, status)


@pytest.mark.parametrize("percent", [-1, 101])
def test_it_refuses_a_percent_outside_0_to_100(lead_reporter, task, unit, percent: int) -> None:
    with pytest.raises(ValidationError) as error:
        record(lead_reporter, task, unit("ST-STTTT"), percent=percent)
    assert "percent" in error.value.message_dict


def test_the_database_refuses_a_percent_over_100(lead_reporter, task, unit) -> None:
    progress = record(lead_reporter, task, unit("ST-STTTT"))
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgressUpdate.objects.filter(pk=progress.pk).update(percent=150)


def test_it_refuses_a_report_dated_in_the_future(lead_reporter, task, unit) -> None:
    with pytest.raises(ValidationError) as error:
        record(lead_reporter, task, unit("ST-STTTT"),
               reported_on=timezone.localdate() + timedelta(days=1))
    assert error.value.message_dict["reported_on"] == ["Ngày cập nhật không được sau hôm nay."]


def test_it_keeps_the_unit_own_products_and_activities_as_evidence(lead_reporter, task, unit
                                                                   ) -> None:
    product = make_product(unit("ST-STTTT"), task)
    activity = activity_create(
        user=lead_reporter, unit=unit("ST-STTTT"), title="Lớp tập huấn truyền thông quyền con "
        "người", kind="training", start_date=date(2024, 7, 25), participants={"press": 70},
        tasks=[task])
    progress = record(lead_reporter, task, unit("ST-STTTT"), products=[product],
                      activities=[activity])
    assert (list(progress.products.all()), list(progress.activities.all())) == (
        [product], [activity])


def test_it_refuses_another_units_product_as_evidence(lead_reporter, shared_task, unit) -> None:
    newspaper_article = make_product(unit("ST-BAO"), shared_task)
    with pytest.raises(ValidationError) as error:
        record(lead_reporter, shared_task, unit("ST-STTTT"), products=[newspaper_article])
    assert error.value.message_dict["products"] == [
        "Chỉ được dùng sản phẩm của chính đơn vị báo cáo làm minh chứng."]
    assert not ProgressUpdate.objects.exists()


def test_it_refuses_another_units_activity_as_evidence(coordinator, shared_task, unit) -> None:
    training = activity_create(user=coordinator, unit=unit("ST-STTTT"), title="Tập huấn",
                               kind="training", start_date=date(2024, 7, 25))
    with pytest.raises(ValidationError) as error:
        record(coordinator, shared_task, unit("ST-BAO"), activities=[training])
    assert "activities" in error.value.message_dict


def test_an_older_report_leaves_the_status_alone(lead_reporter, task, unit) -> None:
    record(lead_reporter, task, unit("ST-STTTT"), status=TaskStatus.DONE,
           reported_on=date(2024, 9, 30))
    record(lead_reporter, task, unit("ST-STTTT"), reported_on=date(2024, 8, 1))
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE


def test_the_author_and_coordinators_may_delete_and_the_status_follows(
    lead_reporter, reporter, coordinator, task, unit
) -> None:
    first = record(lead_reporter, task, unit("ST-STTTT"), reported_on=date(2024, 8, 1))
    wrong = record(lead_reporter, task, unit("ST-STTTT"), status=TaskStatus.DONE,
                   reported_on=date(2024, 8, 2))
    with pytest.raises(PermissionDenied):
        progress_delete(user=reporter, progress=wrong)
    progress_delete(user=lead_reporter, progress=wrong)
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS
    progress_delete(user=coordinator, progress=first)
    assert not ProgressUpdate.objects.exists()


# Late and at risk


def test_latest_progress_takes_one_query_for_a_list(
    lead_reporter, plan, task, shared_task, unit, django_assert_num_queries
) -> None:
    record(lead_reporter, task, unit("ST-STTTT"), percent=10, reported_on=date(2024, 7, 15))
    newest = record(lead_reporter, task, unit("ST-STTTT"), percent=50,
                    reported_on=date(2024, 8, 15))
    record(lead_reporter, task, unit("ST-STTTT"), percent=30, reported_on=date(2024, 8, 1))
    other = record(lead_reporter, shared_task, unit("ST-STTTT"), percent=20)
    tasks = list(plan.tasks.all())
    with django_assert_num_queries(1):
        latest = latest_progress(tasks)
        assert latest[task.pk].unit.name == "Sở Thông tin và Truyền thông tỉnh Sóc Trăng"
    assert latest == {task.pk: newest, shared_task.pk: other}


def test_a_task_is_late_once_its_end_has_passed_and_it_is_not_done(plan, task) -> None:
    assert not tasks_late(plan, on=date(2024, 9, 30)).exists()
    assert by_codes(tasks_late(plan, on=date(2024, 10, 1))) == ["II.2"]
    Task.objects.filter(pk=task.pk).update(status=TaskStatus.DONE)
    assert not tasks_late(plan, on=date(2024, 10, 1)).exists()
    assert by_codes(tasks_late(on=date(2025, 1, 1))) == ["II.1", "II.3.a", "II.3.b", "II.3.c"]


def test_late_tasks_carry_their_last_percent(lead_reporter, plan, task, unit) -> None:
    record(lead_reporter, task, unit("ST-STTTT"), percent=60)
    late = {t.code: t.latest_percent for t in tasks_late(plan, on=date(2025, 1, 1))}
    assert (late["II.2"], late["II.1"]) == (60, None)


@pytest.mark.parametrize("day,at_risk", [
    (date(2024, 8, 1), False),  # 31 of 91 days: 34.1% of the time, 10% done
    (date(2024, 8, 2), True),  # 32 of 91 days: 35.2%, more than 25 points ahead of 10%
])
def test_a_task_is_at_risk_when_time_runs_ahead_of_progress(
    lead_reporter, plan, task, unit, day: date, at_risk: bool
) -> None:
    record(lead_reporter, task, unit("ST-STTTT"), percent=10, reported_on=date(2024, 7, 20))
    risks = {r.task.code: r for r in tasks_at_risk(plan, on=day)}
    assert ("II.2" in risks) is at_risk
    if at_risk:
        risk = risks["II.2"]
        assert (risk.behind, risk.ends_soon, risk.percent, risk.elapsed_percent, risk.reported) \
            == (True, False, 10, 35, True)


def test_a_task_never_reported_counts_as_zero(plan) -> None:
    """II.2 is 26.4% through its time on 25 July: enough with nothing reported."""
    assert "II.2" not in by_codes(tasks_at_risk(plan, on=date(2024, 7, 20)))
    risk = next(r for r in tasks_at_risk(plan, on=date(2024, 7, 25)) if r.task.code == "II.2")
    assert (risk.percent, risk.reported, risk.elapsed_percent) == (0, False, 26)


@pytest.mark.parametrize("percent,at_risk", [(79, True), (80, False)])
def test_a_task_ending_within_30_days_needs_80_percent(
    lead_reporter, plan, task, unit, percent: int, at_risk: bool
) -> None:
    record(lead_reporter, task, unit("ST-STTTT"), percent=percent,
           reported_on=date(2024, 9, 1))
    risks = {r.task.code: r for r in tasks_at_risk(plan, on=date(2024, 9, 10))}
    assert ("II.2" in risks) is at_risk
    if at_risk:
        assert (risks["II.2"].ends_soon, risks["II.2"].behind, risks["II.2"].days_left) == (
            True, False, 20)


def test_done_and_late_tasks_are_not_at_risk(lead_reporter, plan, task, unit) -> None:
    assert "II.2" not in by_codes(tasks_at_risk(plan, on=date(2024, 10, 1)))  # late instead
    assert "II.2" in by_codes(tasks_at_risk(plan, on=date(2024, 9, 30)))
    record(lead_reporter, task, unit("ST-STTTT"), status=TaskStatus.DONE,
           reported_on=date(2024, 9, 1))
    assert "II.2" not in by_codes(tasks_at_risk(plan, on=date(2024, 9, 30)))


def test_tasks_without_dates_are_never_late_or_at_risk(plan) -> None:
    task_create(plan=plan, code="III.1", title="Nhiệm vụ chưa rõ thời gian")
    assert "III.1" not in by_codes(tasks_late(plan, on=date(2030, 1, 1)))
    assert "III.1" not in by_codes(tasks_at_risk(plan, on=date(2024, 6, 1)))


def test_a_reporter_sees_only_their_units_tasks(reporter, lead_reporter, viewer, plan) -> None:
    day = date(2025, 1, 1)
    assert by_codes(tasks_attention(reporter, on=day).late) == ["II.1"]
    assert by_codes(tasks_attention(lead_reporter, on=day).late) == [
        "II.2", "II.1", "II.3.b", "II.3.c"]
    assert len(tasks_attention(viewer, on=day).late) == 5
    assert tasks_attention(reporter, on=day).late[0].days_late == 1


# Pages


@pytest.mark.parametrize("role,allowed", [
    ("administrator", True), ("coordinator", True), ("lead_reporter", True),
    ("reporter", False), ("viewer", False),
])
def test_it_lets_only_the_tasks_units_record_progress_on_the_page(
    client_as, task, role: str, allowed: bool
) -> None:
    client = client_as(role)
    page = client.get(task.get_absolute_url()).text
    assert ("Ghi nhận tiến độ" in page) is allowed
    response = client.post(reverse("plans:progress_create", args=[task.pk]), {
        "unit": task.task_units.get(role="lead").unit_id, "reported_on": "2024-08-01",
        "status": "in_progress", "percent": "40", "note": "Đã mời giảng viên",
    })
    assert response.status_code == (302 if allowed else 403)
    assert ProgressUpdate.objects.filter(task=task).exists() is allowed
    if not allowed:
        assert ("Bạn chỉ được cập nhật tiến độ nhiệm vụ do đơn vị của mình chủ trì hoặc phối hợp."
                in response.text)


def test_a_coordinating_units_reporter_gets_the_form_for_its_task(client_as, shared_task
                                                                  ) -> None:
    page = client_as("reporter").get(shared_task.get_absolute_url()).text
    form = page[page.index('class="form progress-form"'):]
    form = form[:form.index("</form>")]
    assert "Báo Sóc Trăng" in form and "Đài Phát thanh" not in form
    assert "Chưa có sản phẩm, hoạt động nào của đơn vị được gắn với nhiệm vụ này" in form


def test_coordinators_are_told_when_no_unit_of_the_task_is_registered(client_as, plan) -> None:
    task = task_create(plan=plan, code="III.1", title="Nhiệm vụ của các huyện",
                       lead=["Ủy ban nhân dân các huyện, thị xã, thành phố"])
    page = client_as("coordinator").get(task.get_absolute_url()).text
    assert "Nhiệm vụ chưa có đơn vị thực hiện nào trong danh mục đơn vị" in page
    assert "Ghi nhận tiến độ" not in page


def test_it_shows_the_progress_history_with_evidence(client_as, lead_reporter, task, unit
                                                     ) -> None:
    product = make_product(unit("ST-STTTT"), task, title="Tài liệu hỏi đáp về quyền con người")
    record(lead_reporter, task, unit("ST-STTTT"), percent=45, products=[product],
           note="Đã in 500 cuốn tài liệu.")
    page = client_as("viewer").get(task.get_absolute_url()).text
    section = page[page.index('id="progress"'):page.index('id="task-history"')]
    assert "01/08/2024" in section and "Sở Thông tin và Truyền thông tỉnh Sóc Trăng" in section
    assert '<progress max="100" value="45"' in section and "45%" in section
    assert "Đã in 500 cuốn tài liệu." in section
    assert "Tài liệu hỏi đáp về quyền con người" in section
    assert "Đang thực hiện" in section


def test_it_shows_form_errors_in_vietnamese(client_as, task) -> None:
    response = client_as("lead_reporter").post(
        reverse("plans:progress_create", args=[task.pk]), {
            "unit": task.task_units.get(role="lead").unit_id, "reported_on": "2024-08-01",
            "percent": "150"})
    assert response.status_code == 200
    assert "100" in response.text and 'aria-invalid="true"' in response.text
    assert not ProgressUpdate.objects.exists()


def test_it_offers_only_the_units_own_evidence(client_as, shared_task, unit) -> None:
    make_product(unit("ST-BAO"), shared_task, title="Phóng sự của Báo Sóc Trăng")
    make_product(unit("ST-STTTT"), shared_task, title="Bản tin của Sở")
    make_product(unit("ST-BAO"), None, title="Bài không gắn nhiệm vụ")
    page = client_as("reporter").get(shared_task.get_absolute_url()).text
    assert "Phóng sự của Báo Sóc Trăng" in page
    assert "Bản tin của Sở" not in page and "Bài không gắn nhiệm vụ" not in page


def test_htmx_gets_the_progress_section_and_the_new_status(client_as, task) -> None:
    response = client_as("lead_reporter").post(
        reverse("plans:progress_create", args=[task.pk]), {
            "unit": task.task_units.get(role="lead").unit_id, "reported_on": "2024-08-01",
            "percent": "100"}, HTTP_HX_REQUEST="true")
    text = response.text
    assert response.status_code == 200 and "<html" not in text
    assert text.lstrip().startswith('<section id="progress"')
    assert 'id="task-status" class="status status-done" hx-swap-oob="true"' in text
    assert '<div id="task-history" hx-swap-oob="true">' in text
    assert (f"Đã ghi nhận tiến độ nhiệm vụ {task.code}: 100%. Trạng thái nhiệm vụ: Hoàn "
            "thành.") in text  # the section swapped in place says it was saved
    assert ProgressUpdate.objects.get().percent == 100


def test_saving_progress_without_javascript_says_so(client_as, task) -> None:
    response = client_as("lead_reporter").post(
        reverse("plans:progress_create", args=[task.pk]), {
            "unit": task.task_units.get(role="lead").unit_id, "reported_on": "01/08/2024",
            "percent": "60", "note": "Đã tổ chức 2 lớp tập huấn cho 120 phóng viên."})
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        f"Đã ghi nhận tiến độ nhiệm vụ {task.code}: 60%. Trạng thái nhiệm vụ: Đang thực hiện."]
    progress = ProgressUpdate.objects.get()
    assert (progress.reported_on, progress.status) == (date(2024, 8, 1), TaskStatus.IN_PROGRESS)


def test_the_progress_form_asks_for_the_percent_only(client_as, task) -> None:
    page = client_as("lead_reporter").get(task.get_absolute_url()).text
    form = page[page.index('class="form progress-form"'):]
    form = form[:form.index("</form>")]
    assert 'name="percent"' in form and 'name="status"' not in form
    assert "0% là Chưa bắt đầu, 1–99% là Đang thực hiện, 100% là Hoàn thành." in form
    assert "Cập nhật trạng thái" not in page


def test_progress_entries_appear_in_the_task_and_plan_history(client_as, plan, task) -> None:
    client = client_as("lead_reporter")
    client.post(reverse("plans:progress_create", args=[task.pk]), {
        "unit": task.task_units.get(role="lead").unit_id, "reported_on": "2024-08-01",
        "status": "in_progress", "percent": "40"})
    for url in (task.get_absolute_url(), plan.get_absolute_url()):
        page = client_as("viewer").get(url).text
        history = page[page.index('id="history"'):]
        assert ("cập nhật tiến độ: II.2 · Sở Thông tin và Truyền thông tỉnh Sóc Trăng · 40% "
                "(01/08/2024)") in history
        assert "Võ Thị Hạnh" in history


@pytest.mark.parametrize("role,allowed", [
    ("coordinator", True), ("lead_reporter", True), ("reporter", False), ("viewer", False),
])
def test_only_the_author_or_a_coordinator_deletes(client_as, lead_reporter, task, unit,
                                                  role: str, allowed: bool) -> None:
    progress = record(lead_reporter, task, unit("ST-STTTT"))
    response = client_as(role).post(reverse("plans:progress_delete", args=[progress.pk]))
    assert response.status_code == (302 if allowed else 403)
    assert ProgressUpdate.objects.filter(pk=progress.pk).exists() is not allowed


@pytest.mark.parametrize("role", EVERYONE)
def test_the_attention_page_lists_late_and_at_risk_tasks(client_as, plan, role: str) -> None:
    today = timezone.localdate()
    task_create(plan=plan, code="III.1", title="Hội nghị sơ kết sắp đến hạn",
                start_date=today - timedelta(days=60), end_date=today + timedelta(days=10),
                lead=[plan.tasks.get(code="II.2").task_units.get(role="lead").unit])
    response = client_as(role).get(reverse("plans:tasks_attention"))
    text = response.text
    assert response.status_code == 200
    late, at_risk = text[text.index('id="late"'):text.index('id="at-risk"')], \
        text[text.index('id="at-risk"'):]
    expected_late = {"reporter": 1, "lead_reporter": 4}.get(role, 5)
    assert f"Nhiệm vụ chậm ({expected_late})" in late
    assert ("Tập huấn, bồi dưỡng" in late) is (role != "reporter")
    assert ("Hội nghị sơ kết sắp đến hạn" in at_risk) is (role != "reporter")
    if role != "reporter":
        assert "Còn 10 ngày đến hạn, tiến độ mới 0%." in at_risk
        assert "Đã qua 85% thời gian thực hiện, tiến độ mới 0%." in at_risk
    assert "hơn 25 điểm phần trăm" in text


def test_the_attention_page_filters_by_plan(client_as, plan) -> None:
    other = plan_create(doc_type="KH", number="12", symbol="KH-UBND",
                        issuer_name="Ủy ban nhân dân tỉnh Sóc Trăng", issued_on=date(2025, 1, 15),
                        title="Kế hoạch năm 2025", year_start=2025, year_end=2025)
    task_create(plan=other, code="I.1", title="Nhiệm vụ của kế hoạch khác",
                start_date=date(2025, 1, 1), end_date=date(2025, 3, 31))
    client = client_as("viewer")
    everything = client.get(reverse("plans:tasks_attention")).text
    assert "Nhiệm vụ của kế hoạch khác" in everything
    filtered = client.get(reverse("plans:tasks_attention"), {"plan": plan.pk}).text
    assert "Nhiệm vụ của kế hoạch khác" not in filtered and "Nhiệm vụ chậm (5)" in filtered
    partial = client.get(reverse("plans:tasks_attention"), {"plan": other.pk},
                         HTTP_HX_REQUEST="true").text
    assert partial.lstrip().startswith('<div id="attention-results">')
    assert "Nhiệm vụ chậm (1)" in partial


def test_the_attention_page_keeps_its_queries_constant(
    client_as, lead_reporter, plan, unit, django_assert_num_queries,
    django_assert_max_num_queries,
) -> None:
    """Measured with one task in each list, since an empty list skips its units' query."""
    client = client_as("coordinator")
    today = timezone.localdate()
    task_create(plan=plan, code="III.0", title="Nhiệm vụ sắp đến hạn", lead=[unit("ST-STTTT")],
                start_date=today - timedelta(days=60), end_date=today + timedelta(days=10))
    client.get(reverse("plans:tasks_attention"))
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("plans:tasks_attention"))
    for n in range(10):
        task = task_create(plan=plan, code=f"III.{n + 1}", title=f"Nhiệm vụ bổ sung {n + 1}",
                           start_date=today - timedelta(days=90 - n),
                           end_date=today + timedelta(days=n * 20 - 50),
                           lead=[unit("ST-STTTT")], coordinating=[unit("ST-BAO")])
        record(lead_reporter, task, unit("ST-STTTT"), percent=n, reported_on=today)
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get(reverse("plans:tasks_attention")).text
    assert all(f"Nhiệm vụ bổ sung {n + 1}<" in page for n in range(10))


def test_the_plan_and_task_list_link_to_the_attention_page(client_as, plan) -> None:
    client = client_as("viewer")
    link = f'{reverse("plans:tasks_attention")}?plan={plan.pk}'
    plan_page = client.get(plan.get_absolute_url()).text
    assert link in plan_page[plan_page.index('id="tasks"'):]
    assert reverse("plans:tasks_attention") in client.get(reverse("plans:task_list")).text
