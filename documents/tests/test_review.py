"""The source pane of the review page: marks placed where the parser read each item."""

from documents.review import segments


def test_marks_cover_the_items_without_overlapping() -> None:
    text = ("Số: 81/KH-UBND\nKẾ HOẠCH\nTriển khai Đề án\n1. Sản xuất tin, bài\n"
            "- Đơn vị chủ trì: Sở A")
    parsed = {
        "document": {"spans": {"number": [0, 14], "title": [24, 40]}},
        "tasks": [{"code": "II.1", "span": [41, len(text)],
                   "spans": {"lead": [len(text) - 4, len(text)]}}],
        "targets": [{"span": [10, 20]}],  # overlaps the number: left out
        "references": [],
    }
    pieces, anchors = segments(parsed, text)
    assert "".join(p.text for p in pieces) == text
    marked = {p.mark: p.text for p in pieces if p.mark}
    assert marked["src-doc-number"] == "Số: 81/KH-UBND"
    assert marked["src-doc-title"] == "Triển khai Đề án"
    assert marked["src-task-0"] == "1. Sản xuất tin, bài"
    assert marked["src-task-0-lead"] == "Sở A"
    assert "src-target-0" not in anchors
