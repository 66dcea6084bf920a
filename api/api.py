"""The JSON API: products and activities for units' own systems, with its OpenAPI page.

Every operation needs a unit's token or a logged-in session; /api/docs and /api/openapi.json
are open, so a newspaper's programmer can read the contract before asking for a token. Each
kind of failure has a handler here, so a caller gets a 4xx with a Vietnamese reason, never a
500 from something it sent.
"""

import json
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationErrorContext
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser
from ninja.renderers import JSONRenderer

from api import errors
from api.auth import SessionAuth, TokenAuth
from api.endpoints import activities, lookups, products

# A product or an activity is a few kilobytes; anything near this is a mistake or an attack.
MAX_BODY_BYTES = 256 * 1024


class BodyTooLarge(ValueError):
    pass


class LimitedParser(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        if len(request.body) > MAX_BODY_BYTES:
            raise BodyTooLarge
        return super().parse_body(request)


class Utf8Renderer(JSONRenderer):
    """Vietnamese as written, not as \\u escapes: readable in curl and in a log."""

    json_dumps_params = {"ensure_ascii": False}


class KehoachAPI(NinjaAPI):
    def validation_error_from_error_contexts(
        self, error_contexts: list[ValidationErrorContext[Any]]
    ) -> NinjaValidationError:
        """Pydantic's errors, in Vietnamese and naming the field (see api.errors)."""
        details = []
        for context in error_contexts:
            source = context.model.__ninja_param_source__
            reverse = context.model.__ninja_flatten_map_reverse__
            found = [{**error, "loc": reverse.get(error["loc"], error["loc"])}
                     for error in context.pydantic_validation_error.errors(include_url=False)]
            details.extend(errors.from_pydantic(found, source))
        return NinjaValidationError(details)


api = KehoachAPI(
    title="kehoach API",
    version="1",
    urls_namespace="api",
    description=(
        "Gửi và đọc sản phẩm truyền thông, hoạt động của Đề án truyền thông về quyền con "
        "người. Hệ thống của đơn vị (báo, đài) dùng mã truy cập API do cán bộ của đơn vị tạo "
        "tại trang «Mã truy cập API»: gửi kèm tiêu đề `Authorization: Bearer <mã>`. Mã chỉ "
        "ghi được sản phẩm, hoạt động của đơn vị mình, nhân danh người tạo mã; mọi thay đổi "
        "đều được ghi vào lịch sử. Lỗi trả về `{\"detail\": …}` bằng tiếng Việt."
    ),
    auth=[TokenAuth(), SessionAuth()],
    parser=LimitedParser(),
    renderer=Utf8Renderer(),
)
api.add_router("", products.router)
api.add_router("", activities.router)
api.add_router("", lookups.router)


def _detail(request: HttpRequest, detail: Any, status: int) -> HttpResponse:
    return api.create_response(request, {"detail": detail}, status=status)


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    message = exc.message if exc.message != "Unauthorized" else _(
        "Cần mã truy cập API (tiêu đề Authorization: Bearer <mã>) hoặc đăng nhập.")
    response = _detail(request, message, 401)
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    """Ninja's own refusals, said in Vietnamese: an unreadable body, a failed CSRF check."""
    cause = exc.__cause__
    if isinstance(cause, BodyTooLarge):
        return too_large(request, cause)
    if isinstance(cause, json.JSONDecodeError):
        return _detail(request, _("Nội dung gửi lên không phải JSON hợp lệ (dòng %(line)s, cột "
                                  "%(column)s): %(reason)s.") % {
            "line": cause.lineno, "column": cause.colno, "reason": cause.msg}, 400)
    if cause is not None:
        return _detail(request, _("Nội dung gửi lên không đọc được; cần JSON mã hóa UTF-8."),
                       400)
    if exc.status_code == 403 and "CSRF" in exc.message:
        return _detail(request, _("Thiếu mã CSRF: từ trình duyệt, gửi kèm tiêu đề X-CSRFToken; "
                                  "hệ thống của đơn vị hãy dùng mã truy cập API."), 403)
    return _detail(request, exc.message, exc.status_code)


@api.exception_handler(RequestDataTooBig)
def too_large(request: HttpRequest, exc: Exception) -> HttpResponse:
    limit = min(MAX_BODY_BYTES, settings.DATA_UPLOAD_MAX_MEMORY_SIZE or MAX_BODY_BYTES)
    return _detail(request, _("Nội dung gửi lên quá lớn; tối đa %(kb)s KB mỗi lần gửi.") % {
        "kb": limit // 1024}, 413)


@api.exception_handler(NinjaValidationError)
def invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return _detail(request, exc.errors, 422)


@api.exception_handler(ValidationError)
def refused_by_service(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return _detail(request, errors.from_django(exc), 422)


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return _detail(request, str(exc) or _("Anh/chị không có quyền làm việc này."), 403)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _detail(request, _("Không tìm thấy."), 404)
