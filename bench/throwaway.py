"""A throwaway database for a benchmark: the PostgreSQL database an environment variable
names (dropped and created again), else a SQLite file under var/bench; Django set up on it
and migrated. The scripts import it once ROOT is on sys.path, as national_bench does."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def throwaway_database(url_variable: str, sqlite_name: str) -> None:
    """Point Django at a fresh database and migrate it; set any other environment first."""
    url = os.environ.get(url_variable, "")
    if url:
        _recreate_postgres(url)
    else:
        folder = ROOT / "var" / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / sqlite_name
        database.unlink(missing_ok=True)
        url = f"sqlite:///{database}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("KEHOACH_VAR_DIR", str(ROOT / "var" / "bench"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _recreate_postgres(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
