"""The shared form defaults: empty choices read "— Chọn … —", dates typed dd/mm/yyyy."""

from datetime import date

import pytest
from django import forms
from django.utils import translation

from kehoach.forms import BoundedForm, DateInput
from plans.forms import AttentionFilterForm
from units.models import Unit
from units.picker import UnitPickerField


class _LetterForm(BoundedForm, forms.Form):
    """A guidance letter's two fields as a form of any app declares them."""

    unit = forms.ModelChoiceField(label="Đơn vị nhận", queryset=Unit.objects.all(),
                                  required=False)
    level = forms.ChoiceField(label="Mức độ", required=False,
                              choices=[("", "---------"), ("urgent", "Khẩn")])
    issuer = forms.ModelChoiceField(label="UBND cấp huyện", queryset=Unit.objects.all(),
                                    required=False)
    issued_on = forms.DateField(label="Ngày ban hành")


@pytest.mark.django_db
def test_empty_choices_name_what_to_choose() -> None:
    form = _LetterForm()
    html = str(form["unit"]) + str(form["level"]) + str(form["issuer"])
    assert "---------" not in html
    assert '<option value="" selected>— Chọn đơn vị nhận —</option>' in html
    assert "— Chọn mức độ —</option>" in html
    assert "— Chọn UBND cấp huyện —" in html  # an abbreviation keeps its capitals


@pytest.mark.django_db
def test_an_apps_own_empty_label_stays() -> None:
    html = str(AttentionFilterForm()["plan"])
    assert "Tất cả kế hoạch" in html and "Chọn" not in html


@pytest.mark.parametrize("typed", ["06/05/2024", "6/5/2024", "2024-05-06", "06-05-2024",
                                   "06.05.2024", " 06/05/2024 "])
def test_dates_are_read_day_first_and_iso(typed: str) -> None:
    form = _LetterForm(data={"issued_on": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["issued_on"] == date(2024, 5, 6)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_dates_are_day_first_whatever_the_language(language: str) -> None:
    """05/06/2024 is 5 June in an English page too, where Django would read 6 May."""
    with translation.override(language):
        form = _LetterForm(data={"issued_on": "05/06/2024"})
        assert form.is_valid()
        assert form.cleaned_data["issued_on"] == date(2024, 6, 5)
        shown = str(_LetterForm(initial={"issued_on": date(2024, 6, 5)})["issued_on"])
    assert 'value="05/06/2024"' in shown
    assert 'type="text"' in shown and 'inputmode="numeric"' in shown
    assert 'placeholder="dd/mm/yyyy"' in shown and 'type="date"' not in shown


def test_a_date_that_is_none_says_so() -> None:
    form = _LetterForm(data={"issued_on": "31/02/2024"})
    assert not form.is_valid() and "issued_on" in form.errors


def test_a_date_field_left_with_djangos_widget_gets_the_shared_one() -> None:
    class _Filter(BoundedForm, forms.Form):
        since = forms.DateField(label="Từ ngày", required=False)

    field = _Filter().fields["since"]
    assert isinstance(field.widget, DateInput)
    assert 'placeholder="dd/mm/yyyy"' in str(_Filter()["since"])


@pytest.mark.django_db
def test_the_unit_picker_names_its_empty_choice_too(province) -> None:
    class _Copy(BoundedForm, forms.Form):
        unit = UnitPickerField(label="Đơn vị phối hợp", required=False)

    html = str(_Copy()["unit"])
    assert "— Chọn đơn vị phối hợp —" in html and "---------" not in html
