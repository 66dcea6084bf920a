from django import forms
from django.utils.translation import gettext_lazy as _

from plans.models import Plan, TaskStatus
from units.models import Unit
from units.selectors import unit_choices

DUE_CHOICES = [
    ("", _("Mọi thời hạn")),
    ("quarter", _("Đến hạn trong quý này")),
    ("overdue", _("Quá hạn")),
]


class TaskFilterForm(forms.Form):
    """The task list's filters; a GET form, so every filtered list has its own link."""

    q = forms.CharField(label=_("Tìm theo tên hoặc mã"), required=False)
    plan = forms.ModelChoiceField(
        label=_("Kế hoạch"), queryset=Plan.objects.order_by("-issued_on"), required=False,
        empty_label=_("Tất cả kế hoạch"),
    )
    unit = forms.ModelChoiceField(
        label=_("Đơn vị"), queryset=Unit.objects.none(), required=False,
        empty_label=_("Tất cả đơn vị"),
    )
    status = forms.ChoiceField(
        label=_("Trạng thái"), required=False,
        choices=[("", _("Mọi trạng thái")), *TaskStatus.choices],
    )
    due = forms.ChoiceField(label=_("Thời hạn"), required=False, choices=DUE_CHOICES)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["unit"].queryset = unit_choices()
