from datetime import date
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from indicators.models import EnteredValue, Indicator, Method
from indicators.permissions import entry_units
from indicators.selectors import DashboardFilters, plan_unit_choices
from kehoach.forms import BoundedForm, DateInput, ServiceModelForm, field_of
from plans.models import Plan, Target
from records.models import (
    ActivityKind,
    Channel,
    LanguageGroup,
    ParticipantGroup,
    ProductKind,
    Topic,
)
from units.models import Unit
from units.picker import UnitPickerField, UnitSearchFormMixin, form_date


def _checkboxes(label: Any, choices: Any, help_text: Any = "") -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label, choices=choices, required=False, help_text=help_text,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
    )


class IndicatorForm(ServiceModelForm):
    """How a target is measured. Every field is on the page at once, grouped by the methods
    that use them, so the form works without JavaScript; fields a method ignores are kept."""

    kinds = _checkboxes(_("Loại sản phẩm"), ProductKind.choices)
    channels = _checkboxes(_("Kênh"), Channel.choices)
    language_groups = _checkboxes(_("Nhóm ngôn ngữ"), LanguageGroup.choices)
    share_language_groups = _checkboxes(
        _("Tử số: sản phẩm bằng nhóm ngôn ngữ"), LanguageGroup.choices,
        _("Ví dụ chỉ tiêu 15–20% sản phẩm bằng tiếng dân tộc thiểu số hoặc tiếng nước ngoài: "
          "chọn hai nhóm này."))
    share_channels = _checkboxes(
        _("Tử số: sản phẩm đăng, phát trên kênh"), Channel.choices,
        _("Khi chọn cả nhóm ngôn ngữ và kênh, sản phẩm phải thỏa cả hai."))
    activity_kinds = _checkboxes(_("Loại hoạt động"), ActivityKind.choices)
    participant_groups = _checkboxes(
        _("Thành phần tham gia"), ParticipantGroup.choices,
        _("Để trống để tính mọi thành phần."))

    class Meta:
        model = Indicator
        fields = ["name", "method", "as_percentage", "kinds", "channels", "language_groups",
                  "topics", "units", "tasks", "share_language_groups", "share_channels",
                  "activity_kinds", "participant_groups"]
        widgets = {
            "method": forms.RadioSelect,
            "topics": forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
            "units": forms.SelectMultiple(attrs={"size": 8}),
            "tasks": forms.CheckboxSelectMultiple(attrs={"class": "checklist"}),
        }
        help_texts = {
            "units": _("Để trống để tính mọi đơn vị. Chọn đơn vị hiện nay thì tính cả số liệu "
                       "của các đơn vị đã sáp nhập vào đơn vị đó."),
            "tasks": _("Để trống để tính mọi nhiệm vụ của kế hoạch."),
        }

    groups = {
        "main": ["name", "method", "as_percentage"],
        "filters": ["kinds", "channels", "language_groups", "topics", "units", "tasks"],
        "share": ["share_language_groups", "share_channels"],
        "activities": ["activity_kinds", "participant_groups"],
    }

    def __init__(self, *args: Any, target: Target, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        chosen = list(self.instance.units.values_list("pk", flat=True)) if self.instance.pk else []
        # a radio list needs no empty choice
        field_of(self, "method", forms.ChoiceField).choices = Method.choices
        field_of(self, "topics", forms.ModelChoiceField).queryset = Topic.objects.order_by("name")
        field_of(self, "units", forms.ModelChoiceField).queryset = (
            plan_unit_choices(target.plan, first=chosen))
        field_of(self, "tasks", forms.ModelChoiceField).queryset = (
            target.plan.tasks.order_by("sort_key"))
        if not self.instance.pk and not self.is_bound:
            percent = "%" in target.unit_of_measure
            self.initial.update({
                "name": target.text[:255],
                "method": Method.PRODUCT_SHARE if percent else Method.PRODUCT_COUNT,
                "tasks": [target.task_id] if target.task_id else [],
            })

    @property
    def fieldsets(self) -> dict[str, list[forms.BoundField]]:
        """Fields by the fieldset they appear in, for the template."""
        return {name: [self[field] for field in fields] for name, fields in self.groups.items()}

    def service_arguments(self) -> dict[str, Any]:
        return dict(self.cleaned_data)


class EnteredValueForm(UnitSearchFormMixin, ServiceModelForm):
    """A unit's figure for a period; the unit list holds only units the user may enter for.

    The units offered are those that exist at the period's end (today for a new figure); a
    coordinator, who may enter for any unit, finds one with the picker's search.
    """

    class Meta:
        model = EnteredValue
        fields = ["unit", "period_start", "period_end", "numerator", "denominator", "note"]
        widgets = {"period_start": DateInput(), "period_end": DateInput()}

    def __init__(self, *args: Any, indicator: Indicator, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.indicator = indicator
        allowed = entry_units(user)
        unit = self.fields["unit"]
        picker = UnitPickerField(
            label=unit.label, help_text=unit.help_text,
            queryset=None if allowed is None else Unit.objects.filter(pk__in=allowed))
        stored = self.instance.period_end if self.instance.pk else None
        picker.offer(on=form_date(self, "period_end", stored or timezone.localdate()),
                     first=user.units.values_list("pk", flat=True), scope=allowed,
                     date_field="period_end")
        self.fields["unit"] = picker
        if allowed and len(allowed) == 1 and not self.is_bound:
            self.initial.setdefault("unit", allowed[0])
        if indicator.method == Method.PARTICIPANTS:
            del self.fields["numerator"]
            self.fields["denominator"].label = _("Số người cần tập huấn")
            self.fields["denominator"].required = True
            self.fields["denominator"].help_text = _(
                "Tổng số người thuộc thành phần cần tập huấn của đơn vị; số đã tham gia được "
                "tính từ các hoạt động đã nhập.")
        else:
            self.fields["numerator"].required = True
            self.fields["numerator"].label = _("Số liệu")
            if indicator.as_percentage:
                self.fields["denominator"].required = True
                self.fields["numerator"].label = _("Tử số")
            else:
                del self.fields["denominator"]
        self.fields["period_start"].help_text = _(
            "Số người cần tập huấn tại kỳ này; số đơn vị nhập gần nhất được dùng."
        ) if indicator.method == Method.PARTICIPANTS else _(
            "Số liệu là kết quả trong kỳ này, không cộng dồn từ đầu năm.")


STRUCTURE_CHOICES = [
    ("today", _("Theo đơn vị hiện nay")),
    ("period", _("Theo đơn vị tại cuối kỳ")),
]


class DashboardFilterForm(BoundedForm, forms.Form):
    """The dashboard's filters; a GET form, so each filtered view has its own link.

    A reporter who has not chosen yet sees their own unit: "unit" absent from the query
    means "my unit", and an empty "unit" means every unit.
    """

    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Unit.objects.none(),
                                  required=False, empty_label=_("Tất cả đơn vị"))
    start = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    end = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())
    structure = forms.ChoiceField(label=_("Cơ cấu đơn vị"), choices=STRUCTURE_CHOICES,
                                  required=False)

    def __init__(self, data: Any, *, plan: Plan, user: User, **kwargs: Any) -> None:
        own = list(user.memberships.values_list("unit_id", flat=True)) if getattr(
            user, "is_reporter", False) else []
        if own and "unit" not in data:
            data = data.copy()
            data["unit"] = str(own[0])
        super().__init__(data, **kwargs)
        self._picker: tuple[Plan, list[int]] | None = (plan, own)
        if data.get("unit"):  # to validate the unit chosen
            self._offer_units()

    def _offer_units(self) -> None:
        """The unit picker's choices, read when first needed: after the dashboard's pass over
        the plan's products when no unit is chosen, so the picker reuses its units."""
        if self._picker is not None:
            plan, own = self._picker
            self._picker = None
            field_of(self, "unit", forms.ModelChoiceField).queryset = (
                plan_unit_choices(plan, first=own))

    def full_clean(self) -> None:
        self._cleaning = True  # validating an empty unit needs no choices
        try:
            super().full_clean()
        finally:
            self._cleaning = False

    def __getitem__(self, name: str) -> forms.BoundField:
        if name == "unit" and not getattr(self, "_cleaning", False):
            self._offer_units()
        return super().__getitem__(name)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."))
        return data

    def filters(self, today: date) -> DashboardFilters:
        """The valid filters; an invalid one (a date typed wrong) is left out, not the rest."""
        self.is_valid()
        data = self.cleaned_data
        return DashboardFilters(today=today, unit=data.get("unit"), start=data.get("start"),
                                end=data.get("end"), structure=data.get("structure") or "today")

    def query(self) -> str:
        """The filters as a query string, for export links: an explicit empty unit stays
        explicit, so an export shows what the page shows."""
        self.is_valid()
        data = self.cleaned_data
        unit = data.get("unit")
        return urlencode({
            "unit": unit.pk if unit else "",
            "start": data["start"].isoformat() if data.get("start") else "",
            "end": data["end"].isoformat() if data.get("end") else "",
            "structure": data.get("structure") or "today",
        })
