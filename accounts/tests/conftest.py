"""People managed in the app: mail kept in memory, links read back from the e-mails, and the
codes an authenticator app would show."""

import re
import time
from collections.abc import Callable

import pytest
from django.core import mail
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

LINK = re.compile(r"https?://\S+")


@pytest.fixture(autouse=True)
def mail_in_memory(settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "https://kehoach.soctrang.gov.vn"


@pytest.fixture(autouse=True)
def fresh_rate_limits() -> None:
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def link_in_mail() -> Callable[[str], str]:
    """The path of the last e-mail's link to `to` ("/accounts/invitation/…/")."""

    def find(to: str) -> str:
        sent = [m for m in mail.outbox if to in m.to]
        assert sent, f"no e-mail to {to}"
        found = LINK.findall(sent[-1].body)
        links = [link for link in found if "/invitation/" in link or "/reset/" in link]
        assert links, sent[-1].body
        return links[0].removeprefix("https://kehoach.soctrang.gov.vn")

    return find


@pytest.fixture
def totp_code() -> Callable[..., str]:
    """The 6 digits an authenticator app shows for a device's key (RFC 6238): now, or
    `steps` periods of 30 s later (a code is accepted once, so a second log-in in the same
    half-minute needs the next one; the device tolerates one step of clock drift)."""

    def code(device: TOTPDevice, steps: int = 0) -> str:
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time() + steps * device.step
        return f"{totp.token():0{device.digits}d}"

    return code
