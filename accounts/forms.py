from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm


class LoginForm(BoundedForm, AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Tên đăng nhập hoặc mật khẩu không đúng. Lưu ý: đăng nhập sai nhiều lần "
            "liên tiếp, tài khoản sẽ bị tạm khóa."
        ),
        "inactive": _("Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống."),
    }


class AuditFilterForm(forms.Form):
    """The audit page's filters: what kind of record, and who (a person or a command)."""

    model = forms.ChoiceField(label=_("Loại dữ liệu"), required=False)
    actor = forms.CharField(label=_("Người thực hiện"), required=False, max_length=150,
                            help_text=_("Tên đăng nhập, họ tên, hoặc tên lệnh, tác vụ."))

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["model"].choices = [("", _("Tất cả")), *choices]

    def filters(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        return {"model": self.cleaned_data["model"], "actor": self.cleaned_data["actor"]}
