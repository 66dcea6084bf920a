"""The page where a unit's officer gives its newspaper's or station's system an API token."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from api import permissions, services
from api.forms import TokenForm
from kehoach.actions import run_action
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest


@never_cache  # The page that shows a new secret must not stay in any cache.
@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: AuthenticatedRequest) -> HttpResponse:
    tokens = permissions.token_list_for_user(request.user)
    units = permissions.token_units_for_user(request.user)
    form = TokenForm(request.POST or None, units=units)
    created = secret = None
    if request.method == "POST" and form.is_valid():
        try:
            created, secret = services.token_create(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            # Shown in this response only: a redirect would need the secret kept somewhere.
            form = TokenForm(units=units)
    return render(request, "api/tokens.html", {
        "page": Paginator(tokens, 50).get_page(request.GET.get("page")),
        "form": form, "created": created, "secret": secret,
        "api_url": request.build_absolute_uri(reverse("api:api-root")),
    })


@login_required
@require_http_methods(["GET", "POST"])
def token_revoke(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    token = permissions.get_token_for_user(request.user, pk)
    if request.method == "POST":
        run_action(request, lambda: services.token_revoke(user=request.user, token=token),
                   _("Đã thu hồi mã «%(name)s»; hệ thống dùng mã này không gửi được nữa.")
                   % {"name": token.name})
        return redirect("api:tokens")
    return render(request, "api/token_revoke.html", {"token": token})
