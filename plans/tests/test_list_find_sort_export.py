"""The plan and task lists: folded search, sorting by column headers, exports as filtered."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kehoach.vntext.text import vi_sorted
from plans.models import Plan, Task, TaskStatus
from plans.services import plan_update, task_create

pytestmark = pytest.mark.django_db
TASKS = reverse("plans:task_list")
PLANS = reverse("plans:list")


def codes(response) -> list[str]:
    return [task.code for task in response.context["page"]]


def test_task_search_ignores_marks_d_and_case(client_as, plan: Plan) -> None:
    task_create(plan=plan, code="IX.1", title="Hội thi tìm hiểu pháp luật cho Đoàn viên")
    client = client_as("viewer")
    assert "II.2" in codes(client.get(TASKS, {"q": "tap huan"}))
    assert codes(client.get(TASKS, {"q": "HOI THI DOAN vien"})) == ["IX.1"]
    assert codes(client.get(TASKS, {"q": "hội thi ĐOÀN VIÊN"})) == ["IX.1"]
    assert codes(client.get(TASKS, {"q": "ix.1"})) == ["IX.1"]


def test_task_search_text_follows_edits(plan: Plan) -> None:
    task = task_create(plan=plan, code="IX.2", title="Tọa đàm")
    task.title = "Tập huấn cán bộ Đắk Lắk"
    task.save(update_fields=["title"])
    assert Task.objects.filter(pk=task.pk, search_text__contains="dak lak").exists()


def test_plan_search_is_folded(client_as, plan: Plan) -> None:
    plan_update(plan=plan, issuer_name="Ủy ban nhân dân tỉnh Đắk Lắk")
    client = client_as("reporter")
    assert list(client.get(PLANS, {"q": "dak lak"}).context["plans"]) == [plan]
    assert list(client.get(PLANS, {"q": "81/kh-ubnd"}).context["plans"]) == [plan]
    assert not client.get(PLANS, {"q": "ha noi"}).context["plans"]


def test_tasks_sort_by_their_columns_both_ways(client_as, plan: Plan) -> None:
    client = client_as("viewer")
    by_end = [t for t in client.get(TASKS, {"sort": "end_date"}).context["page"]]
    ends = [t.end_date for t in by_end if t.end_date]
    assert ends == sorted(ends)
    by_status = [t.status for t in client.get(TASKS, {"sort": "-status"}).context["page"]]
    assert by_status == sorted(by_status, reverse=True)
    page = client.get(TASKS, {"q": "truyen thong", "sort": "-end_date"}).text
    assert 'aria-sort="descending"' in page
    assert "?q=truyen+thong&amp;sort=end_date" in page  # the header reverses, keeps the search


def test_an_unknown_sort_is_ignored(client_as) -> None:
    response = client_as("viewer").get(TASKS, {"sort": "plan__issuer__password"})
    assert response.status_code == 200
    assert response.context["sorting"].key == ""


def test_the_task_export_holds_the_filtered_sorted_list(client_as, plan: Plan) -> None:
    for n in range(3):
        task_create(plan=plan, code=f"IX.{n + 1}", title=f"=Tập huấn lần {n + 1}",
                    lead=["Sở Thông tin và Truyền thông"], status=TaskStatus.DONE)
    client = client_as("reporter")
    query = {"q": "tap huan lan", "status": TaskStatus.DONE, "sort": "-code"}
    page = client.get(TASKS, query).text
    assert "?q=tap+huan+lan&amp;status=done&amp;sort=-code&amp;export=xlsx" in page
    response = client.get(TASKS, {**query, "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Kế hoạch", "Mã", "Nhiệm vụ"]
    assert [row[1] for row in rows[1:]] == ["IX.3", "IX.2", "IX.1"]
    assert rows[1][2] == "=Tập huấn lần 3" and sheet["C2"].data_type == "s"
    assert rows[1][3] == "Sở Thông tin và Truyền thông"
    streamed = client.get(TASKS, {**query, "export": "csv"})
    text = b"".join(streamed.streaming_content).decode().lstrip("\ufeff")
    lines = list(csv.reader(io.StringIO(text)))
    assert [line[1] for line in lines[1:]] == ["IX.3", "IX.2", "IX.1"]
    assert lines[1][2] == "'=Tập huấn lần 3"


def test_the_plan_export_reads_back(client_as, plan: Plan) -> None:
    response = client_as("viewer").get(PLANS, {"q": "81", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][0] == "81/KH-UBND"
    assert len(rows) == 2


def test_the_task_export_query_count_is_constant(
        client_as, plan: Plan, django_assert_max_num_queries) -> None:
    client = client_as("viewer")
    with django_assert_max_num_queries(30) as few:
        client.get(TASKS, {"export": "csv"}).getvalue()
    for n in range(15):
        task_create(plan=plan, code=f"IX.{n + 1}", title=f"Nhiệm vụ thêm {n + 1}",
                    lead=["Sở Thông tin và Truyền thông"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(TASKS, {"export": "csv"}).getvalue()


def test_a_unit_filter_sorts_by_title_in_vietnamese_order(client_as, unit) -> None:
    """The unit filter makes the list DISTINCT; the Vietnamese collation must still sort it."""
    response = client_as("viewer").get(TASKS, {"unit": unit("ST-STTTT").pk, "sort": "title"})
    titles = [task.title for task in response.context["page"]]
    assert len(titles) == 4
    assert titles == vi_sorted(titles)
