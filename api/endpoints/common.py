"""What products and activities share on the way in: the unit, and what a payload refers to."""

from collections.abc import Callable
from typing import Any

from api import permissions, selectors
from api.actors import Actor
from api.schemas import ErrorOut, ValidationErrorOut

ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 422: ValidationErrorOut}


def resolve_relations(fields: dict[str, Any]) -> dict[str, Any]:
    """Codes and ids of the payload as objects; unknown ones are a 422 naming them."""
    resolvers: dict[str, Callable[[Any], list[Any]]] = {
        "languages": selectors.languages_by_code, "topics": selectors.topics_by_id,
        "tasks": selectors.tasks_by_id}
    return {name: resolve(fields.pop(name)) for name, resolve in resolvers.items()
            if fields.get(name) is not None}


def resolve_unit(who: Actor, fields: dict[str, Any], *, required: bool) -> None:
    """The payload's unit as an object, checked first, so a refused caller hears 403 at once.

    A new record without a unit is for the token's unit, or a reporter's only unit.
    """
    unit_id = fields.pop("unit", None)
    if unit_id is None and required:
        permissions.check_actor_can_record(who)
        unit_id = who.default_unit_id()
    if unit_id is not None:
        permissions.check_actor_can_record(who, unit_id)
        fields["unit"] = selectors.unit_by_id(unit_id)
