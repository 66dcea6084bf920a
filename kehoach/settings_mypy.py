"""The settings mypy's Django plugin reads: the real ones with the development defaults.

The plugin imports the settings to learn the installed apps and models; outside `make` no
KEHOACH_DEV is set and the real settings would ask for a SECRET_KEY, so this sets the flag
first. Nothing serves requests with these settings.
"""

import os

os.environ.setdefault("KEHOACH_DEV", "1")

from kehoach.settings import *  # noqa: F403
