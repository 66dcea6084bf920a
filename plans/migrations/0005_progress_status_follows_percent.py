"""Progress entries and tasks take the status their percent gives (0, 1–99, 100).

Before, a status was chosen beside the percent, so an entry could read "Chưa bắt đầu" at 60%.
A task's status becomes its lead units' latest entry's; a task without entries keeps its own.
"""

from django.db import migrations


def _status(percent: int) -> str:
    if percent >= 100:
        return "done"
    return "in_progress" if percent > 0 else "not_started"


def follow_percent(apps, schema_editor) -> None:
    ProgressUpdate = apps.get_model("plans", "ProgressUpdate")
    Task = apps.get_model("plans", "Task")
    TaskUnit = apps.get_model("plans", "TaskUnit")
    for progress in ProgressUpdate.objects.only("pk", "percent", "status").iterator():
        if progress.status != _status(progress.percent):
            ProgressUpdate.objects.filter(pk=progress.pk).update(status=_status(progress.percent))
    for task in Task.objects.filter(progress_updates__isnull=False).distinct().only("pk", "status"):
        leads = TaskUnit.objects.filter(task=task, role="lead", unit__isnull=False).values("unit")
        latest = (ProgressUpdate.objects.filter(task=task, unit__in=leads)
                  .order_by("-reported_on", "-pk").first())
        if latest is not None and latest.status != task.status:
            Task.objects.filter(pk=task.pk).update(status=latest.status)


class Migration(migrations.Migration):
    dependencies = [("plans", "0004_plan_task_search_text")]

    operations = [migrations.RunPython(follow_percent, migrations.RunPython.noop)]
