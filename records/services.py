"""Changes to products and activities: validated, one transaction each, for every entry point.

Pages, the spreadsheet import and the API call these functions with the acting user, and the
permission check happens here, so no entry point can record for another unit.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.models import apply_changes
from records import plan_products
from records.models import (
    BROADCAST_KINDS,
    Activity,
    Language,
    Participation,
    Product,
    Topic,
)
from records.permissions import check_can_record
from units.selectors import check_units_valid_on

# A television column or a radio talk has a length too, whatever its kind.
BROADCAST_CHANNELS = ("tv", "radio", "loudspeaker")
PRODUCT_FIELDS = frozenset({"title", "kind", "channel", "platform", "published_on", "unit",
                            "link", "file", "duration_minutes"})
# What the dashboard's copy of a plan's products holds (records.PlanProduct), besides the
# languages and task links: a change of title or link leaves the copy as it is.
COPIED_FIELDS = frozenset({"published_on", "unit", "channel"})
ACTIVITY_FIELDS = frozenset({"title", "kind", "start_date", "end_date", "place", "unit"})


def _clean_product(product: Product) -> None:
    product.full_clean(exclude=["languages", "topics", "tasks"])
    errors: dict[str, list[str]] = {}
    broadcast = product.kind in BROADCAST_KINDS or product.channel in BROADCAST_CHANNELS
    if product.duration_minutes and not broadcast:
        errors["duration_minutes"] = [_("Chỉ ghi thời lượng cho sản phẩm phát thanh, truyền "
                                        "hình, video, phóng sự.")]
    if product.channel == "social" and not product.platform:
        errors["platform"] = [_("Ghi nền tảng mạng xã hội (Facebook, Zalo, YouTube…).")]
    if errors:
        raise ValidationError(errors)


def _check_unit_on_date(record: Product | Activity, changed: Iterable[str] | None = None
                        ) -> None:
    """A record's unit must exist on the record's date (publication, or an activity's start).

    Checked when the unit or the date is set, never when other fields change: an old record
    keeps the unit that did the work, even if it has ended since.
    """
    date_field = "published_on" if isinstance(record, Product) else "start_date"
    if changed is not None and not {"unit", date_field} & set(changed):
        return
    unit = record.unit if record.unit_id else None
    check_units_valid_on([unit], getattr(record, date_field))


def _set_relations(obj: Product | Activity, relations: Mapping[str, Iterable[Any] | None]) -> None:
    for name, values in relations.items():
        if values is not None:
            getattr(obj, name).set(list(values))


@transaction.atomic
def product_create(*, user: User, languages: Iterable[Language], topics: Iterable[Topic] = (),
                   tasks: Iterable[Any] = (), **fields: Any) -> Product:
    product = Product(created_by=user)
    apply_changes(product, PRODUCT_FIELDS, fields)
    check_can_record(user, product.unit_id)
    languages = list(languages)
    if not languages:
        raise ValidationError({"languages": [_("Chọn ít nhất một ngôn ngữ.")]})
    _clean_product(product)
    _check_unit_on_date(product)
    product.save()
    _set_relations(product, {"languages": languages, "topics": topics, "tasks": tasks})
    plan_products.refresh([product.pk])
    return product


@transaction.atomic
def product_update(*, user: User, product: Product, languages: Iterable[Language] | None = None,
                   topics: Iterable[Topic] | None = None, tasks: Iterable[Any] | None = None,
                   **changes: Any) -> Product:
    check_can_record(user, product.unit_id)
    changed = apply_changes(product, PRODUCT_FIELDS, changes)
    check_can_record(user, product.unit_id)
    # A generator given as `languages` is read once here, not again by _set_relations.
    languages = None if languages is None else list(languages)
    if languages is not None and not languages:
        raise ValidationError({"languages": [_("Chọn ít nhất một ngôn ngữ.")]})
    if changed:
        _clean_product(product)
        _check_unit_on_date(product, changed)
        product.save(update_fields=changed)
    _set_relations(product, {"languages": languages, "topics": topics, "tasks": tasks})
    if COPIED_FIELDS & set(changed) or languages is not None or tasks is not None:
        plan_products.refresh([product.pk])
    return product


@transaction.atomic
def product_delete(*, user: User, product: Product) -> None:
    check_can_record(user, product.unit_id)
    plan_products.forget([product.pk])
    product.delete()


@transaction.atomic
def activity_create(*, user: User, participants: Mapping[str, int] | None = None,
                    tasks: Iterable[Any] = (), topics: Iterable[Topic] = (),
                    **fields: Any) -> Activity:
    activity = Activity(created_by=user)
    apply_changes(activity, ACTIVITY_FIELDS, fields)
    if activity.start_date and not activity.end_date:
        activity.end_date = activity.start_date
    check_can_record(user, activity.unit_id)
    activity.full_clean(exclude=["tasks", "topics"])
    _check_unit_on_date(activity)
    activity.save()
    _set_relations(activity, {"tasks": tasks, "topics": topics})
    activity_set_participants(activity=activity, participants=participants or {})
    return activity


@transaction.atomic
def activity_update(*, user: User, activity: Activity,
                    participants: Mapping[str, int] | None = None,
                    tasks: Iterable[Any] | None = None, topics: Iterable[Topic] | None = None,
                    **changes: Any) -> Activity:
    check_can_record(user, activity.unit_id)
    changed = apply_changes(activity, ACTIVITY_FIELDS, changes)
    check_can_record(user, activity.unit_id)
    if changed:
        activity.full_clean(exclude=["tasks", "topics"])
        _check_unit_on_date(activity, changed)
        activity.save(update_fields=changed)
    _set_relations(activity, {"tasks": tasks, "topics": topics})
    if participants is not None:
        activity_set_participants(activity=activity, participants=participants)
    return activity


@transaction.atomic
def activity_delete(*, user: User, activity: Activity) -> None:
    check_can_record(user, activity.unit_id)
    activity.delete()


def activity_set_participants(*, activity: Activity, participants: Mapping[str, int]) -> None:
    """Counts by group; a zero or missing count removes the group, unchanged ones stay."""
    existing = {p.group: p for p in activity.participations.all()}
    for group, count in participants.items():
        if count is not None and count < 0:
            raise ValidationError({"participants": [_("Số người không được âm.")]})
        current = existing.pop(group, None)
        if not count:
            if current is not None:
                current.delete()
            continue
        if current is None:
            Participation.objects.create(activity=activity, group=group, count=count)
        elif current.count != count:
            current.count = count
            current.save(update_fields=["count"])


@transaction.atomic
def topic_create(*, name: str, description: str = "") -> Topic:
    topic = Topic(name=name.strip(), description=description.strip())
    topic.full_clean()
    topic.save()
    return topic


@transaction.atomic
def topic_update(*, topic: Topic, name: str, description: str = "") -> Topic:
    changed = apply_changes(topic, {"name", "description"},
                            {"name": name, "description": description})
    if changed:
        topic.full_clean()
        topic.save(update_fields=changed)
    return topic


@transaction.atomic
def languages_seed() -> int:
    """Add the standard languages that are missing; returns how many were added."""
    from records.languages import LANGUAGES

    known = set(Language.objects.values_list("code", flat=True))
    missing = [Language(code=code, name=name, group=group, position=position)
               for position, (code, name, group) in enumerate(LANGUAGES) if code not in known]
    Language.objects.bulk_create(missing)
    return len(missing)
