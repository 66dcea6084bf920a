from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm, field_of
from plans.models import Plan, TaskStatus, TaskUnit
from units.models import Unit
from units.selectors import unit_choices

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
        super().__init__(*args, **kwargs)
        field_of(self, "unit", forms.ModelChoiceField).queryset = self._unit_choices()

    def _unit_choices(self) -> QuerySet[Unit]:
        """The units that tasks (of the chosen plan, if any) name, and the unit asked for.

        Choosing any other unit could only list no task; a country holds ten thousand units,
        and a drop-down of all of them outweighs the rest of the page many times.
        """
        named = TaskUnit.objects.filter(unit_id__isnull=False)
        plan = Plan.objects.filter(pk=_integer(self.data.get("plan")) or 0).values("pk")
        if self.data.get("plan") and plan.exists():
            named = named.filter(task__plan_id__in=plan)
        asked = _integer(self.data.get("unit"))
        return unit_choices().filter(Q(pk__in=named.values("unit_id")) | Q(pk=asked))


def _integer(text: object) -> int | None:
    try:
        return int(str(text))
    except ValueError:
        return None
