"""The parts of a consolidated report, written from its facts through templates.

Each part of the outline has a template in `reporting/templates/reporting/draft/` (by its role:
direction, results, assessment, next, recommendations). A template writes sentences; "¶"
starts a paragraph, and every other line break or run of spaces is one space, so the wording
can be laid out readably. The figures in it come marked with the address of their records
(`phrases.mark`); the stored text is plain, and the links are kept beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.template import Context as TemplateContext
from django.template import Engine

from reporting.drafting import context, roles
from reporting.drafting.facts import ReportFacts, UnitText, task_for
from reporting.drafting.phrases import unmark

# Plain text, not HTML: nothing is escaped ("&" in an address stays "&").
ENGINE = Engine(app_dirs=True, autoescape=False,
                libraries={"drafting": "reporting.templatetags.drafting"})
_SPACE_BEFORE = re.compile(r"\s+([,.;:)])")
_SPACE_AFTER = re.compile(r"([(])\s+")


@dataclass
class DraftPart:
    """One part of the outline, drafted: its text, its figures' links, and the units' texts
    that belong to it (by task number for the results part, 0 for the part as a whole)."""

    position: int
    title: str
    role: str
    text: str
    links: list[dict[str, str]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def tidy(rendered: str) -> str:
    """A rendered template as paragraphs: "¶" separates them, other whitespace is one space.

    >>> tidy("¶ Đăng  64 tin ,\\n 38 bài .\\n¶\\n¶ 2. Tập huấn")
    'Đăng 64 tin, 38 bài.\\n2. Tập huấn'
    """
    paragraphs = []
    for chunk in rendered.split("¶"):
        text = " ".join(chunk.split())
        text = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs)


def draft_parts(facts: ReportFacts, outline: list[tuple[int, str]],
                appendix: dict[str, str] | None = None) -> list[DraftPart]:
    """Every part of the form's outline, in its order, drafted from the facts.

    `appendix` names the appendices the text cites: {"tasks": "Phụ lục 01", ...}.
    """
    shared = context.shared(facts, appendix)
    parts = []
    for position, title in outline:
        role = roles.role_of(title)
        text = ""
        links: list[dict[str, str]] = []
        if role != roles.OTHER:
            data = {**shared, **context.for_role(role, facts, shared)}
            template = ENGINE.get_template(f"reporting/draft/{role}.txt")
            text, links = unmark(tidy(template.render(TemplateContext(data, autoescape=False))))
        parts.append(DraftPart(position, title, role, text, links,
                               _sources(facts, title, role)))
    return parts


def _sources(facts: ReportFacts, title: str, role: str) -> list[dict[str, Any]]:
    """The units' texts written under a part like this one; in the results part, each
    paragraph that names a task goes beside that task's item."""
    found = []
    for text in facts.texts:
        if roles.role_of(text.part) != role and text.part != title:
            continue
        for paragraph in _paragraphs(text):
            item = 0
            if role == roles.RESULTS:
                item = task_for(paragraph, facts.tasks)
            found.append({"unit": text.unit, "item": item, "text": paragraph})
    return found


def _paragraphs(text: UnitText) -> list[str]:
    return [line.strip() for line in text.text.splitlines() if line.strip()]
