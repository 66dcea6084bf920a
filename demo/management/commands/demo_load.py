from typing import Any

from django.core.management.base import BaseCommand

from demo import soctrang
from demo.services import demo_load, demo_load_records


class Command(BaseCommand):
    help = "Load the Sóc Trăng 2024 demo (units, plan 81/KH-UBND, one user per role)."

    def handle(self, *args: Any, **options: Any) -> None:
        result = demo_load()
        result.created += demo_load_records().created
        if result.created:
            self.stdout.write(f"Demo: {len(result.created)} records created.")
        else:
            self.stdout.write("Demo: already loaded, nothing changed.")
        self.stdout.write(f"Demo log-ins (password for all: {soctrang.DEMO_PASSWORD}):")
        for username, full_name, role, _units in soctrang.USERS:
            self.stdout.write(f"  {username:<12} {role:<14} {full_name}")
