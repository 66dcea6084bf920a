from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    """The help pages ("Hướng dẫn"): short guides per task, no models."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "guides"
    verbose_name = _("Hướng dẫn")
