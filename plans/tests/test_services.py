from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError

from accounts.selectors import history_for
from plans.models import Plan, Task, TaskRole, TaskUnit
from plans.services import (
    plan_create,
    target_create,
    task_create,
    task_set_status,
    task_update,
)

pytestmark = pytest.mark.django_db


def soctrang_plan() -> Plan:
    return Plan.objects.get(number="81", symbol="KH-UBND")


def plan_fields(**overrides: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "doc_type": "KH", "number": "199", "symbol": "KH-UBND",
        "issuer_name": "Ủy ban nhân dân tỉnh Sóc Trăng", "place": "Sóc Trăng",
        "issued_on": date(2023, 10, 27),
        "title": "Thực hiện công tác thông tin đối ngoại tỉnh Sóc Trăng năm 2024",
        "year_start": 2024, "year_end": 2024,
    }
    fields.update(overrides)
    return fields


def test_it_creates_a_plan_with_its_document_identity(db: None) -> None:
    plan = plan_create(**plan_fields())
    assert plan.number_symbol == "199/KH-UBND"
    assert plan.issued_year == 2023


def test_it_refuses_a_duplicate_plan_even_with_other_tone_marks(province: None) -> None:
    """Same type, number, symbol, issuer and year: "Uỷ" and "Ủy" are one issuer."""
    with pytest.raises(ValidationError) as error:
        plan_create(**plan_fields(
            number="81", issued_on=date(2024, 12, 1),
            issuer_name="Uỷ ban nhân dân tỉnh Sóc Trăng", title="Bản trùng",
        ))
    assert "Đã có văn bản cùng loại, số, ký hiệu, cơ quan ban hành và năm này." in str(error.value)
    assert Plan.objects.filter(number="81").count() == 1


def test_it_accepts_the_same_number_in_another_year(province: None) -> None:
    plan = plan_create(**plan_fields(number="81", issued_on=date(2025, 4, 2)))
    assert plan.pk


def test_it_refuses_an_empty_title(db: None) -> None:
    with pytest.raises(ValidationError) as error:
        plan_create(**plan_fields(title=""))
    assert "title" in error.value.message_dict
    assert not Plan.objects.exists()


def test_it_refuses_years_in_the_wrong_order(db: None) -> None:
    with pytest.raises(ValidationError):
        plan_create(**plan_fields(year_start=2025, year_end=2024))


def test_it_reads_task_dates_from_the_written_time_frame(province: None) -> None:
    task = Task.objects.get(plan=soctrang_plan(), code="II.2")
    assert (task.start_date, task.end_date) == (date(2024, 7, 1), date(2024, 9, 30))


def test_it_keeps_dates_typed_by_hand(province: None) -> None:
    task = task_create(plan=soctrang_plan(), code="II.4", title="Tổ chức hội nghị sơ kết",
                       timeframe_text="Quý III/2024", start_date=date(2024, 8, 1),
                       end_date=date(2024, 8, 15))
    assert (task.start_date, task.end_date) == (date(2024, 8, 1), date(2024, 8, 15))


def test_it_refuses_a_task_code_used_twice_in_one_plan(province: None) -> None:
    with pytest.raises(ValidationError) as error:
        task_create(plan=soctrang_plan(), code=" II.1 ", title="Nhiệm vụ trùng mã",
                    lead=["Sở Thông tin và Truyền thông"])
    assert "Mã nhiệm vụ này đã có trong kế hoạch." in str(error.value)
    assert Task.objects.filter(code="II.1").count() == 1
    assert not TaskUnit.objects.filter(name="Sở Thông tin và Truyền thông").exists()


def test_it_refuses_an_end_before_the_start(province: None) -> None:
    with pytest.raises(ValidationError) as error:
        task_create(plan=soctrang_plan(), code="II.5", title="Tập huấn",
                    start_date=date(2024, 9, 1), end_date=date(2024, 3, 1))
    assert "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." in str(error.value)


def test_it_refuses_an_empty_task_title(province: None) -> None:
    with pytest.raises(ValidationError) as error:
        task_create(plan=soctrang_plan(), code="II.6", title="  ")
    assert "title" in error.value.message_dict


def test_it_keeps_unmatched_unit_names_as_text(province: None, unit) -> None:
    task = Task.objects.get(plan=soctrang_plan(), code="II.1")
    coordinating = task.task_units.filter(role=TaskRole.COORDINATING)
    assert [(tu.unit_id is not None, str(tu)) for tu in coordinating] == [
        (True, "Báo Sóc Trăng"),
        (True, "Đài Phát thanh và Truyền hình Sóc Trăng"),
        (False, "các sở, ban, ngành"),
        (False, "Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ]


def test_it_changes_only_the_units_that_differ(province: None, unit) -> None:
    task = Task.objects.get(plan=soctrang_plan(), code="II.2")
    kept = task.task_units.get(role=TaskRole.LEAD)
    task_update(task=task, lead=[unit("ST-STTTT"), unit("ST-DAI")])
    assert task.task_units.get(role=TaskRole.LEAD, position=1).pk == kept.pk
    assert list(task.task_units.filter(role=TaskRole.COORDINATING).values_list("name", flat=True)) \
        == ["Công ty đào tạo"]
    history = history_for(task, related=[(TaskUnit, "task_id")])
    assert history[0].action == "Tạo mới"
    assert "Đài Phát thanh và Truyền hình Sóc Trăng" in history[0].subject


def test_it_records_status_changes_with_old_and_new_values(province: None) -> None:
    task = Task.objects.get(plan=soctrang_plan(), code="II.2")
    task_set_status(task=task, status="in_progress")
    entry = LogEntry.objects.get_for_object(task).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.changes_dict["status"] == ["not_started", "in_progress"]
    change = history_for(task)[0].changes[0]
    assert (change.field, change.old, change.new) == ("Trạng thái", "Chưa bắt đầu",
                                                      "Đang thực hiện")


def test_it_refuses_a_range_upside_down(province: None) -> None:
    with pytest.raises(ValidationError) as error:
        target_create(plan=soctrang_plan(), text="Sản phẩm bằng tiếng dân tộc, tiếng nước ngoài",
                      value=Decimal(20), value_max=Decimal(15), unit_of_measure="%")
    assert "Giá trị tối đa phải lớn hơn hoặc bằng giá trị." in str(error.value)


def test_it_keeps_a_target_range(province: None) -> None:
    target = target_create(plan=soctrang_plan(),
                           text="Sản phẩm bằng tiếng dân tộc, tiếng nước ngoài",
                           value=Decimal(15), value_max=Decimal(20), unit_of_measure="%",
                           deadline=date(2024, 12, 31))
    assert (target.value, target.value_max, target.position) == (15, 20, 2)
