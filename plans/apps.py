from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = _("Kế hoạch")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from plans.models import Plan, Programme, ProgressUpdate, Target, Task, TaskUnit

        auditlog.register(Programme)
        auditlog.register(Plan, exclude_fields=["issuer_key", "issued_year"])
        auditlog.register(Target)
        auditlog.register(Task, exclude_fields=["sort_key"])
        auditlog.register(TaskUnit)
        auditlog.register(ProgressUpdate, m2m_fields={"products", "activities"})
