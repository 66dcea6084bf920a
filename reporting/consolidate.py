"""How a report names its bodies and its basis: the rules of a unit's name in a header, a
recipient list and a sentence, the opening sentence and the signature.

The defaults of the document's header (issuing body, symbol, place, opening, recipients,
signature) are derived from the receiving unit and the period, so that a coordinator only
fills in what a machine cannot know: the number, the date and the signer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from kehoach.vntext.text import fold

LEAD_SEPARATOR = ": "
# Words that name a place in a unit's name ("... tỉnh Sóc Trăng"), longest first.
PLACE_WORDS = ("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường",
               "đặc khu")
# Where a unit's name cannot say where it sits: the ministries are in the capital.
DEFAULT_PLACE = "Hà Nội"


def title_key(title: str) -> str:
    """Titles compare without their numbering, case and marks: "II. Kết quả" is "ket qua"."""
    words = fold(title).split()
    if words and words[0].rstrip(".)").isalnum() and (
            words[0].endswith((".", ")")) or _is_roman(words[0])):
        words = words[1:]
    return " ".join(words)


def _is_roman(word: str) -> bool:
    return bool(word) and set(word.rstrip(".")) <= set("ivxlc")


# --- The header and the words around the body ------------------------------------------


_PLACE = re.compile(r"(?<![^\s,])(" + "|".join(PLACE_WORDS) + r")\s+(\S)")


def _place_after(name: str) -> tuple[int, str, str] | None:
    """Where the first lower-case place word followed by a capitalised name starts, the word,
    and the name.

    >>> _place_after("Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    (29, 'tỉnh', 'Sóc Trăng')
    >>> _place_after("Sở Lao động - Thương binh và Xã hội") is None
    True
    """
    for match in _PLACE.finditer(name):
        if match.group(2).isupper() or match.group(2).isdigit():
            rest = name[match.end(1):].split(",")[0].strip()
            return match.start(1), match.group(1), rest
    return None


def place_name(name: str) -> str:
    """The place a unit's name ends with: "Ủy ban nhân dân tỉnh Sóc Trăng" is "Sóc Trăng"."""
    found = _place_after(name)
    return found[2] if found else ""


def own_name(name: str, parent_name: str = "") -> str:
    """The unit's name without the place its parent body already names.

    >>> province = "Ủy ban nhân dân tỉnh Sóc Trăng"
    >>> own_name("Sở Thông tin và Truyền thông tỉnh Sóc Trăng", province)
    'Sở Thông tin và Truyền thông'
    >>> own_name("Ủy ban nhân dân thành phố Sóc Trăng", province)
    'Ủy ban nhân dân thành phố Sóc Trăng'
    """
    found = _place_after(name)
    parent = _place_after(parent_name) if parent_name else None
    if found and parent and found[1:] == parent[1:] and name.endswith(found[2]):
        return name[:found[0]].rstrip(" ,")
    return name


def local_name(name: str, parent_name: str = "") -> str:
    """A unit's name as a report of its own province writes it: the place goes, "tỉnh" stays
    where it says the level ("Hội Liên hiệp Phụ nữ tỉnh"); a department needs neither.

    >>> province = "Ủy ban nhân dân tỉnh Sóc Trăng"
    >>> local_name("Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng", province)
    'Hội Liên hiệp Phụ nữ tỉnh'
    >>> local_name("Sở Giáo dục và Đào tạo tỉnh Sóc Trăng", province)
    'Sở Giáo dục và Đào tạo'
    >>> local_name("Ủy ban nhân dân huyện Trần Đề", province), local_name("Báo Sóc Trăng", province)
    ('Ủy ban nhân dân huyện Trần Đề', 'Báo Sóc Trăng')
    """
    found = _place_after(name)
    parent = _place_after(parent_name) if parent_name else None
    if not (found and parent and found[1:] == parent[1:] and name.endswith(found[2])):
        return name
    own = name[:found[0]].rstrip(" ,")
    return own if fold(own).startswith("so ") else f"{own} {found[1]}"


def issuing_body(name: str, parent_name: str = "") -> str:
    """The issuing body as the header prints it: its own name, in capitals.

    >>> issuing_body("Sở Thông tin và Truyền thông tỉnh Sóc Trăng", "UBND tỉnh Sóc Trăng")
    'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'
    """
    return own_name(name, parent_name).upper()


def parent_body(name: str) -> str:
    """The parent body as headers print it: people's committees are written "UBND"."""
    prefix = "Ủy ban nhân dân "
    if fold(name).startswith(fold(prefix)):
        name = "UBND " + name[len(prefix):]
    return name.upper()


def abbreviation(name: str) -> str:
    """The initials that make a body's symbol, without "và" and the place.

    >>> abbreviation("Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    'STTTT'
    >>> abbreviation("Sở Văn hóa, Thể thao và Du lịch")
    'SVHTTDL'
    >>> abbreviation("Ủy ban nhân dân tỉnh Sóc Trăng")
    'UBND'
    >>> abbreviation("Sở Lao động - Thương binh và Xã hội")
    'SLĐTBXH'
    """
    found = _place_after(name)
    if found:
        name = name[:found[0]]
    words = [w for w in name.replace(",", " ").replace("-", " ").split() if w.lower() != "và"]
    return "".join("Đ" if w[0] in "Đđ" else fold(w[0]).upper() for w in words)


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


def short_date(day: date) -> str:
    """ "06/5/2024", as documents cite other documents (months 1 and 2 as 01, 02)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


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
        subject += (f" (số liệu từ ngày {short_date(window[0])} đến ngày "
                    f"{short_date(window[1])})")
    sentence = f"{unit_name} báo cáo {subject} như sau:"
    return f"Thực hiện {basis}, {sentence}" if basis else sentence


def recipient_name(name: str, parent_name: str = "") -> str:
    """A recipient as the list writes it: the province's own bodies by level, "UBND tỉnh".

    >>> recipient_name("Ủy ban nhân dân tỉnh Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng")
    'UBND tỉnh'
    >>> recipient_name("Bộ Thông tin và Truyền thông")
    'Bộ Thông tin và Truyền thông'
    """
    local = local_name(name, parent_name)
    prefix = "ủy ban nhân dân "
    if fold(local).startswith(fold(prefix)):
        local = "UBND " + local[len(prefix):]
    return local


def requester(request: str) -> str:
    """Who asked, from an ad-hoc request's wording: "... của Ban Chỉ đạo Nhân quyền tỉnh"."""
    marker = " của "
    if marker not in request:
        return ""
    return request.rsplit(marker, 1)[1].strip().rstrip(".;,")


def line_ministry(name: str) -> str:
    """The ministry a provincial department reports to on its field.

    >>> line_ministry("Sở Văn hóa, Thể thao và Du lịch")
    'Bộ Văn hóa, Thể thao và Du lịch'
    >>> line_ministry("Báo Sóc Trăng")
    ''
    """
    if fold(name).startswith("so ") and _place_after(name) is None:
        return "Bộ " + name.split(" ", 1)[1]
    return ""


def signature(name: str) -> tuple[str, str]:
    """The usual authority prefix and position for a deputy head signing for the head.

    >>> signature("Sở Thông tin và Truyền thông tỉnh Sóc Trăng")
    ('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC')
    """
    key = fold(name)
    if key.startswith("so "):
        return "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    if key.startswith("bo "):
        return "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"
    if key.startswith("uy ban nhan dan"):
        return "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    return "", "THỦ TRƯỞNG ĐƠN VỊ"


def place_of(units: Iterable[tuple[str, str]]) -> str:
    """The place of the date line: the nearest people's committee's place among a unit and its
    parents, given as (kind, name) from the unit up; ministries write "Hà Nội"."""
    for kind, name in units:
        if kind in ("province", "district", "commune") and (found := place_name(name)):
            return found
    return DEFAULT_PLACE
