"""Form helpers shared by the apps: date inputs, service forms, and bounded input."""

import copy
import re
from datetime import date
from typing import Any, TypeVar, cast

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import (
    DecimalValidator,
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

# Dates are typed and shown dd/mm/yyyy; ISO (what a native picker, the API and the tests send)
# and the usual Vietnamese variants are read too. A browser's date picker would show its own
# language's order (mm/dd/yyyy in an English browser), so the field is a text box.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"]
DATE_PATTERN = r"\s*(\d{1,2}(\/|\.|-)\d{1,2}(\/|\.|-)(\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})\s*"


class DateInput(forms.DateInput):
    """A date typed dd/mm/yyyy whatever the browser's language, with digits on a phone."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        shown = {"inputmode": "numeric", "placeholder": "dd/mm/yyyy", "pattern": DATE_PATTERN,
                 "autocomplete": "off", "class": "date-input", "size": "10",
                 "title": "dd/mm/yyyy"}
        super().__init__(attrs={**shown, **(attrs or {})}, format="%d/%m/%Y")



# --- Bounded input -------------------------------------------------------------------------
# Every number, text and list a form accepts has a limit, so that out-of-range input is a field
# error in Vietnamese and never reaches the database, where it would be a 500 (an integer beyond
# SQLite's or PostgreSQL's range, an id of 2^63, a decimal beyond its column).

# PostgreSQL's `integer`, the narrowest integer column of the two databases: a form number
# outside it would be stored on SQLite and refused by PostgreSQL.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
# Ids are BigAutoField: 1 … 2^63 - 1.
PK_MAX = 2**63 - 1
# Decimals without their own precision: 12 digits before the point, 2 after.
DECIMAL_MAX_DIGITS, DECIMAL_PLACES = 14, 2
# Text without its own limit: a paragraph box holds a report's part (about 30 pages), a
# one-line box a name or a search.
LONG_TEXT_MAX_LENGTH = 100_000
SHORT_TEXT_MAX_LENGTH = 1_000
# Dates of plans, records and reports; outside them date arithmetic (a deadline two working
# days after 31/12/9999) would overflow.
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)
# Ticked boxes of one list; DATA_UPLOAD_MAX_NUMBER_FIELDS caps the whole request as well.
MAX_CHOICES = 1_000

_PK = re.compile(r"^\s*[0-9]{1,19}\s*$")


def parse_pk(value: object) -> int | None:
    """The id a link, a form or a model gives, or None where the database would refuse it
    ("²" is a digit to Python; 2^63 overflows both databases).

    >>> parse_pk(" 12 "), parse_pk("0"), parse_pk("²"), parse_pk(str(2**63)), parse_pk(None)
    (12, None, None, None, None)
    """
    if isinstance(value, Model):
        return cast(int | None, value.pk)
    text = str(value)
    return int(text) if _PK.match(text) and 1 <= int(text) <= PK_MAX else None


def pk_error(value: object) -> ValidationError | None:
    """The error for a value that cannot be an id, before any query is made with it.

    >>> pk_error("12") is None
    True
    >>> pk_error(str(2**63)).code, pk_error("1; drop").code
    ('invalid_pk', 'invalid_pk')
    """
    if isinstance(value, Model) or parse_pk(value) is not None:
        return None
    text = str(value)
    shown = text if len(text) <= 40 else text[:40] + "…"
    return ValidationError(_("“%(value)s” không phải là mã hợp lệ."), code="invalid_pk",
                           params={"value": shown})


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that refuses a non-numeric or out-of-range id before querying."""

    def to_python(self, value: Any) -> Any:
        if value not in self.empty_values and not self.to_field_name:
            error = pk_error(value)
            if error is not None:
                raise error
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that refuses bad ids and overlong lists before querying.

    Django checks each id with an exact lookup, which tolerates 2^64, then queries them all
    with `__in`, which does not: SQLite raises OverflowError, PostgreSQL a DataError.
    """

    def _check_values(self, value: Any) -> Any:
        values = list(value) if isinstance(value, list | tuple) else [value]
        if len(values) > MAX_CHOICES:
            raise ValidationError(_("Chọn nhiều nhất %(limit)s mục."), code="too_many",
                                  params={"limit": MAX_CHOICES})
        if not self.to_field_name:
            for item in values:
                error = pk_error(item)
                if error is not None:
                    raise error
        return super()._check_values(value)  # type: ignore[misc]  # private, not in the stubs


def date_in_range(value: date) -> None:
    if not DATE_MIN <= value <= DATE_MAX:
        raise ValidationError(_("Ngày phải trong khoảng từ %(start)s đến %(end)s."),
                              code="date_range", params={
                                  "start": DATE_MIN.strftime("%d/%m/%Y"),
                                  "end": DATE_MAX.strftime("%d/%m/%Y")})


_BOUNDED_CLASSES: dict[type[forms.Field], type[forms.Field]] = {}
F = TypeVar("F", bound=forms.Field)


def _bounded_class(cls: type[F]) -> type[F]:
    """`cls` with the id checks mixed in, keeping a subclass's own label or behaviour."""
    if issubclass(cls, BoundedModelChoiceField | BoundedModelMultipleChoiceField):
        return cls
    if cls not in _BOUNDED_CLASSES:
        base = (BoundedModelMultipleChoiceField
                if issubclass(cls, forms.ModelMultipleChoiceField) else BoundedModelChoiceField)
        _BOUNDED_CLASSES[cls] = type(f"Bounded{cls.__name__}", (base, cls), {})
    return cast(type[F], _BOUNDED_CLASSES[cls])


def _set_bound(field: forms.Field, attr: str, limit: Any, validator: Any, html: str) -> None:
    setattr(field, attr, limit)
    field.validators.append(validator)
    field.widget.attrs.setdefault(html, limit)


DJANGO_EMPTY_LABEL = "---------"


def choose_label(field: forms.Field) -> str:
    """The empty choice of a drop-down, "— Chọn đơn vị —", rather than Django's "---------".

    The field's label is lowered at its first letter unless it starts an abbreviation
    ("UBND"), so a label that names a proper noun keeps its capitals.
    """
    label = str(field.label or "").strip().rstrip(":")
    if len(label) > 1 and label[1].islower():
        label = label[0].lower() + label[1:]
    return (_("— Chọn %(thing)s —") % {"thing": label}) if label else str(_("— Chọn —"))


def name_empty_choice(field: forms.Field) -> None:
    """Replace Django's dashes with a sentence in a model or plain choice field, once."""
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label == DJANGO_EMPTY_LABEL:
            field.empty_label = choose_label(field)
        if getattr(field.widget, "empty_label", None) == DJANGO_EMPTY_LABEL:  # the unit picker
            field.widget.empty_label = field.empty_label
    elif isinstance(field, forms.ChoiceField) and not isinstance(field, forms.MultipleChoiceField):
        choices = cast(list[tuple[Any, Any]], list(field.choices))  # type: ignore[arg-type]
        if any(value == "" and label == DJANGO_EMPTY_LABEL for value, label in choices):
            field.choices = [(value, choose_label(field) if value == "" and
                              label == DJANGO_EMPTY_LABEL else label)
                             for value, label in choices]


def bound_field(field: forms.Field) -> None:
    """Give one field the limits it lacks; limits it already has and are tighter stay."""
    name_empty_choice(field)
    if isinstance(field, forms.ModelChoiceField):
        field.__class__ = _bounded_class(type(field))
    elif isinstance(field, forms.IntegerField):
        if field.max_value is None or field.max_value > INT_MAX:
            _set_bound(field, "max_value", INT_MAX, MaxValueValidator(
                INT_MAX, _("Giá trị không được lớn hơn %(limit_value)s.")), "max")
        if field.min_value is None or field.min_value < INT_MIN:
            _set_bound(field, "min_value", INT_MIN, MinValueValidator(
                INT_MIN, _("Giá trị không được nhỏ hơn %(limit_value)s.")), "min")
    elif isinstance(field, forms.DecimalField) and field.max_digits is None:
        field.max_digits, field.decimal_places = DECIMAL_MAX_DIGITS, DECIMAL_PLACES
        field.validators.append(DecimalValidator(DECIMAL_MAX_DIGITS, DECIMAL_PLACES))
    elif isinstance(field, forms.DateField) and not getattr(field, "bounded", False):
        field.bounded = True  # type: ignore[attr-defined]
        field.validators.append(date_in_range)
        field.input_formats = DATE_INPUT_FORMATS
        if type(field.widget) is forms.DateInput:  # a date field left with Django's widget
            field.widget = DateInput(attrs=field.widget.attrs)
    elif isinstance(field, forms.CharField) and field.max_length is None:
        long_text = isinstance(field.widget, forms.Textarea | forms.HiddenInput)
        limit = LONG_TEXT_MAX_LENGTH if long_text else SHORT_TEXT_MAX_LENGTH
        field.max_length = limit
        field.validators.append(MaxLengthValidator(limit))
        field.widget.attrs.update(field.widget_attrs(field.widget))


FieldKind = TypeVar("FieldKind", bound=forms.Field)


def field_of(form: forms.BaseForm, name: str, kind: type[FieldKind]) -> FieldKind:
    """`form.fields[name]` as the kind of field it was declared as.

    The stubs type `form.fields` as plain Fields; a form that sets a field's queryset or
    choices after building says here which kind it is, so mypy checks what it sets.
    """
    return cast(FieldKind, form.fields[name])


class BoundedForm:
    """Mixed into every form: each field gets the limits it lacks once the form is built.

    Fields are bounded per instance, after the form's own __init__ has set querysets and
    added fields, so dynamic fields (one per participant group, one per report part) are
    bounded too.
    """

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            bound_field(field)

    def full_clean(self) -> None:
        for field in self.fields.values():  # fields added after __init__
            bound_field(field)
        super().full_clean()  # type: ignore[misc]


class ServiceModelForm(BoundedForm, forms.ModelForm):
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
