"""Pieces shared by the apps' models and services."""

from collections.abc import Collection, Mapping
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import models


class DerivedFieldsModel(models.Model):
    """A model with columns computed from its other fields before every save.

    A save limited by `update_fields` still writes the derived columns, so a
    search key or sort key never goes stale after a partial update.
    """

    derived_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, **kwargs: Any) -> None:
        self.refresh_derived()
        if (fields := kwargs.get("update_fields")) is not None:
            kwargs["update_fields"] = {*fields, *self.derived_fields}
        super().save(**kwargs)

    def refresh_derived(self) -> None:
        raise NotImplementedError


def choice_label(choices: type[models.Choices], value: Any) -> Any:
    """The label of `value` among `choices`, as get_FOO_display() gives it (the value itself
    if it is none of them), in a microsecond: Django's rebuilds and hashes every translated
    choice on each call, 20 to 50 µs, which a list showing a status on each row pays in full.
    """
    try:
        return str(choices(value).label)
    except ValueError:
        return value


def apply_changes(obj: models.Model, allowed: Collection[str], changes: Mapping[str, Any]
                  ) -> list[str]:
    """Set the attributes that differ; return their names so save() writes only those.

    Strings are stripped, as a form would; an unknown field is a programming error.
    """
    changed = []
    for field, value in changes.items():
        if field not in allowed:
            raise TypeError(f"unexpected field {field!r} for {type(obj).__name__}")
        if isinstance(value, str):
            value = value.strip()
        if _current(obj, field) != value:
            setattr(obj, field, value)
            changed.append(field)
    return changed


def _current(obj: models.Model, field: str) -> Any:
    """The field's value; an unset required relation on a new object reads as None."""
    try:
        return getattr(obj, field)
    except ObjectDoesNotExist:
        return None
