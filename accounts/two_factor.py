"""Two-step log-in: a code from an authenticator app (TOTP, RFC 6238) after the password.

Built on django-otp: a TOTPDevice per person, confirmed by a first code typed back, and a
StaticDevice holding ten single-use recovery codes, shown once when the app is set up, for
the day the phone is lost. The log-in's second step is asked by accounts.middleware
(TwoStepMiddleware) of everyone who has set it up, and of administrators and coordinators
when it is required (TWO_FACTOR_REQUIRED, or the administrators' switch on the Người dùng
pages). Devices are recorded in the history without their secret keys.
"""

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import AccountPolicy, User
from accounts.permissions import check_can_manage_user, is_coordinator

RECOVERY_CODES = 10
TOTP_NAME = "authenticator"
RECOVERY_NAME = "recovery"


# --- Reads ---------------------------------------------------------------------------------


def policy() -> AccountPolicy:
    found = AccountPolicy.objects.order_by("pk").first()
    return found if found is not None else AccountPolicy()


def required_by_policy() -> bool:
    return bool(getattr(settings, "TWO_FACTOR_REQUIRED", False)) or policy().require_two_factor


def is_required_for(user: User) -> bool:
    """Administrators and coordinators, when the setting or the administrators' switch says so."""
    return is_coordinator(user) and required_by_policy()


def confirmed_totp(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_two_factor(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an SVG QR code, for the authenticator app's camera."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4)


def verify(user: User, token: str) -> Device | None:
    """The device that accepts `token` (a 6-digit code or a recovery code), if any.

    django-otp throttles each device after failures (its delay doubles), so codes cannot be
    guessed one after another; a recovery code works once.
    """
    token = "".join(token.split())
    with transaction.atomic():
        for device in (*TOTPDevice.objects.filter(user=user, confirmed=True).select_for_update(),
                       *StaticDevice.objects.filter(user=user, confirmed=True)
                       .select_for_update()):
            if device.verify_token(token):
                return device
    return None


# --- Changes -------------------------------------------------------------------------------


@transaction.atomic
def totp_start(*, user: User) -> TOTPDevice:
    """A new, unconfirmed authenticator for the QR code; an earlier unconfirmed one goes."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


@transaction.atomic
def totp_confirm(*, user: User, device: TOTPDevice, token: str) -> list[str]:
    """Switch two-step log-in on once the app shows the right code; returns the recovery
    codes, which are shown this once and kept only as single-use tokens."""
    locked = TOTPDevice.objects.select_for_update().get(pk=device.pk, user=user)
    if not locked.verify_token("".join(token.split())):
        raise ValidationError({"token": _("Mã không đúng. Hãy nhập mã 6 chữ số đang hiện trong "
                                          "ứng dụng xác thực (mã đổi sau mỗi 30 giây).")},
                              code="wrong_code")
    for old in TOTPDevice.objects.filter(user=user, confirmed=True):
        old.delete()
    locked.confirmed = True
    locked.save(update_fields=["confirmed"])
    return recovery_codes_renew(user=user)


@transaction.atomic
def recovery_codes_renew(*, user: User) -> list[str]:
    """Ten new recovery codes; the earlier ones stop working."""
    for old in StaticDevice.objects.filter(user=user):
        old.delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _n in range(RECOVERY_CODES)]
    for code in codes:
        device.token_set.create(token=code)
    return codes


@transaction.atomic
def two_factor_disable(*, user: User) -> None:
    """Back to the password alone (refused by the page while it is required for the role)."""
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.filter(user=user):
            device.delete()


@transaction.atomic
def two_factor_reset(*, manager: User, person: User) -> None:
    """For someone who lost both their phone and their recovery codes: whoever manages their
    account switches two-step log-in off, and they set it up again at their next log-in."""
    check_can_manage_user(manager, person)
    two_factor_disable(user=person)


@transaction.atomic
def policy_set(*, require_two_factor: bool) -> AccountPolicy:
    current = AccountPolicy.objects.select_for_update().order_by("pk").first()
    current = current if current is not None else AccountPolicy()
    current.require_two_factor = require_two_factor
    current.save()
    return current
