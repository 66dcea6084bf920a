from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError, CommandParser

from accounts.models import User
from demo import reporting_data
from demo.reports import demo_period
from kehoach.audit import AuditedCommand
from reporting.models import ConsolidatedStatus
from reporting.services import consolidated as services


class Command(AuditedCommand):
    help = ("Build the demo's consolidated six-month report and write it (.docx, .xlsx, PDF) "
            "to var/demo/; run `manage.py demo_load` first.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=str(Path(settings.VAR_DIR) / "demo"),
                            help="Directory for the three files (default: var/demo).")

    def handle(self, *args: Any, out: str, **options: Any) -> None:
        period = demo_period()
        coordinator = User.objects.filter(username="dieuphoi").first()
        if period is None or coordinator is None:
            raise CommandError("The demo is not loaded: run `manage.py demo_load` first.")
        # The same steps the page queues, run here one after the other.
        report = services.consolidated_build(user=coordinator, period=period, queue=False)
        services.consolidated_merge(report_id=report.pk)
        report.refresh_from_db()
        if not report.signer_name:
            services.consolidated_update(user=coordinator, report=report,
                                         signer_name=reporting_data.SIGNER)
        services.consolidated_export(user=coordinator, report=report, queue=False)
        services.consolidated_write(report_id=report.pk)
        report.refresh_from_db()
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        for fmt in ("docx", "xlsx", "pdf"):
            field = getattr(report, fmt)
            if not field:
                continue
            target = folder / services.download_name(report, fmt)
            with field.open("rb") as source:
                target.write_bytes(source.read())
            self.stdout.write(f"{target} ({target.stat().st_size:,} bytes)")
        if report.status != ConsolidatedStatus.READY:
            raise CommandError(report.error or report.get_status_display())
