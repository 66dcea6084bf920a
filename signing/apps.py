import warnings

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# pyHanko imports cryptography's DSA keys, which cryptography 46+ marks deprecated.
warnings.filterwarnings("ignore", message="DSA is deprecated")


class SigningConfig(AppConfig):
    name = "signing"
    verbose_name = _("Ký số và ban hành")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from signing.models import NewVersion, SignedDocument, TrustedRoot

        auditlog.register(TrustedRoot, exclude_fields=["certificate"])
        auditlog.register(SignedDocument)
        auditlog.register(NewVersion)
