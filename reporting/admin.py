"""Admin for reporting: administrators look into periods and reports and keep the forms.

Whatever the workflow owns (a report's status, who sent or approved it and when, the
figures as sent, the events, the consolidated report's progress and files) is read-only
here: those change only through reporting.services, which check who may do what. Periods
are opened on their own page, where the decree's window is computed, never typed in.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from reporting.models import (
    ConsolidatedReport,
    ConsolidatedSection,
    FormSection,
    Notice,
    Reminder,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionEvent,
    SubmissionSection,
)


class NoAddMixin:
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyMixin(NoAddMixin):
    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class FormSectionInline(admin.TabularInline):
    model = FormSection
    extra = 0
    ordering = ["position"]


@admin.register(ReportForm)
class ReportFormAdmin(admin.ModelAdmin):
    list_display = ["name", "created_at"]
    readonly_fields = ["created_at"]
    inlines = [FormSectionInline]


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = ["title", "receiving_unit", "first_day", "last_day", "deadline", "request",
                    "closed_at"]
    list_filter = ["kind", "year"]
    list_select_related = ["receiving_unit"]
    search_fields = ["title", "request"]
    date_hierarchy = "last_day"
    readonly_fields = ["kind", "year", "number", "first_day", "last_day", "title", "closed_at",
                       "closed_by", "created_by", "created_at"]
    autocomplete_fields = ["units"]
    raw_id_fields = ["receiving_unit", "parent"]


class SubmissionSectionInline(ReadOnlyMixin, admin.StackedInline):
    model = SubmissionSection
    extra = 0
    fields = ["position", "title", "text", "version", "updated_by", "updated_at"]


class SubmissionEventInline(ReadOnlyMixin, admin.TabularInline):
    model = SubmissionEvent
    extra = 0


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["unit", "period", "status", "submitted_at", "approved_at"]
    list_filter = ["status", "period"]
    list_select_related = ["unit", "period"]
    inlines = [SubmissionSectionInline, SubmissionEventInline]


class ConsolidatedSectionInline(admin.StackedInline):
    model = ConsolidatedSection
    extra = 0
    readonly_fields = ["links", "sources"]


@admin.register(ConsolidatedReport)
class ConsolidatedReportAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = ["title", "period", "status", "exported_at"]
    list_filter = ["status"]
    list_select_related = ["period"]
    readonly_fields = ["period", "status", "progress_done", "progress_total", "error",
                       "submissions", "figures", "docx", "xlsx", "pdf", "exported_at",
                       "created_by", "created_at", "updated_at"]
    inlines = [ConsolidatedSectionInline]


@admin.register(Notice)
class NoticeAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["user", "text", "created_at", "read_at"]
    list_select_related = ["user"]


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["period", "unit", "kind", "sent_on", "recipients"]
    list_filter = ["kind"]
    list_select_related = ["period", "unit"]
