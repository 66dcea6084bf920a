from datetime import date

import pytest
from django.core.exceptions import ValidationError

from accounts.selectors import history_for
from guidance.models import Guidance, GuidanceTopic
from guidance.selectors import guidance_topics
from guidance.services import (
    NewTopic,
    guidance_create,
    guidance_publish,
    guidance_unpublish,
    guidance_update,
)
from guidance.tests.conftest import SCHOOLING, UPR
from records.models import Topic

pytestmark = pytest.mark.django_db


def fields(unit, **overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "issuer": unit("ST-STTTT"), "symbol": "STTTT-TTBCXB", "title": "tuyên truyền tháng 12",
        "valid_from": date(2024, 12, 1), "valid_until": date(2024, 12, 31),
    }
    values.update(overrides)
    return values


def test_it_keeps_the_letters_topics_in_order_and_drops_a_typed_v_v(upr_guidance) -> None:
    assert upr_guidance.title == "đẩy mạnh truyền thông về quyền con người trên địa bàn tỉnh"
    assert [t.name for t in guidance_topics(upr_guidance)] == [UPR, SCHOOLING]
    assert Topic.objects.get(name=UPR).description.startswith("Việt Nam bảo vệ báo cáo")
    assert len(upr_guidance.public_key) >= 22
    assert not upr_guidance.is_published


def test_it_refuses_a_window_that_ends_before_it_starts(unit, coordinator) -> None:
    with pytest.raises(ValidationError) as error:
        guidance_create(user=coordinator, **fields(unit, valid_until=date(2024, 11, 30)))
    assert error.value.message_dict["valid_until"] == [
        "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."]
    assert not Guidance.objects.exists()


def test_it_accepts_a_one_day_window(unit, coordinator) -> None:
    guidance = guidance_create(user=coordinator, **fields(unit, valid_until=date(2024, 12, 1)))
    assert guidance.pk


def test_it_reuses_a_topic_typed_again_with_other_case_or_tone_marks(upr_guidance, unit,
                                                                    coordinator) -> None:
    """"hoà" and "hòa" are one topic, or the coverage would split between two."""
    first = guidance_create(user=coordinator, **fields(unit),
                            topics=["Quyền bình đẳng, hòa nhập của người khuyết tật"])
    second = guidance_create(user=coordinator, **fields(unit),
                             topics=["quyền bình đẳng, hoà nhập của người khuyết tật", UPR,
                                     NewTopic(UPR, "bỏ qua")])
    assert guidance_topics(first)[0] == guidance_topics(second)[0]
    assert [t.name for t in guidance_topics(second)] == [
        "Quyền bình đẳng, hòa nhập của người khuyết tật", UPR]
    assert Topic.objects.filter(name=UPR).count() == 1
    assert Topic.objects.get(name=UPR).description != "bỏ qua"


def test_it_reorders_topics_keeping_unchanged_rows(upr_guidance) -> None:
    upr, schooling = guidance_topics(upr_guidance)
    kept = GuidanceTopic.objects.get(guidance=upr_guidance, topic=upr).pk
    guidance_update(guidance=upr_guidance, topics=["Bình đẳng giới", schooling, upr])
    assert [t.name for t in guidance_topics(upr_guidance)] == ["Bình đẳng giới", SCHOOLING, UPR]
    assert GuidanceTopic.objects.get(guidance=upr_guidance, topic=upr).pk == kept
    history = history_for(upr_guidance, related=[(GuidanceTopic, "guidance_id")])
    assert any("Bình đẳng giới" in entry.subject for entry in history)


def test_it_publishes_only_with_units_and_topics(unit, coordinator) -> None:
    guidance = guidance_create(user=coordinator, **fields(unit))
    with pytest.raises(ValidationError) as error:
        guidance_publish(guidance=guidance)
    assert error.value.message_dict == {
        "units": ["Chọn ít nhất một đơn vị nhận trước khi công bố."],
        "topics": ["Ghi ít nhất một chủ đề trước khi công bố."],
    }
    guidance_update(guidance=guidance, units=[unit("ST-BAO")], topics=[UPR])
    guidance_publish(guidance=guidance)
    guidance.refresh_from_db()
    assert guidance.is_published


def test_it_publishes_a_letter_before_it_is_numbered(upr_guidance) -> None:
    """The QR code goes on the letter before the clerk gives it a number and a date."""
    assert (upr_guidance.number, upr_guidance.issued_on) == ("", None)
    guidance_publish(guidance=upr_guidance)
    assert upr_guidance.number_symbol == "/STTTT-TTBCXB"
    published_at = Guidance.objects.get().published_at
    assert published_at is not None
    guidance_publish(guidance=upr_guidance)
    assert Guidance.objects.get().published_at == published_at


def test_it_keeps_a_published_guidance_addressed_and_on_topic(upr_guidance, unit) -> None:
    guidance_publish(guidance=upr_guidance)
    with pytest.raises(ValidationError) as error:
        guidance_update(guidance=upr_guidance, units=[], title="sửa trích yếu")
    assert "units" in error.value.message_dict
    upr_guidance.refresh_from_db()
    assert upr_guidance.units.count() == 2
    assert upr_guidance.title.startswith("đẩy mạnh")
    with pytest.raises(ValidationError):
        guidance_update(guidance=upr_guidance, topics=[])
    assert len(guidance_topics(upr_guidance)) == 2


def test_it_unpublishes(upr_guidance) -> None:
    guidance_publish(guidance=upr_guidance)
    guidance_unpublish(guidance=upr_guidance)
    assert not Guidance.objects.get().is_published
    guidance_update(guidance=upr_guidance, units=[])  # a draft may be addressed to no one yet


def test_it_refuses_unknown_fields(upr_guidance) -> None:
    with pytest.raises(TypeError):
        guidance_update(guidance=upr_guidance, public_key="guessable")
