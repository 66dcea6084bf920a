from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError, CommandParser

from kehoach.audit import AuditedCommand
from kehoach.vntext.text import fold
from units import catalogue
from units.import_services import catalogue_import


class Command(AuditedCommand):
    help = ("Import provinces' People's Committees and their communes, wards and special zones "
            "from the official catalogue of the 2025 reorganisation (vietnam-provinces "
            "package). Importing again changes nothing but names the catalogue changed.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("provinces", nargs="*",
                            help="Province codes or names: 92, 'Cần Thơ', 'can tho'.")
        parser.add_argument("--all", action="store_true",
                            help="All 34 provinces and cities (a ministry's instance).")
        parser.add_argument("--list", action="store_true",
                            help="Print the 34 provinces and their codes, import nothing.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["list"]:
            for entry in catalogue.provinces():
                count = len(catalogue.communes(entry.code))
                self.stdout.write(f"{entry.code}  {entry.title:<28} {count:>4} xã, phường")
            return
        codes = ([entry.code for entry in catalogue.provinces()] if options["all"]
                 else [_code(name) for name in options["provinces"]])
        if not codes:
            raise CommandError("Name a province (a code or a name), or use --all or --list.")
        try:
            results = catalogue_import(province_codes=codes)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        for r in results:
            self.stdout.write(f"{r.code} {r.title}: committee {r.committee}; communes "
                              f"{r.created} created, {r.linked} linked, {r.renamed} renamed, "
                              f"{r.unchanged} unchanged")
        if len(results) > 1:
            self.stdout.write(f"Total: {sum(r.created for r in results)} created, "
                              f"{sum(r.linked for r in results)} linked, "
                              f"{sum(r.renamed for r in results)} renamed, "
                              f"{sum(r.unchanged for r in results)} unchanged")


def _code(name: str) -> str:
    """A code as given, or the code of the province whose folded name is `name`."""
    if name.isascii() and name.isdigit():
        return f"{int(name):02d}"
    wanted = fold(name).removeprefix("tinh ").removeprefix("thanh pho ")
    for entry in catalogue.provinces():
        if fold(entry.place) == wanted:
            return entry.code
    raise CommandError(f"No province named {name!r}: see `manage.py units_catalogue --list`.")
