"""The Content-Security-Policy on every response, and templates that need nothing it forbids."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")
# What the policy blocks in a page: inline scripts, on* handlers, javascript: links, styles.
INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>|"
                    r"\son[a-z]+\s*=|javascript:|\sstyle\s*=|<style", re.IGNORECASE)


def policy_of(response) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in
                response["Content-Security-Policy"].split(";"))


def test_every_response_carries_the_policy(client_as, plan) -> None:
    anonymous, coordinator = client_as("anonymous"), client_as("coordinator")
    responses = [
        anonymous.get(reverse("login")),
        anonymous.get("/no-such-page/"),
        coordinator.get(reverse("plans:detail", args=[plan.pk])),
        coordinator.get(reverse("indicators:export", args=[plan.pk, "units"])),
        coordinator.get(reverse("plans:task_list"), HTTP_HX_REQUEST="true"),
    ]
    expected = dict(part.split(" ", 1) for part in POLICY.split("; "))
    for response in responses:
        assert policy_of(response) == expected, response.request["PATH_INFO"]


def test_no_template_has_inline_script_handler_or_style() -> None:
    templates = [path for folder in ROOT.iterdir()
                 if folder.is_dir() and not folder.name.startswith((".", "var"))
                 for path in folder.glob("**/templates/**/*.html")]
    templates += list((ROOT / "templates").glob("**/*.html"))
    assert len(templates) > 50
    found = {path.relative_to(ROOT).as_posix(): INLINE.findall(path.read_text(encoding="utf-8"))
             for path in templates}
    assert {path: hits for path, hits in found.items() if hits} == {}


def test_logged_in_pages_are_not_cached(client: Client, coordinator) -> None:
    client.force_login(coordinator)
    assert "no-store" in client.get(reverse("home"))["Cache-Control"]
