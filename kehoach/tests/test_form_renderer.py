"""The select boxes kehoach.form_renderer writes are the ones Django's templates write."""

from datetime import date

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.http import QueryDict
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from kehoach.form_renderer import OPTION, SELECT, FormRenderer

CHOICES = [("", "---------"), (1, "Báo Sóc Trăng"), (2, 'Đài "Phát thanh" & <Truyền hình>'),
           ("km", gettext_lazy("Đơn vị")), (2024, 2024), (3, mark_safe("<b>an</b>"))]
GROUPED = [("Cấp tỉnh", [(1, "Sở Tư pháp"), (2, "Sở Nội vụ")]), (3, "Khác"),
           ("Cấp xã", [(4, "UBND phường Mỹ Xuyên")])]


class Sample(forms.Form):
    plain = forms.ChoiceField(choices=CHOICES, required=False)
    required = forms.ChoiceField(choices=CHOICES, widget=forms.Select(
        attrs={"class": "wide", "disabled": True, "hidden": False, "data-x": '"q"'}))
    grouped = forms.ChoiceField(choices=GROUPED)
    many = forms.MultipleChoiceField(choices=CHOICES[1:], required=False)
    yes_no = forms.NullBooleanField()
    day = forms.DateField(required=False)


class WithoutSelectTemplates(FormRenderer):
    """FormRenderer, failing if it reaches for the templates it replaces."""

    def get_template(self, template_name: str):
        assert template_name not in (SELECT, OPTION), template_name
        return super().get_template(template_name)


SENT = [{}, {"plain": "2", "required": "km", "grouped": "4", "many": ["1", "km"],
             "yes_no": "true", "day": "02/09/2024"},
        {"plain": "<x>", "grouped": "9", "many": ["3", "2024"], "yes_no": "false"}]


@pytest.mark.parametrize("data", SENT)
def test_every_select_is_written_as_the_templates_write_it(data) -> None:
    def html(renderer: forms.renderers.BaseRenderer) -> str:
        form = Sample(data or None, initial={"plain": 1, "day": date(2024, 9, 2)},
                      renderer=renderer)
        return str(form)

    written = html(WithoutSelectTemplates())
    assert written == html(DjangoTemplates())
    assert "<select" in written


def test_the_apps_filter_forms_are_unchanged(coordinator, plan) -> None:
    from plans.forms import AttentionFilterForm
    from records.forms import ProductFilterForm

    sent = QueryDict(mutable=True)
    sent.update({"plan": str(plan.pk), "topic": "", "q": "Khmer"})
    for make in [lambda: ProductFilterForm(sent, own_units=[]),
                 lambda: AttentionFilterForm({"plan": plan.pk})]:
        pages = []
        for renderer in (WithoutSelectTemplates(), DjangoTemplates()):
            form = make()
            form.renderer = renderer
            pages.append(str(form))
        assert pages[0] == pages[1]
        assert "<option" in pages[0]
