"""The contract is readable without a token; the look-ups give the codes a payload uses."""

import pytest
from django.test import Client
from django.urls import reverse

from api.tests.conftest import ApiClient
from records.services import topic_create

pytestmark = pytest.mark.django_db


def test_it_serves_the_openapi_schema_without_login(db: None) -> None:
    response = Client().get(reverse("api:openapi-json"))
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "kehoach API"
    assert {"/api/products", "/api/products/{id}", "/api/activities", "/api/languages",
            "/api/topics", "/api/kinds"} <= set(schema["paths"])
    assert {"post", "get"} <= set(schema["paths"]["/api/products"])
    assert {"get", "patch", "delete"} <= set(schema["paths"]["/api/products/{id}"])
    schemes = schema["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in schemes.values())
    product = schema["components"]["schemas"]["ProductIn"]
    assert "/api/languages" in product["properties"]["languages"]["description"]
    assert "bao-giay" not in str(product)


def test_it_renders_the_docs_page_without_login(db: None) -> None:
    response = Client().get(reverse("api:openapi-view"))
    assert response.status_code == 200
    assert "swagger" in response.text.lower()
    assert reverse("api:openapi-json") in response.text


def test_it_lists_languages_kinds_and_topics(cms: ApiClient) -> None:
    topic_create(name="Bảo vệ báo cáo quốc gia UPR chu kỳ IV")
    languages = cms.get("/api/languages").json()
    assert {"code": "km", "name": "Tiếng Khmer", "group": "minority"} in languages
    kinds = cms.get("/api/kinds").json()
    assert {"code": "online", "label": "Báo điện tử"} in kinds["channels"]
    assert {"code": "article", "label": "Bài"} in kinds["product_kinds"]
    assert {"code": "key_officials", "label": "Cán bộ chủ chốt"} in kinds["participant_groups"]
    assert {"code": "training", "label": "Tập huấn, bồi dưỡng"} in kinds["activity_kinds"]
    topics = cms.get("/api/topics").json()
    assert [t["name"] for t in topics] == ["Bảo vệ báo cáo quốc gia UPR chu kỳ IV"]


def test_it_needs_a_token_for_the_look_ups_too(province) -> None:
    assert Client().get("/api/languages").status_code == 401


def test_it_answers_in_utf8_without_escapes(cms: ApiClient) -> None:
    response = cms.get("/api/kinds")
    assert "Báo điện tử".encode() in response.content
    assert response["Content-Type"].startswith("application/json")
