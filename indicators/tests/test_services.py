from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError

from indicators.models import EnteredValue, Indicator
from indicators.services import (
    entered_value_create,
    entered_value_delete,
    entered_value_update,
    indicator_create,
    indicator_delete,
    indicator_update,
)
from plans.services import plan_create, task_create

pytestmark = pytest.mark.django_db

H1 = {"period_start": date(2024, 1, 1), "period_end": date(2024, 6, 30)}


def test_a_coordinator_defines_an_indicator_and_it_is_audited(coordinator, share_target,
                                                              unit) -> None:
    indicator = indicator_create(
        user=coordinator, target=share_target, method="product_share",
        name="Tỷ lệ sản phẩm bằng tiếng dân tộc thiểu số, tiếng nước ngoài",
        share_language_groups=["minority", "foreign"], units=[unit("ST-BAO"), unit("ST-DAI")])
    assert share_target.indicator == indicator
    assert indicator.created_by == coordinator
    assert {u.code for u in indicator.units.all()} == {"ST-BAO", "ST-DAI"}
    indicator_update(user=coordinator, indicator=indicator, units=[unit("ST-BAO")],
                     channels=["online", "print"])
    indicator.refresh_from_db()
    assert indicator.channels == ["online", "print"]
    entries = LogEntry.objects.get_for_object(indicator)
    assert entries.filter(action=LogEntry.Action.CREATE).exists()
    assert entries.filter(action=LogEntry.Action.UPDATE).exists()


@pytest.mark.parametrize("who", ["reporter", "lead_reporter", "viewer"])
def test_only_coordinators_define_indicators(request, who: str, share_target) -> None:
    user = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        indicator_create(user=user, target=share_target, method="product_count", name="Số tin")
    assert not Indicator.objects.exists()


def test_a_share_needs_a_numerator(coordinator, share_target) -> None:
    with pytest.raises(ValidationError) as error:
        indicator_create(user=coordinator, target=share_target, method="product_share",
                         name="Tỷ lệ")
    assert "share_language_groups" in error.value.message_dict


def test_it_refuses_unknown_choices(coordinator, share_target) -> None:
    with pytest.raises(ValidationError) as error:
        indicator_create(user=coordinator, target=share_target, method="product_count",
                         name="Số tin", channels=["fax"])
    assert "channels" in error.value.message_dict


def test_it_refuses_tasks_of_another_plan(coordinator, share_target) -> None:
    other = plan_create(doc_type="KH", number="12", symbol="KH-UBND", issuer_name="UBND tỉnh",
                        issued_on=date(2025, 1, 10), title="Kế hoạch năm 2025",
                        year_start=2025, year_end=2025)
    task = task_create(plan=other, code="1", title="Sản xuất tin, bài")
    with pytest.raises(ValidationError) as error:
        indicator_create(user=coordinator, target=share_target, method="product_count",
                         name="Số tin", tasks=[task])
    assert "tasks" in error.value.message_dict


def test_a_target_has_one_indicator(coordinator, define, share_target) -> None:
    define(share_target, "product_count")
    with pytest.raises(ValidationError):
        define(share_target, "product_count")


def test_deleting_an_indicator_keeps_the_target(coordinator, define, share_target,
                                                 unit) -> None:
    indicator = define(share_target, "entered")
    entered_value_create(user=coordinator, indicator=indicator, unit=unit("ST-BAO"),
                         numerator=Decimal(3), **H1)
    indicator_delete(user=coordinator, indicator=indicator)
    share_target.refresh_from_db()
    assert not EnteredValue.objects.exists()


def test_a_reporter_enters_figures_for_their_own_unit_only(reporter, define, count_target,
                                                           unit) -> None:
    indicator = define(count_target, "entered")
    entered = entered_value_create(user=reporter, indicator=indicator, unit=unit("ST-BAO"),
                                   numerator=Decimal(12), note="Số tin, bài tiếng Khmer", **H1)
    assert entered.created_by == reporter
    with pytest.raises(PermissionDenied):
        entered_value_create(user=reporter, indicator=indicator, unit=unit("ST-DAI"),
                             numerator=Decimal(5), **H1)
    with pytest.raises(PermissionDenied):
        entered_value_update(user=reporter, entered=entered, unit=unit("ST-DAI"))
    entered_value_update(user=reporter, entered=entered, numerator=Decimal(13))
    entered.refresh_from_db()
    assert entered.numerator == 13 and entered.unit.code == "ST-BAO"


@pytest.mark.parametrize("who", ["lead_reporter", "viewer"])
def test_others_cannot_change_a_units_figures(request, who, reporter, define, count_target,
                                              unit) -> None:
    indicator = define(count_target, "entered")
    entered = entered_value_create(user=reporter, indicator=indicator, unit=unit("ST-BAO"),
                                   numerator=Decimal(12), **H1)
    user = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        entered_value_update(user=user, entered=entered, numerator=Decimal(1))
    with pytest.raises(PermissionDenied):
        entered_value_delete(user=user, entered=entered)


def test_a_coordinator_enters_for_any_unit(coordinator, define, count_target, unit) -> None:
    indicator = define(count_target, "entered")
    entered_value_create(user=coordinator, indicator=indicator, unit=unit("ST-HNCT"),
                         numerator=Decimal(4), **H1)
    assert indicator.entered_values.count() == 1


def test_one_figure_per_unit_and_period(coordinator, define, count_target, unit) -> None:
    indicator = define(count_target, "entered")
    entered_value_create(user=coordinator, indicator=indicator, unit=unit("ST-BAO"),
                         numerator=Decimal(4), **H1)
    with pytest.raises(ValidationError):
        entered_value_create(user=coordinator, indicator=indicator, unit=unit("ST-BAO"),
                             numerator=Decimal(5), **H1)


def test_a_period_ends_after_it_starts(coordinator, define, count_target, unit) -> None:
    indicator = define(count_target, "entered")
    with pytest.raises(ValidationError):
        entered_value_create(user=coordinator, indicator=indicator, unit=unit("ST-BAO"),
                             numerator=Decimal(4), period_start=date(2024, 6, 30),
                             period_end=date(2024, 1, 1))


def test_figures_fit_the_method(coordinator, define, count_target, training_target,
                                unit) -> None:
    """A count takes a number only; a share trained takes the people to train only; a
    computed indicator takes no figures at all."""
    entered = define(count_target, "entered")
    with pytest.raises(ValidationError) as error:
        entered_value_create(user=coordinator, indicator=entered, unit=unit("ST-BAO"),
                             numerator=Decimal(4), denominator=Decimal(10), **H1)
    assert "denominator" in error.value.message_dict
    trained = define(training_target, "participants", as_percentage=True)
    with pytest.raises(ValidationError) as error:
        entered_value_create(user=coordinator, indicator=trained, unit=unit("ST-BAO"),
                             numerator=Decimal(4), denominator=Decimal(10), **H1)
    assert "numerator" in error.value.message_dict
    indicator_update(user=coordinator, indicator=trained, as_percentage=False)
    with pytest.raises(ValidationError) as error:
        entered_value_create(user=coordinator, indicator=trained, unit=unit("ST-BAO"),
                             denominator=Decimal(10), **H1)
    assert "indicator" in error.value.message_dict

