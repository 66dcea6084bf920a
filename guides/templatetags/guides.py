"""{% help_link "slug" %}: a main page's visible "Hướng dẫn" link to the guide of its task."""

from typing import Any

from django import template

from guides import selectors

register = template.Library()


@register.inclusion_tag("guides/_link.html")
def help_link(slug: str) -> dict[str, Any]:
    """A wrong slug fails the page's render, so a renamed guide cannot leave a dead link."""
    topic = selectors.topic_get(slug)
    if topic is None:
        raise template.TemplateSyntaxError(f"no guide {slug!r}")
    return {"topic": topic}
