"""A record's unit must exist on the record's date; an old record keeps its old unit."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from records.models import Product
from records.services import activity_update, product_update

BAO_ENDED = ("Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: "
             "Báo và Phát thanh, Truyền hình Cần Thơ.")


def test_it_refuses_a_2026_product_of_an_ended_unit_naming_its_successor(make_product) -> None:
    with pytest.raises(ValidationError) as refused:
        make_product(published_on=date(2026, 3, 2))
    assert refused.value.message_dict == {"unit": [BAO_ENDED]}
    assert not Product.objects.exists()


def test_it_names_every_heir_of_a_unit_split_in_two(make_activity, unit) -> None:
    with pytest.raises(ValidationError) as refused:
        make_activity(start_date=date(2026, 4, 10), end_date=date(2026, 4, 10))
    assert refused.value.message_dict["unit"] == [
        "Đơn vị Sở Thông tin và Truyền thông tỉnh Sóc Trăng đã chấm dứt từ 01/03/2025; đơn vị "
        "kế thừa: Sở Khoa học và Công nghệ thành phố Cần Thơ, Sở Văn hóa, Thể thao và Du lịch "
        "thành phố Cần Thơ."]


def test_it_refuses_a_unit_before_it_began(make_product, unit) -> None:
    with pytest.raises(ValidationError) as refused:
        make_product(unit=unit("CT-BPTTH"), published_on=date(2024, 6, 3))
    assert refused.value.message_dict["unit"] == [
        "Đơn vị Báo và Phát thanh, Truyền hình Cần Thơ chỉ hoạt động từ 01/07/2025."]


def test_it_accepts_the_successor_for_a_2026_product(make_product, unit) -> None:
    product = make_product(unit=unit("CT-BPTTH"), published_on=date(2026, 3, 2))
    assert product.unit.code == "CT-BPTTH"


def test_an_old_record_keeps_its_old_unit_when_corrected(make_product, make_activity,
                                                         coordinator) -> None:
    product = make_product()  # Báo Sóc Trăng, 3 June 2024
    product_update(user=coordinator, product=product, title="Học sinh Khmer đến trường")
    activity = make_activity()
    activity_update(user=coordinator, activity=activity, place="Hội trường UBND tỉnh")
    product.refresh_from_db()
    assert (product.unit.code, product.title) == ("ST-BAO", "Học sinh Khmer đến trường")


def test_moving_an_old_record_past_its_units_end_is_refused(make_product, coordinator) -> None:
    product = make_product()
    with pytest.raises(ValidationError) as refused:
        product_update(user=coordinator, product=product, published_on=date(2025, 9, 1))
    assert refused.value.message_dict == {"unit": [BAO_ENDED]}
    product.refresh_from_db()
    assert product.published_on == date(2024, 6, 3)


def test_the_form_shows_the_refusal_on_the_unit(client_as, unit, language, task) -> None:
    response = client_as("coordinator").post(reverse("records:product_create"), {
        "title": "Cần Thơ bảo đảm quyền tiếp cận thông tin", "kind": "article",
        "channel": "online", "languages": [language("vi").pk], "published_on": "2026-11-20",
        "unit": unit("ST-BAO").pk, "tasks": [task("II.1").pk]})
    assert response.status_code == 200
    assert BAO_ENDED in response.text
    assert not Product.objects.exists()


def test_the_edit_form_offers_the_units_of_the_records_own_date(client_as, make_product,
                                                                unit) -> None:
    product = make_product()
    page = client_as("coordinator").get(reverse("records:product_edit", args=[product.pk])).text
    assert f'<option value="{unit("ST-BAO").pk}" selected>Báo Sóc Trăng</option>' in page
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" not in page
    new = client_as("coordinator").get(reverse("records:product_create")).text
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" in new
    assert ">Báo Sóc Trăng<" not in new
