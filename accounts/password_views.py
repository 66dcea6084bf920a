"""Setting a password from a link: an invitation's first password, and "Quên mật khẩu?".

Both are Django's password-reset views with Vietnamese templates: the link carries the
account's id and a token that works once and expires (accounts.invitations), the page applies
the password validators, and Django keeps the token out of the address bar (and of any
Referer) by moving it into the session before showing the form. The reset form answers the
same whether the address has an account or not, and is rate-limited per address and per
client (accounts.ratelimit).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from accounts import ratelimit
from accounts.forms import ResetRequestForm
from accounts.invitations import invitation_tokens
from kehoach.network import client_ip


class InvitationAcceptView(auth_views.PasswordResetConfirmView):
    template_name = "registration/invitation_accept.html"
    token_generator = invitation_tokens
    success_url = reverse_lazy("login")
    reset_url_token = "dat-mat-khau"  # noqa: S105 -- the placeholder Django puts in the URL

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, _("Đã đặt mật khẩu. Mời anh/chị đăng nhập bằng địa chỉ "
                                         "e-mail và mật khẩu vừa đặt."))
        return response


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, _("Đã đặt mật khẩu mới. Mời anh/chị đăng nhập."))
        return response


class ResetView(auth_views.PasswordResetView):
    """"Quên mật khẩu?": an e-mail with a link, if the address has an active account."""

    template_name = "registration/password_reset_form.html"
    form_class = ResetRequestForm
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        client = client_ip(self.request) or "unknown"
        if not ratelimit.hit("reset-client", client, limit=settings.PASSWORD_RESET_PER_CLIENT):
            return render(self.request, "registration/password_reset_limited.html",
                          status=429)
        address = form.cleaned_data["email"]
        if ratelimit.hit("reset-address", address, limit=settings.PASSWORD_RESET_PER_ADDRESS):
            self.extra_email_context = {
                "site_url": str(settings.SITE_URL).rstrip("/"),
                "hours": max(1, settings.PASSWORD_RESET_TIMEOUT // 3600)}
            return super().form_valid(form)
        # Over the address's limit: the same answer, and no e-mail.
        return HttpResponseRedirect(self.get_success_url())
