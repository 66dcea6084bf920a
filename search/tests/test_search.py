"""The header's search: folded, grouped by kind, and never showing what a user cannot open."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from guidance.models import Guidance
from plans.models import Task
from search.selectors import KINDS, search_all
from units.models import Unit

pytestmark = pytest.mark.django_db
URL = reverse("search:results")


def test_the_header_has_the_search_box(client_as) -> None:
    page = client_as("viewer").get(reverse("plans:list")).content.decode()
    assert f'action="{URL}"' in page
    assert 'name="q"' in page


def test_anonymous_visitors_are_sent_to_log_in(client: Client) -> None:
    response = client.get(URL, {"q": "tap huan"})
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_marks_d_and_case_are_ignored(coordinator, training_task: Task, daklak: Unit) -> None:
    for query, kind, found in (("tap huan", "tasks", training_task),
                               ("DOAN vien", "tasks", training_task),
                               ("dak lak", "units", daklak)):
        groups = {g.kind.key: g for g in search_all(coordinator, query)}
        assert found in groups[kind].items, query


def test_results_are_grouped_with_counts_and_links_to_the_filtered_lists(
        client_as, training_task: Task) -> None:
    response = client_as("reporter").get(URL, {"q": "tap huan"})
    page = response.content.decode()
    assert response.status_code == 200
    assert training_task.get_absolute_url() in page
    assert 'id="kind-tasks"' in page
    assert f'{reverse("plans:task_list")}?q=tap+huan' in page
    tasks = next(g for g in search_all(_user("baosoctrang"), "tap huan")
                 if g.kind.key == "tasks")
    assert tasks.count == Task.objects.filter(search_text__contains="tap huan").count()
    assert f"Nhiệm vụ <span class=\"muted\">({tasks.count})" in " ".join(page.split())


def _user(username: str):
    from accounts.models import User
    return User.objects.get(username=username)


@pytest.mark.parametrize("role", ["administrator", "coordinator"])
def test_coordinators_find_their_drafts(client_as, role: str, draft_letter: Guidance) -> None:
    page = client_as(role).get(URL, {"q": "bi mat dak lak"}).content.decode()
    assert draft_letter.get_absolute_url() in page


@pytest.mark.parametrize("role", ["reporter", "lead_reporter", "viewer"])
def test_nothing_unseen_leaks(client_as, role: str, draft_letter: Guidance) -> None:
    """Whatever the search, every result is a page the user may open."""
    client = client_as(role)
    page = client.get(URL, {"q": "bi mat dak lak"}).content.decode()
    assert draft_letter.get_absolute_url() not in page
    user = _user({"reporter": "baosoctrang", "lead_reporter": "sotttt",
                  "viewer": "lanhdao"}[role])
    for query in ("quyen con nguoi", "dak lak", "tap huan", "so"):
        for group in search_all(user, query):
            for item in group.items:
                assert client.get(item.get_absolute_url()).status_code == 200, item


def test_an_empty_query_searches_nothing(client_as) -> None:
    response = client_as("viewer").get(URL, {"q": "   "})
    assert response.status_code == 200
    assert response.context["groups"] == []


def test_the_query_count_does_not_grow_with_matches(coordinator, plan) -> None:
    from plans.services import task_create

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            search_all(coordinator, "tap huan")
        return len(captured)

    before = queries()
    for n in range(12):
        task_create(plan=plan, code=f"X.{n}", title=f"Tập huấn lần {n}")
    assert queries() == before
    assert before <= 3 * len(KINDS)


def test_documents_are_found_by_their_folded_header(client_as) -> None:
    from django.core.files.base import ContentFile

    from documents.models import Document

    document = Document.objects.create(
        file=ContentFile(b"%PDF-1.4", name="qd-1079.pdf"), original_name="qd-1079.pdf",
        type_name="Quyết định", number="1079", symbol="QĐ-TTg",
        title="Phê duyệt Đề án Tuyên truyền về quyền con người",
        issuer_name="Thủ tướng Chính phủ")
    client = client_as("viewer")
    page = client.get(URL, {"q": "1079/qd-ttg DE AN"}).content.decode()
    assert 'id="kind-documents"' in page
    assert document.get_absolute_url() in page
    assert client.get(document.get_absolute_url()).status_code == 200
