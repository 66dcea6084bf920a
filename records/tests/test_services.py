from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.selectors import history_for
from records.models import Participation, Product
from records.services import (
    activity_delete,
    activity_set_participants,
    activity_update,
    product_create,
    product_delete,
    product_update,
    topic_create,
    topic_update,
)

pytestmark = pytest.mark.django_db


def test_it_lets_a_reporter_record_for_their_own_unit(make_product, reporter, language) -> None:
    product = make_product(user=reporter, languages=[language("km"), language("vi")])
    assert product.created_by == reporter
    assert sorted(lang.code for lang in product.languages.all()) == ["km", "vi"]


def test_it_refuses_a_reporter_recording_for_another_unit(make_product, reporter, unit) -> None:
    with pytest.raises(PermissionDenied) as error:
        make_product(user=reporter, unit=unit("ST-DAI"),
                     title="Chương trình phát thanh tiếng Khmer")
    assert "đơn vị mình" in str(error.value)
    assert not Product.objects.exists()


def test_it_refuses_a_reporter_moving_their_product_to_another_unit(
        make_product, reporter, unit) -> None:
    product = make_product(user=reporter)
    with pytest.raises(PermissionDenied):
        product_update(user=reporter, product=product, unit=unit("ST-DAI"))
    assert Product.objects.get(pk=product.pk).unit == unit("ST-BAO")


def test_it_refuses_a_reporter_changing_or_deleting_another_units_product(
        make_product, lead_reporter, unit) -> None:
    product = make_product(unit=unit("ST-DAI"), kind="tv", channel="tv", duration_minutes=15,
                           title="Chuyên mục Quyền con người và cuộc sống")
    with pytest.raises(PermissionDenied):
        product_update(user=lead_reporter, product=product, title="Sửa trái phép")
    with pytest.raises(PermissionDenied):
        product_delete(user=lead_reporter, product=product)
    assert Product.objects.get(pk=product.pk).title == "Chuyên mục Quyền con người và cuộc sống"


def test_it_refuses_a_viewer_recording_anything(make_product, viewer) -> None:
    with pytest.raises(PermissionDenied):
        make_product(user=viewer)


def test_it_lets_a_coordinator_record_for_any_unit(make_product, coordinator, unit) -> None:
    product = make_product(unit=unit("ST-HLHPN"), kind="publication", channel="other",
                           title="Tờ gấp hỏi đáp về quyền của phụ nữ")
    assert product.unit.code == "ST-HLHPN"


def test_it_asks_a_social_media_product_for_its_platform(make_product) -> None:
    with pytest.raises(ValidationError) as error:
        make_product(channel="social", kind="infographic")
    assert error.value.message_dict["platform"] == [
        "Ghi nền tảng mạng xã hội (Facebook, Zalo, YouTube…)."]
    product = make_product(channel="social", kind="infographic", platform=" Facebook ")
    assert product.platform == "Facebook"


def test_it_takes_a_duration_only_for_broadcasts(make_product) -> None:
    with pytest.raises(ValidationError) as error:
        make_product(kind="article", channel="print", duration_minutes=10)
    assert "duration_minutes" in error.value.message_dict
    assert make_product(kind="radio", channel="radio", duration_minutes=30).duration_minutes == 30
    # A column broadcast on television has a length, whatever its kind.
    assert make_product(kind="column", channel="tv", duration_minutes=15).duration_minutes == 15


def test_it_refuses_a_zero_duration(make_product) -> None:
    with pytest.raises(ValidationError) as error:
        make_product(kind="video", channel="social", platform="YouTube", duration_minutes=0)
    assert "Thời lượng phải lớn hơn 0 phút." in str(error.value)


def test_it_needs_at_least_one_language(make_product, coordinator) -> None:
    with pytest.raises(ValidationError) as error:
        make_product(languages=[])
    assert error.value.message_dict["languages"] == ["Chọn ít nhất một ngôn ngữ."]
    product = make_product()
    with pytest.raises(ValidationError):
        product_update(user=coordinator, product=product, languages=[])
    assert product.languages.count() == 1


def test_it_reads_languages_given_once_as_a_generator(make_product, coordinator,
                                                      language) -> None:
    product = make_product()
    chosen = (language(code) for code in ("vi", "km"))
    product_update(user=coordinator, product=product, languages=chosen)
    assert sorted(lang.code for lang in product.languages.all()) == ["km", "vi"]


def test_it_asks_for_the_unit(reporter, language) -> None:
    with pytest.raises(ValidationError) as error:
        product_create(user=reporter, languages=[language("vi")], title="Không có đơn vị",
                       kind="news", channel="online", published_on=date(2024, 6, 1))
    assert "unit" in error.value.message_dict


