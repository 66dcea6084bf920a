"""Which role a visitor plays: the typed answers every app's permissions.py builds on.

`request.user` is a User or Django's AnonymousUser, which has none of User's role
properties; these functions take either, so no caller needs `getattr(user, "is_...")`.
An inactive account plays no role, as User's own properties say.
"""

from django.contrib.auth.models import AnonymousUser

from accounts.models import Role, User

Visitor = User | AnonymousUser


def is_administrator(user: Visitor) -> bool:
    """Keeps units, users and report forms."""
    return isinstance(user, User) and user.is_administrator


def is_coordinator(user: Visitor) -> bool:
    """Runs the programme: coordinators, and administrators, who may do what they do."""
    return isinstance(user, User) and user.is_coordinator


def is_reporter(user: Visitor) -> bool:
    """Records and reports for their own units only."""
    return isinstance(user, User) and user.is_reporter


def is_viewer(user: Visitor) -> bool:
    """Reads dashboards and approved reports."""
    return isinstance(user, User) and user.is_active and user.role == Role.VIEWER


def is_active_user(user: Visitor) -> bool:
    """Logged in with an account that has not been switched off."""
    return isinstance(user, User) and user.is_active


def own_unit_ids(user: Visitor) -> list[int]:
    """The units `user` belongs to; none for a visitor who has not logged in."""
    if not isinstance(user, User):
        return []
    return list(user.units.values_list("pk", flat=True))
