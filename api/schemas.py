"""What the API accepts and returns.

Descriptions are plain Vietnamese strings, not gettext: the OpenAPI document is a contract for
the programmers of a newspaper's system, built once, not a page in the reader's language.
Payloads refuse unknown fields, so a misspelt field ("titel") is reported instead of lost.
"""

from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from ninja import Field, Path, Schema
from pydantic import ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from records.models import ActivityKind, Channel, ParticipantGroup, Product, ProductKind

# Ids above the database's 64-bit range are refused here, before they reach a query.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
PathId = Annotated[int, Path(..., ge=1, le=2**63 - 1, description="Mã số.")]
LanguageCode = Annotated[str, Field(min_length=1, max_length=16)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
# The dates the forms accept (kehoach.forms): outside them date arithmetic would overflow.
Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2100, 12, 31))]


class Payload(Schema):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class PatchPayload(Payload):
    """A partial change: fields left out stay as they are; null clears only what may be empty."""

    nullable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _no_null(cls, value: Any, info: Any) -> Any:
        if value is None and info.field_name not in cls.nullable:
            raise PydanticCustomError("null_not_allowed", "null is not allowed here")
        return value


# Products ----------------------------------------------------------------------------------

TITLE = "Tên sản phẩm: tiêu đề tin, bài, chương trình."
KIND = "Loại sản phẩm, theo mã trong /api/kinds (product_kinds), ví dụ \"article\"."
CHANNEL = "Kênh đăng, phát, theo mã trong /api/kinds (channels), ví dụ \"online\"."
PLATFORM = "Nền tảng mạng xã hội (Facebook, Zalo, YouTube…); bắt buộc khi kênh là \"social\"."
LANGUAGES = "Mã các ngôn ngữ của sản phẩm (xem /api/languages), ví dụ [\"vi\", \"km\"]."
PUBLISHED_ON = "Ngày đăng, phát, dạng NĂM-THÁNG-NGÀY (2024-05-06)."
UNIT = ("Mã số đơn vị thực hiện. Với mã truy cập API: bỏ trống, hoặc đúng đơn vị của mã; "
        "không thể ghi cho đơn vị khác.")
LINK = "Đường dẫn tới sản phẩm đã đăng (http:// hoặc https://)."
DURATION = "Thời lượng (phút), chỉ với sản phẩm phát thanh, truyền hình, video, phóng sự."
TOPICS = "Mã số các chủ đề tuyên truyền (xem /api/topics)."
TASKS = "Mã số các nhiệm vụ của kế hoạch mà sản phẩm thực hiện."


class ProductIn(Payload):
    title: str = Field(..., min_length=1, max_length=500, description=TITLE)
    kind: ProductKind = Field(..., description=KIND)
    channel: Channel = Field(..., description=CHANNEL)
    platform: str = Field("", max_length=64, description=PLATFORM)
    languages: list[LanguageCode] = Field(..., min_length=1, max_length=40,
                                          description=LANGUAGES)
    published_on: Day = Field(..., description=PUBLISHED_ON)
    unit: Id | None = Field(None, description=UNIT)
    link: str = Field("", max_length=500, description=LINK)
    duration_minutes: int | None = Field(None, ge=1, le=100_000, description=DURATION)
    topics: list[Id] = Field(default_factory=list, max_length=100, description=TOPICS)
    tasks: list[Id] = Field(default_factory=list, max_length=100, description=TASKS)


class ProductPatch(PatchPayload):
    nullable = frozenset({"duration_minutes"})

    title: str | None = Field(None, min_length=1, max_length=500, description=TITLE)
    kind: ProductKind | None = Field(None, description=KIND)
    channel: Channel | None = Field(None, description=CHANNEL)
    platform: str | None = Field(None, max_length=64, description=PLATFORM)
    languages: list[LanguageCode] | None = Field(None, min_length=1, max_length=40,
                                                 description=LANGUAGES)
    published_on: Day | None = Field(None, description=PUBLISHED_ON)
    unit: Id | None = Field(None, description=UNIT)
    link: str | None = Field(None, max_length=500, description=LINK)
    duration_minutes: int | None = Field(None, ge=1, le=100_000,
                                         description=DURATION + " null để xóa.")
    topics: list[Id] | None = Field(None, max_length=100, description=TOPICS)
    tasks: list[Id] | None = Field(None, max_length=100, description=TASKS)


