"""The guides: every page for every role, the user's own guides first, the images they show."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse

from guides.topics import TOPICS

IMG = re.compile(r'<img src="([^"]+)" alt="([^"]*)"')
NAME = "kehoach – Truyền thông quyền con người"


def _positions(html: str, slugs: list[str]) -> list[int]:
    return [html.index(reverse("help:topic", args=[slug])) for slug in slugs]


def test_every_guide_renders_for_every_role_with_its_images(role: str, client_as) -> None:
    client = client_as(role)
    for topic in TOPICS:
        response = client.get(reverse("help:topic", args=[topic.slug]))
        assert response.status_code == 200, topic.slug
        html = response.content.decode()
        assert f"<h1>{topic.title}</h1>" in html
        assert f"<title>{topic.title} · Hướng dẫn · {NAME}</title>" in html
        assert "Dành cho:" in html
        images = IMG.findall(html)
        assert images, f"{topic.slug} shows no screenshot"
        for src, alt in images:
            assert src.startswith(settings.STATIC_URL)
            name = src.removeprefix(settings.STATIC_URL)
            found = finders.find(name)
            assert found, f"{topic.slug}: {name} is missing"
            assert Path(str(found)).stat().st_size < 100_000, f"{name} is too heavy"
            assert len(alt) > 20, f"{name} needs a Vietnamese alt text"


def test_the_index_puts_the_reporters_guides_first(client_as) -> None:
    html = client_as("reporter").get(reverse("help:index")).content.decode()
    mine, others = html.index("Việc của anh/chị"), html.index("Các hướng dẫn khác")
    recording, report, review = _positions(
        html, ["ghi-nhan-san-pham", "bao-cao-don-vi", "duyet-bao-cao"])
    assert mine < recording < report < others < review
    assert "Cán bộ báo cáo của đơn vị" in html


def test_the_index_puts_the_leaders_guides_first(client_as) -> None:
    html = client_as("viewer").get(reverse("help:index")).content.decode()
    others = html.index("Các hướng dẫn khác")
    review, follow, recording, plan_import = _positions(
        html, ["duyet-bao-cao", "theo-doi-ke-hoach", "ghi-nhan-san-pham", "nhap-ke-hoach"])
    assert review < follow < others < recording < plan_import


def test_the_index_puts_the_administrators_guides_first(client_as) -> None:
    html = client_as("administrator").get(reverse("help:index")).content.decode()
    others = html.index("Các hướng dẫn khác")
    assert html.index(reverse("help:topic", args=["nhap-ke-hoach"])) < others
    assert html.index(reverse("help:topic", args=["bao-cao-don-vi"])) > others


def test_a_guide_names_its_roles_and_says_when_it_is_the_users(client_as) -> None:
    url = reverse("help:topic", args=["bao-cao-don-vi"])
    mine = client_as("reporter").get(url).content.decode()
    assert "Cán bộ báo cáo của đơn vị" in mine and 'status-done">Việc của anh/chị' in mine
    theirs = client_as("coordinator").get(url).content.decode()
    assert 'status-done">Việc của anh/chị' not in theirs


@pytest.mark.django_db
def test_an_unknown_guide_is_a_404(client_as, province) -> None:
    response = client_as("reporter").get("/huong-dan/khong-co/")
    assert response.status_code == 404


def test_visitors_log_in_first(client_as) -> None:
    response = client_as("anonymous").get(reverse("help:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_header_links_the_guides_and_names_the_product(client_as) -> None:
    html = client_as("reporter").get(reverse("home")).content.decode()
    assert f'href="{reverse("help:index")}">Hướng dẫn</a>' in html
    assert f"<title>Trang chủ · {NAME}</title>" in html
    assert 'class="brand-sub">Truyền thông quyền con người' in html
    assert re.search(r'<link rel="icon" href="[^"]*favicon\.svg" type="image/svg\+xml">', html)
    assert re.search(r'<link rel="icon" href="[^"]*favicon\.png" sizes="32x32">', html)
    for icon in ("favicon.svg", "favicon.png", "apple-touch-icon.png"):
        assert finders.find(icon), icon


@pytest.mark.parametrize(("role", "url_name", "slug"), [
    ("reporter", "records:product_create", "ghi-nhan-san-pham"),
    ("reporter", "records:activity_create", "ghi-nhan-san-pham"),
    ("coordinator", "documents:import", "nhap-ke-hoach"),
    ("administrator", "people", "don-vi-nguoi-dung"),
    ("administrator", "units:catalogue", "don-vi-nguoi-dung"),
])
def test_main_pages_link_their_guide(client_as, role: str, url_name: str, slug: str) -> None:
    html = client_as(role).get(reverse(url_name)).content.decode()
    link = f'<a class="help-link" href="{reverse("help:topic", args=[slug])}">Hướng dẫn'
    assert link in html


def test_templates_under_base_set_a_title() -> None:
    """Every page's tab reads "<page> · kehoach – …": no template leaves the title empty."""
    root = Path(settings.BASE_DIR)
    empty = []
    for path in root.glob("**/templates/**/*.html"):
        if ".venv" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if '{% extends "base.html" %}' not in text:
            continue
        found = re.search(r"{% block title %}(.*?){% endblock", text, re.S)
        if found is None or not found.group(1).strip():
            empty.append(str(path.relative_to(root)))
    assert not empty, f"templates without a title: {empty}"
