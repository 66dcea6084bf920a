import pytest

from demo.services import demo_load
from reporting.defaults import default_form_ensure
from reporting.models import ReportForm

pytestmark = pytest.mark.django_db


def test_it_gives_back_the_default_form_to_a_database_that_lost_it() -> None:
    ReportForm.objects.all().delete()
    assert "report form" in demo_load().created
    form = ReportForm.objects.get()
    assert form.sections.first().title == "Công tác chỉ đạo"
    assert form.sections.count() == 5 and "indicators" in form.figure_kinds


def test_it_leaves_existing_forms_alone() -> None:
    before = list(ReportForm.objects.values_list("pk", "name"))
    assert before and default_form_ensure() is False
    assert list(ReportForm.objects.values_list("pk", "name")) == before
