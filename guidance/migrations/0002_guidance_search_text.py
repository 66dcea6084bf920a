"""The folded search column of guidance letters, filled for the letters already stored."""

from django.db import migrations, models


def fill(apps, schema_editor):
    from guidance.models import guidance_search_text

    Guidance = apps.get_model("guidance", "Guidance")
    for guidance in Guidance.objects.only("pk", "number", "symbol", "title").iterator():
        Guidance.objects.filter(pk=guidance.pk).update(
            search_text=guidance_search_text(guidance))


class Migration(migrations.Migration):
    dependencies = [("guidance", "0001_guidance_topics")]
    operations = [
        migrations.AddField(
            model_name="guidance", name="search_text",
            field=models.CharField(default="", editable=False, max_length=1000)),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
