"""Names of issuing bodies as Decree 30 writes them, and as they are written in full.

A header names its body in capitals under its parent ("UBND TỈNH KON TUM" / "SỞ Y TẾ"); the
parse returns "Sở Y tế tỉnh Kon Tum", the name a reader would write, with the place that the
parent line or the place-and-date line gives.
"""

import re

from kehoach.ingest.textutil import flat

# Provincial departments, whose place Decree 30 writes as the province's name.
DEPARTMENT = re.compile(r"^(?:so|ban|thanh tra|van phong)\s")
DEPARTMENT_OF_PROVINCE = re.compile(r"^so\s")
_ABBREVIATED = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
_LEVEL_PLACE = re.compile(
    r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+([A-ZĐÀ-Ỹ].*)$"
)
_ENDS_WITH_LEVEL = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$")
COMMITTEE = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)\s")
_PARTY_COMMITTEE = re.compile(r"^(?:tinh|thanh|huyen|quan|thi|dang) uy\s")
# Decree 30 writes the place of a provincial body as the province's own name, without "tỉnh";
# these cities are provinces in their own right and are written "thành phố ...".
_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


# The person who signs for a body, before the body's name: "Chủ tịch Ủy ban nhân dân tỉnh".
_HOLDER = re.compile(r"^(?:chu tich|giam doc|truong ban|bo truong|cuc truong|chanh van phong)\s+"
                     r"(?=(?:uy ban|ubnd|hoi dong|hdnd|so|ban|bo|cuc|van phong)\b)")


def body_of(name: str) -> str:
    """The body a person's office names: "Chủ tịch UBND tỉnh Gia Lai" → "Ủy ban nhân dân tỉnh
    Gia Lai". A decision is signed by the chairman and issued in the committee's name."""
    holder = _HOLDER.match(flat(name))
    return full_name(name[holder.end():] if holder else name)


def full_name(name: str) -> str:
    """"UBND tỉnh Kon Tum" as names are written in full: "Ủy ban nhân dân tỉnh Kon Tum"."""
    first, _, rest = name.partition(" ")
    return f"{_ABBREVIATED[first]} {rest}".strip() if first in _ABBREVIATED else name


def with_place(name: str, level: str, place: str) -> str:
    """A body's name with its locality: "Sở Y tế" → "Sở Y tế tỉnh Kon Tum".

    A department's own header line names no place, because its parent line ("UBND TỈNH KON
    TUM") does; written alone, its name takes the place as the parent's does. A name that
    already ends with its level ("Công an tỉnh") takes only the place name.
    """
    if _LEVEL_PLACE.search(name):
        return name
    if _ENDS_WITH_LEVEL.search(name):
        return f"{name} {place}"
    if flat(name) == "van phong":  # the committee's own office: "Văn phòng UBND tỉnh X"
        return f"{name} Ủy ban nhân dân {level} {place}"
    return f"{name} {level} {place}"


def under_parent(issuer: str, parent: str) -> str:
    """The issuer named as its parent line places it.

    "SỞ Y TẾ" under "UBND TỈNH KON TUM" is "Sở Y tế tỉnh Kon Tum"; "BAN TUYÊN GIÁO" under
    "TỈNH ỦY KON TUM" is "Ban Tuyên giáo Tỉnh ủy Kon Tum". Under a ministry the name stays as
    it is: the ministry's departments are national.
    """
    key, parent_key = flat(issuer), flat(parent)
    place = _LEVEL_PLACE.search(parent)
    if parent_key.startswith("dang bo ") and place and key.endswith(" uy"):
        return f"{issuer} {place.group(2)}"  # "Tỉnh ủy" under "ĐẢNG BỘ TỈNH KON TUM"
    if COMMITTEE.match(key) or _PARTY_COMMITTEE.match(key):
        return issuer
    if _PARTY_COMMITTEE.match(parent_key):
        return f"{issuer} {parent}"
    if place is None or not COMMITTEE.match(parent_key):
        return issuer
    return with_place(issuer, place.group(1), place.group(2))


def place_level(place: str) -> tuple[str, str]:
    """("tỉnh", "Kon Tum") for the place of a provincial document's place-and-date line."""
    name = re.sub(r"^(?:TP\.?|Tp\.?|Thành phố|thành phố)\s*", "", place).strip()
    return ("thành phố" if flat(name) in _CITIES else "tỉnh"), name


def placed_by_date_line(issuer: str, place: str) -> str:
    """A department whose parent line was lost takes its province from the place-date line."""
    key = flat(issuer)
    if DEPARTMENT_OF_PROVINCE.match(key) or _ENDS_WITH_LEVEL.search(issuer) or key in (
            "uy ban nhan dan", "hoi dong nhan dan"):
        return with_place(issuer, *place_level(place))
    return issuer
