import logging

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

from kehoach.home import home_context
from kehoach.http import AuthenticatedRequest


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    """The start page: what the user's role must do or watch now (kehoach.home)."""
    return render(request, "home.html", home_context(request.user))


# What a 500 says when even its template cannot be rendered (a broken static manifest).
SERVER_ERROR_FALLBACK = (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Lỗi hệ thống · kehoach'
    "</title></head><body><h1>Hệ thống gặp lỗi</h1><p>Yêu cầu của bạn chưa được thực hiện và "
    "dữ liệu chưa bị thay đổi. Hãy thử lại sau ít phút; nếu lỗi còn, hãy báo quản trị hệ "
    'thống.</p><p><a href="/">Về trang chủ</a></p></body></html>'
)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the styled page from its template alone, no request context, no query.

    The error may be the database itself, so nothing here may touch it; should the
    template fail too, a fixed Vietnamese page still answers instead of the server's own.
    """
    html: str
    try:
        html = loader.render_to_string("500.html")
    except Exception:  # the error page must not fail
        logging.getLogger(__name__).exception("500.html could not be rendered")
        html = SERVER_ERROR_FALLBACK
    return HttpResponseServerError(html)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: a refused form says in Vietnamese what to do, never Django's reason.

    Django already logs the reason (logger django.security.csrf) for the maintainers.
    """
    return render(request, "403_csrf.html", status=403)
