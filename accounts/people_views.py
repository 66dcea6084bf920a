"""The "Người dùng" pages: administrators manage everybody, a coordinator the people of their
own unit and the units under it (accounts.permissions). Changes go through accounts.services
and are in the person's history."""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts import selectors, services, two_factor
from accounts.forms import PeopleFilterForm, PersonChangeForm, PersonForm
from accounts.models import User
from accounts.permissions import (
    can_manage_user,
    check_can_manage_people,
    get_person_for_user,
    is_administrator,
    reach_unit_ids,
)
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest

PAGE_SIZE = 50


@login_required
def people(request: AuthenticatedRequest) -> HttpResponse:
    check_can_manage_people(request.user)
    form = PeopleFilterForm(request.GET)
    found = selectors.people_list(reach=reach_unit_ids(request.user), **form.filters())
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(person, selectors.invitation_state(person)) for person in page.object_list]
    return render(request, "accounts/people.html", {
        "form": form, "page": page, "rows": rows, "labels": selectors.INVITATION_LABELS,
        "policy": two_factor.policy() if is_administrator(request.user) else None,
    })


@login_required
@require_http_methods(["GET", "POST"])
def person_create(request: AuthenticatedRequest) -> HttpResponse:
    check_can_manage_people(request.user)
    form = PersonForm(request.POST or None, manager=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            person = services.person_invite(manager=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã tạo tài khoản và gửi thư mời đến %(email)s.")
                             % {"email": person.email})
            return redirect("person_detail", pk=person.pk)
    return render(request, "accounts/person_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def person_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The person's account, units, history; a POST changes their role and units."""
    person = get_person_for_user(request.user, pk, change=request.method == "POST")
    may_change = can_manage_user(request.user, person)
    initial = {"role": person.role, "units": list(person.units.all())}
    form = PersonChangeForm(request.POST or None, manager=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.person_change(manager=request.user, person=person, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu vai trò và đơn vị của %(person)s.")
                             % {"person": person})
            return redirect("person_detail", pk=person.pk)
    return render(request, "accounts/person_detail.html", {
        "person": person, "form": form if may_change else None,
        "two_factor": two_factor.has_two_factor(person),
        "state": selectors.invitation_state(person), "labels": selectors.INVITATION_LABELS,
        "history": selectors.person_history(person),
    })


def _act(request: AuthenticatedRequest, pk: int, action: Callable[[User, User], object],
         done: str) -> HttpResponse:
    person = get_person_for_user(request.user, pk, change=True)
    try:
        action(request.user, person)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, done % {"person": person})
    return redirect("person_detail", pk=person.pk)


@login_required
@require_POST
def person_deactivate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda m, p: services.person_deactivate(manager=m, person=p),
                _("Đã vô hiệu hóa tài khoản của %(person)s; tên vẫn được giữ trên những việc "
                  "đã làm."))


@login_required
@require_POST
def person_reactivate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda m, p: services.person_reactivate(manager=m, person=p),
                _("Đã kích hoạt lại tài khoản của %(person)s."))


@login_required
@require_POST
def person_resend(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda m, p: services.person_resend_invitation(manager=m, person=p),
                _("Đã gửi lại thư mời cho %(person)s; liên kết trong thư trước không dùng được "
                  "nữa."))


@login_required
@require_POST
def person_two_factor_reset(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda m, p: two_factor.two_factor_reset(manager=m, person=p),
                _("Đã tắt đăng nhập hai bước của %(person)s; người này sẽ cài lại khi cần."))


@login_required
@require_POST
def policy(request: AuthenticatedRequest) -> HttpResponse:
    """The administrators' switch: two-step log-in required of administrators and
    coordinators."""
    if not is_administrator(request.user):
        raise PermissionDenied(_("Chỉ quản trị hệ thống được đổi quy định đăng nhập."))
    required = request.POST.get("require_two_factor") == "1"
    two_factor.policy_set(require_two_factor=required)
    messages.success(request, _("Đã bật yêu cầu đăng nhập hai bước cho quản trị và điều phối.")
                     if required else _("Đã tắt yêu cầu đăng nhập hai bước."))
    return redirect("people")
