"""The workflow buttons per role, the messages of a refusal, and the partial on the report page."""

import pytest
from django.contrib.messages import get_messages
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from accounts.models import User
from reporting.models import EventAction, Notice, SubmissionStatus
from reporting.selectors.workflow import workflow_state
from reporting.services.workflow import (
    submission_approve,
    submission_reopen,
    submission_return,
    submission_submit,
)
from reporting.tests.builders import COMMENT, local, make_submission, workflow_period

pytestmark = pytest.mark.django_db

REVIEWERS = ["administrator", "coordinator"]
NOT_REVIEWERS = ["reporter", "lead_reporter", "viewer"]


@pytest.fixture
def period(unit):
    return workflow_period(unit)


@pytest.fixture
def draft(period, unit):
    return make_submission(period, unit("ST-BAO"))


@pytest.fixture
def sent(period, unit, reporter):
    return make_submission(period, unit("ST-BAO"), status=SubmissionStatus.SUBMITTED,
                           sent=local(2024, 6, 17, 15, 20), by=reporter)


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_reporter_sends_the_units_report(client_as, draft) -> None:
    response = client_as("reporter").post(reverse("reporting:submit", args=[draft.pk]),
                                          {"confirm": "1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("reporting:submission", args=[draft.pk])
    assert said(response) == ["Đã gửi báo cáo. Báo cáo đang chờ duyệt."]
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.SUBMITTED


@pytest.mark.parametrize("role", ["lead_reporter", "coordinator", "administrator", "viewer"])
def test_nobody_else_sends_it(client_as, draft, role: str) -> None:
    response = client_as(role).post(reverse("reporting:submit", args=[draft.pk]))
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT


@pytest.mark.parametrize("name", ["submit", "return", "approve", "reopen"])
def test_the_buttons_only_post(client_as, sent, name: str) -> None:
    response = client_as("coordinator").get(reverse(f"reporting:{name}", args=[sent.pk]))
    assert response.status_code == 405


@pytest.mark.parametrize("name", ["submit", "return", "approve", "reopen"])
def test_anonymous_users_are_sent_to_log_in(client_as, sent, name: str) -> None:
    response = client_as("anonymous").post(reverse(f"reporting:{name}", args=[sent.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", REVIEWERS)
def test_reviewers_approve(client_as, sent, role: str) -> None:
    response = client_as(role).post(reverse("reporting:approve", args=[sent.pk]))
    assert said(response) == ["Đã duyệt báo cáo."]
    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.APPROVED


@pytest.mark.parametrize("role", NOT_REVIEWERS)
@pytest.mark.parametrize("name", ["return", "approve", "reopen"])
def test_others_may_not_review(client_as, sent, role: str, name: str) -> None:
    response = client_as(role).post(reverse(f"reporting:{name}", args=[sent.pk]),
                                    {"comment": COMMENT, "reason": COMMENT})
    assert response.status_code == 403
    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.SUBMITTED
    assert sent.events.count() == 1


def test_a_return_needs_a_comment(client_as, sent) -> None:
    client = client_as("coordinator")
    response = client.post(reverse("reporting:return", args=[sent.pk]), {"comment": "  "})
    assert response.status_code == 302
    assert said(response) == ["Hãy ghi ý kiến khi trả lại báo cáo, để đơn vị biết cần sửa gì."]
    assert sent.events.count() == 1 and not Notice.objects.exists()
    response = client.post(reverse("reporting:return", args=[sent.pk]), {"comment": COMMENT})
    assert said(response)[-1] == "Đã trả lại báo cáo; đơn vị đã được thông báo."
    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.RETURNED
    assert sent.events.last().comment == COMMENT


def test_a_reopening_needs_a_reason(client_as, sent, coordinator) -> None:
    submission_approve(user=coordinator, submission=sent)
    client = client_as("coordinator")
    response = client.post(reverse("reporting:reopen", args=[sent.pk]))
    assert said(response) == ["Hãy ghi lý do mở lại báo cáo."]
    response = client.post(reverse("reporting:reopen", args=[sent.pk]),
                           {"reason": "Đính chính số liệu hội nghị tập huấn."})
    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.RETURNED


def test_sending_after_the_period_closed_says_why(client_as, draft, coordinator) -> None:
    draft.period.closed_at = local(2024, 6, 25, 8)
    draft.period.save(update_fields=["closed_at"])
    response = client_as("reporter").post(reverse("reporting:submit", args=[draft.pk]))
    assert said(response) == ["Kỳ báo cáo đã khóa ngày 25/06/2024; không nhận thêm báo cáo."]
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT and not draft.events.exists()


def test_a_reporter_cannot_touch_another_units_report(client_as, period, unit) -> None:
    other = make_submission(period, unit("ST-STTTT"))
    response = client_as("reporter").post(reverse("reporting:submit", args=[other.pk]))
    assert response.status_code == 403


def _state(submission, user: User) -> dict:
    submission.refresh_from_db()
    return workflow_state(submission, user)


def _buttons(state: dict) -> set[str]:
    return {name for name in ("submit", "return", "approve", "reopen") if state[f"can_{name}"]}


def test_the_state_offers_each_role_its_buttons(draft, reporter, lead_reporter, coordinator,
                                               viewer) -> None:
    assert _buttons(_state(draft, reporter)) == {"submit"}
    assert _buttons(_state(draft, coordinator)) == set()
    assert _state(draft, reporter)["lock_reason"] == ""
    submission_submit(user=reporter, submission=draft)
    assert _buttons(_state(draft, reporter)) == set()
    assert _buttons(_state(draft, coordinator)) == {"return", "approve"}
    assert _buttons(_state(draft, lead_reporter)) == set()
    submission_approve(user=coordinator, submission=draft)
    assert _buttons(_state(draft, coordinator)) == {"reopen"}
    assert _buttons(_state(draft, viewer)) == set()


def test_the_lock_reasons_say_who_and_when(sent, reporter, coordinator) -> None:
    assert _state(sent, reporter)["lock_reason"] == (
        "Báo cáo đã gửi ngày 17/06/2024 bởi Lê Văn Cường; đang chờ duyệt, đơn vị không sửa "
        "được.")
    submission_approve(user=coordinator, submission=sent)
    sent.approved_at = local(2024, 6, 20, 10)
    sent.save(update_fields=["approved_at"])
    assert _state(sent, reporter)["lock_reason"] == (
        "Báo cáo đã được duyệt ngày 20/06/2024 bởi Trần Thị Bình; chỉ cán bộ điều phối có thể mở "
        "lại, kèm lý do.")


def test_a_closed_period_locks_a_draft(draft, reporter) -> None:
    draft.period.closed_at = local(2024, 6, 25, 8)
    draft.period.save(update_fields=["closed_at"])
    state = _state(draft, reporter)
    assert state["lock_reason"] == "Kỳ báo cáo đã khóa ngày 25/06/2024; không nhận thêm báo cáo."
    assert not state["can_submit"]


def test_the_state_holds_the_comment_to_act_on(sent, coordinator, reporter) -> None:
    submission_return(user=coordinator, submission=sent, comment=COMMENT)
    state = _state(sent, reporter)
    assert state["last_return"]["comment"] == COMMENT
    assert state["last_return"]["who"] == coordinator
    assert state["resubmit"] and state["can_submit"]


def test_the_state_reads_in_two_queries(sent, reporter, django_assert_max_num_queries) -> None:
    sent.refresh_from_db()
    with django_assert_max_num_queries(2):
        workflow_state(sent, reporter)


def _partial(submission, user: User) -> str:
    request = RequestFactory().get("/")
    request.user = user
    submission.refresh_from_db()
    return render_to_string("reporting/_workflow.html", {
        "submission": submission, "workflow": workflow_state(submission, user)}, request=request)


def test_the_partial_shows_the_lock_reason_and_the_history(sent, coordinator, reporter) -> None:
    submission_return(user=coordinator, submission=sent, comment=COMMENT)
    submission_submit(user=reporter, submission=sent)
    submission_approve(user=coordinator, submission=sent)
    submission_reopen(user=coordinator, submission=sent, reason="Đính chính số liệu.")
    submission_submit(user=reporter, submission=sent)
    html = _partial(sent, reporter)
    assert "đang chờ duyệt, đơn vị không sửa được." in html
    history = html[html.index("Lịch sử xử lý"):]
    steps = ["Gửi báo cáo", "Trả lại", "Gửi lại", "Duyệt", "Mở lại", "Gửi lại"]
    positions = []
    for step in steps:
        start = positions[-1] + 1 if positions else 0
        positions.append(history.index(f"<strong>{step}</strong>", start))
    assert "17/06/2024 15:20" in history
    assert COMMENT in history and "Đính chính số liệu." in history
    assert 'action="/reporting/' not in html  # the unit has nothing to press while it waits


def test_the_partial_gives_the_reviewer_the_forms(sent, coordinator) -> None:
    html = _partial(sent, coordinator)
    assert reverse("reporting:approve", args=[sent.pk]) in html
    assert reverse("reporting:return", args=[sent.pk]) in html
    assert '<textarea id="return-comment" name="comment" rows="3" required' in html
    assert reverse("reporting:reopen", args=[sent.pk]) not in html


def test_the_partial_shows_the_unit_why_its_report_came_back(sent, coordinator, reporter
                                                             ) -> None:
    submission_return(user=coordinator, submission=sent, comment=COMMENT)
    html = _partial(sent, reporter)
    assert "Trần Thị Bình đã trả lại báo cáo lúc" in html and COMMENT in html
    assert "Gửi lại báo cáo" in html
    assert sent.events.filter(action=EventAction.RETURNED).count() == 1


def test_the_partial_of_an_approved_report(sent, coordinator) -> None:
    submission_approve(user=coordinator, submission=sent)
    html = _partial(sent, coordinator)
    assert "chỉ cán bộ điều phối có thể mở lại, kèm lý do." in html
    assert '<textarea id="reopen-reason" name="reason" rows="3" required' in html
