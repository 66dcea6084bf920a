from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm
from units.models import Unit


class TokenForm(BoundedForm, forms.Form):
    """A new token: which unit's system, and a name to recognise it by later."""

    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Unit.objects.none())
    name = forms.CharField(label=_("Tên hệ thống dùng mã"), max_length=100,
                           help_text=_("Ví dụ: Hệ thống CMS Báo Sóc Trăng."))

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        if len(units) == 1:
            self.fields["unit"].initial = units[0]
