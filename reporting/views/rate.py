"""The reporting rate of a period, its .xlsx, and the one-click reminder to the missing units."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
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
from reporting.selectors.rate import LATE, MISSING, ON_TIME, rate_table, reporting_rate
from reporting.services.reminders import reminders_send

PAGE_SIZE = 50
STATES = (MISSING, LATE, ON_TIME)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def rate(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = get_period_for_rate(request.user, pk)
    report = reporting_rate(period)
    state = request.GET.get("state", "")
    rows = [row for row in report.rows if row.timeliness == state] if state in STATES \
        else report.rows
    return render(request, "reporting/rate.html", {
        "period": period, "report": report, "can_open_all": can_review(request.user),
        "can_remind": can_review(request.user) and not period.is_closed and report.missing > 0,
        "state": state if state in STATES else "",
        # Missing units first, fifty a page: a ministry's period asks thousands.
        "rows": Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")),
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


@login_required
@require_POST
def remind(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    period = get_period_for_review(request.user, pk)
    sent = run_action(
        request, lambda: reminders_send(today=timezone.localdate(), user=request.user,
                                        period=period, kind=ReminderKind.MANUAL),
        lambda result: _("Đã gửi lời nhắc tới %(units)d đơn vị (%(people)d người nhận).") % {
            "units": result.units, "people": result.recipients})
    if sent.value is not None and sent.value.without_reporter:
        messages.warning(request, _("Chưa có cán bộ báo cáo nên không ai nhận được lời nhắc: "
                                    "%(units)s.") % {"units": "; ".join(
                                        due.unit.name for due in sent.value.without_reporter)})
    return redirect("reporting:rate", pk=period.pk)


urlpatterns: list[URLPattern] = [
    path("periods/<int:pk>/rate/", rate, name="rate"),
    path("periods/<int:pk>/rate.xlsx", rate_xlsx, name="rate_xlsx"),
    path("periods/<int:pk>/remind/", remind, name="remind"),
]
