"""Forms of the reporting pages: input and validation only; reporting.services saves."""

from collections.abc import Mapping
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from kehoach.forms import PK_MAX, BoundedForm, DateInput, ServiceModelForm, field_of
from plans.models import Plan
from reporting import periods
from reporting.models import (
    ConsolidatedReport,
    FigureKind,
    PeriodKind,
    ReportForm,
    ReportingPeriod,
)
from reporting.permissions import own_unit_ids
from reporting.selectors.periods import (
    default_form,
    default_plan,
    default_units,
    parent_choices,
    period_unit_choices,
)
from reporting.services.forms import SectionSpec
from reporting.services.periods import Window, period_window
from units.models import Unit
from units.picker import UnitPickerField, UnitPickerMultipleField, UnitSearchFormMixin
from units.selectors import units_carried_on


def _checklist() -> forms.CheckboxSelectMultiple:
    return forms.CheckboxSelectMultiple(attrs={"class": "checklist"})


def _number(value: object, default: int | None = None) -> int | None:
    """A whole number as typed, or `default`: also for one no database column holds, since
    the raw value is read before validation (an id of 2^64 would overflow the query)."""
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return number if -PK_MAX <= number <= PK_MAX else default


WINDOW_FIELDS = ("kind", "year", "number", "deadline")
CHOSEN = ("kind", "year", "number", "receiving_unit", "plan", "form", "request")


class PlanChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Plan) -> str:
        return f"{obj.number_symbol} – {obj.title}"


