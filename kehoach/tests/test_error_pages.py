"""Error pages with DEBUG off: Vietnamese, in the app's look, and leaking nothing.

Django's own debug pages list every URL pattern, settings and a traceback; with DEBUG off the
project's templates answer instead (400, 403, 404, the CSRF refusal and 500).
"""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from kehoach.views import server_error

LEAKS = ("Using the URLconf", "urlpatterns", "admin/", "Traceback", "settings.py",
         "DEBUG = True", "ALLOWED_HOSTS", "CSRF verification failed", "hunter2", "sqlite3")


@pytest.fixture(autouse=True)
def debug_off(settings) -> None:
    settings.DEBUG = False


def _page(response) -> str:
    text = response.content.decode()
    for leak in LEAKS:
        assert leak not in text, leak
    return text


def test_a_wrong_address_answers_the_vietnamese_404_without_the_url_list(client_as) -> None:
    for role in ("anonymous", "reporter"):
        response = client_as(role).get("/ke-hoach-khong-co/?tinh=Soc+Trang")
        assert response.status_code == 404
        page = _page(response)
        assert "Không tìm thấy trang" in page
        assert 'class="topbar"' in page and "css/app.css" in page
    # Logged in, the page keeps the menu, as every page of the app.
    assert "Nhiệm vụ" in page


def test_a_refused_page_says_why_in_vietnamese(client_as) -> None:
    response = client_as("coordinator").get(reverse("audit"))
    assert response.status_code == 403
    page = _page(response)
    assert "Bạn không có quyền thực hiện việc này" in page
    assert "Chỉ quản trị hệ thống được xem nhật ký hệ thống." in page


def test_an_unknown_host_gets_the_400_page(db) -> None:
    response = Client().get("/", HTTP_HOST="kehoach.tinh-khac.example")
    assert response.status_code == 400
    page = _page(response)
    assert "Yêu cầu không hợp lệ" in page
    assert "kehoach.tinh-khac.example" not in page


def test_a_form_sent_without_its_csrf_token_gets_the_vietnamese_page(db) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "dieuphoi", "password": "x" * 12})
    assert response.status_code == 403
    page = _page(response)
    assert "Trang đã hết hạn, chưa gửi được" in page
    assert "cookie" in page and "Referer" not in page


@pytest.mark.urls("kehoach.tests.error_urls")
def test_a_failing_view_answers_the_500_page_without_its_error(db) -> None:
    response = Client(raise_request_exception=False).get("/hong/")
    assert response.status_code == 500
    page = _page(response)
    assert "Hệ thống gặp lỗi" in page and "dữ liệu chưa bị thay đổi" in page
    assert "secret detail" not in page and "RuntimeError" not in page
    assert 'class="topbar"' in page and "css/app.css" in page


def test_the_500_page_renders_without_the_database() -> None:
    # No `db` fixture: any query here would fail the test (pytest-django blocks it).
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Hệ thống gặp lỗi" in _page(response)


def test_the_500_page_still_answers_when_its_template_fails(settings) -> None:
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [], "APP_DIRS": False}]
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Hệ thống gặp lỗi" in _page(response)
