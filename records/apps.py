from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "records"
    verbose_name = _("Sản phẩm và hoạt động")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from records.models import Activity, Language, Participation, Product, Topic

        auditlog.register(Language)
        auditlog.register(Topic, exclude_fields=["search_text"])
        auditlog.register(Product, exclude_fields=["search_text"],
                          m2m_fields={"languages", "topics", "tasks"})
        auditlog.register(Activity, exclude_fields=["search_text"], m2m_fields={"tasks", "topics"})
        auditlog.register(Participation)
