"""Reads for the API: products, activities and what a payload refers to.

Who may see or change what is api.permissions.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model, Prefetch, QuerySet
from django.utils.translation import gettext as _

from api.actors import Actor
from kehoach.keyset import Cursor, count_up_to, keyset_page
from plans.models import Task
from records.models import Activity, Language, Participation, Product, Topic
from units.models import Unit

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    items: list[T]
    count: int
    count_is_exact: bool
    page: int
    page_size: int
    next_cursor: str | None


# Past this many rows a client follows next_cursor: OFFSET would read every row before.
MAX_OFFSET = 10_000


def paginate(queryset: QuerySet[Any], *, page: int, page_size: int, cursor: str | None,
             date_field: str) -> Page[Any]:
    """One page of a list, newest first: after `cursor` when given (any depth at the cost of
    one page), else by page number up to MAX_OFFSET rows deep. A page past the end is empty
    rather than an error; the count stops at keyset.COUNT_LIMIT."""
    if cursor is not None:
        found = keyset_page(queryset, date_field=date_field, size=page_size,
                            after=Cursor.parse(cursor))
        return Page(items=found.items, count=found.count, count_is_exact=found.count_is_exact,
                    page=page, page_size=page_size,
                    next_cursor=str(found.next) if found.next else None)
    start = (page - 1) * page_size
    if start + page_size > MAX_OFFSET:
        raise ValidationError(_("Trang %(page)s quá sâu: sau %(limit)s mục, hãy dùng cursor "
                                "(next_cursor của trang trước).")
                              % {"page": page, "limit": MAX_OFFSET}, code="too_deep")
    rows = list(queryset[start:start + page_size + 1])
    items = rows[:page_size]
    count, exact = count_up_to(queryset)
    last = items[-1] if items and len(rows) > page_size else None
    return Page(items=items, count=count, count_is_exact=exact, page=page, page_size=page_size,
                next_cursor=str(Cursor(getattr(last, date_field), last.pk)) if last else None)


# Products and activities -------------------------------------------------------------------

def product_rows() -> QuerySet[Product]:
    return Product.objects.select_related("unit").prefetch_related(
        Prefetch("languages", queryset=Language.objects.only("code")),
        Prefetch("topics", queryset=Topic.objects.only("pk")),
        Prefetch("tasks", queryset=Task.objects.only("pk")),
    )


def activity_rows() -> QuerySet[Activity]:
    return Activity.objects.select_related("unit").prefetch_related(
        Prefetch("participations", queryset=Participation.objects.order_by("group")),
        Prefetch("topics", queryset=Topic.objects.only("pk")),
        Prefetch("tasks", queryset=Task.objects.only("pk")),
    )


def product_list(*, unit_id: int | None = None, date_from: date | None = None,
                 date_to: date | None = None) -> QuerySet[Product]:
    """Products published in [date_from, date_to], newest first."""
    products = product_rows()
    if unit_id is not None:
        products = products.filter(unit_id=unit_id)
    if date_from is not None:
        products = products.filter(published_on__gte=date_from)
    if date_to is not None:
        products = products.filter(published_on__lte=date_to)
    return products.order_by("-published_on", "-pk")


def activity_list(*, unit_id: int | None = None, date_from: date | None = None,
                  date_to: date | None = None) -> QuerySet[Activity]:
    """Activities that took place, wholly or partly, within [date_from, date_to]."""
    activities = activity_rows()
    if unit_id is not None:
        activities = activities.filter(unit_id=unit_id)
    if date_from is not None:
        activities = activities.filter(end_date__gte=date_from)
    if date_to is not None:
        activities = activities.filter(start_date__lte=date_to)
    return activities.order_by("-start_date", "-pk")


# What a payload refers to -------------------------------------------------------------------

def unit_by_id(pk: int) -> Unit:
    unit = Unit.objects.filter(pk=pk).first()
    if unit is None:
        raise ValidationError({"unit": [_("Không có đơn vị mã số %(id)s.") % {"id": pk}]})
    return unit


def languages_by_code(codes: Sequence[str]) -> list[Language]:
    """The languages in the order given; unknown codes are named in the error."""
    found = {lang.code: lang for lang in Language.objects.filter(code__in=codes)}
    if unknown := [code for code in codes if code not in found]:
        raise ValidationError({"languages": [
            _("Không có ngôn ngữ mã %(codes)s. Xem danh sách tại /api/languages.")
            % {"codes": ", ".join(unknown)}]})
    return [found[code] for code in dict.fromkeys(codes)]


def _by_ids(model: type[Model], ids: Sequence[int], field: str, message: str) -> list[Any]:
    found = model._default_manager.in_bulk(list(ids))
    if unknown := [str(pk) for pk in ids if pk not in found]:
        raise ValidationError({field: [message % {"ids": ", ".join(unknown)}]})
    return [found[pk] for pk in dict.fromkeys(ids)]


def topics_by_id(ids: Sequence[int]) -> list[Topic]:
    return _by_ids(Topic, ids, "topics", _("Không có chủ đề mã số %(ids)s. Xem danh sách tại "
                                           "/api/topics."))


def tasks_by_id(ids: Sequence[int]) -> list[Task]:
    return _by_ids(Task, ids, "tasks", _("Không có nhiệm vụ mã số %(ids)s."))


def topic_list() -> QuerySet[Topic]:
    return Topic.objects.order_by("name")


def language_list() -> QuerySet[Language]:
    return Language.objects.order_by("position", "name")


def unit_filter_for(actor: Actor, unit_id: int | None) -> int | None:
    """A token lists its own unit's records unless it asks for another unit."""
    return unit_id if unit_id is not None else actor.unit_id

