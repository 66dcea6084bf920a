"""Which part of a report a form's part is, by its title, so a renamed or reordered outline
still gets the right draft: "Công tác lãnh đạo, chỉ đạo" is the direction part wherever it is.

>>> [role_of(t) for t in ["I. Công tác chỉ đạo, triển khai", "Kết quả đạt được",
...                       "Đánh giá chung", "Phương hướng, nhiệm vụ 6 tháng cuối năm",
...                       "Đề xuất, kiến nghị", "Công tác phối hợp"]]
['direction', 'results', 'assessment', 'next', 'recommendations', 'other']
"""

from __future__ import annotations

from functools import lru_cache

from reporting.phrasing import title_key

DIRECTION = "direction"
RESULTS = "results"
ASSESSMENT = "assessment"
NEXT = "next"
RECOMMENDATIONS = "recommendations"
OTHER = "other"

# Checked in this order: "Đánh giá kết quả" is an assessment, not the results.
_KEYS = [
    (RECOMMENDATIONS, ("de xuat", "kien nghi")),
    (NEXT, ("phuong huong", "thoi gian toi", "nhiem vu trong tam", "cuoi nam")),
    (ASSESSMENT, ("danh gia", "han che", "kho khan", "ton tai", "vuong mac")),
    (DIRECTION, ("chi dao", "trien khai", "lanh dao", "to chuc thuc hien")),
    (RESULTS, ("ket qua",)),
]


@lru_cache(maxsize=1024)
def role_of(title: str) -> str:
    """Cached: a consolidated report asks it of every unit text's part title for every part,
    and a thousand units' reports hold only a few distinct titles."""
    key = title_key(title)
    for role, words in _KEYS:
        if any(word in key for word in words):
            return role
    return OTHER
