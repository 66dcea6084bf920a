"""Pages to record and read products, activities and topics.

Views only wire forms to records.selectors and records.services: who may change a record is
decided by records.permissions, which the services apply again, whatever the page sends.
"""

from pathlib import PurePosixPath
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts.permissions import own_unit_ids
from accounts.selectors import history_for
from kehoach.downloads import stored_file_response
from kehoach.forms import add_service_errors
from kehoach.http import AuthenticatedRequest
from kehoach.keyset import Cursor, KeysetPage, keyset_page, page_links
from kehoach.listing import Sorting
from kehoach.numbered import NumberedPage, numbered_links, numbered_page
from kehoach.tables import export_kind, export_response
from records import listing, permissions, selectors, services
from records.forms import (
    ActivityFilterForm,
    ActivityForm,
    ProductFilterForm,
    ProductForm,
    RecordFilterForm,
    TopicForm,
)
from records.models import Participation
from records.permissions import (
    can_manage_topics,
    can_record,
    check_can_manage_topics,
    check_can_record,
)

PAGE_SIZE = 50


@login_required
def product_list(request: AuthenticatedRequest) -> HttpResponseBase:
    form = ProductFilterForm(request.GET, default_unit=selectors.default_unit(request.user),
                                   own_units=own_unit_ids(request.user))
    products = selectors.product_list(**form.filters())
    sorting = Sorting.from_request(request.GET, listing.PRODUCT_SORTS, listing.DEFAULT_SORT)
    if kind := export_kind(request):
        return export_response(kind, sorting.apply(products), listing.PRODUCT_COLUMNS,
                               name="san-pham")
    page, links = _page(request, products, "published_on", sorting)
    template = "records/product_list.html#results" if request.htmx else "records/product_list.html"
    return render(request, template, {
        "form": form, "page": page, "links": links,
        "sorting": sorting, "can_record": can_record(request.user)})


@login_required
def product_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    product = permissions.get_product_for_user(request.user, pk)
    return render(request, "records/product_detail.html", {
        "product": product, "can_change": can_record(request.user, product.unit_id),
        "file_name": PurePosixPath(product.file.name).name if product.file else "",
        "history": history_for(product),
    })


