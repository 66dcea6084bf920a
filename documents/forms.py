"""Forms of the plan import: the upload, and the review of what was read."""

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from documents.importing.review import UnitMatch
from kehoach.forms import BoundedForm, DateInput
from plans.models import DocumentType
from units.picker import UnitPickerField, UnitSearchFormMixin


class UploadForm(BoundedForm, forms.Form):
    file = forms.FileField(
        label=_("Tệp văn bản kế hoạch"),
        help_text=_("Tệp .docx, .pdf (kể cả bản quét), .txt hoặc .md."),
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.pdf,.txt,.md"}),
        error_messages={"empty": _("Tệp không có nội dung chữ."),
                        "required": _("Hãy chọn tệp văn bản để tải lên.")},
    )


class PlanReviewForm(BoundedForm, forms.Form):
    doc_type = forms.ChoiceField(label=_("Loại văn bản"), choices=DocumentType.choices)
    number = forms.CharField(label=_("Số"), max_length=16)
    symbol = forms.CharField(label=_("Ký hiệu"), max_length=64)
    issuer_name = forms.CharField(label=_("Cơ quan ban hành"), max_length=255)
    place = forms.CharField(label=_("Địa danh"), max_length=100, required=False)
    issued_on = forms.DateField(label=_("Ngày ban hành"), widget=DateInput())
    title = forms.CharField(label=_("Trích yếu"), max_length=500,
                            widget=forms.Textarea(attrs={"rows": 2}))
    signer_name = forms.CharField(label=_("Người ký"), max_length=150, required=False)
    signer_title = forms.CharField(label=_("Chức vụ người ký"), max_length=150, required=False)
    year_start = forms.IntegerField(label=_("Năm bắt đầu"), min_value=2000, max_value=2100)
    year_end = forms.IntegerField(label=_("Năm kết thúc"), min_value=2000, max_value=2100)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("year_start"), data.get("year_end")
        if start and end and end < start:
            self.add_error("year_end", _("Năm kết thúc phải bằng hoặc sau năm bắt đầu."))
        return data


class TaskReviewForm(BoundedForm, forms.Form):
    include = forms.BooleanField(label=_("Nhập"), required=False)
    code = forms.CharField(label=_("Mã"), max_length=32)
    title = forms.CharField(label=_("Tên nhiệm vụ"), widget=forms.Textarea(attrs={"rows": 2}))
    lead = forms.CharField(label=_("Đơn vị chủ trì (mỗi dòng một đơn vị)"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
    coordinating = forms.CharField(label=_("Đơn vị phối hợp (mỗi dòng một đơn vị)"),
                                   required=False, widget=forms.Textarea(attrs={"rows": 2}))
    timeframe_text = forms.CharField(label=_("Thời gian thực hiện"), max_length=120,
                                     required=False)
    start_date = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    end_date = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())
    products = forms.CharField(label=_("Sản phẩm"), required=False,
                               widget=forms.Textarea(attrs={"rows": 1}))
    description = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return data


class TargetReviewForm(BoundedForm, forms.Form):
    include = forms.BooleanField(label=_("Nhập"), required=False)
    text = forms.CharField(label=_("Chỉ tiêu"), widget=forms.Textarea(attrs={"rows": 2}))
    value = forms.DecimalField(label=_("Giá trị"), max_digits=14, decimal_places=2)
    value_max = forms.DecimalField(label=_("Đến"), max_digits=14, decimal_places=2,
                                   required=False)
    unit_of_measure = forms.CharField(label=_("Đơn vị tính"), max_length=64)
    deadline = forms.DateField(label=_("Thời hạn"), required=False, widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("value"), data.get("value_max")
        if low is not None and high is not None and high < low:
            self.add_error("value_max", _("Giá trị trên phải lớn hơn hoặc bằng giá trị dưới."))
        return data


TaskFormSet = forms.formset_factory(TaskReviewForm, extra=0)
TargetFormSet = forms.formset_factory(TargetReviewForm, extra=0)


def as_json(data: dict[str, Any]) -> dict[str, Any]:
    """Form values as JSON-safe text, to keep the coordinator's edits between requests."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else
                str(v) if v is not None and not isinstance(v, bool | int | str) else v)
            for k, v in data.items()}


class UnitMatchForm(UnitSearchFormMixin, BoundedForm, forms.Form):
    """One unit picker per unit name the plan mentions, named `unit-choice-<n>` as the review
    page posts them: whole names, the suggestions first, and a search for any other unit.

    Empty keeps the name as the plan wrote it. The view reads the choices straight from the
    request; this form shows them and answers the pickers' search without JavaScript.
    """

    def __init__(self, *args: Any, matches: list[UnitMatch], on: date | None,
                 **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)
        for number, match in enumerate(matches, start=1):
            name = f"unit-choice-{number}"
            field = UnitPickerField(label=match.name, required=False,
                                    empty_label=_("— Giữ tên như văn bản, chưa gắn đơn vị —"))
            field.offer(on=on, first=[unit.pk for unit, _score in match.suggestions],
                        first_label=_("Gợi ý theo tên trong văn bản"))
            self.fields[name] = field
            self.initial[name] = (match.choice if match.choice.isascii()
                                 and match.choice.isdigit() else "")

    def pickers(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields]