class PeriodForm(UnitSearchFormMixin, BoundedForm, forms.Form):
    """A new period: kind, year and number; the window and title follow from them.

    The window is shown beside the form and recomputed as the kind changes; the deadline
    left empty is the default (REPORT_DEADLINE_WORKING_DAYS after the last day). The units
    asked are those that exist on the window's last day, and follow it when it changes.
    """

    kind = forms.ChoiceField(label=_("Loại kỳ báo cáo"), choices=PeriodKind.choices,
                             initial=periods.SIX_MONTH)
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    number = forms.TypedChoiceField(
        label=_("Tháng hoặc quý"), coerce=int, required=False,
        empty_value=1,  # type: ignore[arg-type]  # coerce=int: the empty value is month 1
        initial=1,
        choices=[(n, str(n)) for n in range(1, 13)],
        help_text=_("Tháng (1–12) với báo cáo tháng, quý (1–4) với báo cáo quý; các loại khác "
                    "bỏ qua ô này."))
    deadline = forms.DateField(
        label=_("Hạn gửi báo cáo"), required=False, widget=DateInput(),
        help_text=_("Để trống để lấy hạn mặc định: số ngày làm việc quy định sau ngày chốt "
                    "số liệu."))
    request = forms.CharField(
        label=_("Văn bản yêu cầu"), required=False, max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=ReportingPeriod._meta.get_field("request").help_text)
    receiving_unit = UnitPickerField(label=_("Đơn vị nhận báo cáo"))
    plan = PlanChoiceField(label=_("Kế hoạch"), queryset=Plan.objects.none(), required=False,
                           help_text=_("Nhiệm vụ và chỉ tiêu của kế hoạch được điền sẵn vào "
                                       "báo cáo của đơn vị."))
    form = forms.ModelChoiceField(label=_("Mẫu báo cáo"), queryset=ReportForm.objects.none())
    units = UnitPickerMultipleField(
        label=_("Đơn vị phải báo cáo"),
        help_text=_("Mặc định: các đơn vị chủ trì, phối hợp nhiệm vụ của kế hoạch vào ngày "
                    "chốt số liệu; đơn vị đã sáp nhập được thay bằng đơn vị kế thừa."))
    parent = forms.ModelChoiceField(
        label=_("Kỳ báo cáo cấp trên"), queryset=ReportingPeriod.objects.none(), required=False,
        help_text=ReportingPeriod._meta.get_field("parent").help_text)
    require_signed = forms.BooleanField(
        label=_("Báo cáo của đơn vị phải ký số"), required=False,
        help_text=ReportingPeriod._meta.get_field("require_signed").help_text)

    def __init__(self, data: Any = None, *, user: User, period: ReportingPeriod | None = None,
                 chosen: Mapping[str, Any] | None = None) -> None:
        """`chosen`: the query of a GET ("Xem thời gian của kỳ" without JavaScript), whose
        kind, year, number, plan and receiving unit replace the defaults."""
        self.period = period
        initial = self._initial(user, period)
        initial.update({name: chosen[name] for name in CHOSEN if chosen and chosen.get(name)})
        super().__init__(data, initial=initial)
        field_of(self, "plan", forms.ModelChoiceField).queryset = (
            Plan.objects.order_by("-issued_on", "-pk"))
        field_of(self, "form", forms.ModelChoiceField).queryset = ReportForm.objects.order_by("pk")
        field_of(self, "parent", forms.ModelChoiceField).queryset = parent_choices(period)
        # Django's documented way to label a field's choices otherwise than str(object)
        field_of(self, "parent", forms.ModelChoiceField).label_from_instance = (  # type: ignore[method-assign]
            lambda parent: parent.label)  # type: ignore[assignment]
        window = self.window()
        plan = self._chosen(Plan, "plan")
        if window and not self.is_bound and period is None:  # before the fields are read
            self.initial["units"] = [u.pk for u in default_units(plan, on=window.last_day)]
            self.initial["deadline"] = window.deadline
        day = window.last_day if window else timezone.localdate()
        field_of(self, "receiving_unit", UnitPickerField).offer(on=day, first=own_unit_ids(user))
        likely = period_unit_choices(plan=plan, on=day, include=self._selected_units(),
                                     receiving_unit=self._chosen(Unit, "receiving_unit"))
        field_of(self, "units", UnitPickerField).offer(
            on=day, first=[u.pk for u in likely],
            first_label=_("Đơn vị của kế hoạch và cùng cấp"))

    @classmethod
    def preview(cls, data: QueryDict, *, user: User) -> "PeriodForm":
        """The form as the page shows it while the kind, year or number change: the
        deadline reset to the new window's default, and the units asked as they stand on its
        last day (those ticked, a merged unit replaced by its heirs; the plan's units if none
        is left), so what was chosen is kept wherever it still exists."""
        data = data.copy()
        form = cls(data, user=user)
        if window := form.window():
            data["deadline"] = window.deadline.strftime("%d/%m/%Y")  # as the field shows it
            data.setlist("units", [str(u.pk) for u in form.units_on(window.last_day)])
        return form

    def units_on(self, day: Any) -> list[Unit]:
        """The units ticked, as they stand on `day`; the plan's units if none is left."""
        chosen = Unit.objects.filter(pk__in=self._selected_units()).prefetch_related(
            "successors")
        return (units_carried_on(chosen, on=day)
                or default_units(self._chosen(Plan, "plan"), on=day))

    def _initial(self, user: User, period: ReportingPeriod | None) -> dict[str, Any]:
        if period is not None:
            return {"kind": period.kind, "year": period.year, "number": period.number,
                    "deadline": period.deadline, "request": period.request,
                    "receiving_unit": period.receiving_unit_id, "plan": period.plan,
                    "form": period.form_id, "units": [u.pk for u in period.units.all()],
                    "parent": period.parent_id, "require_signed": period.require_signed}
        own = own_unit_ids(user)
        return {"kind": periods.SIX_MONTH, "year": timezone.localdate().year, "number": 1,
                "receiving_unit": own[0] if own else None, "plan": default_plan(),
                "form": default_form()}

    def _raw(self, name: str) -> Any:
        return self[name].value()

    def _chosen(self, model: type[Any], name: str) -> Any:
        value = self._raw(name)
        if isinstance(value, model):
            return value
        pk = _number(value)
        return model.objects.filter(pk=pk).first() if pk else None

    def _selected_units(self) -> list[int]:
        values = self._raw("units") or []
        return [pk for pk in (_number(v) for v in values) if pk is not None]

    def window(self) -> Window | None:
        """The window of the kind, year and number as they stand in the form, if valid."""
        kind = self.period.kind if self.period else self._raw("kind")
        year = self.period.year if self.period else _number(self._raw("year"))
        number = self.period.number if self.period else _number(self._raw("number"), 1)
        try:
            return period_window(str(kind), year or 0, number or 1)
        except ValidationError:
            return None

    def service_arguments(self) -> dict[str, Any]:
        return dict(self.cleaned_data)

    def choice_fields(self) -> list[forms.BoundField]:
        """The fields below the window: who receives, who is asked, plan, form, letter."""
        return [self[name] for name in self.fields if name not in WINDOW_FIELDS]


class PeriodEditForm(PeriodForm):
    """A period's kind, year and number stay: they are its window and title."""

    def __init__(self, data: Any = None, *, user: User, period: ReportingPeriod) -> None:
        super().__init__(data, user=user, period=period)
        for name in ("kind", "year", "number"):
            del self.fields[name]


