"""Who may record what: unit reporters for their own units, coordinators for all, viewers read.

Views, the spreadsheet import and the API all ask these functions, so the answer is the same
wherever a record comes from. Every logged-in role reads every record: the programme's output
is meant to be seen.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from accounts.permissions import Visitor, is_coordinator, is_reporter, own_unit_ids
from plans.models import Task
from records.models import Activity, Participation, Product, ProductImport, Topic
from units.models import Unit


def recording_units(user: Visitor) -> list[int] | None:
    """The units `user` may record for: None means every unit, [] none."""
    if is_coordinator(user):
        return None
    if is_reporter(user):
        return own_unit_ids(user)
    return []


def can_record(user: Visitor, unit: Unit | int | None = None) -> bool:
    allowed = recording_units(user)
    if allowed is None:
        return True
    if unit is None:
        return bool(allowed)
    return (unit if isinstance(unit, int) else unit.pk) in allowed


def check_can_record(user: Visitor, unit: Unit | int | None = None) -> None:
    if not can_record(user, unit):
        raise PermissionDenied(_("Anh/chị chỉ được nhập, sửa sản phẩm và hoạt động của đơn vị "
                                 "mình."))


def can_manage_topics(user: Visitor) -> bool:
    """Topics come from the lead department's guidance, so coordinators keep the list."""
    return is_coordinator(user)


def check_can_manage_topics(user: Visitor) -> None:
    if not can_manage_topics(user):
        raise PermissionDenied(_("Chỉ cán bộ điều phối được thêm hoặc sửa chủ đề."))


def _tasks_with_plan() -> QuerySet[Task]:
    return Task.objects.select_related("plan").order_by("sort_key", "pk")


def get_product_for_user(user: Visitor, pk: int, *, change: bool = False) -> Product:
    """The product with everything its page shows; with `change`, only if `user` may edit it."""
    products = Product.objects.select_related("unit", "created_by").prefetch_related(
        "languages", "topics", Prefetch("tasks", queryset=_tasks_with_plan()))
    product = get_object_or_404(products, pk=pk)
    if change:
        check_can_record(user, product.unit_id)
    return product


def get_activity_for_user(user: Visitor, pk: int, *, change: bool = False) -> Activity:
    """The activity with everything its page shows; with `change`, only if `user` may edit it."""
    activities = Activity.objects.select_related("unit", "created_by").prefetch_related(
        "topics", Prefetch("tasks", queryset=_tasks_with_plan()),
        Prefetch("participations", queryset=Participation.objects.order_by("pk")))
    activity = get_object_or_404(activities, pk=pk)
    if change:
        check_can_record(user, activity.unit_id)
    return activity


def get_topic_for_user(user: Visitor, pk: int, *, change: bool = False) -> Topic:
    topic = get_object_or_404(Topic, pk=pk)
    if change:
        check_can_manage_topics(user)
    return topic


def get_import_for_user(user: Visitor, pk: int) -> ProductImport:
    """An import is its uploader's own: only they see its rows and confirm it (404 to others)."""
    check_can_record(user)
    return get_object_or_404(ProductImport, pk=pk, created_by_id=user.pk)
