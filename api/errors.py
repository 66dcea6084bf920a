"""Errors as a newspaper's programmer reads them: in Vietnamese, naming the field, never a 500.

Pydantic reports in English with its own vocabulary; services raise Django's ValidationError.
Both end up as one list of {"loc", "field", "type", "msg"}, where "msg" starts with the field's
name and its Vietnamese label, so an error message pasted into a support request says it all.
"""

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

FIELD_LABELS = {
    "title": gettext_lazy("tên"),
    "kind": gettext_lazy("loại"),
    "channel": gettext_lazy("kênh"),
    "platform": gettext_lazy("nền tảng mạng xã hội"),
    "languages": gettext_lazy("ngôn ngữ"),
    "published_on": gettext_lazy("ngày đăng, phát"),
    "unit": gettext_lazy("đơn vị"),
    "link": gettext_lazy("đường dẫn"),
    "file": gettext_lazy("tệp đính kèm"),
    "duration_minutes": gettext_lazy("thời lượng, phút"),
    "topics": gettext_lazy("chủ đề"),
    "tasks": gettext_lazy("nhiệm vụ"),
    "start_date": gettext_lazy("từ ngày"),
    "end_date": gettext_lazy("đến ngày"),
    "place": gettext_lazy("địa điểm"),
    "participants": gettext_lazy("số người tham gia"),
    "date_from": gettext_lazy("từ ngày"),
    "date_to": gettext_lazy("đến ngày"),
    "page": gettext_lazy("trang"),
    "page_size": gettext_lazy("số mục mỗi trang"),
    "id": gettext_lazy("mã số"),
}
# Values longer than this are not repeated back in a message.
ECHO_LIMIT = 60


def _messages() -> dict[str, str]:
    """Pydantic's error types in Vietnamese; %(…)s come from the error's context."""
    date = _("không phải ngày hợp lệ; viết dạng NĂM-THÁNG-NGÀY, ví dụ 2024-05-06.")
    integer = _("phải là số nguyên.")
    obj = _("phải là một đối tượng JSON {…}.")
    return {
        "missing": _("thiếu; trường này bắt buộc."),
        "extra_forbidden": _("không có trường này trong API; xem /api/docs."),
        "null_not_allowed": _("không được là null; bỏ trường này đi nếu không đổi."),
        "string_type": _("phải là chuỗi ký tự."),
        "string_too_short": _("không được để trống."),
        "string_too_long": _("dài quá %(max_length)s ký tự."),
        "int_type": integer, "int_parsing": integer, "int_from_float": integer,
        "int_parsing_size": integer,
        "greater_than_equal": _("phải từ %(ge)s trở lên."),
        "greater_than": _("phải lớn hơn %(gt)s."),
        "less_than_equal": _("không được lớn hơn %(le)s."),
        "less_than": _("phải nhỏ hơn %(lt)s."),
        "date_type": date, "date_parsing": date, "date_from_datetime_parsing": date,
        "date_from_datetime_inexact": date,
        "enum": _("không có mã %(input)s; chọn một trong: %(expected)s."),
        "literal_error": _("không có mã %(input)s; chọn một trong: %(expected)s."),
        "list_type": _("phải là một danh sách […]."),
        "too_short": _("cần ít nhất %(min_length)s giá trị."),
        "too_long": _("nhiều nhất %(max_length)s giá trị."),
        "dict_type": obj, "model_type": obj, "model_attributes_type": obj,
        "bool_type": _("phải là true hoặc false."), "bool_parsing": _("phải là true hoặc false."),
        "json_invalid": _("không phải JSON hợp lệ."),
    }


def _path(loc: Sequence[Any]) -> list[str | int]:
    """The field's own path: without the source ("body") and the parameter's name."""
    parts = [part for part in loc[1:] if part != "[key]"]
    if loc and loc[0] == "body" and parts:
        parts = parts[1:]
    return parts


def field_name(path: Sequence[str | int]) -> str:
    """languages[1], participants.visitors: how a programmer writes the place in the JSON."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _label(path: Sequence[str | int]) -> str:
    names = [part for part in path if isinstance(part, str)]
    if not names:
        return _("nội dung gửi lên")
    label = FIELD_LABELS.get(names[0])
    return f"{field_name(path)} ({label})" if label else field_name(path)


def field_error(loc: Sequence[Any], kind: str, message: str) -> dict[str, Any]:
    path = _path(loc)
    return {"loc": list(loc), "field": field_name(path), "type": kind,
            "msg": f"{_label(path)}: {message}"}


def _echo(value: Any) -> str:
    """The value sent, shortened: «bao-giay», or as JSON when it is not a string."""
    if isinstance(value, str):
        return f"«{value[:ECHO_LIMIT]}…»" if len(value) > ECHO_LIMIT else f"«{value}»"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= ECHO_LIMIT else text[:ECHO_LIMIT] + "…"


def from_pydantic(errors: Iterable[Mapping[str, Any]], source: str) -> list[dict[str, Any]]:
    """Pydantic's errors of one parameter, its `source` ("body", "query", "path") in front."""
    messages = _messages()
    result = []
    for error in errors:
        context = {key: value for key, value in (error.get("ctx") or {}).items()}
        if "expected" in context:
            context["expected"] = str(context["expected"]).replace(" or ", ", ")
        context["input"] = _echo(error.get("input"))
        template = messages.get(error["type"])
        try:
            message = template % context if template else _("giá trị không hợp lệ.")
        except (KeyError, TypeError, ValueError):
            message = _("giá trị không hợp lệ.")
        result.append(field_error((source, *error["loc"]), error["type"], message))
    return result


def from_django(error: ValidationError) -> list[dict[str, Any]]:
    """A service's ValidationError: per field when it names fields, else for the whole body."""
    if not hasattr(error, "error_dict"):
        return [{"loc": ["body"], "field": "", "type": "value_error", "msg": message}
                for message in error.messages]
    result = []
    for field, errors in error.message_dict.items():
        for message in errors:
            if field == NON_FIELD_ERRORS:
                result.append({"loc": ["body"], "field": "", "type": "value_error",
                               "msg": message})
            else:
                result.append(field_error(("body", "payload", field), "value_error", message))
    return result
