"""Fills the dashboard's copy of each plan's products (PlanProduct) from the existing links."""

from django.db import migrations

BATCH = 2000


POSTGRESQL = (
    "INSERT INTO records_planproduct (plan_id, product_id, published_on, unit_id, channel, "
    "languages) SELECT t.plan_id, p.id, p.published_on, p.unit_id, p.channel, "
    "COALESCE((SELECT string_agg(l.language_id::text, ',' ORDER BY l.language_id) "
    "FROM records_product_languages l WHERE l.product_id = p.id), '') "
    "FROM (SELECT DISTINCT pt.product_id, t.plan_id FROM records_product_tasks pt "
    "JOIN plans_task t ON t.id = pt.task_id) t JOIN records_product p ON p.id = t.product_id")


def fill(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRESQL)  # a million products in seconds
        return
    product_model = apps.get_model("records", "Product")
    plan_product = apps.get_model("records", "PlanProduct")
    links = product_model.tasks.through.objects
    languages = product_model.languages.through.objects
    ids = list(links.values_list("product_id", flat=True).distinct().order_by("product_id"))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        plans: dict[int, set[int]] = {}
        for product_id, plan_id in links.filter(product_id__in=chunk).values_list(
                "product_id", "task__plan_id"):
            plans.setdefault(product_id, set()).add(plan_id)
        spoken: dict[int, list[int]] = {}
        for product_id, language_id in languages.filter(product_id__in=chunk).values_list(
                "product_id", "language_id"):
            spoken.setdefault(product_id, []).append(language_id)
        rows = []
        for pk, day, unit_id, channel in product_model.objects.filter(pk__in=chunk).values_list(
                "pk", "published_on", "unit_id", "channel"):
            languages_text = ",".join(str(i) for i in sorted(spoken.get(pk, [])))
            rows += [plan_product(plan_id=plan_id, product_id=pk, published_on=day,
                                  unit_id=unit_id, channel=channel, languages=languages_text)
                     for plan_id in plans[pk]]
        plan_product.objects.bulk_create(rows)


class Migration(migrations.Migration):

    dependencies = [("records", "0008_plan_product")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
