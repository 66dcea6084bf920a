"""Out-of-range values over the API are a 422 naming the field, never a 500 or a row."""

import pytest

from api.tests.conftest import khmer_article
from records.models import Product


@pytest.mark.parametrize(("field", "value"), [
    ("published_on", "9999-12-31"), ("published_on", "1899-12-31"),
    ("duration_minutes", 10**30), ("topics", [2**64]), ("unit", 2**63),
    ("title", "x" * 501), ("languages", ["vi"] * 41),
])
def test_it_refuses_out_of_range_values(cms, field, value) -> None:
    response = cms.post("/api/products", khmer_article(**{field: value}))
    assert response.status_code == 422, response.content
    assert response.json()["detail"][0]["field"].startswith(field)
    assert not Product.objects.exists()


def test_list_filters_are_bounded(cms) -> None:
    for query in ({"page": 2**64}, {"date_from": "0001-01-01"}, {"unit": 2**63}):
        assert cms.get("/api/products", query).status_code == 422
