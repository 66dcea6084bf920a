from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from api.models import ApiToken

        # The hash is a credential; the time of use changes on every call and is no event.
        auditlog.register(ApiToken, exclude_fields=["key_hash", "last_used_at"])
