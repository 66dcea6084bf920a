"""How Vietnamese administrative documents name their bodies (Decree 30/2020, Appendix I, and
the usage of provincial documents): the issuing body in a header, a unit's name inside its own
province's report, a recipient, the symbol's initials, the place of the date line, the usual
signature block. Plain Python: the header of every document the product writes uses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kehoach.vntext.text import fold

# Words that name a place in a unit's name ("... tỉnh Sóc Trăng"), longest first.
PLACE_WORDS = ("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường",
               "đặc khu")
# Where a unit's name cannot say where it sits: the ministries are in the capital.
DEFAULT_PLACE = "Hà Nội"
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
