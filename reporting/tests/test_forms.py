"""Report forms kept by administrators: parts added, renamed, reordered, removed; figure kinds."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from reporting.models import FormSection, ReportForm
from reporting.services.drafts import submission_open
from reporting.services.forms import SectionSpec, form_update
from reporting.tests.builders import open_period
from units.models import Unit

pytestmark = pytest.mark.django_db

NAME = "Báo cáo kết quả thực hiện Đề án truyền thông về quyền con người"


@pytest.fixture
def form(province) -> ReportForm:
    return ReportForm.objects.get()


def specs(form: ReportForm) -> list[SectionSpec]:
    return [SectionSpec(s.title, s.hint, s.pk) for s in form.sections.order_by("position")]


def titles(form: ReportForm) -> list[tuple[int, str]]:
    return list(form.sections.order_by("position").values_list("position", "title"))


def test_the_default_form_has_the_five_parts_and_six_tables(form) -> None:
    assert [title for _p, title in titles(form)] == [
        "Công tác chỉ đạo", "Kết quả thực hiện", "Đánh giá, khó khăn, vướng mắc",
        "Phương hướng, nhiệm vụ thời gian tới", "Đề xuất, kiến nghị"]
    assert len(form.figure_kinds) == 6


def test_parts_are_added_renamed_reordered_and_removed(form, administrator) -> None:
    parts = specs(form)
    parts[0].title = "Công tác lãnh đạo, chỉ đạo"
    parts[1].hint = "Nêu rõ số tin, bài bằng tiếng Khmer."
    reordered = [parts[0], parts[1], SectionSpec("Kết quả tập huấn", "Số lớp, số người."),
                 parts[4], parts[2]]  # "Phương hướng" is removed
    form_update(user=administrator, form=form, name=NAME, figure_kinds=form.figure_kinds,
                sections=reordered)
    assert titles(form) == [
        (1, "Công tác lãnh đạo, chỉ đạo"), (2, "Kết quả thực hiện"), (3, "Kết quả tập huấn"),
        (4, "Đề xuất, kiến nghị"), (5, "Đánh giá, khó khăn, vướng mắc")]
    assert form.sections.get(position=2).hint == "Nêu rõ số tin, bài bằng tiếng Khmer."
    assert FormSection.objects.filter(pk=parts[3].pk).count() == 0


def test_figure_kinds_keep_the_reports_order(form, administrator) -> None:
    form_update(user=administrator, form=form, name=NAME,
                figure_kinds=["indicators", "products_by_language"], sections=specs(form))
    form.refresh_from_db()
    assert form.figure_kinds == ["products_by_language", "indicators"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "  "}, "name"),
    ({"figure_kinds": ["people_online"]}, "figure_kinds"),
    ({"sections": []}, "sections"),
    ({"sections": [SectionSpec("  ")]}, "sections"),
])
def test_bad_input_is_refused_and_changes_nothing(form, administrator, changes, field) -> None:
    arguments = {"name": NAME, "figure_kinds": form.figure_kinds, "sections": specs(form)}
    arguments.update(changes)
    with pytest.raises(ValidationError) as raised:
        form_update(user=administrator, form=form, **arguments)
    assert field in raised.value.message_dict
    form.refresh_from_db()
    assert form.name == NAME and len(titles(form)) == 5


def test_a_part_of_another_form_cannot_be_moved_in(form, administrator) -> None:
    other = ReportForm.objects.create(name="Báo cáo chuyên đề UPR", figure_kinds=[])
    stranger = FormSection.objects.create(form=other, position=1, title="Kết quả UPR")
    with pytest.raises(ValidationError):
        form_update(user=administrator, form=form, name=NAME, figure_kinds=[],
                    sections=[*specs(form), SectionSpec(stranger.title, pk=stranger.pk)])
    assert stranger.form == other and len(titles(form)) == 5


@pytest.mark.parametrize("username", ["dieuphoi", "baosoctrang", "lanhdao"])
def test_only_administrators_change_forms(form, username: str) -> None:
    from accounts.models import User

    with pytest.raises(PermissionDenied):
        form_update(user=User.objects.get(username=username), form=form, name="Mẫu khác",
                    figure_kinds=[], sections=specs(form))


def test_reports_already_opened_keep_their_parts(form, administrator, reporter) -> None:
    submission = submission_open(user=reporter, period=open_period(),
                                 unit=Unit.objects.get(code="ST-BAO"))
    form_update(user=administrator, form=form, name=NAME, figure_kinds=[],
                sections=[SectionSpec("Kết quả")])
    assert submission.sections.count() == 5


def test_the_forms_pages_are_for_administrators(client_as, form) -> None:
    for role in ("coordinator", "reporter", "viewer"):
        assert client_as(role).get(reverse("reporting:forms")).status_code == 403
        assert client_as(role).get(reverse("reporting:form_edit", args=[form.pk])
                                   ).status_code == 403
    page = client_as("administrator").get(reverse("reporting:forms")).text
    assert NAME in page and "Đề xuất, kiến nghị" in page


def test_the_edit_page_saves_the_formset(client_as, form) -> None:
    client = client_as("administrator")
    page = client.get(reverse("reporting:form_edit", args=[form.pk])).text
    assert page.count("<fieldset") == 6  # five parts and an empty one to add
    sections = list(form.sections.order_by("position"))
    data = {"name": NAME, "figure_kinds": ["products_by_kind", "tasks"],
            "sections-TOTAL_FORMS": "6", "sections-INITIAL_FORMS": "5",
            "sections-MIN_NUM_FORMS": "0", "sections-MAX_NUM_FORMS": "1000"}
    for index, section in enumerate(sections):
        data.update({f"sections-{index}-pk": section.pk, f"sections-{index}-title": section.title,
                     f"sections-{index}-hint": section.hint,
                     f"sections-{index}-ORDER": str(index + 1)})
    data["sections-0-ORDER"] = "4"  # after "Đánh giá…" (3); a tie keeps the page order
    data["sections-4-DELETE"] = "on"
    data.update({"sections-5-title": "Kết quả tập huấn", "sections-5-hint": "",
                 "sections-5-ORDER": "9"})
    response = client.post(reverse("reporting:form_edit", args=[form.pk]), data)
    assert response.status_code == 302
    assert [title for _p, title in titles(form)] == [
        "Kết quả thực hiện", "Đánh giá, khó khăn, vướng mắc", "Công tác chỉ đạo",
        "Phương hướng, nhiệm vụ thời gian tới", "Kết quả tập huấn"]
    form.refresh_from_db()
    assert form.figure_kinds == ["products_by_kind", "tasks"]
