from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import NoticeKind, Role, User
from accounts.permissions import assignable_roles, reach_unit_ids
from kehoach.forms import BoundedForm, field_of
from units.models import Unit
from units.picker import UnitPickerMultipleField, UnitSearchFormMixin


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
        field_of(self, "model", forms.ChoiceField).choices = [("", _("Tất cả")), *choices]

    def filters(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        return {"model": self.cleaned_data["model"], "actor": self.cleaned_data["actor"]}


# --- People ---------------------------------------------------------------------------------


class PeopleFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm"), required=False, max_length=150,
                        help_text=_("Họ tên, tên đăng nhập, e-mail hoặc điện thoại."))
    role = forms.ChoiceField(label=_("Vai trò"), required=False,
                             choices=[("", _("Tất cả")), *Role.choices])
    active = forms.ChoiceField(label=_("Trạng thái"), required=False, choices=[
        ("", _("Tất cả")), ("1", _("Đang hoạt động")), ("0", _("Đã vô hiệu hóa"))])

    def filters(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        return {"query": self.cleaned_data["q"], "role": self.cleaned_data["role"],
                "active": self.cleaned_data["active"]}


class _PersonRightsForm(UnitSearchFormMixin, BoundedForm, forms.Form):
    """A role no higher than the manager's, and units in the manager's reach, chosen with the
    unit picker: a coordinator's units listed whole, a country's searched as one types."""

    role = forms.ChoiceField(label=_("Vai trò"))
    units = UnitPickerMultipleField(label=_("Đơn vị"), required=False)

    def __init__(self, *args: Any, manager: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "role", forms.ChoiceField).choices = (
            [(r.value, r.label) for r in assignable_roles(manager)])
        reach = reach_unit_ids(manager)
        units = field_of(self, "units", UnitPickerMultipleField)
        if reach is not None:
            units.queryset = Unit.objects.filter(pk__in=reach)
            units.required = True
        chosen = [getattr(unit, "pk", unit) for unit in self.initial.get("units", [])]
        units.offer(on=timezone.localdate(), first=chosen,
                    scope=None if reach is None else sorted(reach),
                    first_label=_("Đơn vị hiện tại") if chosen else None)


class PersonForm(_PersonRightsForm):
    full_name = forms.CharField(label=_("Họ và tên"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), max_length=254,
                             help_text=_("Thư mời đặt mật khẩu được gửi đến địa chỉ này; đây "
                                         "cũng là tên đăng nhập."))
    phone = forms.CharField(label=_("Điện thoại"), max_length=32, required=False)
    field_order = ["full_name", "email", "phone", "role", "units"]


class PersonChangeForm(_PersonRightsForm):
    pass


class ProfileForm(BoundedForm, forms.Form):
    full_name = forms.CharField(label=_("Họ và tên"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), max_length=254, required=False,
                             help_text=_("Để nhận thông báo và đặt lại mật khẩu khi quên."))
    phone = forms.CharField(label=_("Điện thoại"), max_length=32, required=False)
    language = forms.ChoiceField(label=_("Ngôn ngữ"), choices=settings.LANGUAGES)


class NoticeEmailForm(BoundedForm, forms.Form):
    """Which notices also come by e-mail; the notice in the app always appears."""

    email_kinds = forms.MultipleChoiceField(
        label=_("Nhận thêm e-mail khi có thông báo về"), choices=NoticeKind.choices,
        required=False, widget=forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
        help_text=_("Thông báo luôn hiện trong mục “Thông báo” của ứng dụng; e-mail gửi tới "
                    "địa chỉ ở trên."))


class ResetRequestForm(BoundedForm, PasswordResetForm):
    email = forms.EmailField(label=_("Địa chỉ e-mail"), max_length=254,
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))
