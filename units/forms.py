from django import forms
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm, DateInput, ServiceModelForm, field_of
from units.models import Unit, UnitKind
from units.selectors import unit_choices


class UnitForm(ServiceModelForm):
    class Meta:
        model = Unit
        fields = ["name", "short_name", "kind", "code", "parent", "valid_from", "valid_to",
                  "successors"]
        widgets = {
            "valid_from": DateInput(),
            "valid_to": DateInput(),
            "successors": forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        others = unit_choices()
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        field_of(self, "parent", forms.ModelChoiceField).queryset = others
        field_of(self, "successors", forms.ModelChoiceField).queryset = others


class UnitSearchForm(BoundedForm, forms.Form):
    q = forms.CharField(label=_("Tìm đơn vị"), required=False)
    kind = forms.ChoiceField(
        label=_("Loại đơn vị"), required=False,
        choices=[("", _("Tất cả các loại")), *UnitKind.choices],
    )
    current = forms.BooleanField(label=_("Chỉ đơn vị đang hoạt động"), required=False)
