"""Changing a report form: its name, the figure tables it asks for, and its parts.

A report copies the form's parts when it is opened, so changing a form changes the reports
opened afterwards, never those already written.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.models import apply_changes
from reporting.models import FigureKind, FormSection, ReportForm
from reporting.permissions import check_can_manage_forms

# Positions are moved out of the way before being renumbered, so that swapping two parts
# never meets the (form, position) unique constraint half way.
PARKING = 1000


@dataclass
class SectionSpec:
    """A part as the administrator left it: `pk` None for a new part."""

    title: str
    hint: str = ""
    pk: int | None = None


def _check(name: str, figure_kinds: list[str], sections: Sequence[SectionSpec],
           known: set[int]) -> None:
    errors: dict[str, list[str]] = {}
    if not name.strip():
        errors["name"] = [_("Hãy đặt tên mẫu báo cáo.")]
    if not set(figure_kinds) <= set(FigureKind.values):
        errors["figure_kinds"] = [_("Biểu số liệu không hợp lệ.")]
    if not sections:
        errors["sections"] = [_("Mẫu báo cáo cần ít nhất một phần.")]
    elif any(not spec.title.strip() for spec in sections):
        errors["sections"] = [_("Phần nào cũng cần có tên.")]
    elif any(spec.pk is not None and spec.pk not in known for spec in sections) or len(
            pks := [spec.pk for spec in sections if spec.pk is not None]) != len(set(pks)):
        errors["sections"] = [_("Phần này không thuộc mẫu báo cáo.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def form_update(*, user: User, form: ReportForm, name: str, figure_kinds: Iterable[str],
                sections: Sequence[SectionSpec]) -> ReportForm:
    """Set the form to exactly `sections`, in that order: parts not listed are removed,
    new ones added, the others renamed and renumbered. Figure kinds keep the order of
    FigureKind, which is the order of the tables in the report."""
    check_can_manage_forms(user)
    chosen = set(figure_kinds)
    kinds = [kind for kind in FigureKind.values if kind in chosen]
    existing = {section.pk: section for section in form.sections.all()}
    _check(name, list(chosen), sections, set(existing))
    changed = apply_changes(form, {"name", "figure_kinds"},
                            {"name": name, "figure_kinds": kinds})
    if changed:
        form.full_clean()
        form.save(update_fields=changed)
    final = {spec.pk: position for position, spec in enumerate(sections, start=1)
             if spec.pk is not None}
    for pk, section in existing.items():
        if pk not in final:
            section.delete()
        elif section.position != final[pk]:
            section.position += PARKING
            section.save(update_fields=["position"])
    for position, spec in enumerate(sections, start=1):
        _section_set(existing[spec.pk] if spec.pk is not None else FormSection(form=form),
                     spec, position)
    return form


def _section_set(section: FormSection, spec: SectionSpec, position: int) -> None:
    fields = apply_changes(section, {"title", "hint", "position"},
                           {"title": spec.title, "hint": spec.hint, "position": position})
    section.full_clean(exclude=["form"], validate_constraints=False)
    if section.pk is None:
        section.save()
    elif fields:
        section.save(update_fields=fields)
