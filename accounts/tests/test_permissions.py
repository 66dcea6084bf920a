import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from accounts import permissions
from accounts.models import User

HELPERS = {"administrator": permissions.is_administrator,
           "coordinator": permissions.is_coordinator,
           "reporter": permissions.is_reporter, "viewer": permissions.is_viewer}


def test_it_gives_a_visitor_who_has_not_logged_in_no_role() -> None:
    anonymous = AnonymousUser()
    assert not any(helper(anonymous) for helper in HELPERS.values())
    assert not permissions.is_active_user(anonymous)
    assert permissions.own_unit_ids(anonymous) == []


def test_it_names_each_demo_users_role(administrator: User, coordinator: User, reporter: User,
                                       viewer: User) -> None:
    plays = {name: {role for role, helper in HELPERS.items() if helper(user)}
             for name, user in (("administrator", administrator), ("coordinator", coordinator),
                                ("reporter", reporter), ("viewer", viewer))}
    # An administrator may do what a coordinator does.
    assert plays == {"administrator": {"administrator", "coordinator"},
                     "coordinator": {"coordinator"}, "reporter": {"reporter"},
                     "viewer": {"viewer"}}
    assert permissions.own_unit_ids(reporter) == list(reporter.units.values_list("pk", flat=True))


def test_it_gives_a_switched_off_account_no_role(coordinator: User, viewer: User) -> None:
    for user in (coordinator, viewer):
        user.is_active = False
        assert not any(helper(user) for helper in HELPERS.values())


@pytest.mark.parametrize("name,allowed", [
    ("administrator", True), ("coordinator", False), ("own_reporter", False),
    ("other_reporter", False), ("viewer", False), ("anonymous", False),
])
def test_only_administrators_read_the_whole_history(visitor, name: str, allowed: bool) -> None:
    refused = False
    try:
        permissions.check_can_read_audit(visitor(name))
    except PermissionDenied:
        refused = True
    assert refused is not allowed
