"""Asking each app's permissions functions as each role: who asks, and how it was answered."""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.http import Http404

# The six parts a visitor plays toward an object of a unit (the `visitor` fixture): the two
# reporters of the demo (Báo Sóc Trăng, the Department) are "own" or "other" as the object's
# unit says.
VISITORS = ["administrator", "coordinator", "own_reporter", "other_reporter", "viewer",
            "anonymous"]
REPORTERS = {"ST-BAO": "baosoctrang", "ST-STTTT": "sotttt"}


def answer(call: Callable[[], object]) -> int:
    """200 when `call` returns, 403 when it refuses, 404 when it hides the object."""
    try:
        call()
    except PermissionDenied:
        return 403
    except Http404:
        return 404
    return 200
