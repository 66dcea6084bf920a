from collections.abc import Collection

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm, field_of
from plans.models import Plan, TaskStatus
from units.picker import UnitPickerField

DUE_CHOICES = [
    ("", _("Mọi thời hạn")),
    ("quarter", _("Đến hạn trong quý này")),
    ("overdue", _("Quá hạn")),
]


class PlanFilterForm(BoundedForm, forms.Form):
    """The plan list's search: number, symbol, title or issuer, marks and case ignored."""

    q = forms.CharField(label=_("Tìm theo số, ký hiệu, trích yếu"), required=False)


class TaskFilterForm(BoundedForm, forms.Form):
    """The task list's filters; a GET form, so every filtered list has its own link."""

    q = forms.CharField(label=_("Tìm theo tên hoặc mã"), required=False)
    plan = forms.ModelChoiceField(
        label=_("Kế hoạch"), queryset=Plan.objects.order_by("-issued_on"), required=False,
        empty_label=_("Tất cả kế hoạch"),
    )
    unit = UnitPickerField(label=_("Đơn vị"), required=False, empty_label=_("Tất cả đơn vị"))
    status = forms.ChoiceField(
        label=_("Trạng thái"), required=False,
        choices=[("", _("Mọi trạng thái")), *TaskStatus.choices],
    )
    due = forms.ChoiceField(label=_("Thời hạn"), required=False, choices=DUE_CHOICES)

    def __init__(self, data: QueryDict, *, own_units: Collection[int] = ()) -> None:
        """The unit filter offers the person's own units first and finds any other as one
        types (units.picker): a country holds ten thousand units, and a drop-down of the
        units its tasks name outweighed the rest of the page many times."""
        super().__init__(data)
        field_of(self, "unit", UnitPickerField).offer(on=None, first=own_units)
