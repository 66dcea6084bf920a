"""Read-only pages from a read replica, when the setting names one (DATABASE_REPLICA_URL).

A GET or HEAD request reads from the replica: the dashboard, the lists and the reports are
where a national installation spends its time, and they change nothing. Everything else reads
from the primary: other methods, anything inside a transaction, sessions, the rest of a
request once it has written (a GET that opens a report's draft then reads what it wrote), and
a browser's requests for REPLICA_PIN_SECONDS after it changed something (a cookie says so),
so that nobody is shown a page older than their own change while the replica catches up.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.models import Model
from django.http import HttpRequest, HttpResponse

REPLICA = "replica"
PIN_COOKIE = "kehoach_primary"
_read_only: ContextVar[bool] = ContextVar("kehoach_read_only_request", default=False)


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


class ReplicaRouter:
    """Reads of a read-only request go to the replica; every write to the primary."""

    def db_for_read(self, model: type[Model], **hints: Any) -> str | None:
        if (_read_only.get() and replica_configured() and model._meta.app_label != "sessions"
                and not connections["default"].in_atomic_block):
            return REPLICA
        return None

    def db_for_write(self, model: type, **hints: Any) -> str | None:
        _read_only.set(False)  # the rest of the request reads what it wrote
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        return True  # the same rows, whichever connection read them

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool | None:
        return db != REPLICA


class ReadOnlyRequestMiddleware:
    """Marks a GET or HEAD request as read-only for the router, for its duration."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        reading = request.method in ("GET", "HEAD")
        token = _read_only.set(reading and PIN_COOKIE not in request.COOKIES)
        try:
            response = self.get_response(request)
        finally:
            _read_only.reset(token)
        if not reading and replica_configured():
            response.set_cookie(PIN_COOKIE, "1", max_age=settings.REPLICA_PIN_SECONDS,
                                secure=request.is_secure(), httponly=True, samesite="Lax")
        return response
