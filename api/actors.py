"""Who an API request acts as, and for which unit.

A token acts for its unit on behalf of the person who created it; a logged-in session (the
docs page's "try it") acts as its user with the same rules as the pages. Either way the
records services check the person's right to record for the unit, and the history names them.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from auditlog.context import auditlog_value, set_actor
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from accounts.models import User
from api.models import ApiToken
from records.permissions import recording_units


@dataclass(frozen=True)
class Actor:
    user: User
    token: ApiToken | None = None

    @property
    def unit_id(self) -> int | None:
        """The unit a token speaks for; None for a session."""
        return self.token.unit_id if self.token is not None else None

    def default_unit_id(self) -> int:
        """The unit a record is for when the payload names none."""
        if self.token is not None:
            return self.token.unit_id
        units = recording_units(self.user)
        if units is not None and len(units) == 1:
            return units[0]
        raise ValidationError({"unit": [_("Ghi mã số đơn vị (unit).")]})

    @contextmanager
    def recording(self) -> Iterator[None]:
        """Name this person in the history of whatever changes inside the block.

        The audit middleware found no user on a token request. auditlog's own set_actor
        replaces the request's audit context and never puts it back, which would leave the
        middleware's signal receiver connected for good; restoring it here lets the
        middleware clean up as usual.
        """
        outer = auditlog_value.get(None)
        try:
            with set_actor(self.user, remote_addr=(outer or {}).get("remote_addr"),
                           remote_port=(outer or {}).get("remote_port")):
                yield
        finally:
            if outer is not None:
                auditlog_value.set(outer)