class ProductOut(Schema):
    id: int
    title: str = Field(..., description=TITLE)
    kind: str = Field(..., description=KIND)
    channel: str = Field(..., description=CHANNEL)
    platform: str = Field(..., description=PLATFORM)
    languages: list[str] = Field(..., description=LANGUAGES)
    published_on: date = Field(..., description=PUBLISHED_ON)
    unit: int = Field(..., description="Mã số đơn vị thực hiện.")
    unit_name: str = Field(..., description="Tên đơn vị thực hiện.")
    link: str = Field(..., description=LINK)
    duration_minutes: int | None = Field(..., description=DURATION)
    topics: list[int] = Field(..., description=TOPICS)
    tasks: list[int] = Field(..., description=TASKS)
    created_at: datetime = Field(..., description="Thời điểm nhập vào kehoach.")

    @staticmethod
    def resolve_languages(obj: Product) -> list[str]:
        return [language.code for language in obj.languages.all()]

    @staticmethod
    def resolve_unit(obj: Product) -> int:
        return obj.unit_id

    @staticmethod
    def resolve_unit_name(obj: Product) -> str:
        return obj.unit.name

    @staticmethod
    def resolve_topics(obj: Product) -> list[int]:
        return [topic.pk for topic in obj.topics.all()]

    @staticmethod
    def resolve_tasks(obj: Product) -> list[int]:
        return [task.pk for task in obj.tasks.all()]


# Activities --------------------------------------------------------------------------------

ACTIVITY_TITLE = "Tên hoạt động: lớp tập huấn, triển lãm, cuộc thi, họp báo…"
ACTIVITY_KIND = "Loại hoạt động, theo mã trong /api/kinds (activity_kinds), ví dụ \"training\"."
START = "Ngày bắt đầu, dạng NĂM-THÁNG-NGÀY."
END = "Ngày kết thúc, dạng NĂM-THÁNG-NGÀY; bỏ trống nếu chỉ diễn ra một ngày."
PLACE = "Địa điểm tổ chức."
ACTIVITY_UNIT = ("Mã số đơn vị tổ chức. Với mã truy cập API: bỏ trống, hoặc đúng đơn vị của mã.")
PARTICIPANTS = ("Số người tham gia theo thành phần (mã trong /api/kinds, participant_groups), "
                "ví dụ {\"key_officials\": 30, \"press\": 40}. Chỉ là số đếm, không ghi tên người.")
PARTICIPANTS_PATCH = PARTICIPANTS + " Thành phần không ghi giữ nguyên; ghi 0 để bỏ thành phần đó."
ACTIVITY_TOPICS = "Mã số các chủ đề tuyên truyền (xem /api/topics)."
ACTIVITY_TASKS = "Mã số các nhiệm vụ của kế hoạch mà hoạt động thực hiện."


class ActivityIn(Payload):
    title: str = Field(..., min_length=1, max_length=500, description=ACTIVITY_TITLE)
    kind: ActivityKind = Field(..., description=ACTIVITY_KIND)
    start_date: Day = Field(..., description=START)
    end_date: Day | None = Field(None, description=END)
    place: str = Field("", max_length=255, description=PLACE)
    unit: Id | None = Field(None, description=ACTIVITY_UNIT)
    participants: dict[ParticipantGroup, Count] = Field(default_factory=dict,
                                                        description=PARTICIPANTS)
    topics: list[Id] = Field(default_factory=list, max_length=100, description=ACTIVITY_TOPICS)
    tasks: list[Id] = Field(default_factory=list, max_length=100, description=ACTIVITY_TASKS)


class ActivityPatch(PatchPayload):
    title: str | None = Field(None, min_length=1, max_length=500, description=ACTIVITY_TITLE)
    kind: ActivityKind | None = Field(None, description=ACTIVITY_KIND)
    start_date: Day | None = Field(None, description=START)
    end_date: Day | None = Field(None, description=END)
    place: str | None = Field(None, max_length=255, description=PLACE)
    unit: Id | None = Field(None, description=ACTIVITY_UNIT)
    participants: dict[ParticipantGroup, Count] | None = Field(None,
                                                               description=PARTICIPANTS_PATCH)
    topics: list[Id] | None = Field(None, max_length=100, description=ACTIVITY_TOPICS)
    tasks: list[Id] | None = Field(None, max_length=100, description=ACTIVITY_TASKS)


