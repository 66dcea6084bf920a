"""Running a state change from a POST button and telling the user how it went."""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest


def run_action(request: HttpRequest, action: Callable[[], object], done: str) -> bool:
    """Run `action`; show its refusal, or `done`, as messages on the next page.

    A service refuses with a ValidationError whose messages are already Vietnamese
    sentences, so each becomes one error message and nothing else is said.
    """
    try:
        action()
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return False
    messages.success(request, done)
    return True
