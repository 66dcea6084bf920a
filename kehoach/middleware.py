from collections.abc import Callable

from django.conf import settings
from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation


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
