"""Forms of the units' imports: a province from the catalogue, all of them, the bodies."""

from collections.abc import Iterator
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kehoach.forms import BoundedForm, field_of
from units import catalogue
from units.bodies import Body
from units.models import UnitKind


class ProvinceImportForm(BoundedForm, forms.Form):
    province = forms.ChoiceField(
        label=_("Tỉnh, thành phố"),
        help_text=_("34 tỉnh, thành phố sau sắp xếp năm 2025, theo danh mục của Cục Thống kê."),
        error_messages={"required": _("Hãy chọn tỉnh, thành phố."),
                        "invalid_choice": _("Hãy chọn tỉnh, thành phố trong danh sách.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field_of(self, "province", forms.ChoiceField).choices = [("", "—")] + [
            (p.code, p.title) for p in catalogue.provinces()]


class AllProvincesForm(BoundedForm, forms.Form):
    confirm = forms.BooleanField(
        label=_("Nhập cả 34 tỉnh, thành phố (3.321 xã, phường, đặc khu)"),
        help_text=_("Dành cho hệ thống cấp Bộ; mất vài giây."),
        error_messages={"required": _("Hãy đánh dấu ô này để xác nhận nhập cả 34 tỉnh, thành "
                                      "phố.")},
    )


class BodiesForm(BoundedForm, forms.Form):
    """One row per usual body: ticked or not, its name (editable) and its kind."""

    def __init__(self, *args: Any, bodies: list[Body], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.bodies = bodies
        for index, body in enumerate(bodies):
            self.fields[f"tick_{index}"] = forms.BooleanField(
                label=_("Tạo"), required=False, initial=body.checked,
                widget=forms.CheckboxInput(attrs={"aria-label": _("Tạo %(name)s") % {
                    "name": body.name}}))
            self.fields[f"name_{index}"] = forms.CharField(
                label=_("Tên cơ quan, đơn vị"), required=False, max_length=255,
                initial=body.name, help_text=str(body.note))
            self.fields[f"kind_{index}"] = forms.ChoiceField(
                label=_("Loại đơn vị"), choices=UnitKind.choices, initial=body.kind,
                widget=forms.Select(attrs={"aria-label": _("Loại đơn vị")}))

    def rows(self) -> Iterator[tuple[forms.BoundField, forms.BoundField, forms.BoundField]]:
        for index in range(len(self.bodies)):
            yield self[f"tick_{index}"], self[f"name_{index}"], self[f"kind_{index}"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for index in range(len(self.bodies)):
            if data.get(f"tick_{index}") and not (data.get(f"name_{index}") or "").strip():
                self.add_error(f"name_{index}", _("Hãy ghi tên hoặc bỏ chọn dòng này."))
        return data

    def chosen(self) -> list[tuple[str, str]]:
        """(name, kind) of the ticked rows."""
        data = self.cleaned_data
        return [(data[f"name_{i}"].strip(), data[f"kind_{i}"]) for i in range(len(self.bodies))
                if data.get(f"tick_{i}") and data.get(f"name_{i}", "").strip()]
