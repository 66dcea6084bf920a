"""Form helpers shared by the apps."""

import copy
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


class DateInput(forms.DateInput):
    """A native date picker; browsers send ISO dates whatever the display language."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class ServiceModelForm(forms.ModelForm):  # type: ignore[type-arg]
    """A ModelForm for input and validation only: services do the saving.

    ModelForm validation writes the cleaned values onto its instance; working on a
    copy leaves the caller's object untouched, so a service can still tell what
    changed and record it in the history.
    """

    def __init__(self, *args: Any, instance: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, instance=copy.copy(instance), **kwargs)

    def save(self, commit: bool = True) -> Any:
        raise NotImplementedError("Save through the app's services.")


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form, on the field it names if shown."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        target = field if field in form.fields and field != NON_FIELD_ERRORS else None
        form.add_error(target, errors)
