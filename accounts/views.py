from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accounts import selectors
from accounts.forms import AuditFilterForm, LoginForm
from accounts.permissions import check_can_read_audit
from kehoach.http import AuthenticatedRequest

AUDIT_PAGE_SIZE = 50
FAILURES_SHOWN = 50


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        """Pages in the language the person chose on their profile, on a browser where the
        language switch was not used (a choice made there, even before logging in, stays)."""
        response = super().form_valid(form)
        language = form.get_user().language
        chosen_here = settings.LANGUAGE_COOKIE_NAME in self.request.COOKIES
        if not chosen_here and language in {code for code, _name in settings.LANGUAGES}:
            response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax",
                                secure=settings.SESSION_COOKIE_SECURE, httponly=True)
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/privacy.html")


def lockout(request: HttpRequest, credentials: object, *args: object, **kwargs: object
            ) -> HttpResponse:
    """What django-axes shows once a log-in is locked: a Vietnamese page, not a bare 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)


@login_required
def audit(request: AuthenticatedRequest) -> HttpResponse:
    """The whole system's history and the failed log-ins, for administrators."""
    check_can_read_audit(request.user)
    form = AuditFilterForm(request.GET, choices=selectors.audited_models())
    page = Paginator(selectors.audit_log(**form.filters()), AUDIT_PAGE_SIZE).get_page(
        request.GET.get("page"))
    return render(request, "accounts/audit.html", {
        "form": form, "page": page, "history": selectors.audit_entries(list(page.object_list)),
        "failures": selectors.login_failures()[:FAILURES_SHOWN],
        "locked": selectors.locked_now(),
    })
