from collections.abc import Callable

from django.conf import settings
from django.db import OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _


class VietnameseFirstLocaleMiddleware(LocaleMiddleware):
    """Vietnamese unless the user chose another language with the switch.

    Many office computers run an English browser; the browser's Accept-Language
    must not turn a Vietnamese civil servant's pages into English.
    """

    def process_request(self, request: HttpRequest) -> None:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class RequestSizeLimitMiddleware:
    """A request whose Content-Length is above REQUEST_MAX_BYTES gets 413, unread.

    Django would read a large body to disk before any form could see that its file is too
    big; here only the header is read, so a 1 GiB upload costs nothing. The JSON API answers
    in JSON, the pages with a Vietnamese page. A body without Content-Length (chunked) is not
    read by Django at all. The reverse proxy should refuse first (README, "Uploads").
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.REQUEST_MAX_BYTES
        if length <= limit:
            return self.get_response(request)
        megabytes = round(limit / 1048576)
        if request.path.startswith("/api/"):
            message = _("Nội dung gửi lên quá lớn; tối đa %(mb)s MB mỗi lần gửi.") % {
                "mb": megabytes}
            return JsonResponse({"detail": message}, status=413,
                                json_dumps_params={"ensure_ascii": False})
        response = render(request, "413.html", {"limit_mb": megabytes}, status=413)
        response["Connection"] = "close"  # the unread body must not be taken for a request
        return response


class BusyDatabaseMiddleware:
    """A database still busy after the wait answers 503 "try again", never a 500.

    SQLite waits `SQLITE_BUSY_TIMEOUT` seconds for a writer; PostgreSQL can refuse a
    transaction that would deadlock or fail to serialize. Either way the transaction was
    rolled back and nothing changed, so the honest answer is "busy, try again" with
    Retry-After, in Vietnamese.
    """

    RETRY_AFTER_SECONDS = 5

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception
                          ) -> HttpResponse | None:
        if not is_busy_error(exception):
            return None
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        return response


def is_busy_error(error: BaseException) -> bool:
    """SQLite's "database is locked" or a PostgreSQL deadlock or serialization failure."""
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    sqlstate = getattr(cause, "sqlstate", None)
    return "database is locked" in str(error) or sqlstate in {"40001", "40P01", "55P03"}
