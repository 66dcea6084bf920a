from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from units.models import Unit


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Quản trị hệ thống")
    COORDINATOR = "coordinator", _("Cán bộ điều phối")
    REPORTER = "reporter", _("Cán bộ báo cáo của đơn vị")
    VIEWER = "viewer", _("Người xem")


class User(AbstractUser):
    """An official using kehoach. Only what the work needs is kept (Law 91/2025/QH15)."""

    full_name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices, default=Role.VIEWER)
    units = models.ManyToManyField(
        Unit, verbose_name=_("đơn vị"), through="Membership", related_name="members", blank=True
    )
    # Raised when the user's role, units or rights change (accounts.signals): every session
    # signed with the old value stops being valid, so nobody keeps rights they lost.
    session_epoch = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    def __str__(self) -> str:
        return self.full_name or self.username

    def get_full_name(self) -> str:
        return self.full_name or self.username

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        """Django's hash of the password, which each session carries and is checked against
        on every request, with the session epoch in it too."""
        key_salt = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"
        return salted_hmac(key_salt, f"{self.password}:{self.session_epoch}", secret=secret,
                           algorithm="sha256").hexdigest()

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Refused for an account with a history, before anything is touched
        (accounts.protection; a queryset's delete meets the same refusal in pre_delete)."""
        from accounts.protection import check_can_delete

        check_can_delete(self)
        return super().delete(*args, **kwargs)

    @property
    def is_administrator(self) -> bool:
        return self.is_active and (self.role == Role.ADMINISTRATOR or self.is_superuser)

    @property
    def is_coordinator(self) -> bool:
        """Coordinators and administrators run the programme's plans."""
        return self.is_active and (self.role == Role.COORDINATOR or self.is_administrator)

    @property
    def is_reporter(self) -> bool:
        return self.is_active and self.role == Role.REPORTER


class Membership(models.Model):
    user = models.ForeignKey(
        User, verbose_name=_("người dùng"), on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="memberships"
    )

    class Meta:
        verbose_name = _("thành viên đơn vị")
        verbose_name_plural = _("thành viên đơn vị")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "unit"],
                name="membership_unique_user_unit",
                violation_error_message=_("Người dùng này đã thuộc đơn vị này."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.unit}"

    def get_additional_data(self) -> dict[str, int]:
        """Lets a user's and a unit's history find membership changes."""
        return {"user_id": self.user_id, "unit_id": self.unit_id}