class ActivityOut(Schema):
    id: int
    title: str = Field(..., description=ACTIVITY_TITLE)
    kind: str = Field(..., description=ACTIVITY_KIND)
    start_date: date = Field(..., description=START)
    end_date: date = Field(..., description="Ngày kết thúc.")
    place: str = Field(..., description=PLACE)
    unit: int = Field(..., description="Mã số đơn vị tổ chức.")
    unit_name: str = Field(..., description="Tên đơn vị tổ chức.")
    participants: dict[str, int] = Field(..., description=PARTICIPANTS)
    participants_total: int = Field(..., description="Tổng số người tham gia.")
    topics: list[int] = Field(..., description=ACTIVITY_TOPICS)
    tasks: list[int] = Field(..., description=ACTIVITY_TASKS)
    created_at: datetime = Field(..., description="Thời điểm nhập vào kehoach.")

    @staticmethod
    def resolve_unit(obj: Any) -> int:
        return int(obj.unit_id)

    @staticmethod
    def resolve_unit_name(obj: Any) -> str:
        return str(obj.unit.name)

    @staticmethod
    def resolve_participants(obj: Any) -> dict[str, int]:
        return {p.group: p.count for p in obj.participations.all()}

    @staticmethod
    def resolve_participants_total(obj: Any) -> int:
        return int(obj.participants)

    @staticmethod
    def resolve_topics(obj: Any) -> list[int]:
        return [topic.pk for topic in obj.topics.all()]

    @staticmethod
    def resolve_tasks(obj: Any) -> list[int]:
        return [task.pk for task in obj.tasks.all()]


# Lists and look-ups ------------------------------------------------------------------------

class ListFilters(Schema):
    date_from: Day | None = Field(None, description="Từ ngày (NĂM-THÁNG-NGÀY), tính cả ngày "
                                                     "này.")
    date_to: Day | None = Field(None, description="Đến ngày (NĂM-THÁNG-NGÀY), tính cả ngày "
                                                   "này.")
    unit: Id | None = Field(None, description="Mã số đơn vị. Với mã truy cập API, mặc định là "
                                              "đơn vị của mã.")
    page: int = Field(1, ge=1, le=1_000_000, description="Trang, bắt đầu từ 1.")
    page_size: int = Field(50, ge=1, le=200, description="Số mục mỗi trang, tối đa 200.")
    cursor: str | None = Field(None, max_length=40, pattern=r"^\d{4}-\d{2}-\d{2}\.\d{1,19}$",
                               description="next_cursor của trang trước: trang tiếp theo, ở "
                                           "bất kỳ độ sâu nào (page bị bỏ qua). Không có "
                                           "cursor, page chỉ đi sâu tới 10.000 mục.")


class PageOut(Schema):
    count: int = Field(..., description="Tổng số mục khớp bộ lọc, đếm tới 10.000.")
    count_is_exact: bool = Field(..., description="false khi có hơn 10.000 mục: count là "
                                                  "10.000.")
    page: int = Field(..., description="Trang hiện tại.")
    page_size: int = Field(..., description="Số mục mỗi trang.")
    next_cursor: str | None = Field(..., description="Đưa vào cursor để lấy trang sau; null "
                                                     "ở trang cuối.")


class ProductPage(PageOut):
    items: list[ProductOut]


class ActivityPage(PageOut):
    items: list[ActivityOut]


class LanguageOut(Schema):
    code: str = Field(..., description="Mã ngôn ngữ, dùng trong trường languages.")
    name: str = Field(..., description="Tên ngôn ngữ.")
    group: str = Field(..., description="Nhóm: national, minority (dân tộc thiểu số), "
                                        "foreign (nước ngoài).")


class TopicOut(Schema):
    id: int
    name: str = Field(..., description="Tên chủ đề.")
    description: str = Field(..., description="Mô tả.")


class ChoiceOut(Schema):
    code: str = Field(..., description="Mã, dùng trong dữ liệu gửi lên.")
    label: str = Field(..., description="Tên tiếng Việt.")


class KindsOut(Schema):
    product_kinds: list[ChoiceOut] = Field(..., description="Loại sản phẩm (kind).")
    channels: list[ChoiceOut] = Field(..., description="Kênh (channel).")
    activity_kinds: list[ChoiceOut] = Field(..., description="Loại hoạt động (kind).")
    participant_groups: list[ChoiceOut] = Field(..., description="Thành phần tham gia.")


class ErrorOut(Schema):
    detail: str = Field(..., description="Lý do, bằng tiếng Việt.")


class FieldErrorOut(Schema):
    loc: list[str | int] = Field(..., description="Vị trí: nguồn (body, query, path) và tên "
                                                  "trường.")
    field: str = Field(..., description="Tên trường có lỗi.")
    type: str = Field(..., description="Loại lỗi, để máy đọc.")
    msg: str = Field(..., description="Lỗi, bằng tiếng Việt, có tên trường.")


class ValidationErrorOut(Schema):
    detail: list[FieldErrorOut]
