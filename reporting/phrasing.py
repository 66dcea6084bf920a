"""How a report phrases what it is about: its subject (trích yếu) from the form and the
period, the opening sentence that names what it answers and its window, who asked for it, and
how parts' titles compare whatever their numbering. The names of bodies are exports.naming's.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from kehoach.vntext.formats import cited_date
from kehoach.vntext.text import fold


@lru_cache(maxsize=1024)
def title_key(title: str) -> str:
    """Titles compare without their numbering, case and marks: "II. Kết quả" is "ket qua".

    Cached: a thousand units' reports repeat the same five titles."""
    words = fold(title).split()
    if words and words[0].rstrip(".)").isalnum() and (
            words[0].endswith((".", ")")) or _is_roman(words[0])):
        words = words[1:]
    return " ".join(words)


def _is_roman(word: str) -> bool:
    return bool(word) and set(word.rstrip(".")) <= set("ivxlc")




















def period_phrase(title: str) -> str:
    """A period's title as the report's sentences use it, without "Báo cáo".

    >>> period_phrase("Báo cáo 6 tháng đầu năm 2024")
    '6 tháng đầu năm 2024'
    >>> period_phrase("Kết quả năm 2024")
    'kết quả năm 2024'
    """
    phrase = title.strip()
    if fold(phrase).startswith("bao cao "):
        phrase = phrase[len("báo cáo "):].strip()
    if len(phrase) > 1 and phrase[0].isupper() and not phrase[1].isupper():
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


def report_title(form_name: str, period_title: str) -> str:
    """The trích yếu: what the form reports on, for the period.

    >>> report_title("Báo cáo kết quả thực hiện Đề án truyền thông về quyền con người",
    ...              "Báo cáo 6 tháng đầu năm 2024")
    'Kết quả thực hiện Đề án truyền thông về quyền con người 6 tháng đầu năm 2024'
    """
    subject = period_phrase(form_name)
    phrase = period_phrase(period_title)
    if fold(phrase).startswith(fold(subject)):
        subject = ""
    text = f"{subject} {phrase}".strip()
    return text[0].upper() + text[1:] if text else text


def opening(*, unit_name: str, subject: str, request: str = "", plan: str = "",
            window: tuple[date, date] | None = None) -> str:
    """The sentence before part I: what the report answers, who reports, on what, and the
    window its figures cover.

    >>> opening(unit_name="Sở Nội vụ", subject="Báo cáo 6 tháng đầu năm 2024",
    ...         request="Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo",
    ...         window=(date(2023, 12, 15), date(2024, 6, 14)))
    'Thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo, Sở Nội vụ báo cáo \
kết quả 6 tháng đầu năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/6/2024) như sau:'
    """
    basis = request.strip().rstrip(".;,") or plan.strip()
    subject = period_phrase(subject)
    if not fold(subject).startswith("ket qua"):
        subject = f"kết quả {subject}"
    if window:
        subject += (f" (số liệu từ ngày {cited_date(window[0])} đến ngày "
                    f"{cited_date(window[1])})")
    sentence = f"{unit_name} báo cáo {subject} như sau:"
    return f"Thực hiện {basis}, {sentence}" if basis else sentence




def requester(request: str) -> str:
    """Who asked, from an ad-hoc request's wording: "... của Ban Chỉ đạo Nhân quyền tỉnh"."""
    marker = " của "
    if marker not in request:
        return ""
    return request.rsplit(marker, 1)[1].strip().rstrip(".;,")
