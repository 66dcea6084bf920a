"""Sign a consolidated report with the agency's certificate file, on the server.

    manage.py sign_report 12                           # the period's exported PDF
    manage.py sign_report 12 --input ky-giam-doc.pdf   # the copy the director signed
    manage.py sign_report 12 --output var/BC-ky-so.pdf --upload-as vanthu
    manage.py sign_report 12 --input ky-giam-doc.pdf --seal con-dau.png

The certificate is the PKCS#12 file of the `SIGNING_PKCS12` setting, its passphrase in
`SIGNING_PKCS12_PASSPHRASE` (environment variables). The signature is the agency's, with the
appearance Decree 30 gives it: on the main document the seal's image (--seal, or the
SIGNING_SEAL_IMAGE setting) over the left third of the signer's signature; without a seal, as
on an attachment issued apart, the name, number and symbol and the time in ISO 8601 (+07:00)
at the top right of page 1. With --upload-as the signed file is uploaded for the report in
that user's name and verified as any upload is.
"""

from pathlib import Path
from typing import Any

from django.conf import settings
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
        parser.add_argument("--seal", help="ảnh con dấu (PNG nền trong suốt), đặt đè một "
                            "phần ba chữ ký của người ký (mặc định: SIGNING_SEAL_IMAGE)")

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
        seal_path = options["seal"] or settings.SIGNING_SEAL_IMAGE
        seal = Path(seal_path).read_bytes() if seal_path else None
        try:
            signed = sign_as_agency(report, pdf, seal=seal)
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
