"""A guidance letter is sent by and to units that exist on its date; old letters keep theirs."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from guidance.models import Guidance
from guidance.services import guidance_create, guidance_update


def test_a_2026_letter_to_an_ended_newspaper_is_refused_naming_its_successor(
        unit, coordinator) -> None:
    with pytest.raises(ValidationError) as refused:
        guidance_create(user=coordinator, issuer=unit("CT-SVHTTDL"), symbol="SVHTTDL-QLBC",
                        title="V/v tuyên truyền Ngày Quyền con người Việt Nam",
                        valid_from=date(2026, 11, 20), valid_until=date(2026, 12, 31),
                        units=[unit("ST-BAO"), unit("CT-HLHPN")])
    assert refused.value.message_dict == {"units": [
        "Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: Báo và Phát thanh, "
        "Truyền hình Cần Thơ."]}
    assert not Guidance.objects.filter(valid_from__year=2026).exists()


def test_a_2026_letter_from_the_old_department_is_refused(unit, coordinator) -> None:
    with pytest.raises(ValidationError) as refused:
        guidance_create(user=coordinator, issuer=unit("ST-STTTT"), symbol="STTTT-TTBCXB",
                        title="V/v tuyên truyền Ngày Quyền con người Việt Nam",
                        valid_from=date(2026, 11, 20), valid_until=date(2026, 12, 31),
                        units=[unit("CT-BPTTH")])
    assert "Sở Thông tin và Truyền thông tỉnh Sóc Trăng đã chấm dứt từ 01/03/2025" in (
        refused.value.message_dict["issuer"][0])


def test_a_2024_letter_keeps_its_units_when_corrected_today(upr_guidance, unit) -> None:
    guidance_update(guidance=upr_guidance, title="V/v truyền thông về quyền con người năm 2024",
                    units=[unit("ST-BAO"), unit("ST-DAI")])
    assert {u.code for u in upr_guidance.units.all()} == {"ST-BAO", "ST-DAI"}


def test_the_new_letter_form_offers_todays_units(client_as) -> None:
    page = client_as("coordinator").get(reverse("guidance:create")).text
    assert "Hội Liên hiệp Phụ nữ thành phố Cần Thơ" in page
    assert "Báo Sóc Trăng" not in page
