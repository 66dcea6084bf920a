"""Sessions that end on time, and pages that no shared computer keeps.

A session ends SESSION_IDLE_TIMEOUT seconds after its last request and SESSION_ABSOLUTE_TIMEOUT
seconds after its log-in, however busy; the next request goes to the log-in page with a
message (an htmx request is told to go there with HX-Redirect), and after logging in again the
user comes back to where they were. Pages shown to a logged-in user are sent with
`Cache-Control: no-store`, so the browser's back button or cache on an office computer never
shows them to the next person.
"""

import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import Resolver404, ResolverMatch, resolve, reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

from accounts.signals import LOGIN_AT, SEEN_AT

# The last request's time is written at most once a minute: a session is not saved on every
# request, and a minute is nothing against a 30-minute idle time-out.
SEEN_RESOLUTION = 60


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            login_at: int | None = request.session.get(LOGIN_AT)
            seen_at: int | None = request.session.get(SEEN_AT, login_at)
            if (login_at is None or seen_at is None
                    or now - login_at > settings.SESSION_ABSOLUTE_TIMEOUT
                    or now - seen_at > settings.SESSION_IDLE_TIMEOUT):
                return expired(request)
            if now - seen_at >= SEEN_RESOLUTION:
                request.session[SEEN_AT] = now
        response = self.get_response(request)
        if request.user.is_authenticated:
            patch_cache_control(response, no_store=True)
        return response


def expired(request: HttpRequest) -> HttpResponse:
    """Log out, say why on the log-in page, and come back to the page after logging in."""
    htmx = getattr(request, "htmx", None)
    back = (htmx.current_url_abs_path if htmx else None) or request.get_full_path()
    logout(request)
    messages.warning(request, _("Phiên làm việc đã hết hạn, xin đăng nhập lại."))
    to_login = redirect_to_login(back)
    if htmx:
        return HttpResponseClientRedirect(to_login["Location"])
    return to_login


# The pages a person may open between the password and the second step.
TWO_STEP_OPEN = ("two_factor_verify", "two_factor_setup", "logout", "set_language", "privacy")


class TwoStepMiddleware:
    """After the password, the authenticator's code for whoever set it up; and for an
    administrator or coordinator who must have it, setting it up before anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (not user.is_authenticated or user.is_verified()  # type: ignore[attr-defined]
                or _is_open(request)):
            return self.get_response(request)
        from accounts import two_factor

        if two_factor.has_two_factor(user):
            return _go(request, "two_factor_verify")
        if two_factor.is_required_for(user):
            return _go(request, "two_factor_setup")
        return self.get_response(request)


def _is_open(request: HttpRequest) -> bool:
    if request.path.startswith(str(settings.STATIC_URL)):
        return True
    match = getattr(request, "resolver_match", None) or _resolve(request.path_info)
    return match is not None and match.url_name in TWO_STEP_OPEN


def _resolve(path: str) -> ResolverMatch | None:
    try:
        return resolve(path)
    except Resolver404:
        return None


def _go(request: HttpRequest, name: str) -> HttpResponse:
    target = f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}"
    if getattr(request, "htmx", None):
        return HttpResponseClientRedirect(target)
    return HttpResponseRedirect(target)
