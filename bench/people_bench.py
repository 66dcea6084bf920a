"""How long inviting 1,000 people from one spreadsheet takes; run with `make bench`.

A province's department onboards its communes' and departments' officers in one workbook
(accounts.spreadsheet): the upload reads and checks every row (e-mail, unit, role), the
confirm creates the 1,000 accounts with their units in one transaction and sends the 1,000
invitations over one mail connection (Django's in-memory mail backend here: the time of a
real mail server is its own). Both requests should answer within a proxy's usual timeout;
the goal is under 10 s each. The same file is then uploaded again, which invites nobody.

The database is a throwaway one: a SQLite file under var/bench, or the PostgreSQL database
named by PEOPLE_BENCH_DATABASE_URL, dropped and created again.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 10.0
PEOPLE = 1000
UNITS = 100


def _setup() -> None:
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["DEBUG"] = "false"  # as a server runs: templates parsed once, no query log
    sys.path.insert(0, str(ROOT))
    from bench.throwaway import throwaway_database

    throwaway_database("PEOPLE_BENCH_DATABASE_URL", "people.sqlite3")


def _province() -> tuple[Any, list[str]]:
    """A province's People's Committee, its units, and an administrator."""
    from accounts.services import user_create
    from units.services import unit_create

    top = unit_create(code="BENCH", name="Ủy ban nhân dân tỉnh Thử Nghiệm", kind="province")
    names = [unit_create(code=f"BENCH-{n:03d}", name=f"Ủy ban nhân dân xã Thử Nghiệm {n}",
                         kind="commune", parent=top).name for n in range(1, UNITS + 1)]
    import secrets

    admin = user_create(username="quantri", password=secrets.token_urlsafe(16),
                        role="administrator", full_name="Quản trị thử", units=[top])
    return admin, names


def _workbook(admin: Any, units: list[str]) -> bytes:
    from accounts.tests.builders import people_workbook

    roles = ["Cán bộ báo cáo của đơn vị", "Người xem"]
    rows = [(f"Nguyễn Thị Thử {n}", f"can-bo-{n}@thunghiem.gov.vn", f"0299 {n:06d}",
             units[n % len(units)], roles[n % 2]) for n in range(1, PEOPLE + 1)]
    return people_workbook(admin, rows)


def main() -> None:
    _setup()
    from django.core import mail
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from accounts.models import User
    from accounts.people_import import people_import_confirm, people_import_start
    from kehoach.audit import as_system

    reverse("login")  # the URLconf is loaded once, as in a running server
    mail.outbox = []
    with as_system("bench/people_bench.py"):
        admin, units = _province()
        data = _workbook(admin, units)
        start = time.perf_counter()
        found = people_import_start(user=admin, upload=SimpleUploadedFile("nguoi.xlsx", data))
        read = time.perf_counter() - start
        start = time.perf_counter()
        result = people_import_confirm(user=admin, people_import=found)
        confirmed = time.perf_counter() - start
        start = time.perf_counter()
        again = people_import_start(user=admin, upload=SimpleUploadedFile("nguoi.xlsx", data))
        reread = time.perf_counter() - start
    if result.invited != PEOPLE or len(mail.outbox) != PEOPLE:
        sys.exit(f"invited {result.invited}, e-mails {len(mail.outbox)}: expected {PEOPLE}")
    if again.summary["counts"]["ok"] or User.objects.count() != PEOPLE + 1:
        sys.exit("the same file again would invite people twice")
    verdict = "ok" if max(read, confirmed) < GOAL_SECONDS else "SLOWER THAN THE GOAL"
    print(f"people import of {PEOPLE:,} rows: upload and check {read:.2f} s, confirm "
          f"(accounts, units, {PEOPLE:,} invitations) {confirmed:.2f} s (goal "
          f"{GOAL_SECONDS:.0f} s each: {verdict}); the same file again: {reread:.2f} s, "
          f"nobody to invite")


if __name__ == "__main__":
    main()
