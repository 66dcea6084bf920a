from django.apps import AppConfig
from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Tài khoản")

    def ready(self) -> None:
        from auditlog.registry import auditlog
        from django.contrib.auth.models import Group
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from accounts import signals  # noqa: F401 -- sessions follow log-ins and rights
        from accounts.models import AccountPolicy, Membership, User
        from accounts.protection import refuse_deleting_history

        # Rights and passwords are in the history too: a password change shows as such, never
        # with its hash (kehoach.audit.mask_secret).
        auditlog.register(
            User, include_fields=["username", "full_name", "email", "phone", "language", "role",
                                  "is_active", "is_staff", "is_superuser", "password",
                                  "invited_at"],
            mask_fields=["password"], mask_callable="kehoach.audit.mask_secret",
            m2m_fields={"groups", "user_permissions"},
        )
        auditlog.register(Membership)
        auditlog.register(AccountPolicy)
        # Two-step log-in switched on or off, never its secret keys or recovery codes.
        auditlog.register(TOTPDevice, include_fields=["user", "name", "confirmed"])
        auditlog.register(StaticDevice, include_fields=["user", "name", "confirmed"])
        auditlog.register(Group, m2m_fields={"permissions"})
        # An account with a history is deactivated, never deleted.
        pre_delete.connect(refuse_deleting_history, sender=User,
                           dispatch_uid="accounts.protection.refuse_deleting_history")
