"""Django's own English messages that our catalogue translates into Vietnamese.

Our pages show some messages that come from Django itself: the labels and errors of
django.contrib.auth's log-in and password-change forms, the password validators, the
errors of form fields and of model validation. Django's bundled Vietnamese catalogue
leaves a few of these untranslated (they would appear in English on a Vietnamese page)
and renders a few others badly (machine translation, a missing "this", a stray space
before the full stop, "khả thi" for "available").

Listing those msgids here makes ``manage.py makemessages`` extract them into
locale/vi/LC_MESSAGES/django.po, where we write the Vietnamese. Catalogues in
LOCALE_PATHS take precedence over Django's, so ours wins. The English catalogue gets
the same msgids with the msgstr equal to the msgid.

The msgids must match Django's source exactly, curly quotes and placeholders included;
check them again after upgrading Django (kehoach/tests/test_i18n.py does for the
ones the pages depend on). Messages that Django's catalogue already translates well
are deliberately not listed.

Nothing here runs at import: ``gettext_noop`` returns its argument, and
``ngettext_lazy`` (Django has no ``ngettext_noop``; makemessages knows this keyword and
extracts both forms) only builds a lazy object that is never evaluated.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Untranslated in Django's vi catalogue.
MISSING = (
    # forms.ModelMultipleChoiceField, "invalid_pk_value".
    gettext_noop("“%(pk)s” is not a valid value."),
    # models.BaseConstraint, default violation_error_message.
    gettext_noop("Constraint “%(name)s” is violated."),
)

# Translated in Django's vi catalogue, but badly.
POOR = (
    # forms.IntegerField: Django's vi says "Nhập một số tổng thể."
    gettext_noop("Enter a whole number."),
    # auth.PasswordChangeForm: no full stop in Django's vi.
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    # Min/MaxValueValidator (IntegerField, DecimalField): a space before the full stop.
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    # ModelChoiceField / ModelMultipleChoiceField: "khả thi" means "feasible".
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    # Model validation of unique fields and unique constraints without their own message.
    gettext_noop("%(model_name)s with this %(field_label)s already exists."),
    gettext_noop("%(model_name)s with this %(field_labels)s already exists."),
)

PLURAL = (
    # auth.password_validation.MinimumLengthValidator: untranslated in Django's vi.
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ),
    # DecimalValidator, "max_digits": garbled in Django's vi.
    ngettext_lazy(
        "Ensure that there are no more than %(max)s digit in total.",
        "Ensure that there are no more than %(max)s digits in total.",
    ),
    # MaxLengthValidator (CharField max_length): states a fact instead of a limit.
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
    ),
)
