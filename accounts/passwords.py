"""Password rules (ASVS 4.0.3, V2.1): long enough, not known to attackers, no composition rules.

Settings' AUTH_PASSWORD_VALIDATORS: at least 12 characters (Django's MinimumLengthValidator),
at most 128, not too like the user's own name or e-mail, and not in a list of common and
breached passwords. Nothing asks for digits, capitals or symbols: a long phrase is better than a
short password with a digit and a symbol in it. Everything is checked on this server, with no
network: the lists ship with Django and with zxcvbn.
"""

from functools import cache

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


@cache
def known_passwords() -> frozenset[str]:
    """Lower-cased: Django's 20,000 common passwords (Royce Williams' list) and zxcvbn's
    30,000 most frequent passwords of Xato's corpus of 10 million leaked ones."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    django_list = CommonPasswordValidator().passwords
    return frozenset(django_list) | {p.strip().lower() for p in FREQUENCY_LISTS["passwords"]}


class KnownPasswordValidator:
    """Refuses a password found in the lists of common and breached passwords.

    Compared as Django compares, lower-cased and without surrounding spaces.
    """

    def validate(self, password: str, user: object = None) -> None:
        if password.lower().strip() in known_passwords():
            raise ValidationError(self.get_error_message(), code="password_too_common")

    def get_error_message(self) -> str:
        return _("Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ; "
                 "hãy chọn mật khẩu khác.")

    def get_help_text(self) -> str:
        return _("Mật khẩu không được là mật khẩu phổ biến hoặc đã bị lộ.")


class MaximumLengthValidator:
    """Refuses a password longer than `max_length` characters (128, ASVS 2.1.2)."""

    def __init__(self, max_length: int = 128) -> None:
        self.max_length = max_length

    def validate(self, password: str, user: object = None) -> None:
        if len(password) > self.max_length:
            raise ValidationError(self.get_error_message(), code="password_too_long",
                                  params={"max_length": self.max_length})

    def get_error_message(self) -> str:
        return ngettext("Mật khẩu này quá dài: tối đa %(max_length)d ký tự.",
                        "Mật khẩu này quá dài: tối đa %(max_length)d ký tự.",
                        self.max_length) % {"max_length": self.max_length}

    def get_help_text(self) -> str:
        return ngettext("Mật khẩu có tối đa %(max_length)d ký tự.",
                        "Mật khẩu có tối đa %(max_length)d ký tự.",
                        self.max_length) % {"max_length": self.max_length}
