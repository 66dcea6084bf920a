"""Whatever a system sends, it hears a 4xx with a Vietnamese reason naming the field, never 500."""

import pytest

from api.tests.conftest import ApiClient, khmer_article
from records.models import Product

pytestmark = pytest.mark.django_db


def without(field: str) -> dict[str, object]:
    body = khmer_article()
    del body[field]
    return body


# (payload, field named in the message, words of the message)
BAD_PAYLOADS = {
    "missing title": (without("title"), "title", "thiếu; trường này bắt buộc"),
    "empty title": (khmer_article(title="  "), "title", ""),
    "unknown channel": (khmer_article(channel="bao-giay"), "channel", "«bao-giay»"),
    "unknown kind": (khmer_article(kind="bai-bao"), "kind", "chọn một trong"),
    "impossible date": (khmer_article(published_on="2024-02-31"), "published_on",
                        "NĂM-THÁNG-NGÀY"),
    "date in d/m/Y": (khmer_article(published_on="20/05/2024"), "published_on",
                      "NĂM-THÁNG-NGÀY"),
    "no language": (khmer_article(languages=[]), "languages", "ít nhất 1"),
    "unknown language": (khmer_article(languages=["vi", "xx"]), "languages", "xx"),
    "language not a list": (khmer_article(languages="vi"), "languages", "danh sách"),
    "string for an integer": (khmer_article(kind="video", duration_minutes="mười lăm"),
                              "duration_minutes", "số nguyên"),
    "zero minutes": (khmer_article(kind="video", duration_minutes=0), "duration_minutes",
                     "từ 1"),
    "duration of an article": (khmer_article(duration_minutes=5), "duration_minutes",
                               "thời lượng"),
    "string for a topic id": (khmer_article(topics=["UPR"]), "topics[0]", "số nguyên"),
    "unknown topic": (khmer_article(topics=[424242]), "topics", "424242"),
    "unknown task": (khmer_article(tasks=[424242]), "tasks", "424242"),
    "id past 64 bits": (khmer_article(tasks=[2**70]), "tasks[0]", ""),
    "link without a scheme": (khmer_article(link="baosoctrang.org.vn"), "link", ""),
    "bad link": (khmer_article(link="baosoctrang.org.vn bai viet"), "link", "URL"),
    "social without platform": (khmer_article(channel="social"), "platform", "nền tảng"),
    "misspelt field": (khmer_article(titel="x"), "titel", "không có trường này"),
    "title too long": (khmer_article(title="x" * 501), "title", "500"),
    "list for a body": ([khmer_article()], "", "đối tượng JSON"),
    "number for a body": (42, "", "đối tượng JSON"),
}


@pytest.mark.parametrize("case", BAD_PAYLOADS)
def test_it_explains_a_bad_payload_naming_the_field(cms: ApiClient, case: str) -> None:
    body, field, words = BAD_PAYLOADS[case]
    response = cms.post("/api/products", body)
    assert response.status_code == 422, response.content
    details = response.json()["detail"]
    assert any(d["field"] == field and words in d["msg"] for d in details), details
    assert all(d["msg"].startswith(d["field"]) for d in details if d["field"])
    assert not Product.objects.exists()


def test_it_names_every_problem_at_once(cms: ApiClient) -> None:
    response = cms.post("/api/products", {"title": "", "kind": "x", "channel": "y"})
    fields = {d["field"] for d in response.json()["detail"]}
    assert fields >= {"title", "kind", "channel", "languages", "published_on"}


def test_it_refuses_an_unknown_unit_for_a_coordinator(session_api) -> None:
    response = session_api("coordinator").post("/api/products", khmer_article(unit=424242))
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "unit"


@pytest.mark.parametrize(("raw", "words"), [
    ('{"title": "Bài", ', "không phải JSON hợp lệ (dòng 1"),
    ("title=Bài&kind=article", "không phải JSON hợp lệ"),
    (b'{"title": "\x80"}', "UTF-8"),
])
def test_it_refuses_a_body_that_is_not_json(cms: ApiClient, raw: str | bytes, words: str) -> None:
    response = cms.post("/api/products", raw=raw)
    assert response.status_code == 400
    assert words in response.json()["detail"]


def test_it_asks_for_a_body_when_there_is_none(cms: ApiClient) -> None:
    response = cms.post("/api/products", raw="")
    assert response.status_code == 422
    assert "thiếu" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("size", [300 * 1024, 3 * 1024 * 1024])
def test_it_refuses_a_huge_body(cms: ApiClient, size: int) -> None:
    response = cms.post("/api/products", khmer_article(title="x" * size))
    assert response.status_code == 413
    assert "quá lớn" in response.json()["detail"]


@pytest.mark.parametrize("query", [
    {"date_from": "2024-13-01"}, {"page": "hai"}, {"page": 0}, {"unit": "Báo"},
])
def test_it_explains_bad_list_filters(cms: ApiClient, query: dict[str, object]) -> None:
    response = cms.get("/api/products", query)
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == next(iter(query))


@pytest.mark.parametrize("path", ["/api/products/abc", "/api/products/0",
                                  f"/api/products/{2**70}", "/api/activities/-1"])
def test_it_refuses_ids_that_cannot_be_ids(cms: ApiClient, path: str) -> None:
    response = cms.get(path)
    assert response.status_code in (404, 422)


def test_it_refuses_a_patch_with_a_bad_value(cms: ApiClient) -> None:
    created = cms.post("/api/products", khmer_article()).json()
    url = f"/api/products/{created['id']}"
    for body in [{"languages": ["xx"]}, {"published_on": "2024-02-30"}, {"channel": "bao-giay"},
                 {"languages": None}, {"colour": "red"}]:
        response = cms.patch(url, body)
        assert response.status_code == 422, body
    assert cms.patch(url, raw="{").status_code == 400
    assert cms.get(url).json()["languages"] == ["vi", "km"]
