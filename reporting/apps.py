from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = _("Báo cáo")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from reporting.models import (
            ConsolidatedReport,
            ConsolidatedSection,
            FormSection,
            RecipientList,
            ReportForm,
            ReportingPeriod,
            Submission,
            SubmissionSection,
        )

        auditlog.register(ReportForm)
        auditlog.register(FormSection)
        auditlog.register(ReportingPeriod, m2m_fields={"units"})
        auditlog.register(Submission, exclude_fields=["figures", "updated_at"])
        auditlog.register(SubmissionSection, exclude_fields=["version", "updated_at"])
        auditlog.register(ConsolidatedReport, exclude_fields=[
            "progress_done", "progress_total", "figures", "updated_at"],
            m2m_fields={"submissions"})
        # The links and sources of a part are drafted with its text, for the page; the text is
        # what the report says.
        auditlog.register(ConsolidatedSection, exclude_fields=["links", "sources"])
        auditlog.register(RecipientList, exclude_fields=["updated_at"])
