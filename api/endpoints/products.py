"""Products over the API: the same services, rules and history as the pages."""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from api import permissions, selectors
from api.auth import actor
from api.endpoints.common import ERRORS, resolve_relations, resolve_unit
from api.schemas import (
    ErrorOut,
    ListFilters,
    PathId,
    ProductIn,
    ProductOut,
    ProductPage,
    ProductPatch,
)
from records import services

router = Router(tags=["Sản phẩm truyền thông"])


@router.get("/products", response=ProductPage, url_name="product_list",
            summary="Danh sách sản phẩm")
def product_list(request: HttpRequest, filters: Query[ListFilters]) -> selectors.Page[Any]:
    """Mới nhất trước. Với mã truy cập API, mặc định chỉ sản phẩm của đơn vị của mã."""
    products = selectors.product_list(
        unit_id=selectors.unit_filter_for(actor(request), filters.unit),
        date_from=filters.date_from, date_to=filters.date_to)
    return selectors.paginate(products, page=filters.page, page_size=filters.page_size,
                              cursor=filters.cursor, date_field="published_on")


@router.post("/products", response={201: ProductOut, **ERRORS}, url_name="product_create",
             summary="Gửi một sản phẩm")
def product_create(request: HttpRequest, payload: ProductIn) -> Status[Any]:
    """Ghi một sản phẩm đã đăng, phát cho đơn vị của mã truy cập."""
    who = actor(request)
    fields = payload.model_dump()
    resolve_unit(who, fields, required=True)
    relations = resolve_relations(fields)
    with who.recording():
        product = services.product_create(user=who.user, **relations, **fields)
    return Status(201, permissions.get_product_for_actor(who, product.pk))


@router.get("/products/{id}", response={200: ProductOut, 404: ErrorOut},
            url_name="product_detail", summary="Một sản phẩm")
def product_detail(request: HttpRequest, id: PathId) -> Any:
    return permissions.get_product_for_actor(actor(request), id)


@router.patch("/products/{id}", response={200: ProductOut, 404: ErrorOut, **ERRORS},
              url_name="product_update", summary="Sửa một sản phẩm")
def product_update(request: HttpRequest, id: PathId, payload: ProductPatch) -> Any:
    """Chỉ các trường gửi lên được sửa; các trường khác giữ nguyên."""
    who = actor(request)
    product = permissions.get_product_for_actor(who, id, change=True)
    changes = payload.model_dump(exclude_unset=True)
    resolve_unit(who, changes, required=False)
    relations = resolve_relations(changes)
    with who.recording():
        services.product_update(user=who.user, product=product, **relations, **changes)
    return permissions.get_product_for_actor(who, id)


@router.delete("/products/{id}", response={204: None, 404: ErrorOut, **ERRORS},
               url_name="product_delete", summary="Xóa một sản phẩm")
def product_delete(request: HttpRequest, id: PathId) -> Status[None]:
    who = actor(request)
    product = permissions.get_product_for_actor(who, id, change=True)
    with who.recording():
        services.product_delete(user=who.user, product=product)
    return Status(204, None)
