from datetime import date

import pytest
from django.urls import reverse

from plans.models import Plan, Target, Task, TaskStatus

pytestmark = pytest.mark.django_db

EVERYONE = ["administrator", "coordinator", "reporter", "lead_reporter", "viewer"]
EDITORS = ["administrator", "coordinator"]
NOT_EDITORS = ["reporter", "lead_reporter", "viewer"]


@pytest.fixture
def plan(province: None) -> Plan:
    return Plan.objects.get(number="81", symbol="KH-UBND")


@pytest.fixture
def task(plan: Plan) -> Task:
    return plan.tasks.get(code="II.2")


def task_post(task: Task, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "code": task.code, "title": task.title, "description": task.description,
        "timeframe_text": task.timeframe_text, "start_date": "", "end_date": "",
        "products": task.products, "status": task.status,
        "lead_units": [tu.unit_id for tu in task.task_units.filter(role="lead")
                       if tu.unit_id],
        "lead_other": "", "coordinating_units": [], "coordinating_other": "Công ty đào tạo",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("url_name", ["plans:list", "plans:task_list", "home"])
def test_it_sends_anonymous_users_to_log_in(client_as, url_name: str) -> None:
    response = client_as("anonymous").get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", EVERYONE)
def test_it_shows_the_plan_in_document_order_to_everyone(client_as, plan, role: str) -> None:
    response = client_as(role).get(plan.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    tasks_section = text[text.index('id="tasks"'):]
    positions = [tasks_section.index(f">{code}<") for code in
                 ["II.1", "II.2", "II.3.a", "II.3.b", "II.3.c"]]
    assert positions == sorted(positions)
    assert "70 đại biểu" in text
    assert "Sóc Trăng, ngày 06 tháng 5 năm 2024" in text
    assert '<span class="unmatched"' in text and "Công ty đào tạo" in text


@pytest.mark.parametrize("role", EVERYONE)
def test_it_lists_plans_and_shows_tasks_to_everyone(client_as, task, role: str) -> None:
    client = client_as(role)
    assert "81/KH-UBND" in client.get(reverse("plans:list")).text
    assert client.get(task.get_absolute_url()).status_code == 200
    assert client.get(reverse("home")).status_code == 200
    assert "Tập huấn, bồi dưỡng" in client.get(reverse("plans:task_list")).text


@pytest.mark.parametrize("role", EDITORS)
def test_it_lets_coordinators_create_plans_targets_and_tasks(client_as, plan, role: str) -> None:
    client = client_as(role)
    assert client.get(reverse("plans:create")).status_code == 200
    response = client.post(reverse("plans:create"), {
        "doc_type": "KH", "number": "12", "symbol": "KH-UBND", "issuer_name": "",
        "issuer": plan.issuer_id, "place": "Sóc Trăng", "issued_on": "2025-01-15",
        "title": "Triển khai Đề án truyền thông về quyền con người năm 2025",
        "year_start": "2025", "year_end": "2025",
    })
    new = Plan.objects.get(number="12")
    assert response.status_code == 302
    assert new.issuer_name == "Ủy ban nhân dân tỉnh Sóc Trăng"
    response = client.post(reverse("plans:task_create", args=[new.pk]), {
        "code": "II.1", "title": "Sản xuất tin, bài về quyền con người",
        "timeframe_text": "Quý I và Quý II năm 2025", "status": "not_started",
        "lead_units": [plan.issuer_id], "lead_other": "", "coordinating_units": [],
        "coordinating_other": "Các cơ quan báo chí\nCác huyện",
    })
    created = new.tasks.get()
    assert response.status_code == 302
    assert (created.start_date, created.end_date) == (date(2025, 1, 1), date(2025, 6, 30))
    assert [str(tu) for tu in created.task_units.filter(role="lead")] == [
        "Ủy ban nhân dân tỉnh Sóc Trăng"]
    assert [str(tu) for tu in created.task_units.filter(role="coordinating")] == [
        "Các cơ quan báo chí", "Các huyện"]
    response = client.post(reverse("plans:target_create", args=[new.pk]), {
        "text": "Tỷ lệ sản phẩm bằng tiếng dân tộc, tiếng nước ngoài", "value": "15",
        "value_max": "20", "unit_of_measure": "%", "deadline": "2025-12-31",
        "task": created.pk, "position": "1",
    })
    assert response.status_code == 302
    assert new.targets.get().value_max == 20


@pytest.mark.parametrize("role", NOT_EDITORS)
def test_it_refuses_plan_changes_to_others(client_as, plan, task, role: str) -> None:
    client = client_as(role)
    target = plan.targets.get()
    refused = [
        client.get(reverse("plans:create")),
        client.post(reverse("plans:edit", args=[plan.pk]), {"title": "x"}),
        client.post(reverse("plans:task_create", args=[plan.pk]), {"code": "II.9"}),
        client.post(reverse("plans:task_edit", args=[task.pk]), task_post(task, title="x")),
        client.post(reverse("plans:task_delete", args=[task.pk])),
        client.post(reverse("plans:target_create", args=[plan.pk]), {"text": "x"}),
        client.post(reverse("plans:target_edit", args=[plan.pk, target.pk]), {"text": "x"}),
        client.post(reverse("plans:target_delete", args=[target.pk])),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    assert "Chỉ cán bộ điều phối được thêm hoặc sửa kế hoạch." in refused[0].text
    assert Task.objects.filter(pk=task.pk, title=task.title).exists()
    assert Target.objects.filter(pk=target.pk).exists()


def test_it_edits_a_task_and_shows_the_change_in_its_history(client_as, task, unit) -> None:
    client = client_as("coordinator")
    response = client.post(reverse("plans:task_edit", args=[task.pk]), task_post(
        task, timeframe_text="Quý IV/2024", coordinating_units=[unit("ST-DAI").pk]))
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.end_date == date(2024, 12, 31)
    page = client.get(task.get_absolute_url()).text
    assert "Quý III/2024" in page and "Quý IV/2024" in page
    assert "Trần Thị Bình" in page


def test_it_refuses_a_duplicate_code_with_a_message(client_as, plan, task) -> None:
    response = client_as("coordinator").post(
        reverse("plans:task_edit", args=[task.pk]), task_post(task, code="II.1"))
    assert response.status_code == 200
    assert "Mã nhiệm vụ này đã có trong kế hoạch." in response.text


def test_it_refuses_an_end_before_the_start_in_the_form(client_as, task) -> None:
    response = client_as("coordinator").post(reverse("plans:task_edit", args=[task.pk]),
                                             task_post(task, start_date="2024-09-30",
                                                       end_date="2024-07-01"))
    assert response.status_code == 200
    assert "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." in response.text


def test_it_refuses_a_duplicate_plan_in_the_form(client_as, plan) -> None:
    response = client_as("coordinator").post(reverse("plans:create"), {
        "doc_type": "KH", "number": "81", "symbol": "KH-UBND",
        "issuer_name": "Ủy ban nhân dân tỉnh Sóc Trăng", "issued_on": "2024-07-01",
        "title": "Bản sao", "year_start": "2024", "year_end": "2024",
    })
    assert response.status_code == 200
    assert "Đã có văn bản cùng loại, số, ký hiệu, cơ quan ban hành và năm này." in response.text
    assert Plan.objects.count() == 1


def test_a_task_has_no_status_control_of_its_own(client_as, task) -> None:
    """Progress entries set the status: neither the task page nor its form choose it."""
    client = client_as("coordinator")
    page = client.get(task.get_absolute_url()).text
    assert "Cập nhật trạng thái" not in page and f"/tasks/{task.pk}/status/" not in page
    form = client.get(reverse("plans:task_edit", args=[task.pk])).text
    assert 'name="status"' not in form


def test_it_filters_tasks_by_unit_status_and_due_date(client_as, plan, unit) -> None:
    client = client_as("viewer")
    by_unit = client.get(reverse("plans:task_list"), {"unit": unit("ST-SGDDT").pk}).text
    assert "Lồng ghép truyền thông" in by_unit and "Tập huấn, bồi dưỡng" not in by_unit
    overdue = client.get(reverse("plans:task_list"), {"due": "overdue"}).text
    assert "5 nhiệm vụ" in overdue
    assert overdue.count('class="status overdue"') == 5
    plan.tasks.filter(code="II.1").update(status=TaskStatus.DONE)
    done = client.get(reverse("plans:task_list"), {"status": "done"}).text
    assert "1 nhiệm vụ" in done and "Sản xuất, đăng phát" in done
    assert 'class="status overdue"' not in done


def test_it_finds_tasks_due_this_quarter(plan) -> None:
    from plans.selectors import task_list

    due = task_list(due="quarter", today=date(2024, 8, 15))
    assert [t.code for t in due] == ["II.2"]
    assert not task_list(due="overdue", today=date(2024, 8, 15)).exists()


def test_it_returns_only_the_results_to_htmx(client_as, unit) -> None:
    response = client_as("viewer").get(reverse("plans:task_list"),
                                       {"unit": unit("ST-STTTT").pk}, HTTP_HX_REQUEST="true")
    assert response.text.lstrip().startswith('<div id="task-results">')
    assert "<html" not in response.text
    assert "4 nhiệm vụ" in response.text


def test_it_keeps_the_task_list_queries_constant(
    client_as, plan, django_assert_num_queries, django_assert_max_num_queries
) -> None:
    from plans.services import task_create

    client = client_as("viewer")
    client.get(reverse("plans:task_list"))
    with django_assert_max_num_queries(20) as few:
        client.get(reverse("plans:task_list"))
    for n in range(10):
        task_create(plan=plan, code=f"III.{n + 1}", title=f"Nhiệm vụ bổ sung {n + 1}",
                    lead=["Sở Thông tin và Truyền thông"])
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("plans:task_list"))


def test_it_records_a_deleted_task_in_the_plans_history(client_as, plan, task) -> None:
    client = client_as("coordinator")
    assert client.post(reverse("plans:task_delete", args=[task.pk])).status_code == 302
    assert not Task.objects.filter(pk=task.pk).exists()
    page = client.get(plan.get_absolute_url()).text
    history = page[page.index('id="history"'):]
    assert "Xóa" in history and "II.2. Tập huấn" in history and "Trần Thị Bình" in history
