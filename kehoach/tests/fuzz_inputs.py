"""Hostile input and its judge, for the bounded-input property tests.

Values are what a browser, a script or an attacker can send: numbers past every database
limit, ids of 2^63, text of 200,000 characters, NUL bytes, impossible dates, lists of a
thousand ids, files that lie about their type. Each request runs in a savepoint rolled back
afterwards, so every example starts from the same province; a refused request must leave
every table as it was.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.forms import BaseForm, BaseFormSet
from django.http import HttpResponse
from django.template.backends.django import Template
from hypothesis import strategies as st

from kehoach.tests.fuzz_pages import FieldSpec

BIG_NUMBERS = ["2147483647", "2147483648", "-2147483649", str(2**53 + 1), str(2**63 - 1),
               str(2**63), str(2**64), "1" + "0" * 30, "-" + "9" * 40, "9" * 5000]
ODD_NUMBERS = ["", "0", "-1", "-0", "1.5", "1e5", "1e309", "NaN", "Infinity", "-inf",
               "0x10", " 7 ", "١٢", "²", "1_000", "12abc", "\x00", "1\x00"]
ODD_DATES = ["9999-12-31", "0001-01-01", "10000-01-01", "2024-02-30", "2024-13-01",
             "31/12/2024", "1899-12-31", "2101-01-01", "now", "2024-1-1"]
ODD_TEXT = ["", " ", "\x00", "a\x00b", "<script>alert(1)</script>", "=1+1", "'; --",
            "\u202e", "😀" * 10, "\r\n\r\n", "\ud7ff"]
# Bytes of files that are not what their names say.
FILE_BODIES = [b"", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, b"MZ\x90\x00" + b"\x00" * 100,
               b"PK\x03\x04" + b"\x00" * 40, b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n",
               b"\xff\xd8\xff\xe0", b"GIF89a", b"hello", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]
FILE_NAMES = ["a.docx", "a.pdf", "a.xlsx", "a.png", "a.jpg", "a.txt", "a.exe", "a", ".docx",
              "x" * 300 + ".pdf", "../../etc/passwd.pdf", "a.PDF"]


LONG_TEXT = ["ễ" * 256, "ễ" * 501, "ễ" * 1_001, "x" * 20_001, "x" * 100_001]
# Values are drawn from pools made once, plus integers hypothesis makes up: a draw from a
# pool costs microseconds where a composed text strategy costs milliseconds per field.
SINGLE = BIG_NUMBERS + ODD_NUMBERS + ODD_DATES + ODD_TEXT + LONG_TEXT
ID_LISTS = [[str(2**63)], [str(2**63)] * 3, ["1", str(2**64)], ["abc"], ["-1", "0"], [""],
            ["1", "1", "1"], [str(i) for i in range(1, 1_200)], ["1\x00"], ["١"]]


def _single() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(SINGLE), st.integers().map(str),
                     st.integers(-5, 5_000).map(str))


def hostile(spec: FieldSpec) -> st.SearchStrategy[Any]:
    """A value, or a list of values, that the field should refuse or survive."""
    if spec.kind == "file":
        return st.builds(lambda name, body: SimpleUploadedFile(name, body),
                         st.sampled_from(FILE_NAMES), st.sampled_from(FILE_BODIES))
    if spec.multiple:
        return st.one_of(_single(), st.sampled_from(ID_LISTS))
    return _single()


def plausible(spec: FieldSpec) -> st.SearchStrategy[Any]:
    """What the page held, or another of the choices it offered."""
    if spec.kind == "file":
        return st.just(SimpleUploadedFile("a.txt", b"x"))
    if spec.options:
        if spec.multiple:
            return st.lists(st.sampled_from(spec.options), max_size=3, unique=True)
        return st.sampled_from(spec.options).map(lambda value: [value])
    return st.just(spec.default)


def form_data(fields: dict[str, FieldSpec]) -> st.SearchStrategy[dict[str, Any]]:
    """Each field as the page held it three times in four, hostile otherwise."""
    return st.fixed_dictionaries({
        name: st.one_of(plausible(spec), plausible(spec), plausible(spec), hostile(spec))
        for name, spec in fields.items() if name != "csrfmiddlewaretoken"
    }, optional={"unexpected_field": st.text(max_size=5)})


# --- Judging a response --------------------------------------------------------------------

# Written on purpose by a refused request: django-axes records failed log-ins; sessions and
# the task queue are the framework's own bookkeeping.
NOT_COUNTED = ("axes_", "django_session", "django_tasks")


def row_counts() -> dict[str, int]:
    """Rows per table, in one query; equal before and after means nothing was written."""
    tables = [t for t in connection.introspection.table_names() if not t.startswith(NOT_COUNTED)]
    quote = connection.ops.quote_name
    # Table names come from the database's own catalogue, not from input.
    sql = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM {quote(t)}" for t in tables)  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return dict(cursor.fetchall())


def _has_errors(value: Any) -> bool:
    """A form or formset the view already validated, with errors (never validates itself)."""
    if isinstance(value, BaseFormSet):
        return bool(value._errors) or bool(value._non_form_errors) or any(
            _has_errors(form) for form in value.forms)
    if isinstance(value, BaseForm):
        return value.is_bound and bool(value._errors)
    return False


def render_for_real(data: dict[str, Any], one_in: int) -> bool:
    """One example in `one_in`, chosen by a checksum of its values: the same example always
    gets the same choice, so a failing one replays with the same pages. (A drawn integer
    would not do: hypothesis favours 0, and a third of the pages were rendered.)"""
    stable = repr(sorted((key, getattr(value, "name", value)) for key, value in data.items()))
    return zlib.crc32(stable.encode("utf-8", "replace")) % one_in == 0


class Renderer:
    """Pages rendered for real when an example says so, a stub otherwise.

    Rendering is nine tenths of a request's time (a page of checklists takes 40 ms, the rest
    of the request 3 to 5 ms) and does not depend on the bounds under test; the examples
    rendered for real (see `render_for_real`) still
    catch a template that breaks on odd input. Either way the contexts are read for forms
    refused with errors.
    """

    def __init__(self) -> None:
        self.real = False
        self.form_errors = False

    def start(self, real: bool) -> None:
        self.real = real
        self.form_errors = False

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        original = Template.render
        renderer = self

        def render(template: Template, context: Any = None, request: Any = None) -> str:
            values = (context or {}).values() if isinstance(context, dict) else []
            if any(_has_errors(value) for value in values):
                renderer.form_errors = True
            if renderer.real:
                return str(original(template, context, request))
            return "<html><body>…</body></html>"

        Template.render = render  # type: ignore[method-assign]
        try:
            yield
        finally:
            Template.render = original  # type: ignore[method-assign]


def refused(response: HttpResponse, renderer: Renderer) -> bool:
    """A 4xx, a form shown again with errors, or an error message after a button."""
    if response.status_code >= 400 or renderer.form_errors:
        return True
    request = getattr(response, "wsgi_request", None)
    storage = getattr(request, "_messages", None)
    queued = getattr(storage, "_queued_messages", [])
    return any(message.level >= messages.ERROR for message in queued)
