"""Sign a consolidated report with the agency's certificate file, on the server.

    manage.py sign_report 12                           # the period's exported PDF
    manage.py sign_report 12 --input ky-giam-doc.pdf   # the copy the director signed
    manage.py sign_report 12 --output var/BC-ky-so.pdf --upload-as vanthu

The certificate is the PKCS#12 file of the `SIGNING_PKCS12` setting, its passphrase in
`SIGNING_PKCS12_PASSPHRASE` (environment variables). The signature is the agency's, with the
appearance Decree 30 gives it: name, number and symbol, time in ISO 8601 (+07:00), at the top
right of page 1. With --upload-as the signed file is uploaded for the report in that user's
name and verified as any upload is.
"""

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import CommandError, CommandParser

from accounts.models import User
from kehoach.audit import AuditedCommand
from reporting.models import ConsolidatedReport
from signing import services
from signing.agency import sign_as_agency
from signing.pdfsign import SigningError


class Command(AuditedCommand):
    help = "Ký số của cơ quan lên báo cáo tổng hợp bằng tệp chứng thư số (.p12) trên máy chủ."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("period", type=int, help="mã kỳ báo cáo")
        parser.add_argument("--input", help="tệp PDF để ký (mặc định: tệp PDF đã xuất)")
        parser.add_argument("--output", help="nơi ghi tệp đã ký")
        parser.add_argument("--upload-as", help="tải bản đã ký lên với tên người dùng này")

    def handle(self, *args: Any, **options: Any) -> None:
        report = ConsolidatedReport.objects.filter(period_id=options["period"]).first()
        if report is None:
            raise CommandError(f"Kỳ báo cáo {options['period']} chưa có báo cáo tổng hợp.")
        if options["input"]:
            pdf = Path(options["input"]).read_bytes()
        elif report.pdf:
            with report.pdf.open("rb") as handle:
                pdf = handle.read()
        else:
            raise CommandError("Báo cáo tổng hợp chưa được xuất văn bản PDF.")
        try:
            signed = sign_as_agency(report, pdf)
        except SigningError as error:
            raise CommandError(str(error)) from error
        output = Path(options["output"] or f"BC-ky-so-{report.period_id}.pdf")
        output.write_bytes(signed)
        self.stdout.write(f"Đã ký: {output}")
        if options["upload_as"]:
            self._upload(report, signed, options["upload_as"])

    def _upload(self, report: ConsolidatedReport, signed: bytes, username: str) -> None:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có người dùng “{username}”.")
        upload = SimpleUploadedFile("bao-cao-da-ky.pdf", signed, "application/pdf")
        try:
            document = services.upload_signed_report(user=user, report=report, upload=upload)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        if document.verified:
            self.stdout.write("Đã tải lên; xác minh: Đã ký số.")
            return
        for problem in document.problems:
            self.stderr.write(problem["message"])
        raise CommandError("Bản đã ký tải lên không qua được bước xác minh.")
