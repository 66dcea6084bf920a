from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError

from units.models import Unit, UnitKind
from units.services import unit_create, unit_update

pytestmark = pytest.mark.django_db


def test_it_creates_a_unit_with_folded_search_text() -> None:
    unit = unit_create(name="Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", short_name="Sở GD&ĐT",
                       kind=UnitKind.DEPARTMENT)
    assert unit.search_text == "so giao duc va dao tao tinh soc trang so gd&dt"


def test_it_refuses_an_end_before_the_start() -> None:
    with pytest.raises(ValidationError) as error:
        unit_create(name="Báo Sóc Trăng", kind=UnitKind.PRESS,
                    valid_from=date(2025, 7, 1), valid_to=date(2025, 6, 30))
    assert "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực." in str(error.value)
    assert not Unit.objects.exists()


def test_it_refuses_a_unit_made_its_own_ancestor() -> None:
    province = unit_create(name="Ủy ban nhân dân tỉnh Sóc Trăng", kind=UnitKind.PROVINCE)
    district = unit_create(name="Ủy ban nhân dân huyện Kế Sách", kind=UnitKind.DISTRICT,
                           parent=province)
    commune = unit_create(name="Ủy ban nhân dân xã Kế Sách", kind=UnitKind.COMMUNE,
                          parent=district)
    with pytest.raises(ValidationError) as error:
        unit_update(unit=province, parent=commune)
    assert error.value.message_dict["parent"] == ["Một đơn vị không thể là cấp trên của chính nó."]
    province.refresh_from_db()
    assert province.parent is None


def test_it_refuses_a_unit_as_its_own_parent() -> None:
    province = unit_create(name="Ủy ban nhân dân tỉnh Sóc Trăng", kind=UnitKind.PROVINCE)
    with pytest.raises(ValidationError):
        unit_update(unit=province, parent=province)


def test_it_refuses_a_unit_as_its_own_successor_and_saves_nothing() -> None:
    unit = unit_create(name="Báo Sóc Trăng", kind=UnitKind.PRESS)
    with pytest.raises(ValidationError):
        unit_update(unit=unit, name="Báo Sóc Trăng (cũ)", successors=[unit])
    unit.refresh_from_db()
    assert unit.name == "Báo Sóc Trăng"
    assert not unit.successors.exists()


def test_it_refuses_an_empty_name() -> None:
    with pytest.raises(ValidationError) as error:
        unit_create(name="", kind=UnitKind.PRESS)
    assert "name" in error.value.message_dict


def test_it_records_old_and_new_values_in_the_history() -> None:
    unit = unit_create(name="Báo Sóc Trăng", kind=UnitKind.PRESS)
    unit_update(unit=unit, valid_to=date(2025, 6, 30))
    entry = LogEntry.objects.get_for_object(unit).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.changes_dict["valid_to"] == ["None", "2025-06-30"]


def test_it_writes_nothing_when_nothing_changed() -> None:
    unit = unit_create(name="Báo Sóc Trăng", kind=UnitKind.PRESS)
    unit_update(unit=unit, name="Báo Sóc Trăng", kind=UnitKind.PRESS)
    assert LogEntry.objects.get_for_object(unit).count() == 1
