"""A newspaper's system sends what it publishes; the rules are the pages' rules."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.db.models.signals import pre_save
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import Membership
from api.services import token_revoke
from api.tests.conftest import ApiClient, khmer_article
from records.models import Product
from records.services import product_create, topic_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def dai_product(coordinator, unit) -> Product:
    from records.models import Language
    return product_create(user=coordinator, unit=unit("ST-DAI"), title="Chương trình tiếng Khmer",
                          kind="radio", channel="radio", published_on=date(2024, 6, 1),
                          duration_minutes=30, languages=Language.objects.filter(code="km"))


def test_it_records_a_khmer_article_sent_by_the_newspapers_system(cms, reporter, unit) -> None:
    response = cms.post("/api/products", khmer_article())
    assert response.status_code == 201, response.json()
    product = Product.objects.get(pk=response.json()["id"])
    assert product.unit == unit("ST-BAO")
    assert product.created_by == reporter
    assert sorted(product.languages.values_list("code", flat=True)) == ["km", "vi"]
    assert response.json()["languages"] == ["vi", "km"]
    assert response.json()["unit_name"] == "Báo Sóc Trăng"
    created = LogEntry.objects.get_for_object(product).get(action=LogEntry.Action.CREATE)
    assert created.actor == reporter
    assert created.remote_addr == "127.0.0.1"


def test_it_records_topics_and_tasks_by_id(cms, province) -> None:
    from plans.models import Task
    topic = topic_create(name="Bảo vệ báo cáo quốc gia UPR chu kỳ IV")
    task = Task.objects.filter(plan__number="81").first()
    response = cms.post("/api/products", khmer_article(topics=[topic.pk], tasks=[task.pk]))
    assert response.status_code == 201, response.json()
    assert response.json()["topics"] == [topic.pk] and response.json()["tasks"] == [task.pk]


def test_it_refuses_the_newspapers_token_for_the_radio_station(cms, unit) -> None:
    response = cms.post("/api/products", khmer_article(unit=unit("ST-DAI").pk))
    assert response.status_code == 403
    assert "Báo Sóc Trăng" in response.json()["detail"]
    assert not Product.objects.exists()


def test_it_accepts_the_tokens_own_unit_named_explicitly(cms, unit) -> None:
    response = cms.post("/api/products", khmer_article(unit=unit("ST-BAO").pk))
    assert response.status_code == 201


def test_it_refuses_a_token_whose_creator_left_the_unit(cms, reporter, unit) -> None:
    Membership.objects.filter(user=reporter, unit=unit("ST-BAO")).delete()
    response = cms.post("/api/products", khmer_article())
    assert response.status_code == 403
    assert "đơn vị mình" in response.json()["detail"]


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer kh_not-a-real-token"}, {"Authorization": "Bearer"},
    {"Authorization": "Basic dXNlcjpwYXNz"},
])
def test_it_asks_for_a_token_when_there_is_none_that_works(province, headers) -> None:
    response = Client().post("/api/products", khmer_article(), content_type="application/json",
                             headers=headers)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert "Mã truy cập" in response.json()["detail"] or "mã truy cập" in response.json()["detail"]


def test_it_refuses_a_revoked_token(cms, bao_token, reporter) -> None:
    token_revoke(user=reporter, token=bao_token[0])
    assert cms.get("/api/products").status_code == 401
    assert cms.post("/api/products", khmer_article()).status_code == 401


def test_it_refuses_a_wrong_token_even_with_a_session(client_as, province) -> None:
    client = ApiClient(client_as("coordinator"), "kh_wrong-secret-entirely")
    assert client.get("/api/products").status_code == 401


def test_it_refuses_a_viewers_session(session_api, unit) -> None:
    response = session_api("viewer").post("/api/products",
                                          khmer_article(unit=unit("ST-BAO").pk))
    assert response.status_code == 403
    assert not Product.objects.exists()


def test_it_lets_a_viewers_session_read(session_api, cms) -> None:
    cms.post("/api/products", khmer_article())
    response = session_api("viewer").get("/api/products")
    assert response.status_code == 200 and response.json()["count"] == 1


def test_it_lets_a_reporters_session_record_for_its_only_unit(session_api, unit) -> None:
    response = session_api("reporter").post("/api/products", khmer_article())
    assert response.status_code == 201
    assert response.json()["unit"] == unit("ST-BAO").pk
    other = session_api("reporter").post("/api/products", khmer_article(unit=unit("ST-DAI").pk))
    assert other.status_code == 403


def test_it_lets_a_coordinators_session_record_for_a_unit_it_names(session_api, unit,
                                                                    coordinator) -> None:
    api = session_api("coordinator")
    missing = api.post("/api/products", khmer_article())
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["field"] == "unit"
    response = api.post("/api/products", khmer_article(unit=unit("ST-DAI").pk))
    assert response.status_code == 201
    product = Product.objects.get()
    assert product.created_by == coordinator
    assert LogEntry.objects.get_for_object(product).filter(
        action=LogEntry.Action.CREATE).get().actor == coordinator


def test_it_checks_the_csrf_token_of_a_session(province, coordinator, unit) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    response = client.post("/api/products", khmer_article(unit=unit("ST-BAO").pk),
                           content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_it_leaves_no_audit_receiver_behind(cms) -> None:
    """Acting as the token's creator must not pile signal receivers up request after request."""
    cms.post("/api/products", khmer_article())
    before = len(pre_save.receivers)
    for n in range(3):
        cms.post("/api/products", khmer_article(title=f"Bài số {n}"))
    assert len(pre_save.receivers) == before


