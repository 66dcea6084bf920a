"""On PostgreSQL, trigram indexes on the folded search text of products and activities.

Every search is `search_text LIKE '%word%'`, which no B-tree can serve. Over a million
products, a rare word ("so 999000") took 5.3 s for the header's search (the newest matches
read backwards through the date index, the count through the whole table); with a GIN
trigram index the worst of four searches took 116 ms, measured on the same machine. SQLite
has no trigram index; a province's tens of thousands of rows are scanned quickly enough.

pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Where it
cannot be created, the indexes are left out and searches still work, only slower.
"""

from django.db import DatabaseError, migrations, transaction

INDEXES = {"records_product_search_trgm": "records_product",
           "records_activity_search_trgm": "records_activity"}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        return
    for name, table in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                              "USING gin (search_text gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("records", "0009_fill_plan_product")]
    operations = [migrations.RunPython(create, drop)]
