from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.permissions import own_unit_ids
from accounts.selectors import history_for
from documents.selectors import plan_citations
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from kehoach.listing import Sorting
from kehoach.tables import export_kind, export_response
from plans import listing, permissions, selectors, services
from plans.filters import PlanFilterForm, TaskFilterForm
from plans.forms import (
    AttentionFilterForm,
    PlanForm,
    ProgressForm,
    TargetForm,
    TaskForm,
)
from plans.models import ProgressUpdate, Target, Task, TaskUnit


@login_required
def plan_list(request: AuthenticatedRequest) -> HttpResponseBase:
    form = PlanFilterForm(request.GET)
    form.is_valid()
    sorting = Sorting.from_request(request.GET, listing.PLAN_SORTS, listing.PLAN_DEFAULT_SORT)
    plans = sorting.apply(selectors.plan_list(query=form.cleaned_data.get("q", "")))
    if kind := export_kind(request):
        return export_response(kind, plans, listing.PLAN_COLUMNS, name="ke-hoach")
    return render(request, "plans/plan_list.html", {
        "form": form, "plans": plans, "sorting": sorting,
        "can_edit": permissions.can_edit_plans(request.user),
    })


@login_required
def plan_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    plan, targets, tasks = selectors.plan_detail(permissions.get_plan_for_user(request.user, pk))
    return render(request, "plans/plan_detail.html", {
        "plan": plan, "targets": targets, "tasks": tasks,
        "can_edit": permissions.can_edit_plans(request.user),
        "history": history_for(plan, related=[(Target, "plan_id"), (Task, "plan_id"),
                                              (ProgressUpdate, "plan_id")]),
        "citations": plan_citations(plan),
    })


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    permissions.check_can_edit_plans(request.user)
    plan = permissions.get_plan_for_user(request.user, pk, change=True) if pk else None
    form = PlanForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        try:
            if plan is None:
                plan = services.plan_create(**form.cleaned_data)
            else:
                services.plan_update(plan=plan, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu kế hoạch %(number)s.") % {
                "number": plan.number_symbol})
            return redirect(plan)
    return render(request, "plans/plan_form.html", {"form": form, "plan": plan})


