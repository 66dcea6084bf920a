"""The requests views receive, typed with what the middleware and login_required add.

Django builds plain HttpRequests; these classes only tell mypy what is true of them by the
time a view runs: django-htmx's middleware sets `request.htmx` on every request, and behind
`login_required` the user is a User, never AnonymousUser, so a view hands it to a service
that wants a User without a check of its own.
"""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from accounts.models import User


class Request(HttpRequest):
    """Any request, public pages included: it carries django-htmx's details."""

    htmx: HtmxDetails


class AuthenticatedRequest(Request):
    """A request that passed `login_required`."""

    user: User
