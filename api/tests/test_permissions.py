"""api.permissions: tokens are managed by whoever records for the unit; a token records for
its own unit only."""

from datetime import date

import pytest

from api import permissions
from api.actors import Actor
from api.models import ApiToken
from api.services import token_create
from records.models import Product
from tests.access import VISITORS, answer
from units.models import Unit

pytestmark = pytest.mark.django_db

MANAGERS = {"administrator": 200, "coordinator": 200, "own_reporter": 200,
            "other_reporter": 403, "viewer": 403, "anonymous": 403}


@pytest.fixture
def bao_token(visitor) -> ApiToken:
    token, _secret = token_create(user=visitor("own_reporter", own="ST-BAO"),
                                  unit=Unit.objects.get(code="ST-BAO"), name="CMS Báo Sóc Trăng")
    return token


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_whoever_records_for_the_unit_manage_its_tokens(visitor, bao_token: ApiToken,
                                                                name: str) -> None:
    user = visitor(name, own="ST-BAO")
    assert answer(lambda: permissions.get_token_for_user(user, bao_token.pk)) == MANAGERS[name]
    listed = answer(lambda: list(permissions.token_list_for_user(user)))
    assert listed == (403 if name in ("viewer", "anonymous") else 200)
    if listed == 200:
        assert (bao_token in permissions.token_list_for_user(user)) is (MANAGERS[name] == 200)


def test_a_token_records_for_its_own_unit_only(bao_token: ApiToken, product) -> None:
    ours = product("ST-BAO", "Phóng sự: Quyền trẻ em ở vùng đồng bào Khmer", ["km"],
                   date(2024, 6, 1))
    theirs = Product.objects.filter(unit__code="ST-STTTT").first() or product(
        "ST-STTTT", "Tin: Hội nghị tập huấn", ["vi"], date(2024, 6, 2))
    actor = Actor(user=bao_token.created_by, token=bao_token)
    assert answer(lambda: permissions.get_product_for_actor(actor, ours.pk, change=True)) == 200
    assert answer(lambda: permissions.get_product_for_actor(actor, theirs.pk, change=True)
                  ) == 403
    assert answer(lambda: permissions.get_product_for_actor(actor, theirs.pk)) == 200
