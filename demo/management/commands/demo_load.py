from typing import Any

from django.core.management.base import CommandParser

from demo import soctrang
from demo.selectors import database_is_empty
from demo.services import demo_load, demo_load_records
from kehoach.audit import AuditedCommand


class Command(AuditedCommand):
    help = ("Load the Sóc Trăng 2024 demo (units, plan 81/KH-UBND, one user per role) and print "
            "the passwords of the demo users it creates.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--new-passwords", action="store_true",
                            help="Give the existing demo users new passwords and print them.")
        parser.add_argument("--if-empty", action="store_true",
                            help="Load only into an empty database (no user, no unit); "
                                 "`make run` uses it, so real data never gets the demo.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and not database_is_empty():
            self.stdout.write("Demo: the database already has data, the demo is not loaded "
                              "(`make demo` loads what is missing of it).")
            return
        result = demo_load(new_passwords=options["new_passwords"])
        result.created += demo_load_records().created
        if result.created:
            self.stdout.write(f"Demo: {len(result.created)} records created.")
        else:
            self.stdout.write("Demo: already loaded, nothing changed.")
        if result.passwords:
            self.stdout.write("Demo log-ins (each password is shown this once; keep them):")
        else:
            self.stdout.write("Demo log-ins (passwords as printed when they were created; "
                              "`manage.py demo_load --new-passwords` gives new ones):")
        for username, full_name, role, _units in soctrang.USERS:
            password = result.passwords.get(username, "")
            self.stdout.write(f"  {username:<12} {password:<20} {role:<14} {full_name}")
