"""Which role a visitor plays: the typed answers every app's permissions.py builds on.

`request.user` is a User or Django's AnonymousUser, which has none of User's role
properties; these functions take either, so no caller needs `getattr(user, "is_...")`.
An inactive account plays no role, as User's own properties say.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from accounts.models import ROLE_RANK, Role, User

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


# --- Managing people: administrators everywhere, coordinators in their own unit's subtree ----


def rank(user: User) -> int:
    """How high an account stands: a maintainer (superuser) above every role."""
    if user.is_superuser:
        return ROLE_RANK[Role.ADMINISTRATOR] + 1
    return ROLE_RANK.get(Role(user.role), 0) if user.role in Role.values else 0


def can_manage_people(user: Visitor) -> bool:
    """Opens the "Người dùng" section: administrators, and coordinators for their units."""
    return is_administrator(user) or (is_coordinator(user) and bool(own_unit_ids(user)))


def check_can_manage_people(user: Visitor) -> None:
    if not can_manage_people(user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống và cán bộ điều phối được quản lý người "
                                 "dùng."))


def reach_unit_ids(user: Visitor) -> set[int] | None:
    """The units whose people `user` manages: None for all (administrators), else the
    subtree of the coordinator's own units; empty for everybody else."""
    if is_administrator(user):
        return None
    if not is_coordinator(user):
        return set()
    from units.selectors import unit_subtree_ids

    return unit_subtree_ids(own_unit_ids(user))


def assignable_roles(user: Visitor) -> list[Role]:
    """The roles `user` may give: none above their own (a maintainer gives any role)."""
    if not isinstance(user, User) or not can_manage_people(user):
        return []
    return [role for role in Role if ROLE_RANK[role] <= min(rank(user), ROLE_RANK[
        Role.ADMINISTRATOR])]


def can_manage_user(manager: Visitor, person: User) -> bool:
    """Whether `manager` may change `person`'s account: not their own (the profile page is
    for that), nobody ranked above them, and for a coordinator only people whose units are
    all in their reach (someone of no unit is the administrators' to manage)."""
    if not isinstance(manager, User) or not can_manage_people(manager):
        return False
    if person.pk == manager.pk or rank(person) > rank(manager):
        return False
    reach = reach_unit_ids(manager)
    if reach is None:
        return True
    units = set(person.units.values_list("pk", flat=True))
    return bool(units) and units <= reach


def check_can_manage_user(manager: Visitor, person: User) -> None:
    if not can_manage_user(manager, person):
        raise PermissionDenied(_("Anh/chị không được quản lý tài khoản “%(person)s”: chỉ quản "
                                 "lý được người của đơn vị mình và các đơn vị trực thuộc, với "
                                 "vai trò không cao hơn vai trò của mình.") % {"person": person})


def check_can_assign(manager: Visitor, *, role: str, unit_ids: Iterable[int]) -> None:
    """A role no higher than the manager's own, and units within their reach."""
    if role not in {r.value for r in assignable_roles(manager)}:
        raise PermissionDenied(_("Anh/chị không được giao vai trò “%(role)s”, cao hơn vai trò "
                                 "của mình.") % {"role": Role(role).label if role in Role.values
                                                  else role})
    reach = reach_unit_ids(manager)
    units = set(unit_ids)
    if reach is not None and (not units or not units <= reach):
        raise PermissionDenied(_("Anh/chị chỉ được thêm người vào đơn vị mình và các đơn vị "
                                 "trực thuộc."))


# --- Reviewing reports: within one's reach, never one's own unit's ---------------------------


def can_review_unit_report(user: Visitor, *, receiving_unit_id: int, unit_id: int) -> bool:
    """Approving, returning or reopening the report `unit_id` sent to `receiving_unit_id`.

    A coordinator reviews the reports sent to their own unit or a unit under it, so a
    province's coordinator never decides at the ministry's level; an administrator reviews
    any. Nobody reviews the report of a unit they belong to: a unit does not approve itself.
    """
    if not is_coordinator(user) or unit_id in own_unit_ids(user):
        return False
    reach = reach_unit_ids(user)
    return reach is None or receiving_unit_id in reach


def check_can_review_unit_report(user: Visitor, *, receiving_unit_id: int,
                                 unit_id: int) -> None:
    if can_review_unit_report(user, receiving_unit_id=receiving_unit_id, unit_id=unit_id):
        return
    if unit_id in own_unit_ids(user):
        raise PermissionDenied(_("Không ai duyệt báo cáo của chính đơn vị mình: báo cáo này do "
                                 "cấp trên hoặc cán bộ điều phối của đơn vị khác duyệt."))
    raise PermissionDenied(_("Báo cáo này gửi đến đơn vị ngoài phạm vi của anh/chị; chỉ cán "
                             "bộ điều phối của đơn vị nhận báo cáo (hoặc cấp trên của đơn vị "
                             "đó) được duyệt, trả lại hoặc mở lại."))


def get_person_for_user(manager: Visitor, pk: int, *, change: bool = False) -> User:
    """A person's account for the Người dùng pages: 403 for who manages nobody, 404 for
    someone outside a coordinator's reach; with `change`, 403 unless `manager` may change it."""
    from django.shortcuts import get_object_or_404

    check_can_manage_people(manager)
    person = get_object_or_404(User, pk=pk)
    reach = reach_unit_ids(manager)
    if reach is not None and not person.memberships.filter(unit_id__in=list(reach)).exists():
        from django.http import Http404

        raise Http404
    if change:
        check_can_manage_user(manager, person)
    return person


def check_can_read_audit(user: Visitor) -> None:
    """The whole system's history and the failed log-ins are the administrators' to read."""
    if not is_administrator(user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống được xem nhật ký hệ thống."))
