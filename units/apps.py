from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UnitsConfig(AppConfig):
    name = "units"
    verbose_name = _("Đơn vị")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from units.models import Unit

        auditlog.register(Unit, m2m_fields={"successors"})

        from units import signals  # noqa: F401  (log-in notices of ended units)
