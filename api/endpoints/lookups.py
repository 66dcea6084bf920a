"""The codes a payload uses: languages, topics, and the kinds, channels and groups."""

from django.db.models import TextChoices
from django.http import HttpRequest
from ninja import Router

from api import selectors
from api.schemas import KindsOut, LanguageOut, TopicOut
from records.models import ActivityKind, Channel, ParticipantGroup, ProductKind

router = Router(tags=["Danh mục"])


def _choices(choices: type[TextChoices]) -> list[dict[str, str]]:
    return [{"code": code, "label": str(label)} for code, label in choices.choices]


@router.get("/languages", response=list[LanguageOut], url_name="languages",
            summary="Ngôn ngữ")
def languages(request: HttpRequest) -> object:
    """Mã ngôn ngữ dùng trong trường languages, ví dụ "vi" (tiếng Việt), "km" (tiếng Khmer)."""
    return selectors.language_list()


@router.get("/topics", response=list[TopicOut], url_name="topics", summary="Chủ đề")
def topics(request: HttpRequest) -> object:
    """Chủ đề tuyên truyền; mã số dùng trong trường topics."""
    return selectors.topic_list()


@router.get("/kinds", response=KindsOut, url_name="kinds", summary="Loại, kênh, thành phần")
def kinds(request: HttpRequest) -> dict[str, list[dict[str, str]]]:
    """Mã loại sản phẩm, kênh, loại hoạt động và thành phần tham gia, với tên tiếng Việt."""
    return {"product_kinds": _choices(ProductKind), "channels": _choices(Channel),
            "activity_kinds": _choices(ActivityKind),
            "participant_groups": _choices(ParticipantGroup)}
