"""On PostgreSQL, the columns the dashboard counts by, beside the product's id.

A plan's products are spread over the whole table; reading them by id from this covering index
(an index-only scan) instead of the table took each dashboard figure from 170–300 ms to about
85 ms at national scale (bench/national_bench.py). SQLite has no INCLUDE and no need of it.
"""

from django.db import migrations

INDEX = "records_product_figures_cover"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON records_product (id) "
                              "INCLUDE (published_on, unit_id, channel, kind)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("records", "0005_product_tasks_by_task")]
    operations = [migrations.RunPython(create, drop)]
