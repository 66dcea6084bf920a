from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from accounts import (
    password_views,
    people_import_views,
    people_views,
    profile_views,
    views,
)

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(
        success_url=reverse_lazy("password_change_done")), name="password_change"),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(
        template_name="registration/password_change_done.html"), name="password_change_done"),
    path("privacy/", views.privacy, name="privacy"),
    path("audit/", views.audit, name="audit"),
    # Quên mật khẩu? and the invitations' set-password page.
    path("password/reset/", password_views.ResetView.as_view(), name="password_reset"),
    path("password/reset/sent/", auth_views.PasswordResetDoneView.as_view(
        template_name="registration/password_reset_done.html"), name="password_reset_done"),
    path("password/reset/<uidb64>/<token>/", password_views.ResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("invitation/<uidb64>/<token>/", password_views.InvitationAcceptView.as_view(),
         name="invitation_accept"),
    # Everyone's own account.
    path("profile/", profile_views.profile, name="profile"),
    path("profile/calendar/renew/", profile_views.calendar_renew, name="calendar_renew"),
    path("profile/calendar/remove/", profile_views.calendar_remove, name="calendar_remove"),
    path("two-factor/setup/", profile_views.two_factor_setup, name="two_factor_setup"),
    path("two-factor/verify/", profile_views.two_factor_verify, name="two_factor_verify"),
    path("two-factor/disable/", profile_views.two_factor_disable, name="two_factor_disable"),
    path("two-factor/recovery-codes/", profile_views.recovery_codes,
         name="two_factor_recovery_codes"),
    # Người dùng: administrators and coordinators manage people.
    path("people/", people_views.people, name="people"),
    path("people/new/", people_views.person_create, name="person_create"),
    path("people/policy/", people_views.policy, name="people_policy"),
    path("people/<int:pk>/", people_views.person_detail, name="person_detail"),
    path("people/<int:pk>/deactivate/", people_views.person_deactivate,
         name="person_deactivate"),
    path("people/<int:pk>/reactivate/", people_views.person_reactivate,
         name="person_reactivate"),
    path("people/<int:pk>/resend/", people_views.person_resend, name="person_resend"),
    path("people/<int:pk>/two-factor-reset/", people_views.person_two_factor_reset,
         name="person_two_factor_reset"),
    path("people/import/", people_import_views.people_upload, name="people_upload"),
    path("people/import/template/", people_import_views.people_template,
         name="people_template"),
    path("people/import/<int:pk>/", people_import_views.people_import_preview,
         name="people_import_preview"),
    path("people/import/<int:pk>/confirm/", people_import_views.people_import_confirm,
         name="people_import_confirm"),
]
