"""The API refuses a record for a unit that had ended by the record's date, as the forms do."""

from datetime import date

from records.models import Language, Product
from records.services import product_create


def test_it_refuses_a_2026_article_of_the_merged_newspaper(cms) -> None:
    refused = cms.post("/api/products", {
        "title": "Cần Thơ mới bảo đảm quyền tiếp cận thông tin của đồng bào Khmer",
        "kind": "article", "channel": "online", "languages": ["vi", "km"],
        "published_on": "2026-05-20"})
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["msg"] == (
        "unit (đơn vị): Đơn vị Báo Sóc Trăng đã chấm dứt từ 01/07/2025; đơn vị kế thừa: "
        "Báo và Phát thanh, Truyền hình Cần Thơ.")
    assert not Product.objects.exists()


def test_it_keeps_a_2024_articles_unit_when_its_title_changes(cms, reporter, unit) -> None:
    product = product_create(user=reporter, unit=unit("ST-BAO"), title="Chùa Khmer mùa lễ",
                             kind="article", channel="online", published_on=date(2024, 4, 12),
                             languages=[Language.objects.get(code="km")])
    changed = cms.patch(f"/api/products/{product.pk}", {"title": "Chùa Khmer mùa lễ hội"})
    assert changed.status_code == 200
    moved = cms.patch(f"/api/products/{product.pk}", {"published_on": "2026-04-12"})
    assert moved.status_code == 422
    assert "đã chấm dứt từ 01/07/2025" in moved.json()["detail"][0]["msg"]
