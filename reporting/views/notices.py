"""The user's notices: returns, approvals and reminders, unread first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kehoach.http import AuthenticatedRequest
from reporting import notify
from reporting.permissions import get_notice_for_user

PAGE_SIZE = 50


@login_required
def notices(request: AuthenticatedRequest) -> HttpResponse:
    page = Paginator(notify.user_notices(request.user), PAGE_SIZE).get_page(
        request.GET.get("page"))
    return render(request, "reporting/notices.html", {
        "page": page, "unread": notify.unread_count(request.user)})


@login_required
@require_POST
def notice_read(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Mark read; with `open`, go on to what the notice is about."""
    notice = get_notice_for_user(request.user, pk)
    notify.notice_read(user=request.user, notice=notice)
    safe = url_has_allowed_host_and_scheme(notice.url, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure())
    if request.POST.get("open") and notice.url and safe:
        return redirect(notice.url)
    return redirect("reporting:notices")


@login_required
@require_POST
def notices_read_all(request: AuthenticatedRequest) -> HttpResponse:
    count = notify.notices_read_all(user=request.user)
    messages.success(request, _("Đã đánh dấu %(count)d thông báo là đã đọc.") % {"count": count})
    return redirect("reporting:notices")


urlpatterns: list[URLPattern] = [
    path("notices/", notices, name="notices"),
    path("notices/<int:pk>/read/", notice_read, name="notice_read"),
    path("notices/read-all/", notices_read_all, name="notices_read_all"),
]
