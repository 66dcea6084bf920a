"""The folded search column of stored documents, filled for the documents already stored."""

from django.db import migrations, models


def fill(apps, schema_editor):
    from documents.models import document_search_text

    Document = apps.get_model("documents", "Document")
    fields = ("pk", "type_name", "number", "symbol", "title", "issuer_name", "original_name")
    for document in Document.objects.only(*fields).iterator():
        Document.objects.filter(pk=document.pk).update(
            search_text=document_search_text(document))


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_documents_references_ingestions")]
    operations = [
        migrations.AddField(
            model_name="document", name="search_text",
            field=models.CharField(default="", editable=False, max_length=1000)),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
