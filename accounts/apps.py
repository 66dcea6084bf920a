from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Tài khoản")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from accounts import signals  # noqa: F401 -- sessions follow log-ins and rights
        from accounts.models import Membership, User

        auditlog.register(
            User, include_fields=["username", "full_name", "email", "role", "is_active"]
        )
        auditlog.register(Membership)
