from django.contrib import admin

from units.models import Unit


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "official_code", "valid_from", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "search_text", "official_code"]
    # Set by the catalogue import only (units.import_services), never moved to another unit.
    readonly_fields = ["official_code"]
    autocomplete_fields = ["parent"]
    filter_horizontal = ["successors"]
