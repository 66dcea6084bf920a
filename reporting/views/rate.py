"""The reporting rate of a period, its .xlsx, and the one-click reminder to the missing units."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from indicators.exports import table_xlsx
from kehoach.actions import run_action
from kehoach.http import AuthenticatedRequest
from reporting.models import ReminderKind
from reporting.permissions import can_review, get_period_for_rate, get_period_for_review
from reporting.selectors.rate import (
    LATE,
    MISSING,
    ON_TIME,
    rate_counts,
    rate_page,
    rate_table,
    reporting_rate,
)
from reporting.services.reminders import ReminderResult, reminders_send

PAGE_SIZE = 50
STATES = (MISSING, LATE, ON_TIME)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def rate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = get_period_for_rate(request.user, pk)
    report = rate_counts(period)
    state = request.GET.get("state", "")
    state = state if state in STATES else ""
    return render(request, "reporting/rate.html", {
        "period": period, "report": report, "can_open_all": can_review(request.user),
        "can_remind": can_review(request.user) and not period.is_closed and report.missing > 0,
        "state": state,
        # Missing units first, fifty a page: a ministry's period asks 10,000; the counts are
        # read grouped and only the page's units are read, never every row.
        "rows": rate_page(report, state=state, page=request.GET.get("page"), size=PAGE_SIZE),
    })


@login_required
def rate_xlsx(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = get_period_for_rate(request.user, pk)
    headers, rows, notes = rate_table(reporting_rate(period))
    data = table_xlsx(title=_("Tỷ lệ báo cáo – %(period)s") % {"period": period.title},
                      headers=headers, rows=rows, notes=notes)  # type: ignore[arg-type]
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="ty-le-bao-cao-{period.pk}.xlsx"'
    return response


def _say_reach(request: AuthenticatedRequest, result: ReminderResult) -> None:
    """Green only for the units someone was reached in; a unit without a reporter is a warning
    that names it, and a reminder that reached nobody says so instead of looking sent."""
    reached = result.units - len(result.without_reporter)
    if reached:
        messages.success(request, _("Đã gửi lời nhắc tới %(units)d đơn vị (%(people)d người "
                                    "nhận).") % {"units": reached,
                                                 "people": result.recipients})
    if result.without_reporter:
        names = "; ".join(due.unit.name for due in result.without_reporter)
        if reached:
            text = _("Chưa có cán bộ báo cáo nên không ai nhận được lời nhắc: %(units)s.")
        else:
            text = _("Không gửi được lời nhắc nào: các đơn vị sau chưa có cán bộ báo cáo "
                     "(%(units)s). Hãy mời cán bộ báo cáo hoặc liên hệ đơn vị trực tiếp.")
        messages.warning(request, text % {"units": names})


@login_required
@require_POST
def remind(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = get_period_for_review(request.user, pk)
    sent = run_action(
        request, lambda: reminders_send(today=timezone.localdate(), user=request.user,
                                        period=period, kind=ReminderKind.MANUAL), "")
    if sent.value is not None:
        _say_reach(request, sent.value)
    return redirect("reporting:rate", pk=period.pk)


urlpatterns: list[URLPattern] = [
    path("periods/<int:pk>/rate/", rate, name="rate"),
    path("periods/<int:pk>/rate.xlsx", rate_xlsx, name="rate_xlsx"),
    path("periods/<int:pk>/remind/", remind, name="remind"),
]
