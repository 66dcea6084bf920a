from django.db import migrations, models


def fill(apps, schema_editor):
    from kehoach.vntext.text import fold

    Activity = apps.get_model("records", "Activity")
    for activity in Activity.objects.only("pk", "title", "place").iterator():
        Activity.objects.filter(pk=activity.pk).update(
            search_text=fold(f"{activity.title} {activity.place}")[:600])


class Migration(migrations.Migration):
    dependencies = [("records", "0002_languages")]
    operations = [
        migrations.AddField(
            model_name="activity",
            name="search_text",
            field=models.CharField(default="", editable=False, max_length=600),
            preserve_default=False,
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
