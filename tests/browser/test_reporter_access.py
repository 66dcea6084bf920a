"""A reporter of Báo Sóc Trăng cannot change a task that another unit leads."""

import pytest
from playwright.sync_api import Page, expect

from plans.models import Task

pytestmark = pytest.mark.browser

REFUSED = ("Bạn chỉ được cập nhật tiến độ nhiệm vụ do đơn vị của mình chủ trì hoặc phối "
           "hợp.")
NO_RIGHT = "Bạn không có quyền thực hiện việc này"


def test_reporter_cannot_change_task_of_another_unit(
    live_server, transactional_db, province, page: Page, log_in
) -> None:
    task = Task.objects.get(plan__number="81", code="II.2")
    task_url = f"{live_server.url}/plans/tasks/{task.pk}/"
    log_in(page, "baosoctrang")

    page.goto(task_url)
    expect(page.get_by_text("Nhiệm vụ II.2", exact=True)).to_be_visible()
    expect(page.locator("dl.facts .status")).to_have_text("Chưa bắt đầu")
    expect(page.get_by_role("heading", name="Lịch sử thay đổi")).to_be_visible()
    expect(page.get_by_role("heading", name="Cập nhật tiến độ")).to_have_count(0)
    expect(page.locator(f"form[action='/plans/tasks/{task.pk}/progress/']")).to_have_count(0)
    expect(page.get_by_role("link", name="Sửa nhiệm vụ")).to_have_count(0)

    # A progress form forged in the page, with a valid CSRF token, is refused.
    with page.expect_response(lambda r: r.url.endswith("/progress/")) as refused:
        page.evaluate(
            """([action, token]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = action;
                for (const [name, value] of [["csrfmiddlewaretoken", token],
                                             ["percent", "100"],
                                             ["reported_on", "01/08/2024"]]) {
                    const input = document.createElement("input");
                    input.type = "hidden";
                    input.name = name;
                    input.value = value;
                    form.append(input);
                }
                document.body.append(form);
                form.submit();
            }""",
            [f"/plans/tasks/{task.pk}/progress/",
             page.locator("input[name=csrfmiddlewaretoken]").first.input_value()],
        )
    assert refused.value.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text(NO_RIGHT)
    expect(page.get_by_role("alert")).to_have_text(REFUSED)

    # The same through the request API, outside any page.
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{task_url}progress/", form={"percent": "100", "reported_on": "01/08/2024"},
        headers={"X-CSRFToken": token, "Referer": task_url},
    )
    assert response.status == 403
    assert REFUSED in response.text()

    page.goto(task_url)
    expect(page.locator("dl.facts .status")).to_have_text("Chưa bắt đầu")
    task.refresh_from_db()
    assert task.status == "not_started"

    # The edit page is for coordinators only.
    response = page.goto(f"{task_url}edit/")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text(NO_RIGHT)
    expect(page.get_by_role("alert")).to_have_text(
        "Chỉ cán bộ điều phối được thêm hoặc sửa kế hoạch."
    )
