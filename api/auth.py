"""How an API request says who it is: a unit's token, or the session of someone logged in."""

from typing import Any, cast

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from api.actors import Actor
from api.services import token_authenticate


class TokenAuth(HttpBearer):
    """Authorization: Bearer <secret>, the way a unit's own system calls."""

    def authenticate(self, request: HttpRequest, token: str) -> Actor:
        # A wrong token is an error even with a session: the caller meant the token.
        api_token = token_authenticate(token)
        if api_token is None or api_token.created_by is None:
            raise AuthenticationError(message=_(
                "Mã truy cập API không đúng, đã bị thu hồi hoặc người tạo mã không còn "
                "hoạt động."))
        return Actor(user=api_token.created_by, token=api_token)


class SessionAuth(APIKeyCookie):
    """The logged-in session, for the docs page's "try it"; changes need the CSRF token.

    Ninja's own SessionAuth checks CSRF before it knows whether anybody is logged in, so an
    anonymous POST would hear "CSRF" instead of "log in or send a token".
    """

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: Any) -> Actor | None:
        if request.user.is_authenticated:
            return Actor(user=request.user)
        return None


def actor(request: HttpRequest) -> Actor:
    """The Actor an authenticated request carries."""
    # Every operation requires authentication, so ninja has set request.auth.
    return cast(Actor, request.auth)  # type: ignore[attr-defined]
