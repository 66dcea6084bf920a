"""The workflow buttons of a report page: each posts here, the service decides, the page shows why.

A refusal (period closed, no comment, already decided by someone else) comes back as a message
on the report page; a step the user has no right to take is a 403.
"""

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kehoach.actions import run_action
from kehoach.http import AuthenticatedRequest
from reporting.models import Submission
from reporting.periods import roman
from reporting.permissions import get_submission_for_user
from reporting.selectors.workflow import empty_parts, workflow_state
from reporting.services import workflow

Step = Callable[[AuthenticatedRequest, Submission], Submission]


def _act(request: AuthenticatedRequest, pk: int, step: Step, done: str) -> HttpResponse:
    submission = get_submission_for_user(request.user, pk)
    run_action(request, lambda: step(request, submission), done)
    return redirect("reporting:submission", pk=submission.pk)


@login_required
@require_POST
def submit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Send the unit's report; with some parts still empty, ask first and name them.

    The question is a page of its own, so it is asked without JavaScript too; "Vẫn gửi" posts
    here again with `confirm`. A report with every part empty is refused by the service.
    """
    submission = get_submission_for_user(request.user, pk)
    if request.POST.get("confirm") != "1" and workflow_state(submission, request.user)[
            "can_submit"]:
        empty = empty_parts(submission)
        if empty and len(empty) < submission.sections.count():
            return render(request, "reporting/submission_confirm.html", {
                "submission": submission, "empty": [
                    {"number": roman(section.position), "section": section}
                    for section in empty]})
    return _act(request, pk, lambda r, s: workflow.submission_submit(user=r.user, submission=s),
                _("Đã gửi báo cáo. Báo cáo đang chờ duyệt."))


@login_required
@require_POST
def return_(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda r, s: workflow.submission_return(
        user=r.user, submission=s, comment=r.POST.get("comment", "")),
        _("Đã trả lại báo cáo; đơn vị đã được thông báo."))


@login_required
@require_POST
def approve(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda r, s: workflow.submission_approve(user=r.user, submission=s),
                _("Đã duyệt báo cáo."))


@login_required
@require_POST
def reopen(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda r, s: workflow.submission_reopen(
        user=r.user, submission=s, reason=r.POST.get("reason", "")),
        _("Đã mở lại báo cáo; đơn vị đã được thông báo."))


urlpatterns: list[URLPattern] = [
    path("submissions/<int:pk>/submit/", submit, name="submit"),
    path("submissions/<int:pk>/return/", return_, name="return"),
    path("submissions/<int:pk>/approve/", approve, name="approve"),
    path("submissions/<int:pk>/reopen/", reopen, name="reopen"),
]
