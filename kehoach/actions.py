"""Running a state change from a POST button and telling the user how it went.

A service refuses with a ValidationError whose messages are already Vietnamese sentences.
Pages show that refusal one way: a button's action through run_action() (messages on the next
page), a form through kehoach.forms.add_service_errors() (errors on its fields), an htmx
partial through refusal_text() (one line in place). The API answers it through its one
exception handler (api.api), as a 422 with the same sentences.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What run_action() did: true when the action ran, with what it returned."""

    ok: bool
    value: T | None = None

    def __bool__(self) -> bool:
        return self.ok


def refusal_text(error: ValidationError) -> str:
    """A refusal as one line: its sentences one after another."""
    return " ".join(str(message) for message in error.messages)


def show_refusal(request: HttpRequest, error: ValidationError) -> None:
    """Each sentence of a refusal as an error message on the next page."""
    for message in error.messages:
        messages.error(request, message)


def run_action(request: HttpRequest, action: Callable[[], T],
               done: str | Callable[[T], str] = "") -> Outcome[T]:
    """Run `action`; show its refusal, or `done`, as messages on the next page.

    `done` may be a function of what the action returned, for a message that counts what it
    did; an empty `done` says nothing, for a caller that tells more itself. A PermissionDenied
    is not caught: a step the user has no right to take is a 403, not a message.
    """
    try:
        value = action()
    except ValidationError as error:
        show_refusal(request, error)
        return Outcome(ok=False)
    text = done(value) if callable(done) else done
    if text:
        messages.success(request, text)
    return Outcome(ok=True, value=value)
