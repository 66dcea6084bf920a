"""Everyone's own account: the profile (name, e-mail, phone, language), the password, and
two-step log-in (set up, the second step itself, recovery codes, switching it off)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import calendar, selectors, services, two_factor
from accounts.forms import NoticeEmailForm, ProfileForm
from kehoach.forms import BoundedForm, add_service_errors

SETUP_DEVICE = "kehoach_totp_setup"


class CodeForm(BoundedForm, forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Mã xác thực"), max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "autofocus": True}),
        help_text=gettext_lazy("6 chữ số trong ứng dụng xác thực, hoặc một mã khôi phục."))


def with_language(response: HttpResponse, language: str) -> HttpResponse:
    """The chosen language as the language switch keeps it: in its cookie."""
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax",
                        secure=settings.SESSION_COOKIE_SECURE, httponly=True)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    initial = {"full_name": user.full_name, "email": user.email,  # type: ignore[union-attr]
               "phone": user.phone, "language": user.language}  # type: ignore[union-attr]
    form = ProfileForm(request.POST or None, initial=initial)
    emails = NoticeEmailForm(request.POST or None, initial={
        "email_kinds": selectors.notice_email_kinds(user)})  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid() and emails.is_valid():
        try:
            services.profile_update(user=user, **form.cleaned_data)  # type: ignore[arg-type]
            services.notice_email_update(user=user,  # type: ignore[arg-type]
                                         kinds=emails.cleaned_data["email_kinds"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu thông tin cá nhân."))
            return with_language(redirect("profile"), form.cleaned_data["language"])
    token = calendar.calendar_token(user)  # type: ignore[arg-type]
    return render(request, "accounts/profile.html", {
        "form": form, "emails": emails,
        "calendar_url": request.build_absolute_uri(
            reverse("reporting:calendar_feed", args=[token])) if token else "",
        "two_factor": two_factor.has_two_factor(user),  # type: ignore[arg-type]
        "required": two_factor.is_required_for(user),  # type: ignore[arg-type]
        "codes_left": two_factor.recovery_codes_left(user),  # type: ignore[arg-type]
    })


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return str(settings.LOGIN_REDIRECT_URL)


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Scan the QR code, type the code back; the recovery codes are then shown once."""
    user = request.user
    device = TOTPDevice.objects.filter(pk=request.session.get(SETUP_DEVICE), user=user,
                                       confirmed=False).first()
    if device is None:
        if request.method == "POST":  # the QR code was never shown: show it first
            return redirect("two_factor_setup")
        device = two_factor.totp_start(user=user)  # type: ignore[arg-type]
        request.session[SETUP_DEVICE] = device.pk
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.totp_confirm(user=user, device=device,  # type: ignore[arg-type]
                                            token=form.cleaned_data["token"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            del request.session[SETUP_DEVICE]
            device.refresh_from_db()
            otp_login(request, device)
            return render(request, "accounts/two_factor_codes.html", {
                "codes": codes, "next": _next(request)})
    return render(request, "accounts/two_factor_setup.html", {
        "form": form, "qr": two_factor.qr_svg(device), "secret": _secret(device),
        "required": two_factor.is_required_for(user),  # type: ignore[arg-type]
        "next": _next(request)})


def _secret(device: TOTPDevice) -> str:
    """The key as authenticator apps take it typed in: base32, in groups of four."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode()
    return " ".join(key[i:i + 4] for i in range(0, len(key), 4))


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """The log-in's second step."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = two_factor.verify(request.user,  # type: ignore[arg-type]
                                   form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            if device.name == two_factor.RECOVERY_NAME:
                messages.warning(request, _("Anh/chị vừa dùng một mã khôi phục; còn %(n)d mã. "
                                            "Hãy tạo mã mới ở trang Thông tin cá nhân.") % {
                    "n": two_factor.recovery_codes_left(request.user)})  # type: ignore[arg-type]
            return redirect(_next(request))
        form.add_error("token", _("Mã không đúng hoặc đã dùng. Sau nhiều lần sai, phải chờ "
                                  "một lúc mới thử lại được."))
    return render(request, "accounts/two_factor_verify.html", {"form": form,
                                                              "next": _next(request)})


@login_required
@require_POST
def two_factor_disable(request: HttpRequest) -> HttpResponse:
    if two_factor.is_required_for(request.user):  # type: ignore[arg-type]
        messages.error(request, _("Đăng nhập hai bước là bắt buộc với vai trò của anh/chị; "
                                  "không tắt được."))
    else:
        two_factor.two_factor_disable(user=request.user)  # type: ignore[arg-type]
        messages.success(request, _("Đã tắt đăng nhập hai bước."))
    return redirect("profile")


@login_required
@require_POST
def recovery_codes(request: HttpRequest) -> HttpResponse:
    if not two_factor.has_two_factor(request.user):  # type: ignore[arg-type]
        return redirect("profile")
    codes = two_factor.recovery_codes_renew(user=request.user)  # type: ignore[arg-type]
    return render(request, "accounts/two_factor_codes.html", {
        "codes": codes, "next": str(settings.LOGIN_REDIRECT_URL)})


@login_required
@require_POST
def calendar_renew(request: HttpRequest) -> HttpResponse:
    """A new secret calendar address; the one given before stops working."""
    calendar.calendar_key_renew(user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("Đã tạo địa chỉ lịch mới; địa chỉ cũ (nếu có) không dùng được "
                                "nữa."))
    return redirect(reverse("profile") + "#profile-calendar")


@login_required
@require_POST
def calendar_remove(request: HttpRequest) -> HttpResponse:
    calendar.calendar_key_remove(user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("Đã tắt địa chỉ lịch; ứng dụng lịch không đọc được nữa."))
    return redirect(reverse("profile") + "#profile-calendar")
