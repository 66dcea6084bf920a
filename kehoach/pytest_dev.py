"""The test runner is a developer's machine: KEHOACH_DEV=1 before the settings are read.

pyproject.toml loads this module first ("-p kehoach.pytest_dev" in pytest's addopts), before
pytest-django imports kehoach.settings, which without it would ask for a real SECRET_KEY.
Processes the tests start (manage.py runserver in the SQLite test) inherit it.
"""

import os

os.environ.setdefault("KEHOACH_DEV", "1")
