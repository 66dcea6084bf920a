"""Back up the database and the uploaded files into one archive (kehoach.backup).

    manage.py backup                          # var/backups/kehoach-YYYYMMDD-HHMMSS.tar.gz
    manage.py backup --output /mnt/nas/kehoach-thu-hai.tar.gz
"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandParser
from django.utils import timezone
from django.utils.translation import gettext as _

from kehoach.audit import AuditedCommand
from kehoach.backup import backup_write


class Command(AuditedCommand):
    help = "Sao lưu cơ sở dữ liệu và các tệp đã tải lên vào một tệp nén (.tar.gz)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", default=None,
                            help="Tệp sao lưu sẽ ghi (mặc định: var/backups/"
                                 "kehoach-<ngày>-<giờ>.tar.gz).")

    def handle(self, *args: Any, output: str | None, **options: Any) -> None:
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        target = Path(output) if output else (
            Path(settings.VAR_DIR) / "backups" / f"kehoach-{stamp}.tar.gz")
        manifest = backup_write(target)
        rows = sum(manifest.counts.values())
        files = len(manifest.files) - 1
        self.stdout.write(self.style.SUCCESS(
            _("Đã sao lưu %(rows)d dòng dữ liệu và %(files)d tệp vào %(path)s.")
            % {"rows": rows, "files": files, "path": target}))
        if manifest.missing_files:
            self.stdout.write(self.style.WARNING(
                _("%(count)d tệp được dữ liệu nhắc đến nhưng không có trong kho lưu trữ:")
                % {"count": len(manifest.missing_files)}))
            for name in manifest.missing_files:
                self.stdout.write(f"  - {name}")
