"""A Sóc Trăng guidance on the UPR report, sent to the newspaper and the radio-TV station."""

from datetime import date

import pytest

from accounts.models import User
from guidance.models import Guidance
from guidance.services import NewTopic, guidance_create
from records.models import Language, Product, Topic
from records.services import product_create
from units.models import Unit

UPR = "Bảo vệ báo cáo quốc gia UPR"
SCHOOLING = "Quyền học tập của trẻ em dân tộc thiểu số"


@pytest.fixture
def upr_guidance(unit, coordinator: User) -> Guidance:
    return guidance_create(
        user=coordinator, issuer=unit("ST-STTTT"), number="", symbol="STTTT-TTBCXB",
        place="Sóc Trăng", title="V/v đẩy mạnh truyền thông về quyền con người trên địa bàn tỉnh",
        body="Các cơ quan báo chí tập trung tuyên truyền các chuyên đề sau.",
        valid_from=date(2024, 5, 15), valid_until=date(2024, 12, 31),
        units=[unit("ST-BAO"), unit("ST-DAI")],
        topics=[NewTopic(UPR, "Việt Nam bảo vệ báo cáo quốc gia theo Cơ chế rà soát định kỳ "
                              "phổ quát chu kỳ IV."),
                NewTopic(SCHOOLING)],
    )


def make_product(user: User, unit_code: str, title: str, published_on: date,
                 topics: list[Topic], language: str = "km") -> Product:
    return product_create(
        user=user, unit=Unit.objects.get(code=unit_code), title=title, kind="article",
        channel="online", published_on=published_on,
        languages=[Language.objects.get(code=language)], topics=topics,
    )


@pytest.fixture
def products(upr_guidance: Guidance, reporter: User, lead_reporter: User) -> list[Product]:
    """Báo Sóc Trăng writes two Khmer articles on the UPR; the radio-TV station nothing yet."""
    upr = Topic.objects.get(name=UPR)
    return [
        make_product(reporter, "ST-BAO", "Việt Nam bảo vệ thành công báo cáo UPR chu kỳ IV",
                     date(2024, 5, 20), [upr]),
        make_product(reporter, "ST-BAO", "Đồng bào Khmer với thành tựu quyền con người",
                     date(2024, 6, 3), [upr]),
        # Before the guidance took effect: not counted.
        make_product(reporter, "ST-BAO", "Chuẩn bị báo cáo UPR", date(2024, 5, 2), [upr]),
        # The department was not addressed: not in the table, however relevant.
        make_product(lead_reporter, "ST-STTTT", "Hỏi đáp về cơ chế UPR", date(2024, 6, 28),
                     [upr], language="vi"),
    ]
