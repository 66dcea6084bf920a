"""Finding every form of the site, for the bounded-input property tests.

The forms are found the way a person finds them: by opening the pages of the demo province
as each role and reading their <form> elements. A form added later is fuzzed without
editing the tests, as long as some page links to it; `post_patterns()` lists every URL
pattern that accepts POST, so a test can say which of them no crawled page reached.
"""

from __future__ import annotations

import inspect
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

# Pages not crawled: Django's admin (its own forms, staff only), file downloads, the API
# (tested from its OpenAPI document), and the language switch and log-out, which change the
# client's own state instead of the data.
SKIPPED_PREFIXES = ("/admin/", "/api/", "/i18n/", "/static/", "/media/", "/accounts/logout/")
SKIPPED_SUFFIXES = (".xlsx", ".png", ".svg", ".pdf", ".docx", "/file/")
MAX_PAGES_PER_ROLE = 250
# Pages of one pattern opened: a submission in draft and one sent show different buttons.
PAGES_PER_PATTERN = 4


@dataclass
class FieldSpec:
    """One named control of a form, with what the page offered and what it held."""

    name: str
    kind: str  # text, textarea, number, date, select, checkbox, radio, hidden, file, ...
    options: list[str] = field(default_factory=list)
    default: list[str] = field(default_factory=list)
    multiple: bool = False


@dataclass
class FormSpec:
    method: str
    action: str
    fields: dict[str, FieldSpec] = field(default_factory=dict)

    @property
    def pattern(self) -> str:
        return pattern_name(self.action)


class _FormParser(HTMLParser):
    """The forms and links of one page."""

    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[FormSpec] = []
        self.links: list[str] = []
        self._form: FormSpec | None = None
        self._select: FieldSpec | None = None
        self._textarea: FieldSpec | None = None
        self._option: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(urljoin(self.page_url, a["href"]))
        if a.get("hx-post") and self._form is not None:
            # HTMX posts the enclosing form's fields to its own address (an autosave).
            self.forms.append(FormSpec("POST", urljoin(self.page_url, a["hx-post"]),
                                       self._form.fields))
        elif tag == "form":
            action = urljoin(self.page_url, a.get("action") or self.page_url)
            self._form = FormSpec(a.get("method", "get").upper(), action)
            self.forms.append(self._form)
        elif self._form is None or (not a.get("name") and tag != "option"):
            return
        elif tag == "input":
            self._input(a)
        elif tag == "select":
            self._select = self._add(a["name"], "select", multiple="multiple" in a)
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            self._select.options.append(value)
            if "selected" in a:
                self._select.default.append(value)
        elif tag == "textarea":
            self._textarea = self._add(a["name"], "textarea")
        elif tag == "button" and a.get("name"):
            self._add(a["name"], "submit").options.append(a.get("value", ""))

    def _input(self, a: dict[str, str]) -> None:
        kind = a.get("type", "text").lower()
        if kind in ("submit", "button", "reset", "image"):
            if a["name"]:
                self._add(a["name"], "submit").options.append(a.get("value", ""))
            return
        spec = self._add(a["name"], kind, multiple=kind == "checkbox")
        value = a.get("value", "on" if kind in ("checkbox", "radio") else "")
        if kind in ("checkbox", "radio"):
            spec.options.append(value)
            if "checked" in a:
                spec.default.append(value)
        elif kind != "file":
            spec.default = [value]

    def _add(self, name: str, kind: str, multiple: bool = False) -> FieldSpec:
        assert self._form is not None
        spec = self._form.fields.setdefault(name, FieldSpec(name, kind))
        spec.multiple = spec.multiple or multiple
        return spec

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea.default = [(self._textarea.default or [""])[0] + data]

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def pattern_name(url: str) -> str:
    """"records:product_edit" for /records/products/3/edit/; "" when nothing matches."""
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return ""
    return match.view_name


def _wanted(url: str) -> bool:
    parts = urlsplit(url)
    if parts.netloc not in ("", "testserver") or not parts.path.startswith("/"):
        return False
    if parts.path.startswith("/api/tokens/"):
        return True
    return not parts.path.startswith(SKIPPED_PREFIXES) and not parts.path.endswith(
        SKIPPED_SUFFIXES) and "/download/" not in parts.path


def crawl(client: Client, start: list[str]) -> list[FormSpec]:
    """Every form on the pages reachable from `start`, a few pages per URL pattern."""
    queue, seen_urls = deque(start), set[str]()
    per_pattern: dict[str, int] = {}
    forms: list[FormSpec] = []
    pages = 0
    while queue and pages < MAX_PAGES_PER_ROLE:
        url = queue.popleft()
        parts = urlsplit(url)
        key = parts.path + ("?" + parts.query if parts.query else "")
        pattern = pattern_name(url)
        if key in seen_urls or not pattern or per_pattern.get(pattern, 0) >= PAGES_PER_PATTERN:
            continue
        seen_urls.add(key)
        per_pattern[pattern] = per_pattern.get(pattern, 0) + 1
        response = client.get(key)
        pages += 1
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _FormParser("http://testserver" + key)
        parser.feed(response.content.decode())
        forms.extend(form for form in parser.forms if _wanted(form.action))
        queue.extend(link for link in parser.links if _wanted(link))
    return forms


def _walk(patterns: list[Any], prefix: str = "", namespace: str = ""
          ) -> Iterator[tuple[str, Any]]:
    for item in patterns:
        if isinstance(item, URLResolver):
            inner = f"{namespace}{item.namespace}:" if item.namespace else namespace
            yield from _walk(item.url_patterns, prefix + str(item.pattern), inner)
        elif isinstance(item, URLPattern) and item.name:
            yield namespace + item.name, item.callback


def allowed_methods(view: Any) -> set[str] | None:
    """The methods a view accepts, from its require_http_methods decorator; None: any."""
    view_class = getattr(view, "view_class", None)
    if view_class is not None:
        return {m.upper() for m in view_class.http_method_names if hasattr(view_class, m)}
    function: Any = view
    while function is not None:
        code = getattr(function, "__code__", None)
        if code is not None and "request_method_list" in code.co_freevars:
            cell = function.__closure__[code.co_freevars.index("request_method_list")]
            return set(cell.cell_contents)
        function = getattr(function, "__wrapped__", None)
    return None


def _reads_post(view: Any) -> bool:
    """A view with no method decorator that still handles a POST: its code reads
    request.POST or compares the method with "POST"."""
    code = getattr(inspect.unwrap(view), "__code__", None)
    return code is None or "POST" in code.co_names or "POST" in code.co_consts


def post_patterns() -> set[str]:
    """The names of the URL patterns whose views accept POST, the admin's and API's aside."""
    names = set()
    for name, view in _walk(get_resolver().url_patterns):
        if name.startswith(("admin:", "api:")) and name not in ("api:tokens",
                                                                "api:token_revoke"):
            continue
        methods = allowed_methods(view)
        if (methods is None and _reads_post(view)) or (methods and "POST" in methods):
            names.add(name)
    return names
