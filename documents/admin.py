from django.contrib import admin

from documents.models import Document, Reference


class ReferenceInline(admin.TabularInline):
    model = Reference
    fk_name = "document"
    extra = 0
    fields = ("position", "type_name", "number", "symbol", "issued_on", "issuer_name", "cited")
    raw_id_fields = ("cited",)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "issuer_name", "issued_on", "uploaded_at")
    search_fields = ("number", "symbol", "title", "issuer_name")
    exclude = ("text",)
    inlines = [ReferenceInline]
