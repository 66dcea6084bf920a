"""What the demo loader asks before loading: is this database still empty?"""

from accounts.models import User
from units.models import Unit


def database_is_empty() -> bool:
    """No person and no unit yet: a fresh database `make run` may fill with the demo.

    A database someone has started to use for real (a unit or an account of their own) is
    never given the demo's units, plan and log-ins behind their back.
    """
    return not (User.objects.exists() or Unit.objects.exists())
