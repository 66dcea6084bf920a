"""Report forms, kept by administrators: the parts units write and the tables prefilled."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from reporting.forms import FormSectionFormSet, ReportFormForm, section_initial, section_specs
from reporting.models import ReportForm
from reporting.permissions import check_can_manage_forms, get_form_for_user
from reporting.services.forms import form_update


@login_required
def form_list(request: AuthenticatedRequest) -> HttpResponse:
    check_can_manage_forms(request.user)
    forms = ReportForm.objects.prefetch_related("sections").order_by("pk")
    return render(request, "reporting/form_list.html", {"forms": forms})


@login_required
@require_http_methods(["GET", "POST"])
def form_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    report_form = get_form_for_user(request.user, pk)
    data = request.POST or None
    form = ReportFormForm(data, initial={"name": report_form.name,
                                         "figure_kinds": report_form.figure_kinds})
    sections = FormSectionFormSet(data, initial=section_initial(report_form), prefix="sections")
    if data is not None and form.is_valid() and sections.is_valid():
        try:
            form_update(user=request.user, form=report_form, sections=section_specs(sections),
                        **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu mẫu “%(name)s”.") % {"name": report_form})
            return redirect("reporting:forms")
    return render(request, "reporting/form_edit.html", {
        "form": form, "sections": sections, "report_form": report_form})


urlpatterns: list[URLPattern] = [
    path("forms/", form_list, name="forms"),
    path("forms/<int:pk>/", form_edit, name="form_edit"),
]