# Reading -----------------------------------------------------------------------------------

def test_it_shows_one_product(cms, dai_product) -> None:
    response = cms.get(f"/api/products/{dai_product.pk}")
    assert response.status_code == 200
    assert response.json()["duration_minutes"] == 30
    assert cms.get("/api/products/999999").status_code == 404
    assert cms.get("/api/products/999999").json()["detail"] == "Không tìm thấy."


def test_it_lists_the_tokens_unit_by_default_and_others_on_request(cms, dai_product,
                                                                   unit) -> None:
    for day in ["2024-03-01", "2024-05-20", "2024-09-30"]:
        cms.post("/api/products", khmer_article(published_on=day, title=f"Bài ngày {day}"))
    own = cms.get("/api/products").json()
    assert own["count"] == 3
    assert [item["published_on"] for item in own["items"]] == [
        "2024-09-30", "2024-05-20", "2024-03-01"]
    dai = cms.get("/api/products", {"unit": unit("ST-DAI").pk}).json()
    assert [item["id"] for item in dai["items"]] == [dai_product.pk]
    ranged = cms.get("/api/products", {"date_from": "2024-05-20", "date_to": "2024-09-29"})
    assert [item["published_on"] for item in ranged.json()["items"]] == ["2024-05-20"]


def test_it_lists_every_unit_for_a_session(session_api, cms, dai_product) -> None:
    cms.post("/api/products", khmer_article())
    assert session_api("viewer").get("/api/products").json()["count"] == 2


def test_it_pages_a_list(cms) -> None:
    for n in range(5):
        cms.post("/api/products", khmer_article(title=f"Bài số {n}"))
    page = cms.get("/api/products", {"page": 2, "page_size": 2}).json()
    assert (page["count"], page["page"], page["page_size"], len(page["items"])) == (5, 2, 2, 2)
    assert cms.get("/api/products", {"page": 9, "page_size": 2}).json()["items"] == []
    assert cms.get("/api/products", {"page_size": 1000}).status_code == 422


def test_it_lists_with_the_same_queries_for_more_products(cms) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert cms.get("/api/products").status_code == 200
        return len(context.captured_queries)

    cms.post("/api/products", khmer_article())
    one = queries()
    for n in range(6):
        cms.post("/api/products", khmer_article(title=f"Bài số {n}"))
    assert queries() == one


# Changing ----------------------------------------------------------------------------------

def test_it_changes_only_the_fields_sent(cms, reporter) -> None:
    created = cms.post("/api/products", khmer_article()).json()
    response = cms.patch(f"/api/products/{created['id']}",
                         {"title": "Tiêu đề đã sửa", "languages": ["km"]})
    assert response.status_code == 200, response.json()
    assert response.json()["title"] == "Tiêu đề đã sửa"
    assert response.json()["languages"] == ["km"]
    assert response.json()["link"] == created["link"]
    update = LogEntry.objects.get_for_object(Product.objects.get()).filter(
        action=LogEntry.Action.UPDATE, changes__icontains="title").get()
    assert update.actor == reporter


def test_it_clears_a_duration_with_null_and_refuses_null_elsewhere(cms) -> None:
    created = cms.post("/api/products", khmer_article(kind="video", duration_minutes=5)).json()
    url = f"/api/products/{created['id']}"
    assert cms.patch(url, {"duration_minutes": None}).json()["duration_minutes"] is None
    refused = cms.patch(url, {"title": None})
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["msg"].startswith("title (tên): không được là null")


def test_it_refuses_to_change_another_units_product(cms, dai_product) -> None:
    response = cms.patch(f"/api/products/{dai_product.pk}", {"title": "Sửa trộm"})
    assert response.status_code == 403
    dai_product.refresh_from_db()
    assert dai_product.title == "Chương trình tiếng Khmer"


def test_it_refuses_to_move_a_product_to_another_unit(cms, unit) -> None:
    created = cms.post("/api/products", khmer_article()).json()
    response = cms.patch(f"/api/products/{created['id']}", {"unit": unit("ST-DAI").pk})
    assert response.status_code == 403
    assert Product.objects.get().unit == unit("ST-BAO")


def test_it_refuses_a_viewer_changing_or_deleting(session_api, dai_product) -> None:
    api = session_api("viewer")
    assert api.patch(f"/api/products/{dai_product.pk}", {"title": "x"}).status_code == 403
    assert api.delete(f"/api/products/{dai_product.pk}").status_code == 403
    assert Product.objects.filter(pk=dai_product.pk).exists()


def test_it_lets_a_coordinator_change_any_units_product(session_api, dai_product) -> None:
    response = session_api("coordinator").patch(f"/api/products/{dai_product.pk}",
                                                {"duration_minutes": 45})
    assert response.status_code == 200 and response.json()["duration_minutes"] == 45


def test_it_deletes_the_tokens_own_product_and_logs_it(cms, reporter) -> None:
    created = cms.post("/api/products", khmer_article()).json()
    response = cms.delete(f"/api/products/{created['id']}")
    assert response.status_code == 204
    assert not Product.objects.exists()
    deleted = LogEntry.objects.get(action=LogEntry.Action.DELETE,
                                   content_type__model="product")
    assert deleted.actor == reporter
    assert cms.delete(f"/api/products/{created['id']}").status_code == 404


def test_it_refuses_to_delete_another_units_product(cms, dai_product) -> None:
    assert cms.delete(f"/api/products/{dai_product.pk}").status_code == 403
    assert Product.objects.filter(pk=dai_product.pk).exists()
