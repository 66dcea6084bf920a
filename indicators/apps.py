from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "indicators"
    verbose_name = _("Chỉ số")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from indicators.models import EnteredValue, Indicator

        auditlog.register(Indicator, m2m_fields={"topics", "units", "tasks"})
        auditlog.register(EnteredValue)