class PeriodsGenerateForm(UnitSearchFormMixin, BoundedForm, forms.Form):
    """Every periodic period of the chosen kinds in a year, in one go."""

    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    kinds = forms.MultipleChoiceField(label=_("Các loại kỳ báo cáo"), choices=PeriodKind.choices,
                                      widget=_checklist())
    receiving_unit = UnitPickerField(label=_("Đơn vị nhận báo cáo"))
    plan = PlanChoiceField(label=_("Kế hoạch"), queryset=Plan.objects.none(), required=False)
    form = forms.ModelChoiceField(label=_("Mẫu báo cáo"), queryset=ReportForm.objects.none())

    def __init__(self, data: Any = None, *, user: User) -> None:
        own = own_unit_ids(user)
        super().__init__(data, initial={
            "year": timezone.localdate().year, "kinds": [periods.SIX_MONTH, periods.ANNUAL],
            "receiving_unit": own[0] if own else None, "plan": default_plan(),
            "form": default_form()})
        field_of(self, "receiving_unit", UnitPickerField).offer(on=timezone.localdate(), first=own)
        field_of(self, "plan", forms.ModelChoiceField).queryset = (
            Plan.objects.order_by("-issued_on", "-pk"))
        field_of(self, "form", forms.ModelChoiceField).queryset = ReportForm.objects.order_by("pk")


class SectionTextForm(BoundedForm, forms.Form):
    """One part of a report, prefixed by the section's pk so that the page's "Lưu" sends
    every part in one form and the autosave sends one.

    `version` is what the text was written on; after a conflict, `seen` is the version the
    writer was shown, and `overwrite` says they chose to replace it with their text.
    """

    text = forms.CharField(label=_("Nội dung"), required=False, widget=forms.Textarea(
        attrs={"rows": 10}))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    seen = forms.IntegerField(widget=forms.HiddenInput, required=False)
    overwrite = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def saving_version(self) -> int:
        data = self.cleaned_data
        if data.get("overwrite") and data.get("seen"):
            return int(data["seen"])
        return int(data["version"])


class ReportFormForm(BoundedForm, forms.Form):
    name = forms.CharField(label=_("Tên mẫu"), max_length=255)
    figure_kinds = forms.MultipleChoiceField(
        label=_("Các biểu số liệu"), choices=FigureKind.choices, required=False,
        widget=_checklist(),
        help_text=_("Các biểu được điền sẵn từ số liệu đơn vị đã nhập, theo thứ tự này."))


class FormSectionForm(BoundedForm, forms.Form):
    pk = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Tên phần"), max_length=255)
    hint = forms.CharField(label=_("Gợi ý nội dung"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


FormSectionFormSet = forms.formset_factory(FormSectionForm, extra=1, can_order=True,
                                           can_delete=True)


def section_specs(formset: forms.BaseFormSet) -> list[SectionSpec]:
    """The parts in the order the administrator numbered them, without those deleted."""
    return [SectionSpec(title=f.cleaned_data["title"], hint=f.cleaned_data.get("hint", ""),
                        pk=f.cleaned_data.get("pk")) for f in formset.ordered_forms]


def section_initial(form: ReportForm) -> list[dict[str, Any]]:
    return [{"pk": s.pk, "title": s.title, "hint": s.hint, "ORDER": s.position}
            for s in form.sections.order_by("position")]


HEADER_FIELDS = ["parent_body", "issuing_body", "number", "symbol", "place", "issued_on",
                 "title", "opening"]
CLOSING_FIELDS = ["recipients", "signature_prefix", "signature_position", "signer_name"]


class ConsolidatedForm(ServiceModelForm):
    """The document's header, opening, each part's text, recipients and signature."""

    class Meta:
        model = ConsolidatedReport
        fields = HEADER_FIELDS + CLOSING_FIELDS
        widgets = {"issued_on": DateInput(), "title": forms.Textarea(attrs={"rows": 2}),
                   "opening": forms.Textarea(attrs={"rows": 3}),
                   "recipients": forms.Textarea(attrs={"rows": 5})}
        help_texts = {"number": _("Để trống khi chưa ký; văn bản để chỗ trống."),
                      "issued_on": _("Để trống khi chưa ký."),
                      "parent_body": _("Ví dụ: UBND TỈNH SÓC TRĂNG.")}

    def __init__(self, *args: Any, sections: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for index, section in enumerate(sections, start=1):
            self.fields[f"section_{section.position}"] = forms.CharField(
                label=f"{periods.roman(index)}. {section.title}", required=False,
                initial=section.text, widget=forms.Textarea(attrs={"rows": 12}), strip=True,
                help_text=_("Mỗi đoạn một dòng; đóng góp của từng đơn vị cách nhau một dòng "
                            "trống và mở đầu bằng tên đơn vị."))

    def header_fields(self) -> list[Any]:
        return [self[name] for name in HEADER_FIELDS]

    def section_fields(self) -> list[Any]:
        return [self[name] for name in self.fields if name.startswith("section_")]

    def closing_fields(self) -> list[Any]:
        return [self[name] for name in CLOSING_FIELDS]

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        sections = {int(k.removeprefix("section_")): v for k, v in data.items()
                    if k.startswith("section_")}
        return {"sections": sections, **{k: data[k] for k in HEADER_FIELDS + CLOSING_FIELDS}}
