"""Admin for records: administrators keep the language and topic lists here.

Products and activities are shown read-only: their rules (a reporter's own unit, a platform for
social media, a duration only for broadcasts, at least one language) live in records.services,
which the pages call, so the admin must not become a way around them.
"""

from typing import Any, ClassVar

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from kehoach.vntext.text import fold
from records.models import Activity, Language, Participation, Product, Topic


class FoldedSearchMixin:
    """Search the folded search_text column with a folded term: "tap huan" finds "Tập huấn"."""

    search_fields: ClassVar[list[str] | tuple[str, ...]] = ["search_text"]

    def get_search_results(self, request: HttpRequest, queryset: QuerySet[Any],
                           search_term: str) -> tuple[QuerySet[Any], bool]:
        return super().get_search_results(  # type: ignore[misc]
            request, queryset, fold(search_term))


class ReadOnlyMixin:
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "group", "position"]
    list_editable = ["position"]
    list_filter = ["group"]
    search_fields = ["name", "code"]


@admin.register(Topic)
class TopicAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "description"]


@admin.register(Product)
class ProductAdmin(ReadOnlyMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "channel", "published_on", "unit"]
    list_filter = ["kind", "channel", "languages"]
    list_select_related = ["unit"]
    date_hierarchy = "published_on"
    exclude = ["search_text"]


class ParticipationInline(ReadOnlyMixin, admin.TabularInline):
    model = Participation
    extra = 0


@admin.register(Activity)
class ActivityAdmin(ReadOnlyMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "start_date", "end_date", "unit"]
    list_filter = ["kind"]
    list_select_related = ["unit"]
    date_hierarchy = "start_date"
    exclude = ["search_text"]
    inlines = [ParticipationInline]
