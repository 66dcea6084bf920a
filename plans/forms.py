from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm, DateInput, ServiceModelForm, field_of
from kehoach.vntext.formats import vn_date
from plans.models import Plan, Target, Task, TaskRole
from records.models import Activity, Product
from units.models import Unit
from units.picker import UnitPickerField, UnitPickerMultipleField, UnitSearchFormMixin, form_date


class PlanForm(UnitSearchFormMixin, ServiceModelForm):
    class Meta:
        model = Plan
        fields = ["doc_type", "number", "symbol", "issuer", "issuer_name", "place", "issued_on",
                  "title", "signer_name", "signer_title", "programme", "year_start", "year_end",
                  "purposes", "requirements", "general_goals"]
        widgets = {"issued_on": DateInput(), "title": forms.Textarea(attrs={"rows": 2}),
                   "purposes": forms.Textarea(attrs={"rows": 4}),
                   "requirements": forms.Textarea(attrs={"rows": 4}),
                   "general_goals": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"purposes": _("Mỗi đoạn một dòng.")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        issuer = self.fields["issuer"]
        self.fields["issuer"] = UnitPickerField(label=issuer.label, required=issuer.required,
                                                help_text=issuer.help_text)
        field_of(self, "issuer", UnitPickerField).offer(
            on=form_date(self, "issued_on", self.instance.issued_on or timezone.localdate()),
            first=[self.instance.issuer_id] if self.instance.issuer_id else [],
            date_field="issued_on")
        self.fields["issuer_name"].required = False
        self.fields["issuer_name"].help_text = _(
            "Để trống để dùng tên của cơ quan ban hành đã chọn."
        )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        issuer = data.get("issuer")
        if not data.get("issuer_name"):
            if issuer is None:
                self.add_error("issuer_name", _("Hãy chọn hoặc ghi tên cơ quan ban hành."))
            else:
                data["issuer_name"] = issuer.name
        return data


class TargetForm(ServiceModelForm):
    class Meta:
        model = Target
        fields = ["text", "value", "value_max", "unit_of_measure", "deadline", "task", "position"]
        widgets = {"deadline": DateInput(), "text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "task", forms.ModelChoiceField).queryset = plan.tasks.order_by("sort_key")


def _names(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class TaskForm(UnitSearchFormMixin, ServiceModelForm):
    """A task with its lead and coordinating units.

    Units not yet in the register can be written as text, one per line, as the
    plan names them ("các sở, ban, ngành"); they are kept and shown as such. The units
    offered are those that exist on the plan's date.
    """

    lead_units = UnitPickerMultipleField(label=_("Đơn vị chủ trì"), required=False)
    lead_other = forms.CharField(
        label=_("Đơn vị chủ trì khác (ghi như văn bản, mỗi dòng một tên)"), required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    coordinating_units = UnitPickerMultipleField(label=_("Đơn vị phối hợp"), required=False)
    coordinating_other = forms.CharField(
        label=_("Đơn vị phối hợp khác (ghi như văn bản, mỗi dòng một tên)"), required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Task
        # No status: a task's status follows its lead units' progress entries.
        fields = ["code", "title", "description", "timeframe_text", "start_date", "end_date",
                  "products"]
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "title": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "products": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "start_date": _("Để trống để tính từ thời gian thực hiện."),
            "end_date": _("Để trống để tính từ thời gian thực hiện."),
        }

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        rows = list(self.instance.task_units.all()) if self.instance.pk else []
        for role, prefix in ((TaskRole.LEAD, "lead"), (TaskRole.COORDINATING, "coordinating")):
            chosen = [tu.unit_id for tu in rows if tu.role == role and tu.unit_id]
            # Units already chosen head the list, so a long list does not hide them.
            field_of(self, f"{prefix}_units", UnitPickerField).offer(
                on=plan.issued_on or timezone.localdate(), first=chosen)
            if rows and not self.is_bound:
                self.initial[f"{prefix}_units"] = chosen
                self.initial[f"{prefix}_other"] = "\n".join(
                    tu.name for tu in rows if tu.role == role and not tu.unit_id
                )

    def service_arguments(self) -> dict[str, Any]:
        """cleaned_data shaped for task_create()/task_update()."""
        data = dict(self.cleaned_data)
        for prefix in ("lead", "coordinating"):
            units = list(data.pop(f"{prefix}_units"))
            data[prefix] = units + _names(data.pop(f"{prefix}_other"))
        return data


class _EvidenceChoice(forms.ModelMultipleChoiceField):
    """Evidence named with its unit and date, since a coordinator sees several units' work."""

    def label_from_instance(self, obj: Any) -> str:
        day = getattr(obj, "published_on", None) or getattr(obj, "start_date", None)
        return f"{obj} ({obj.unit.short_name or obj.unit.name}, {vn_date(day)})"


class ProgressForm(BoundedForm, forms.Form):
    """A progress report on one task, for the units the user may report for.

    Evidence offered is what those units recorded against this task; the service still
    checks that it belongs to the unit chosen, since the form cannot know that in advance.
    """

    unit = forms.ModelChoiceField(label=_("Đơn vị báo cáo"), queryset=Unit.objects.none(),
                                  empty_label=None)
    reported_on = forms.DateField(label=_("Ngày cập nhật"), widget=DateInput())
    percent = forms.IntegerField(
        label=_("Tiến độ (%)"), min_value=0, max_value=100,
        help_text=_("Trạng thái theo tiến độ: 0% là Chưa bắt đầu, 1–99% là Đang thực hiện, "
                    "100% là Hoàn thành."),
    )
    note = forms.CharField(label=_("Ghi chú"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    products = _EvidenceChoice(
        label=_("Sản phẩm minh chứng"), queryset=Product.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
        help_text=_("Sản phẩm của đơn vị đã được gắn với nhiệm vụ này."),
    )
    activities = _EvidenceChoice(
        label=_("Hoạt động minh chứng"), queryset=Activity.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
        help_text=_("Hoạt động của đơn vị đã được gắn với nhiệm vụ này."),
    )

    def __init__(self, *args: Any, task: Task, units: list[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit_ids = [unit.pk for unit in units]
        field_of(self, "unit", forms.ModelChoiceField).queryset = (
            Unit.objects.filter(pk__in=unit_ids))
        if len(units) == 1:
            self.fields["unit"].initial = units[0].pk
        evidence = {
            "products": task.recorded_products.filter(unit_id__in=unit_ids)
            .select_related("unit").order_by("-published_on", "-pk"),
            "activities": task.activities.filter(unit_id__in=unit_ids)
            .select_related("unit").order_by("-start_date", "-pk"),
        }
        # An empty checklist says nothing; the page explains instead why there is none.
        for name, choices in evidence.items():
            if choices.exists():
                field_of(self, name, forms.ModelChoiceField).queryset = choices
            else:
                del self.fields[name]
        self.has_evidence = "products" in self.fields or "activities" in self.fields


class AttentionFilterForm(BoundedForm, forms.Form):
    """The attention page's plan filter; a GET form, so each plan's list has its own link."""

    plan = forms.ModelChoiceField(
        label=_("Kế hoạch"), queryset=Plan.objects.order_by("-issued_on", "-pk"), required=False,
        empty_label=_("Tất cả kế hoạch"),
    )
