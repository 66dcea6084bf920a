"""Bring a backup (manage.py backup) back into this database and its file storage.

    manage.py restore var/backups/kehoach-20240618-230000.tar.gz
    manage.py restore ARCHIVE --force     # replace what the database holds

Run `manage.py migrate` on the new database first. Nothing is changed unless every file of
the archive checks out, and then everything is restored in one transaction.
"""

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _

from kehoach.audit import AuditedCommand
from kehoach.backup import BackupError, restore


class Command(AuditedCommand):
    help = ("Khôi phục một bản sao lưu vào cơ sở dữ liệu trống (hoặc thay toàn bộ, với "
            "--force).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", help="Tệp sao lưu (.tar.gz) do lệnh backup tạo.")
        parser.add_argument("--force", action="store_true",
                            help="Xóa dữ liệu đang có rồi khôi phục.")

    def handle(self, *args: Any, archive: str, force: bool, **options: Any) -> None:
        try:
            result = restore(Path(archive), force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(
            _("Đã khôi phục %(rows)d dòng dữ liệu và %(files)d tệp từ bản sao lưu ngày "
              "%(when)s.") % {"rows": result.rows, "files": result.files,
                              "when": result.manifest.created_at[:19].replace("T", " ")}))
        if result.newer_migrations:
            self.stdout.write(self.style.WARNING(
                _("Cơ sở dữ liệu này có %(count)d migration mới hơn bản sao lưu; dữ liệu đã "
                  "được nạp theo cấu trúc mới.") % {"count": len(result.newer_migrations)}))
        self.stdout.write(_("Mọi người cần đăng nhập lại."))
