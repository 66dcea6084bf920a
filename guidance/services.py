"""Changes to guidance letters: one transaction each, validated first.

The rules that matter for a letter sent to units live here, so the pages and any later entry
point (the API, an import) agree: a published guidance always names at least one unit and one
topic, and the public page shows only what has been published.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from guidance.models import TITLE_PREFIX, Guidance, GuidanceTopic
from guidance.notices import guidance_announce
from kehoach.models import apply_changes
from kehoach.vntext.text import fold, nfc, tone_key
from records.models import Topic
from records.services import topic_create
from units.models import Unit
from units.selectors import check_units_valid_on

GUIDANCE_FIELDS = frozenset({"number", "symbol", "issued_on", "place", "issuer", "title", "body",
                             "valid_from", "valid_until"})


@dataclass(frozen=True)
class NewTopic:
    """A topic the letter introduces, with the description readers of the public page see."""

    name: str
    description: str = ""


TopicRef = Topic | NewTopic | str


def _title_without_prefix(title: str) -> str:
    """Officials often type the "V/v" the letter prints anyway; keep it once, in the template."""
    title = title.strip()
    if title[:3].casefold() == TITLE_PREFIX.casefold():
        title = title[3:].lstrip(" :.")
    return title


def _check_publishable(guidance: Guidance) -> None:
    errors: dict[str, list[str]] = {}
    if not guidance.units.exists():
        errors["units"] = [_("Chọn ít nhất một đơn vị nhận trước khi công bố.")]
    if not guidance.guidance_topics.exists():
        errors["topics"] = [_("Ghi ít nhất một chủ đề trước khi công bố.")]
    if errors:
        raise ValidationError(errors)


def _letter_day(guidance: Guidance) -> Any:
    return guidance.issued_on or guidance.valid_from


def _check_units_on_date(guidance: Guidance, units: list[Unit], *, kept: set[int],
                         changed: Iterable[str] = ("issuer", "issued_on")) -> None:
    """The issuer and the units a letter is addressed to must exist on the letter's date.

    Only what this change sets is judged (new addressees, a new issuer or date): an old
    letter keeps the units it was sent to when its text is corrected.
    """
    day = _letter_day(guidance)
    date_changed = bool({"issued_on", "valid_from"} & set(changed))
    if "issuer" in changed or date_changed:
        check_units_valid_on([guidance.issuer], day, field="issuer")
    check_units_valid_on([u for u in units if date_changed or u.pk not in kept], day,
                         field="units")


def _save(guidance: Guidance, changed: list[str] | None = None) -> None:
    guidance.full_clean(exclude=["units", "topics"])
    if changed is None:
        guidance.save()
    else:
        guidance.save(update_fields=changed)


@transaction.atomic
def guidance_create(*, user: User | None, units: Iterable[Unit] = (),
                    topics: Sequence[TopicRef] = (), **fields: Any) -> Guidance:
    guidance = Guidance(created_by=user)
    if "title" in fields:
        fields["title"] = _title_without_prefix(fields["title"])
    apply_changes(guidance, GUIDANCE_FIELDS, fields)
    units = list(units)
    _check_units_on_date(guidance, units, kept=set())
    _save(guidance)
    guidance.units.set(units)
    guidance_set_topics(guidance=guidance, topics=topics)
    return guidance


@transaction.atomic
def guidance_update(*, guidance: Guidance, units: Iterable[Unit] | None = None,
                    topics: Sequence[TopicRef] | None = None, **changes: Any) -> Guidance:
    if "title" in changes:
        changes["title"] = _title_without_prefix(changes["title"])
    kept = set(guidance.units.values_list("pk", flat=True))
    changed = apply_changes(guidance, GUIDANCE_FIELDS, changes)
    _check_units_on_date(guidance, list(units) if units is not None else [], kept=kept,
                         changed=changed)
    if changed:
        _save(guidance, changed)
    if units is not None:
        units = list(units)
        guidance.units.set(units)
    if topics is not None:
        guidance_set_topics(guidance=guidance, topics=topics)
    if guidance.is_published:
        # Units reading the public page must never find a letter addressed to no one.
        _check_publishable(guidance)
        if units is not None:  # a unit added to a letter already sent learns of it now
            guidance_announce(guidance, [unit for unit in units if unit.pk not in kept])
    return guidance


def _same_name(a: str, b: str) -> bool:
    return tone_key(nfc(a)).casefold() == tone_key(nfc(b)).casefold()


def _topic_for(ref: TopicRef) -> Topic | None:
    """The topic a reference means: an existing one of the same name before a new one.

    Two topics spelled alike ("hoà" and "hòa", other case) would split the products tagged
    with them, and the coverage table would count half; so a typed name reuses the topic.
    """
    if isinstance(ref, Topic):
        return ref
    new = NewTopic(ref) if isinstance(ref, str) else ref
    name = " ".join(new.name.split())
    if not name:
        return None
    for candidate in Topic.objects.filter(search_text=fold(name)).order_by("pk"):
        if _same_name(candidate.name, name):
            return candidate
    return topic_create(name=name, description=new.description)


@transaction.atomic
def guidance_set_topics(*, guidance: Guidance, topics: Sequence[TopicRef]) -> None:
    """Replace the guidance's topics, in the given order, touching only what differs.

    Unchanged rows stay, so the history shows exactly which topics came and went.
    """
    wanted: list[Topic] = []
    for ref in topics:
        topic = _topic_for(ref)
        if topic is not None and topic.pk not in {t.pk for t in wanted}:
            wanted.append(topic)
    existing = {row.topic_id: row for row in guidance.guidance_topics.all()}
    for position, topic in enumerate(wanted, start=1):
        row = existing.pop(topic.pk, None)
        if row is None:
            GuidanceTopic.objects.create(guidance=guidance, topic=topic, position=position)
        elif row.position != position:
            row.position = position
            row.save(update_fields=["position"])
    for stale in existing.values():
        stale.delete()


@transaction.atomic
def guidance_publish(*, guidance: Guidance) -> Guidance:
    """Make the public page (and the QR code printed on the letter) lead somewhere."""
    if guidance.is_published:
        return guidance
    _check_publishable(guidance)
    guidance.full_clean(exclude=["units", "topics"])
    guidance.published_at = timezone.now()
    guidance.save(update_fields=["published_at"])
    guidance_announce(guidance)
    return guidance


@transaction.atomic
def guidance_unpublish(*, guidance: Guidance) -> Guidance:
    """Take the public page down; the letter and its coverage stay for logged-in users."""
    if guidance.is_published:
        guidance.published_at = None
        guidance.save(update_fields=["published_at"])
    return guidance
