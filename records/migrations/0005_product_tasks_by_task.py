"""An index on the product–task links led by the task, so a plan's products are read from
the index alone (its tasks, then their products) instead of probing every product.

Django's own indexes on this auto-created table are (product_id), (task_id) and the unique
(product_id, task_id); none serves "the products of these tasks" without visiting the table.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("records", "0004_product_imports"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX records_product_tasks_task_product "
            "ON records_product_tasks (task_id, product_id)",
            reverse_sql="DROP INDEX records_product_tasks_task_product",
        ),
    ]
