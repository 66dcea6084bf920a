"""The first administrator of a new installation, asked for on the terminal.

    manage.py create_admin                               # asks name, e-mail and password
    KEHOACH_ADMIN_PASSWORD=... manage.py create_admin --noinput --username quantri \\
        --full-name "Nguyễn Văn An" --email an@stttt.soctrang.gov.vn    # for scripts

The password passes the same validators as any password set in the app (12 to 128
characters, not like the name, not common or leaked); in a script it comes from the
environment, never from the command line, which other users of the machine can read. The
account is created through accounts.services, so the history names "manage.py create_admin".
"""

import getpass
import os
from typing import Any, TextIO

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _

from accounts.models import Role, User
from accounts.services import user_create
from kehoach.audit import AuditedCommand

PASSWORD_ENV = "KEHOACH_ADMIN_PASSWORD"  # noqa: S105 -- the variable's name, not a password
TRIES = 3


class Command(AuditedCommand):
    help = "Tạo tài khoản quản trị hệ thống đầu tiên (hỏi trên màn hình, hoặc --noinput)."
    stealth_options = ("stdin",)  # answers read from a stream instead of the terminal

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", help="Tên đăng nhập.")
        parser.add_argument("--full-name", default=None, help="Họ và tên.")
        parser.add_argument("--email", default=None, help="Thư điện tử.")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help=f"Không hỏi gì; mật khẩu lấy từ biến môi trường {PASSWORD_ENV}.")

    def handle(self, *args: Any, **options: Any) -> None:
        self.input: TextIO | None = options.get("stdin")
        if options["interactive"]:
            username = options["username"] or self._ask(_("Tên đăng nhập: "))
            full_name = options["full_name"] or self._ask(_("Họ và tên: "))
            email = options["email"] if options["email"] is not None else self._ask(
                _("Thư điện tử (có thể để trống): "))
        else:
            username, full_name, email = (options["username"], options["full_name"] or "",
                                          options["email"] or "")
            if not username:
                raise CommandError(_("Cần --username khi chạy với --noinput."))
        username = username.strip()
        if User.objects.filter(username=username).exists():
            raise CommandError(_("Tên đăng nhập “%(name)s” đã có; chọn tên khác.")
                               % {"name": username})
        candidate = User(username=username, full_name=full_name.strip(), email=email.strip())
        password = (self._ask_password(candidate) if options["interactive"]
                    else self._password_from_env(candidate))
        user = user_create(username=username, password=password, role=Role.ADMINISTRATOR,
                           full_name=candidate.full_name, email=candidate.email)
        self.stdout.write(self.style.SUCCESS(
            _("Đã tạo tài khoản quản trị hệ thống “%(name)s”.") % {"name": user.username}))

    def _ask(self, prompt: str) -> str:
        if self.input is not None:
            self.stdout.write(prompt, ending="")
            return self.input.readline().rstrip("\n")
        return input(prompt)

    def _secret(self, prompt: str) -> str:
        if self.input is not None:  # a script's or a test's input: read as it comes
            return self._ask(prompt)
        return getpass.getpass(prompt)

    def _ask_password(self, candidate: User) -> str:
        for _try in range(TRIES):
            password = self._secret(_("Mật khẩu: "))
            if password != self._secret(_("Nhập lại mật khẩu: ")):
                self.stderr.write(_("Hai lần nhập không giống nhau; nhập lại."))
                continue
            try:
                validate_password(password, candidate)
            except ValidationError as error:
                for message in error.messages:
                    self.stderr.write(message)
                continue
            return password
        raise CommandError(_("Chưa tạo tài khoản: mật khẩu chưa hợp lệ sau %(n)d lần thử.")
                           % {"n": TRIES})

    def _password_from_env(self, candidate: User) -> str:
        password = os.environ.get(PASSWORD_ENV, "")
        if not password:
            raise CommandError(_("Đặt mật khẩu vào biến môi trường %(env)s khi chạy với "
                                 "--noinput.") % {"env": PASSWORD_ENV})
        try:
            validate_password(password, candidate)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        return password
