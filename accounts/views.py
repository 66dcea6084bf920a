from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.forms import LoginForm


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/privacy.html")


def lockout(request: HttpRequest, credentials: object, *args: object, **kwargs: object
            ) -> HttpResponse:
    """What django-axes shows once a log-in is locked: a Vietnamese page, not a bare 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
