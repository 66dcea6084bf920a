"""records.permissions, asked by every part a visitor plays toward Báo Sóc Trăng's records."""

from datetime import date

import pytest
from django.core.files.base import ContentFile

from accounts.models import User
from records import permissions
from records.models import Activity, ImportStatus, Product, ProductImport
from records.services import activity_create, topic_create
from tests.access import VISITORS, answer
from units.models import Unit

pytestmark = pytest.mark.django_db

RECORDERS = {"administrator": 200, "coordinator": 200, "own_reporter": 200,
             "other_reporter": 403, "viewer": 403, "anonymous": 403}


@pytest.fixture
def bao_product(product) -> Product:
    return product("ST-BAO", "Chùa Khmer và quyền tự do tín ngưỡng", ["km", "vi"],
                   date(2024, 6, 18))


@pytest.fixture
def bao_activity(coordinator: User, plan) -> Activity:
    return activity_create(
        user=coordinator, unit=Unit.objects.get(code="ST-BAO"), title="Tọa đàm báo chí",
        kind="training", start_date=date(2024, 5, 2), end_date=date(2024, 5, 2),
        participants={"other": 20}, tasks=[plan.tasks.get(code="II.1")])


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_the_units_reporter_and_coordinators_change_its_records(
    visitor, bao_product: Product, bao_activity: Activity, name: str
) -> None:
    user = visitor(name, own="ST-BAO")
    assert answer(lambda: permissions.get_product_for_user(user, bao_product.pk, change=True)
                  ) == RECORDERS[name]
    assert answer(lambda: permissions.get_activity_for_user(user, bao_activity.pk, change=True)
                  ) == RECORDERS[name]
    # Every record is read by all: the views' log-in is the only door.
    assert answer(lambda: permissions.get_product_for_user(user, bao_product.pk)) == 200


@pytest.mark.parametrize("name,units", [
    ("administrator", None), ("coordinator", None), ("own_reporter", ["ST-BAO"]),
    ("other_reporter", ["ST-STTTT"]), ("viewer", []), ("anonymous", []),
])
def test_it_names_the_units_each_visitor_records_for(visitor, name: str,
                                                     units: list[str] | None) -> None:
    allowed = permissions.recording_units(visitor(name, own="ST-BAO"))
    codes = None if allowed is None else [Unit.objects.get(pk=pk).code for pk in allowed]
    assert codes == units


@pytest.mark.parametrize("name", VISITORS)
def test_it_lets_only_coordinators_keep_the_topics(visitor, name: str) -> None:
    topic = topic_create(name="Quyền của người khuyết tật")
    expected = 200 if name in ("administrator", "coordinator") else 403
    assert answer(lambda: permissions.get_topic_for_user(visitor(name), topic.pk, change=True)
                  ) == expected


@pytest.mark.parametrize("name,expected", [
    ("administrator", 404), ("coordinator", 404), ("own_reporter", 200),
    ("other_reporter", 404), ("viewer", 403), ("anonymous", 403),
])
def test_it_shows_an_import_to_its_uploader_only(visitor, name: str, expected: int) -> None:
    upload = ProductImport.objects.create(
        file=ContentFile(b"x", name="san-pham.xlsx"), original_name="san-pham.xlsx",
        sha256="bao", status=ImportStatus.READY,
        created_by=User.objects.get(username="baosoctrang"),
        summary={"rows": [], "counts": {"ok": 0, "duplicate": 0, "error": 0}})
    assert answer(lambda: permissions.get_import_for_user(visitor(name, own="ST-BAO"),
                                                          upload.pk)) == expected
