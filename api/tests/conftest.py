"""An API client speaking for Báo Sóc Trăng, as its newspaper's CMS would."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from accounts.models import User
from api.models import ApiToken
from api.services import token_create


class ApiClient:
    """A test client that sends JSON with a bearer token, or through a logged-in session."""

    def __init__(self, client: Client, secret: str | None = None) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {secret}"} if secret else {}

    def get(self, url: str, data: dict[str, Any] | None = None) -> Any:
        return self.client.get(url, data, headers=self.headers)

    def send(self, method: str, url: str, body: Any = None, *, raw: bytes | str | None = None
             ) -> Any:
        payload = raw if raw is not None else json.dumps(body, ensure_ascii=False)
        return getattr(self.client, method)(url, payload, content_type="application/json",
                                            headers=self.headers)

    def post(self, url: str, body: Any = None, **kwargs: Any) -> Any:
        return self.send("post", url, body, **kwargs)

    def patch(self, url: str, body: Any = None, **kwargs: Any) -> Any:
        return self.send("patch", url, body, **kwargs)

    def delete(self, url: str) -> Any:
        return self.client.delete(url, headers=self.headers)


@pytest.fixture
def bao_token(reporter: User, unit) -> tuple[ApiToken, str]:
    """The token Báo Sóc Trăng's reporter made for the newspaper's CMS, and its secret."""
    return token_create(user=reporter, unit=unit("ST-BAO"), name="Hệ thống CMS Báo Sóc Trăng")


@pytest.fixture
def cms(bao_token: tuple[ApiToken, str]) -> ApiClient:
    return ApiClient(Client(), bao_token[1])


@pytest.fixture
def session_api(client_as) -> Callable[[str], ApiClient]:
    """The API as the docs page's "try it" calls it: a logged-in session, no token."""
    return lambda role: ApiClient(client_as(role))


def khmer_article(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Sóc Trăng bảo đảm quyền tiếp cận giáo dục cho học sinh Khmer",
        "kind": "article", "channel": "online", "languages": ["vi", "km"],
        "published_on": "2024-05-20",
        "link": "https://baosoctrang.org.vn/giao-duc/hoc-sinh-khmer.html",
    }
    body.update(overrides)
    return body
