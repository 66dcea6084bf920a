from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from documents import permissions, selectors, services
from documents.forms import (
    PlanReviewForm,
    TargetFormSet,
    TaskFormSet,
    UnitMatchForm,
    UploadForm,
    as_json,
)
from documents.importing import changes as import_changes
from documents.importing import review as import_review
from documents.importing.confirm import plan_import_confirm
from documents.importing.types import ParsedDocument, Reviewed
from documents.models import Ingestion, IngestionStatus
from documents.review import segments
from kehoach.actions import run_action
from kehoach.downloads import stored_file_response
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from units.kinds import guess_kind
from units.picker import UNIT_SEARCH
from units.services import unit_create


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: AuthenticatedRequest) -> HttpResponse:
    permissions.check_can_import_plans(request.user)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            ingestion = services.ingestion_start(user=request.user,
                                                 upload=form.cleaned_data["file"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("documents:ingestion", ingestion.pk)
    return render(request, "documents/upload.html", {
        "form": form, "recent": selectors.recent_ingestions()})


@login_required
@require_http_methods(["GET", "POST"])
def ingestion_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    ingestion = services.ingestion_check_stalled(
        ingestion=permissions.get_ingestion_for_user(request.user, pk))
    here = reverse("documents:ingestion", args=[pk])
    if ingestion.status in (IngestionStatus.QUEUED, IngestionStatus.RUNNING):
        if request.htmx and request.GET.get("poll"):
            return render(request, "documents/ingestion.html#progress", {"ingestion": ingestion})
        return render(request, "documents/ingestion.html", {"ingestion": ingestion})
    if request.htmx and request.GET.get("poll"):
        return HttpResponseClientRedirect(here)
    if ingestion.status == IngestionStatus.FAILED:
        if request.method == "POST":
            return _after_failure(request, ingestion)
        return render(request, "documents/upload.html", {
            "form": UploadForm(), "recent": selectors.recent_ingestions(),
            "failure": services.ingest_error_message(ingestion.error), "ingestion": ingestion})
    if ingestion.status == IngestionStatus.DONE and ingestion.plan:
        return redirect(ingestion.plan)
    return _review(request, ingestion)


def _after_failure(request: AuthenticatedRequest, ingestion: Ingestion) -> HttpResponse:
    """ "Đọc lại" a kept file, or "Xóa" the upload."""
    permissions.check_can_import_plans(request.user)
    if request.POST.get("action") == "retry":
        if run_action(request, lambda: services.ingestion_retry(user=request.user,
                                                                ingestion=ingestion),
                      _("Đang đọc lại tệp.")):
            return redirect("documents:ingestion", ingestion.pk)
    elif request.POST.get("action") == "delete":
        run_action(request, lambda: services.ingestion_delete(user=request.user,
                                                              ingestion=ingestion),
                   _("Đã xóa tệp tải lên."))
    return redirect("documents:import")


def _review(request: AuthenticatedRequest, ingestion: Ingestion) -> HttpResponse:
    parsed = cast(ParsedDocument, ingestion.parsed or {})
    reviewed: Reviewed = ingestion.reviewed or import_review.review_initial(parsed)
    bound = request.method == "POST"
    plan_form = PlanReviewForm(request.POST if bound else None, prefix="plan",
                               initial=reviewed["plan"])
    tasks = TaskFormSet(request.POST if bound else None, prefix="task",
                        initial=reviewed["tasks"])
    targets = TargetFormSet(request.POST if bound else None, prefix="target",
                            initial=reviewed["targets"])
    if bound and UNIT_SEARCH not in request.POST:  # "Tìm" in a unit picker saves nothing
        valid = all([plan_form.is_valid(), tasks.is_valid(), targets.is_valid()])
        if valid:
            reviewed = _reviewed_from(request, plan_form, tasks, targets, reviewed)
            services.ingestion_save_review(ingestion=ingestion, reviewed=reviewed)
            done = _act(request, ingestion, reviewed, plan_form)
            if done is not None:
                return done
    context = _review_context(ingestion, reviewed, plan_form, tasks, targets)
    context["unit_form"] = UnitMatchForm(request.POST if bound else None,
                                         matches=context["matches"],
                                         on=import_review.iso_date(
                                             reviewed["plan"].get("issued_on")))
    return render(request, "documents/review.html", context)


def _reviewed_from(request: AuthenticatedRequest, plan_form: PlanReviewForm, tasks: Any,
                   targets: Any, previous: Reviewed) -> Reviewed:
    units = dict(previous.get("units") or {})
    for key, name in request.POST.items():
        if key.startswith("unit-name-") and isinstance(name, str):
            units[name] = request.POST.get("unit-choice-" + key.removeprefix("unit-name-"), "")
    return cast(Reviewed, {
        "plan": as_json(plan_form.cleaned_data),
        "tasks": [as_json(f.cleaned_data) for f in tasks.forms],
        "targets": [as_json(f.cleaned_data) for f in targets.forms],
        "units": units,
    })


def _act(request: AuthenticatedRequest, ingestion: Ingestion, reviewed: Reviewed,
         plan_form: PlanReviewForm) -> HttpResponse | None:
    here = reverse("documents:ingestion", args=[ingestion.pk])
    if name := request.POST.get("create_unit"):
        unit = unit_create(name=name, kind=guess_kind(name))
        reviewed["units"][name] = str(unit.pk)
        services.ingestion_save_review(ingestion=ingestion, reviewed=reviewed)
        messages.success(request, _("Đã tạo đơn vị “%(name)s”.") % {"name": unit.name})
        return redirect(f"{here}#units")
    if request.POST.get("action") != "confirm":
        messages.success(request, _("Đã lưu các chỉnh sửa."))
        return redirect(here)
    try:
        plan, changes = plan_import_confirm(user=request.user, ingestion=ingestion,
                                            reviewed=reviewed,
                                            accept_losses=bool(request.POST.get("accept_losses")))
    except ValidationError as error:
        add_service_errors(plan_form, error)
        return None
    if changes is None:
        messages.success(request, _("Đã tạo kế hoạch %(number)s từ văn bản.") % {
            "number": plan.number_symbol})
    else:
        messages.success(request, _("Đã cập nhật kế hoạch %(number)s: %(summary)s") % {
            "number": plan.number_symbol, "summary": changes.summary()})
    return redirect(plan)


def _review_context(ingestion: Ingestion, reviewed: Reviewed, plan_form: PlanReviewForm,
                    tasks: Any, targets: Any) -> dict[str, Any]:
    document = ingestion.document
    parsed = ingestion.parsed or {}
    pieces, anchors = segments(parsed, document.text if document else "")
    issued = import_review.iso_date(reviewed["plan"].get("issued_on"))
    existing = import_review.existing_plan(reviewed)
    return {
        "ingestion": ingestion, "document": document, "segments": pieces, "anchors": anchors,
        "plan_form": plan_form, "tasks": tasks, "targets": targets,
        "task_rows": zip(tasks.forms, range(len(tasks.forms)), strict=True),
        "target_rows": zip(targets.forms, range(len(targets.forms)), strict=True),
        "matches": import_review.unit_matches(reviewed, on=issued),
        "existing": existing,
        "changes": import_changes.reconcile(existing, reviewed).changes if existing else None,
        "references": parsed.get("references") or [],
    }


@login_required
def document_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    document = permissions.get_document_for_user(request.user, pk)
    return render(request, "documents/document_detail.html", {
        "document": document, **selectors.document_citations(document)})


@login_required
def document_file(request: AuthenticatedRequest, pk: int) -> HttpResponse | FileResponse:
    document = permissions.get_document_for_user(request.user, pk)
    return stored_file_response(request, document.file, document.original_name)
