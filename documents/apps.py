from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "documents"
    verbose_name = _("Văn bản")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from documents.models import Document, Reference

        auditlog.register(Document, exclude_fields=["text", "sha256"])
        auditlog.register(Reference, exclude_fields=["number_key"])
