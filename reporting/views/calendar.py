"""A person's report deadlines as a calendar file: downloaded when logged in, or fetched by a
calendar app from the secret address shown on the profile (404 for any other token)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.views.decorators.http import require_GET

from accounts.calendar import user_for_calendar_token
from accounts.models import User
from kehoach.http import AuthenticatedRequest
from reporting.calendar import deadlines_ics

FILE_NAME = "han-bao-cao.ics"


def _ics(user: User, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(deadlines_ics(user), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{FILE_NAME}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def calendar_download(request: AuthenticatedRequest) -> HttpResponse:
    return _ics(request.user, attachment=True)


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """No log-in: the token is the key. A wrong, renewed or removed one is 404."""
    user = user_for_calendar_token(token)
    if user is None:
        raise Http404
    return _ics(user, attachment=False)


urlpatterns: list[URLPattern] = [
    path("calendar.ics", calendar_download, name="calendar"),
    path("calendar/<str:token>.ics", calendar_feed, name="calendar_feed"),
]
