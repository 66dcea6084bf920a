from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Membership, User
from accounts.protection import refusal
from accounts.selectors import user_history
from accounts.services import user_deactivate

# The Django admin is for maintainers (superusers) only, and in Vietnamese: people, roles and
# units are managed on the app's own pages (Người dùng, Đơn vị).
admin.site.site_header = gettext_lazy("Quản trị kỹ thuật kehoach")
admin.site.site_title = gettext_lazy("Quản trị kỹ thuật kehoach")
admin.site.index_title = gettext_lazy("Dữ liệu của hệ thống")


def _maintainers_only(request: HttpRequest) -> bool:
    return bool(request.user.is_active and request.user.is_superuser)


admin.site.has_permission = _maintainers_only  # type: ignore[method-assign]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["unit"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "full_name", "role", "is_active", "last_login"]
    list_filter = ["role", "is_active"]
    search_fields = ["username", "full_name", "email"]
    inlines = [MembershipInline]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (gettext_lazy("Thông tin"), {"fields": ["full_name", "email", "role"]}),
        (gettext_lazy("Quyền"), {"fields": ["is_active", "is_staff", "is_superuser"]}),
        (gettext_lazy("Thời điểm"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"fields": ["username", "full_name", "role", "password1", "password2"]}),
    ]
    actions = ["deactivate"]

    @admin.action(description=gettext_lazy("Vô hiệu hóa các tài khoản đã chọn"),
                  permissions=["change"])
    def deactivate(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        for user in queryset.filter(is_active=True):
            user_deactivate(user=user)
        self.message_user(request, _("Đã vô hiệu hóa các tài khoản đã chọn."), messages.SUCCESS)

    def delete_view(self, request: HttpRequest, object_id: str,
                    extra_context: dict[str, Any] | None = None) -> HttpResponse:
        """An account with a history is refused at once, with the way to deactivate it."""
        user = self.get_object(request, object_id)
        if user is not None and (history := user_history(user)):
            self.message_user(request, refusal(user, history), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:accounts_user_change", args=[user.pk]))
        return super().delete_view(request, object_id, extra_context)

    def get_deleted_objects(self, objs: Any, request: HttpRequest) -> Any:
        """"Delete selected" lists the accounts with a history as what stops it."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for user in objs:
            if history := user_history(user):
                protected = [*protected, refusal(user, history)]
        return deleted, counts, perms_needed, protected
