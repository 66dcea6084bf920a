from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from plans.selectors import plan_list, task_list


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The start page: the plans, then the tasks of the user's own units."""
    unit_ids = list(request.user.memberships.values_list("unit_id", flat=True))
    my_tasks = task_list(unit_ids=unit_ids)[:20] if unit_ids else []
    overdue = task_list(due="overdue")[:10]
    return render(request, "home.html", {
        "plans": plan_list()[:10], "my_tasks": my_tasks, "overdue": overdue,
    })
