"""Django's form renderer, with the select boxes written in Python.

Django draws a `<select>` through a template that includes another template for each
option, and that one a third for the option's attributes: a filter box of a few dozen
options took a third of a product list's time at national scale (40 of 120 ms, most of it in
the template engine's lookups). Here select.html and its options are written by the same
rules (each value escaped, `True` attributes bare, `False` ones left out) from the context
Django's own widgets make, so the markup is the one the templates would write
(kehoach/tests/test_form_renderer.py compares them); every other template is rendered as
before. Set by FORM_RENDERER.
"""

from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape

SELECT = "django/forms/widgets/select.html"
OPTION = "django/forms/widgets/select_option.html"


def _text(value: Any) -> str:
    """A value as `{{ value }}` writes it: localised when not text, then escaped."""
    shown = localize(value)
    return str(conditional_escape(shown if isinstance(shown, str) else str(shown)))


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html."""
    return "".join(
        f" {conditional_escape(name)}" if value is True
        else f' {conditional_escape(name)}="{conditional_escape(str(value))}"'
        for name, value in attrs.items() if value is not False)


def _select(widget: dict[str, Any]) -> str:
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        parts.extend(f'\n  <option value="{conditional_escape(str(option["value"]))}"'
                     f'{_attrs(option["attrs"])}>{_text(option["label"])}</option>\n'
                     for option in options)  # the option template's last line break
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


class FormRenderer(DjangoTemplates):
    """DjangoTemplates, but select boxes whose options are Django's own are written here."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        widget = context.get("widget")
        if template_name == SELECT and isinstance(widget, dict) and all(
                option.get("template_name") == OPTION
                for _name, options, _index in widget["optgroups"] for option in options):
            return _select(widget)
        return str(super().render(template_name, context, request=request))
