"""The folded search columns of plans and tasks, filled for the rows already stored."""

from django.db import migrations, models


def fill(apps, schema_editor):
    from plans.models import plan_search_text, task_search_text

    Plan = apps.get_model("plans", "Plan")
    Task = apps.get_model("plans", "Task")
    for plan in Plan.objects.only("pk", "number", "symbol", "title", "issuer_name").iterator():
        Plan.objects.filter(pk=plan.pk).update(search_text=plan_search_text(plan))
    for task in Task.objects.only("pk", "code", "title").iterator():
        Task.objects.filter(pk=task.pk).update(search_text=task_search_text(task))


class Migration(migrations.Migration):
    dependencies = [("plans", "0003_plan_purposes")]
    operations = [
        migrations.AddField(
            model_name="plan", name="search_text",
            field=models.CharField(default="", editable=False, max_length=1000)),
        migrations.AddField(
            model_name="task", name="search_text",
            field=models.CharField(default="", editable=False, max_length=1000)),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
