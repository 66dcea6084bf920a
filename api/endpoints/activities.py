"""Activities over the API: trainings, exhibitions, contests, with counts of participants."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from api import permissions, selectors
from api.auth import actor
from api.endpoints.common import ERRORS, resolve_relations, resolve_unit
from api.schemas import (
    ActivityIn,
    ActivityOut,
    ActivityPage,
    ActivityPatch,
    ErrorOut,
    ListFilters,
    PathId,
)
from records import services

router = Router(tags=["Hoạt động"])


@router.get("/activities", response=ActivityPage, url_name="activity_list",
            summary="Danh sách hoạt động")
def activity_list(request: HttpRequest, filters: Query[ListFilters]) -> selectors.Page[Any]:
    """Mới nhất trước. Lọc theo ngày: các hoạt động diễn ra, dù chỉ một phần, trong khoảng.

    Với mã truy cập API, mặc định chỉ hoạt động của đơn vị của mã.
    """
    activities = selectors.activity_list(
        unit_id=selectors.unit_filter_for(actor(request), filters.unit),
        date_from=filters.date_from, date_to=filters.date_to)
    return selectors.paginate(activities, page=filters.page, page_size=filters.page_size,
                              cursor=filters.cursor, date_field="start_date")


@router.post("/activities", response={201: ActivityOut, **ERRORS}, url_name="activity_create",
             summary="Gửi một hoạt động")
def activity_create(request: HttpRequest, payload: ActivityIn) -> Status[Any]:
    """Ghi một hoạt động đã tổ chức, với số người tham gia theo thành phần."""
    who = actor(request)
    fields = payload.model_dump()
    resolve_unit(who, fields, required=True)
    relations = resolve_relations(fields)
    with who.recording():
        activity = services.activity_create(user=who.user, **relations, **fields)
    return Status(201, permissions.get_activity_for_actor(who, activity.pk))


@router.get("/activities/{id}", response={200: ActivityOut, 404: ErrorOut},
            url_name="activity_detail", summary="Một hoạt động")
def activity_detail(request: HttpRequest, id: PathId) -> Any:
    return permissions.get_activity_for_actor(actor(request), id)


@router.patch("/activities/{id}", response={200: ActivityOut, 404: ErrorOut, **ERRORS},
              url_name="activity_update", summary="Sửa một hoạt động")
def activity_update(request: HttpRequest, id: PathId, payload: ActivityPatch) -> Any:
    """Chỉ các trường gửi lên được sửa; các trường khác giữ nguyên."""
    who = actor(request)
    activity = permissions.get_activity_for_actor(who, id, change=True)
    changes = payload.model_dump(exclude_unset=True)
    resolve_unit(who, changes, required=False)
    relations = resolve_relations(changes)
    with who.recording():
        services.activity_update(user=who.user, activity=activity, **relations, **changes)
    return permissions.get_activity_for_actor(who, id)


@router.delete("/activities/{id}", response={204: None, 404: ErrorOut, **ERRORS},
               url_name="activity_delete", summary="Xóa một hoạt động")
def activity_delete(request: HttpRequest, id: PathId) -> Status[None]:
    who = actor(request)
    activity = permissions.get_activity_for_actor(who, id, change=True)
    with who.recording():
        services.activity_delete(user=who.user, activity=activity)
    return Status(204, None)
