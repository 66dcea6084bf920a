"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every test asks for `live_server`, `transactional_db` and `province` (the Sóc Trăng demo,
loaded into the test database that the live server reads).
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests import TEST_PASSWORD

# Playwright's sync API keeps an event loop running in the main thread; without this
# Django refuses the ORM calls that fixtures and tests make there.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
# The README's screenshots are refreshed only on request (`make screenshots`), so a
# test run leaves the work tree clean; otherwise they go to var/screenshots.
DOCS = ROOT / "docs" if os.environ.get("UPDATE_SCREENSHOTS") else ROOT / "var" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}

expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium "
            "(apt-get install chromium); Playwright's own browsers are not used.",
            pytrace=False,
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update"],
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Opens a page in a fresh context (Vietnamese, 1280x900 unless told otherwise)."""
    contexts: list[BrowserContext] = []

    def open_page(**options: Any) -> Page:
        options = {"locale": "vi-VN", "viewport": DESKTOP, **options}
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    return new_page()


@pytest.fixture
def log_in(live_server: Any) -> Callable[..., None]:
    """Logs a page in through the real form, and waits for the start page."""

    def log_in_page(page: Page, username: str, password: str = TEST_PASSWORD) -> None:
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Tên đăng nhập").fill(username)
        page.get_by_label("Mật khẩu").fill(password)
        page.get_by_role("button", name="Đăng nhập").click()
        # Attached rather than visible: on a phone it waits behind the header's Menu button.
        expect(page.get_by_role("button", name="Đăng xuất", include_hidden=True)
               ).to_be_attached()

    return log_in_page


@pytest.fixture
def screenshot() -> Callable[[Page, str], Path]:
    """Saves a full-page screenshot as <DOCS>/<name>, replacing the previous one."""

    def save(page: Page, name: str) -> Path:
        DOCS.mkdir(parents=True, exist_ok=True)
        path = DOCS / name
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
