"""The `kehoach` command installed with the project; for now it runs manage.py."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["kehoach", *sys.argv[1:]])