@login_required
@require_http_methods(["GET", "POST"])
def product_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    product = permissions.get_product_for_user(request.user, pk, change=True) if pk else None
    check_can_record(request.user, product.unit_id if product else None)
    form = ProductForm(request.POST or None, request.FILES or None, instance=product,
                       user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            if product is None:
                product = services.product_create(user=request.user, **form.service_arguments())
            else:
                services.product_update(user=request.user, product=product,
                                        **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu sản phẩm “%(title)s”.") % {"title": product})
            return redirect(product)
    return render(request, "records/product_form.html", {"form": form, "product": product})


@login_required
@require_http_methods(["GET", "POST"])
def product_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    product = permissions.get_product_for_user(request.user, pk, change=True)
    if request.method == "POST":
        services.product_delete(user=request.user, product=product)
        messages.success(request, _("Đã xóa sản phẩm “%(title)s”.") % {"title": product})
        return redirect("records:product_list")
    return render(request, "records/record_confirm_delete.html", {
        "record": product, "question": _("Xóa sản phẩm này?"),
        "list_url": "records:product_list", "list_title": _("Sản phẩm truyền thông")})


@login_required
def product_file(request: AuthenticatedRequest, pk: int) -> HttpResponse | FileResponse:
    """The attached file, to every logged-in user, under the name it was uploaded with."""
    product = permissions.get_product_for_user(request.user, pk)
    if not product.file:
        raise Http404(_("Sản phẩm này không có tệp đính kèm."))
    return stored_file_response(request, product.file, PurePosixPath(product.file.name).name)


@login_required
def activity_list(request: AuthenticatedRequest) -> HttpResponseBase:
    form = ActivityFilterForm(request.GET, default_unit=selectors.default_unit(request.user),
                                    own_units=own_unit_ids(request.user))
    activities = selectors.activity_list(**form.filters())
    sorting = Sorting.from_request(request.GET, listing.ACTIVITY_SORTS, listing.DEFAULT_SORT)
    if kind := export_kind(request):
        return export_response(kind, sorting.apply(activities), listing.ACTIVITY_COLUMNS,
                               name="hoat-dong")
    page, links = _page(request, activities, "start_date", sorting)
    template = ("records/activity_list.html#results" if request.htmx
                else "records/activity_list.html")
    return render(request, template, {
        "form": form, "page": page, "links": links,
        "sorting": sorting, "can_record": can_record(request.user)})


@login_required
@require_GET
def task_options(request: AuthenticatedRequest) -> HttpResponse:
    """The lists' task filter for the plan chosen (htmx swaps it in when the plan changes),
    the task chosen kept if the plan holds it."""
    form = RecordFilterForm(request.GET, own_units=own_unit_ids(request.user))
    return HttpResponse(form["task"].as_widget())


@login_required
@require_GET
def record_tasks(request: AuthenticatedRequest) -> HttpResponse:
    """A record form's task checklist for the unit chosen (htmx swaps it in when the unit
    changes), the boxes ticked kept; products and activities offer the same tasks."""
    form = ProductForm(request.GET, user=request.user)
    return HttpResponse(form["tasks"].as_widget())


def _page(request: HttpRequest, rows: QuerySet[Any], date_field: str, sorting: Sorting
          ) -> tuple[KeysetPage[Any] | NumberedPage, dict[str, str]]:
    """The page the link asks for and its links: in the date order (either way) by keyset,
    "after" or "before" a row; in another column's order by number."""
    if sorting.key != "date":
        page = numbered_page(sorting.apply(rows), size=PAGE_SIZE, asked=request.GET.get("page"))
        return page, numbered_links(request.GET, page)
    found = keyset_page(rows, date_field=date_field, size=PAGE_SIZE,
                        after=Cursor.parse(request.GET.get("after")),
                        before=Cursor.parse(request.GET.get("before")),
                        descending=sorting.descending)
    return found, page_links(request.GET, found)


@login_required
def activity_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    activity = permissions.get_activity_for_user(request.user, pk)
    return render(request, "records/activity_detail.html", {
        "activity": activity, "can_change": can_record(request.user, activity.unit_id),
        "history": history_for(activity, related=[(Participation, "activity_id")]),
    })


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    activity = permissions.get_activity_for_user(request.user, pk, change=True) if pk else None
    check_can_record(request.user, activity.unit_id if activity else None)
    form = ActivityForm(request.POST or None, instance=activity, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            if activity is None:
                activity = services.activity_create(user=request.user,
                                                    **form.service_arguments())
            else:
                services.activity_update(user=request.user, activity=activity,
                                         **form.service_arguments())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu hoạt động “%(title)s”.") % {"title": activity})
            return redirect(activity)
    return render(request, "records/activity_form.html", {"form": form, "activity": activity})


@login_required
@require_http_methods(["GET", "POST"])
def activity_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    activity = permissions.get_activity_for_user(request.user, pk, change=True)
    if request.method == "POST":
        services.activity_delete(user=request.user, activity=activity)
        messages.success(request, _("Đã xóa hoạt động “%(title)s”.") % {"title": activity})
        return redirect("records:activity_list")
    return render(request, "records/record_confirm_delete.html", {
        "record": activity, "question": _("Xóa hoạt động này?"),
        "list_url": "records:activity_list", "list_title": _("Hoạt động")})


@login_required
def topic_list(request: AuthenticatedRequest) -> HttpResponse:
    return render(request, "records/topic_list.html", {
        "topics": selectors.topic_list(), "can_manage": can_manage_topics(request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def topic_edit(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    check_can_manage_topics(request.user)
    topic = permissions.get_topic_for_user(request.user, pk, change=True) if pk else None
    form = TopicForm(request.POST or None, instance=topic)
    if request.method == "POST" and form.is_valid():
        try:
            if topic is None:
                topic = services.topic_create(**form.cleaned_data)
            else:
                services.topic_update(topic=topic, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Đã lưu chủ đề “%(name)s”.") % {"name": topic})
            return redirect("records:topic_list")
    return render(request, "records/topic_form.html", {"form": form, "topic": topic})
