"""Who may see or change guidance letters: every page asks here, so the answer is one.

Coordinators write, publish and withdraw letters and see drafts; everybody logged in reads
what was published, and anyone at all reads a published letter through its public address.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import Visitor, is_coordinator
from guidance.models import Guidance


def can_edit_guidance(user: Visitor) -> bool:
    return is_coordinator(user)


def check_can_edit_guidance(user: Visitor) -> None:
    if not can_edit_guidance(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được soạn, sửa và công bố định hướng."))


def visible_guidances(user: Visitor) -> QuerySet[Guidance]:
    """Coordinators see drafts too; everyone else sees only what has been published."""
    guidances = Guidance.objects.select_related("issuer", "issuer__parent")
    if can_edit_guidance(user):
        return guidances
    return guidances.filter(published_at__isnull=False)


def get_guidance_for_user(user: Visitor, pk: int, *, change: bool = False) -> Guidance:
    """A letter `user` may read (404 for another's draft); with `change`, 403 first."""
    if change:
        check_can_edit_guidance(user)
    return get_object_or_404(visible_guidances(user), pk=pk)


def get_published_guidance(public_key: str) -> Guidance:
    """The guidance behind a public address: 404 for an unknown key and for a draft alike."""
    return get_object_or_404(
        Guidance.objects.select_related("issuer", "issuer__parent"),
        public_key=public_key, published_at__isnull=False,
    )


def get_guidance_for_qr(user: Visitor, public_key: str) -> Guidance:
    """A QR code is printed on the letter before it is issued, so coordinators get it early.

    It encodes only the public address; others get it once the page it leads to is up.
    """
    guidance = get_object_or_404(Guidance, public_key=public_key)
    if guidance.is_published or can_edit_guidance(user):
        return guidance
    raise Http404