def test_it_writes_the_history_of_a_product(make_product, coordinator, language, topics) -> None:
    product = make_product()
    product_update(user=coordinator, product=product, title="Học sinh Khmer được học tiếng mẹ đẻ",
                   languages=[language("vi"), language("km")], topics=[topics["dantoc"]])
    entries = LogEntry.objects.get_for_object(product)
    assert entries.filter(action=LogEntry.Action.CREATE).count() == 1
    assert entries.filter(action=LogEntry.Action.UPDATE).count() >= 2
    changes = [c for entry in history_for(product) for c in entry.changes]
    assert any(c.new == "Học sinh Khmer được học tiếng mẹ đẻ" for c in changes)
    assert any(c.new == "+ Tiếng Khmer" for c in changes)
    assert any(c.new == "+ Quyền của đồng bào dân tộc thiểu số" for c in changes)


def test_it_leaves_an_unchanged_product_unwritten(make_product, coordinator) -> None:
    product = make_product()
    before = LogEntry.objects.get_for_object(product).count()
    product_update(user=coordinator, product=product, title=f"  {product.title} ",
                   kind="article")
    assert LogEntry.objects.get_for_object(product).count() == before


def test_it_records_the_deletion_in_the_history(make_product, coordinator) -> None:
    product = make_product()
    pk = product.pk
    product_delete(user=coordinator, product=product)
    assert not Product.objects.filter(pk=pk).exists()
    assert LogEntry.objects.filter(object_id=pk, action=LogEntry.Action.DELETE,
                                   content_type__model="product").exists()


def counts(activity) -> dict[str, int]:
    return {p.group: p.count for p in Participation.objects.filter(activity=activity)}


def test_it_sets_changes_and_removes_participant_counts(make_activity, coordinator) -> None:
    activity = make_activity()
    assert counts(activity) == {"key_officials": 30, "press": 25, "commune_officials": 15}
    assert activity.participants == 70
    kept = activity.participations.get(group="key_officials").pk
    activity_update(user=coordinator, activity=activity,
                    participants={"key_officials": 30, "press": 20, "commune_officials": 0,
                                  "students": 40})
    assert counts(activity) == {"key_officials": 30, "press": 20, "students": 40}
    assert activity.participations.get(group="key_officials").pk == kept


def test_it_keeps_counts_when_none_are_given(make_activity, coordinator) -> None:
    activity = make_activity()
    activity_update(user=coordinator, activity=activity, place="Hội trường Tỉnh ủy")
    assert sum(counts(activity).values()) == 70


def test_it_refuses_a_negative_count(make_activity) -> None:
    activity = make_activity()
    with pytest.raises(ValidationError) as error:
        activity_set_participants(activity=activity, participants={"residents": -5})
    assert error.value.message_dict["participants"] == ["Số người không được âm."]


def test_it_writes_participant_changes_into_the_activity_history(
        make_activity, coordinator) -> None:
    activity = make_activity()
    activity_update(user=coordinator, activity=activity,
                    participants={"key_officials": 28, "press": 25, "commune_officials": 0})
    history = history_for(activity, related=[(Participation, "activity_id")])
    subjects = [entry.subject for entry in history]
    assert any("Cán bộ chủ chốt: 28" in s for s in subjects)
    assert any(entry.action == "Xóa" and "Cán bộ cấp xã" in entry.subject for entry in history)


def test_it_ends_a_one_day_activity_on_its_start(make_activity) -> None:
    activity = make_activity(kind="press", title="Họp báo công bố Sách trắng về quyền con người",
                             start_date=date(2024, 12, 10), end_date=None)
    assert activity.end_date == date(2024, 12, 10)


def test_it_refuses_an_activity_ending_before_it_starts(make_activity) -> None:
    with pytest.raises(ValidationError) as error:
        make_activity(start_date=date(2024, 8, 23), end_date=date(2024, 8, 22))
    assert "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." in str(error.value)


def test_it_refuses_a_reporter_changing_another_units_activity(
        make_activity, reporter, coordinator) -> None:
    activity = make_activity()
    with pytest.raises(PermissionDenied):
        activity_update(user=reporter, activity=activity, participants={"residents": 100})
    with pytest.raises(PermissionDenied):
        activity_delete(user=reporter, activity=activity)
    assert activity.participants == 70


def test_it_folds_a_searchable_copy_of_the_activity(make_activity, coordinator) -> None:
    activity = make_activity()
    assert "tap huan ky nang" in activity.search_text
    activity_update(user=coordinator, activity=activity, place="Hội trường Đảng ủy xã")
    activity.refresh_from_db()
    assert activity.search_text.endswith("hoi truong dang uy xa")


def test_it_renames_a_topic(province) -> None:
    topic = topic_create(name="Quyền trẻ em", description="")
    topic_update(topic=topic, name="Quyền trẻ em và bình đẳng giới", description="Luật Trẻ em")
    topic.refresh_from_db()
    assert topic.search_text == "quyen tre em va binh dang gioi"
    with pytest.raises(ValidationError):
        topic_update(topic=topic, name="")
