"""The API's lists follow next_cursor to any depth, and refuse a page number that would make
the database skip more than MAX_OFFSET rows."""

from datetime import date, timedelta

import pytest

from api.selectors import MAX_OFFSET
from api.tests.conftest import khmer_article

pytestmark = pytest.mark.django_db


def test_next_cursor_walks_the_whole_list_once_newest_first(cms) -> None:
    for n in range(5):  # two on each day: the id breaks the tie
        cms.post("/api/products", khmer_article(
            title=f"Bài số {n}", published_on=(date(2024, 3, 1) + timedelta(days=n // 2))
            .isoformat()))
    seen, query = [], {"page_size": 2}
    while True:
        page = cms.get("/api/products", query).json()
        assert (page["count"], page["count_is_exact"]) == (5, True)
        seen += [(item["published_on"], item["id"]) for item in page["items"]]
        if page["next_cursor"] is None:
            break
        query = {"page_size": 2, "cursor": page["next_cursor"]}
    assert len(seen) == 5 and seen == sorted(seen, reverse=True)


def test_a_page_too_deep_is_refused_with_the_way_on(cms) -> None:
    response = cms.get("/api/products", {"page": MAX_OFFSET // 50 + 1, "page_size": 50})
    assert response.status_code == 422
    assert "hãy dùng cursor" in response.text
    assert cms.get("/api/products", {"cursor": "1 OR 1=1"}).status_code == 422
