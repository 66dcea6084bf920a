"""kehoach.actions: a button's action runs, or its refusal is shown, one way on every page."""

from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.test import RequestFactory

from kehoach.actions import refusal_text, run_action


def posted() -> HttpRequest:
    request = RequestFactory().post("/reporting/periods/7/remind/")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
    return request


def said(request: HttpRequest) -> list[tuple[str, str]]:
    return [(message.level_tag, str(message)) for message in get_messages(request)]


def test_it_runs_the_action_and_says_what_it_did() -> None:
    request = posted()
    outcome = run_action(request, lambda: 3, lambda sent: f"Đã gửi lời nhắc tới {sent} đơn vị.")
    assert outcome and outcome.value == 3
    assert said(request) == [("success", "Đã gửi lời nhắc tới 3 đơn vị.")]


def test_it_shows_each_sentence_of_a_refusal_and_reports_it_refused() -> None:
    def refuse() -> None:
        raise ValidationError(["Kỳ báo cáo đã khóa.", "Báo cáo đã được duyệt."])

    request = posted()
    outcome = run_action(request, refuse, "Đã duyệt báo cáo.")
    assert not outcome and outcome.value is None
    assert said(request) == [("error", "Kỳ báo cáo đã khóa."),
                             ("error", "Báo cáo đã được duyệt.")]


def test_an_action_that_returns_nothing_still_counts_as_done() -> None:
    request = posted()
    outcome = run_action(request, lambda: None, "")
    assert outcome and said(request) == []


def test_a_refusal_reads_as_one_line_in_place() -> None:
    error = ValidationError({"text": ["Nội dung quá dài."], "version": ["Đã có người sửa."]})
    assert refusal_text(error) == "Nội dung quá dài. Đã có người sửa."
