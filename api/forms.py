from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm
from units.models import Unit
from units.picker import UnitPickerField, UnitSearchFormMixin, list_all_up_to


class TokenForm(UnitSearchFormMixin, BoundedForm, forms.Form):
    """A new token: which unit's system, and a name to recognise it by later.

    A reporter's few units are listed; a coordinator, who may choose any of a country's
    units, finds one with the picker's search.
    """

    unit = UnitPickerField(label=_("Đơn vị"))
    name = forms.CharField(label=_("Tên hệ thống dùng mã"), max_length=100,
                           help_text=_("Ví dụ: Hệ thống CMS Báo Sóc Trăng."))

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["unit"]
        field.queryset = units  # type: ignore[attr-defined]
        few = list(units.values_list("pk", flat=True)[:list_all_up_to() + 1])
        listed = len(few) <= list_all_up_to()
        field.offer(on=timezone.localdate(), scope=few if listed else None)  # type: ignore[attr-defined]
        if len(few) == 1:
            field.initial = few[0]
