"""Who may do what through the API and the token page, in one place.

Everyone signed in reads every product and activity, as on the pages; changes are for the
units a person records for (records.permissions), and a token's changes for its own unit only.
Whoever may record for a unit may give its system a token; viewers may not.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import Visitor
from api import selectors
from api.actors import Actor
from api.models import ApiToken
from records.models import Activity, Product
from records.permissions import can_record, check_can_record, recording_units
from units.models import Unit


def can_manage_tokens(user: Visitor, unit: Unit | int | None = None) -> bool:
    return can_record(user, unit)


def check_can_manage_tokens(user: Visitor, unit: Unit | int | None = None) -> None:
    if not can_manage_tokens(user, unit):
        raise PermissionDenied(_("Anh/chị chỉ được quản lý mã truy cập API của đơn vị mình."))


def token_list_for_user(user: Visitor) -> QuerySet[ApiToken]:
    """The tokens of the units `user` may record for: all of them for coordinators."""
    check_can_manage_tokens(user)
    tokens = ApiToken.objects.select_related("unit", "created_by")
    units = recording_units(user)
    return tokens if units is None else tokens.filter(unit_id__in=units)


def token_units_for_user(user: Visitor) -> QuerySet[Unit]:
    """The units `user` may make a token for."""
    units = recording_units(user)
    queryset = Unit.objects.all() if units is None else Unit.objects.filter(pk__in=units)
    return queryset.order_by("name")


def get_token_for_user(user: Visitor, pk: int) -> ApiToken:
    token = get_object_or_404(ApiToken.objects.select_related("unit", "created_by"), pk=pk)
    check_can_manage_tokens(user, token.unit_id)
    return token


def check_actor_can_record(actor: Actor, unit_id: int | None = None) -> None:
    """Refuse before any work: a token records for its own unit only, people as on pages.

    The records services check the person again; this check adds the token's unit and
    lets a refused request hear 403 before it hears about its payload.
    """
    token = actor.token
    if token is not None and unit_id is not None and unit_id != token.unit_id:
        raise PermissionDenied(_("Mã truy cập này chỉ dùng để gửi sản phẩm và hoạt động "
                                 "của %(unit)s.") % {"unit": token.unit})
    check_can_record(actor.user, unit_id)


def get_product_for_actor(actor: Actor, pk: int, *, change: bool = False) -> Product:
    product = get_object_or_404(selectors.product_rows(), pk=pk)
    if change:
        check_actor_can_record(actor, product.unit_id)
    return product


def get_activity_for_actor(actor: Actor, pk: int, *, change: bool = False) -> Activity:
    activity = get_object_or_404(selectors.activity_rows(), pk=pk)
    if change:
        check_actor_can_record(actor, activity.unit_id)
    return activity
