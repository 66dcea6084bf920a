from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts.selectors import history_for
from documents.selectors import plan_citations
from kehoach.forms import add_service_errors
from plans import selectors, services
from plans.filters import TaskFilterForm
from plans.forms import PlanForm, TargetForm, TaskForm, TaskStatusForm
from plans.models import Target, Task, TaskUnit


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/plan_list.html", {
        "plans": selectors.plan_list(), "can_edit": selectors.can_edit_plans(request.user),
    })


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan, targets, tasks = selectors.plan_detail(pk)
    return render(request, "plans/plan_detail.html", {
        "plan": plan, "targets": targets, "tasks": tasks,
        "can_edit": selectors.can_edit_plans(request.user),
        "history": history_for(plan, related=[(Target, "plan_id"), (Task, "plan_id")]),
        "citations": plan_citations(plan),
    })


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    selectors.check_can_edit_plans(request.user)
    plan = selectors.get_plan_for_user(request.user, pk, change=True) if pk else None
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
def target_edit(request: HttpRequest, plan_pk: int, pk: int | None = None) -> HttpResponse:
    plan = selectors.get_plan_for_user(request.user, plan_pk, change=True)
    target = selectors.get_target_for_user(request.user, pk, change=True) if pk else None
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
def target_delete(request: HttpRequest, pk: int) -> HttpResponse:
    target = selectors.get_target_for_user(request.user, pk, change=True)
    plan = target.plan
    services.target_delete(target=target)
    messages.success(request, _("Đã xóa chỉ tiêu."))
    return redirect(plan)


@login_required
def task_list(request: HttpRequest) -> HttpResponse:
    form = TaskFilterForm(request.GET)
    form.is_valid()
    data = form.cleaned_data
    tasks = selectors.task_list(
        plan=data.get("plan"), unit_ids=[data["unit"].pk] if data.get("unit") else [],
        status=data.get("status", ""), due=data.get("due", ""), query=data.get("q", ""),
    )
    page = Paginator(tasks, 50).get_page(request.GET.get("page"))
    template = "plans/task_list.html#results" if request.htmx else "plans/task_list.html"
    return render(request, template, {"form": form, "page": page})


@login_required
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    task = selectors.get_task_for_user(request.user, pk)
    return render(request, "plans/task_detail.html", {
        "task": task,
        "can_edit": selectors.can_edit_plans(request.user),
        "can_change_status": selectors.can_change_task_status(request.user, task),
        "status_form": TaskStatusForm(initial={"status": task.status}),
        "history": history_for(task, related=[(TaskUnit, "task_id")]),
    })


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request: HttpRequest, plan_pk: int | None = None, pk: int | None = None
              ) -> HttpResponse:
    task = selectors.get_task_for_user(request.user, pk, change="edit") if pk else None
    plan = task.plan if task else selectors.get_plan_for_user(request.user, plan_pk, change=True)
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
def task_status(request: HttpRequest, pk: int) -> HttpResponse:
    task = selectors.get_task_for_user(request.user, pk, change="status")
    form = TaskStatusForm(request.POST)
    if form.is_valid():
        services.task_set_status(task=task, status=form.cleaned_data["status"])
        messages.success(request, _("Đã cập nhật trạng thái: %(status)s.") % {
            "status": task.get_status_display()})
    else:
        messages.error(request, _("Trạng thái không hợp lệ."))
    return redirect(task)


@login_required
@require_POST
def task_delete(request: HttpRequest, pk: int) -> HttpResponse:
    task = selectors.get_task_for_user(request.user, pk, change="edit")
    plan = task.plan
    services.task_delete(task=task)
    messages.success(request, _("Đã xóa nhiệm vụ %(code)s.") % {"code": task.code})
    return redirect(plan)