@login_required
@require_http_methods(["GET", "POST"])
def target_edit(request: AuthenticatedRequest, plan_pk: int, pk: int | None = None) -> HttpResponse:
    plan = permissions.get_plan_for_user(request.user, plan_pk, change=True)
    target = permissions.get_target_for_user(request.user, pk, change=True) if pk else None
    form = TargetForm(request.POST or None, instance=target, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            if target is None:
                target = services.target_create(plan=plan, **form.cleaned_data)
            else:
                services.target_update(target=target, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu chỉ tiêu."))
            return redirect(plan)
    return render(request, "plans/target_form.html", {
        "form": form, "plan": plan, "target": target})


@login_required
@require_POST
def target_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    target = permissions.get_target_for_user(request.user, pk, change=True)
    plan = target.plan
    services.target_delete(target=target)
    messages.success(request, _("Đã xóa chỉ tiêu."))
    return redirect(plan)


@login_required
def task_list(request: AuthenticatedRequest) -> HttpResponseBase:
    form = TaskFilterForm(request.GET, own_units=own_unit_ids(request.user))
    form.is_valid()
    data = form.cleaned_data
    tasks = selectors.task_list(
        plan=data.get("plan"), unit_ids=[data["unit"].pk] if data.get("unit") else [],
        status=data.get("status", ""), due=data.get("due", ""), query=data.get("q", ""),
    )
    sorting = Sorting.from_request(request.GET, listing.TASK_SORTS, "")
    tasks = sorting.apply(tasks)
    if kind := export_kind(request):
        return export_response(kind, tasks, listing.TASK_COLUMNS, name="nhiem-vu")
    page = Paginator(tasks, 50).get_page(request.GET.get("page"))
    template = "plans/task_list.html#results" if request.htmx else "plans/task_list.html"
    return render(request, template, {"form": form, "page": page, "sorting": sorting})


@login_required
def task_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    return _task_page(request, permissions.get_task_for_user(request.user, pk))


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request: AuthenticatedRequest, plan_pk: int | None = None, pk: int | None = None
              ) -> HttpResponse:
    task = permissions.get_task_for_user(request.user, pk, change="edit") if pk else None
    # The addresses give a task to edit or the plan of a new one; 0 finds no plan (404).
    plan = task.plan if task else permissions.get_plan_for_user(request.user, plan_pk or 0,
                                                                change=True)
    form = TaskForm(request.POST or None, instance=task, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            if task is None:
                task = services.task_create(plan=plan, **form.service_arguments())
            else:
                services.task_update(task=task, **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu nhiệm vụ %(code)s.") % {"code": task.code})
            return redirect(task)
    return render(request, "plans/task_form.html", {"form": form, "plan": plan, "task": task})


@login_required
@require_POST
def task_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    task = permissions.get_task_for_user(request.user, pk, change="edit")
    plan = task.plan
    services.task_delete(task=task)
    messages.success(request, _("Đã xóa nhiệm vụ %(code)s.") % {"code": task.code})
    return redirect(plan)


def _task_page(request: AuthenticatedRequest, task: Task, progress_form: ProgressForm | None = None,
               *, partial: str = "", saved: str = "") -> HttpResponse:
    """The task page, or its progress section for htmx, with a form for those who may report.

    One function for the page and the form's answers, so a refused entry is shown with the
    same history and evidence the user saw before posting.
    """
    progress = selectors.task_progress(task)
    units = permissions.progress_units(request.user, task)
    if progress_form is None and units:
        latest = progress[0] if progress else None
        progress_form = ProgressForm(task=task, units=units, initial={
            "reported_on": timezone.localdate(),
            "percent": latest.percent if latest else 0})
    template = "plans/task_detail.html" + (f"#{partial}" if partial else "")
    return render(request, template, {
        "task": task, "progress": progress, "progress_form": progress_form,
        "can_edit": permissions.can_edit_plans(request.user),
        "deletable": {p.pk for p in progress if permissions.can_delete_progress(request.user, p)},
        "history": history_for(task, related=[(TaskUnit, "task_id"),
                                              (ProgressUpdate, "task_id")]),
        "oob": bool(partial), "saved": saved,
    })


@login_required
@require_POST
def progress_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    task = permissions.get_task_for_user(request.user, pk, change="progress")
    form = ProgressForm(request.POST, task=task,
                        units=permissions.progress_units(request.user, task))
    if form.is_valid():
        try:
            progress = services.progress_record(user=request.user, task=task,
                                                **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            said = _("Đã ghi nhận tiến độ nhiệm vụ %(code)s: %(percent)s%%. Trạng thái nhiệm "
                     "vụ: %(status)s.") % {"code": task.code, "percent": progress.percent,
                                           "status": task.get_status_display()}
            if request.htmx:  # the section is swapped in place: the message comes with it
                return _task_page(request, task, partial="progress", saved=said)
            messages.success(request, said)
            return redirect(task.get_absolute_url() + "#progress")
    return _task_page(request, task, form, partial="progress" if request.htmx else "")


@login_required
@require_POST
def progress_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    progress = permissions.get_progress_for_user(request.user, pk, change=True)
    task = progress.task
    services.progress_delete(user=request.user, progress=progress)
    messages.success(request, _("Đã xóa một cập nhật tiến độ."))
    return redirect(task.get_absolute_url() + "#progress")


@login_required
def tasks_attention(request: AuthenticatedRequest) -> HttpResponse:
    """Late and at-risk tasks; unit reporters see those of their own units."""
    form = AttentionFilterForm(request.GET)
    form.is_valid()
    attention = selectors.tasks_attention(
        request.user, plan=form.cleaned_data.get("plan"),
        late_page=request.GET.get("late_page"), risk_page=request.GET.get("risk_page"))
    template = ("plans/tasks_attention.html#results" if request.htmx
                else "plans/tasks_attention.html")
    return render(request, template, {
        "form": form, "attention": attention, "risk_window_days": selectors.RISK_WINDOW_DAYS,
        "risk_min_percent": selectors.RISK_MIN_PERCENT,
        "risk_behind_points": selectors.RISK_BEHIND_POINTS,
    })
