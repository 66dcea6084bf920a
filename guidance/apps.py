from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "guidance"
    verbose_name = _("Định hướng tuyên truyền")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from guidance.models import Guidance, GuidanceTopic

        auditlog.register(Guidance, m2m_fields={"units"})
        auditlog.register(GuidanceTopic)
