"""indicators.permissions: coordinators define indicators; units enter their own figures."""

from datetime import date
from decimal import Decimal

import pytest

from accounts.models import User
from indicators import permissions
from indicators.models import EnteredValue, Indicator
from indicators.services import entered_value_create, indicator_create
from plans.models import Plan, Target
from plans.services import target_create
from tests.access import VISITORS, answer
from units.models import Unit

pytestmark = pytest.mark.django_db

DEFINERS = ("administrator", "coordinator")
ENTER = {"administrator": 200, "coordinator": 200, "own_reporter": 200,
         "other_reporter": 403, "viewer": 403, "anonymous": 403}


@pytest.fixture
def khmer_target(plan: Plan) -> Target:
    return target_create(plan=plan, text="20% sản phẩm bằng tiếng Khmer", value=Decimal(20),
                         unit_of_measure="%")


@pytest.fixture
def entered(coordinator: User, khmer_target: Target) -> Indicator:
    return indicator_create(user=coordinator, target=khmer_target, name="Số liệu đơn vị nhập",
                            method="entered")


@pytest.fixture
def bao_figure(coordinator: User, entered: Indicator) -> EnteredValue:
    return entered_value_create(user=coordinator, indicator=entered,
                                unit=Unit.objects.get(code="ST-BAO"),
                                period_start=date(2024, 1, 1), period_end=date(2024, 6, 30),
                                numerator=Decimal(12))


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_only_coordinators_define_indicators(visitor, plan: Plan, entered: Indicator,
                                                     name: str) -> None:
    user = visitor(name)
    expected = 200 if name in DEFINERS else 403
    assert answer(lambda: permissions.get_target_for_user(user, entered.target_id, define=True)
                  ) == expected
    assert answer(lambda: permissions.get_target_indicator_for_user(user, entered.target_id)
                  ) == expected
    assert permissions.dashboard_permissions(user)["can_define"] is (name in DEFINERS)
    assert answer(lambda: permissions.get_dashboard_plan_for_user(user, plan.pk)) == 200


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_a_unit_change_only_its_own_figures(visitor, bao_figure: EnteredValue,
                                                   name: str) -> None:
    user = visitor(name, own="ST-BAO")
    assert answer(lambda: permissions.get_entered_value_for_user(user, bao_figure.pk,
                                                                 change=True)) == ENTER[name]
    # Any reporter may open the entry form: they enter for their own units there.
    may_enter = name not in ("viewer", "anonymous")
    assert answer(lambda: permissions.get_indicator_for_user(user, bao_figure.indicator_id,
                                                             enter=True)
                  ) == (200 if may_enter else 403)


def test_it_refuses_figures_for_an_indicator_computed_from_the_records(
    visitor, define, training_target: Target
) -> None:
    computed = define(training_target, "participants")
    assert answer(lambda: permissions.get_indicator_for_user(visitor("coordinator"),
                                                             computed.pk, enter=True)) == 403
