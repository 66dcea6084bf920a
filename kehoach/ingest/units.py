"""Unit names in running text: where one unit ends and the next begins.

"Sở Văn hóa, Thể thao và Du lịch, Báo Sóc Trăng và các sở, ban, ngành" holds three units, and
its commas and "và" do not say which. A piece starts a new unit only when it opens with a word
that opens organisation names (Sở, Báo, Ủy ban, các ...); any other piece belongs to the name
before it.
"""

import re

from kehoach.ingest.textutil import flat

_HEADS = (
    "so", "ban", "bo", "bao", "dai", "hoi", "doan", "lien doan", "lien hiep", "lien minh",
    "uy ban", "ubnd", "ubmttq", "hdnd", "hoi dong", "cong an", "bo chi huy", "bo doi", "cuc",
    "chi cuc", "tong cuc", "vu", "vien", "truong", "trung tam", "van phong", "phong", "thanh tra",
    "toa an", "kho bac", "mat tran", "tinh doan", "thanh doan", "tinh uy", "thanh uy", "huyen uy",
    "dang uy", "cong ty", "tong cong ty", "cong thong tin", "cong ttdt", "tap chi", "thong tan xa",
    "nha xuat ban", "thu vien", "bao tang", "hoc vien", "dai hoc", "ngan hang", "buu dien",
    "bao hiem", "chi nhanh", "dang doan", "bcd", "don bien phong", "vien kiem sat", "chu tich",
    "thuong truc", "bo phan", "to cong tac", "nhom", "hop tac xa", "cac", "tat ca cac",
    "uy ban nhan dan", "tt", "s.", "vnpt", "viettel", "dai phat thanh", "ban chi dao", "dang bo",
)
# "Tổ công tác", "Tổ công nghệ số cộng đồng", "Tổ dân phố": a team; "tổ chức" (to organise) and
# "Tổ quốc" (in "Mặt trận Tổ quốc") are not.
_TEAM = r"to(?! (?:chuc|quoc)\b)"
_HEAD = re.compile(r"(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
                   + "|" + _TEAM + r")(?![a-z])")
_SEPARATOR = re.compile(r"\s*(?:[,;]|\bvà\b|\bcùng\b)\s*|\s+-\s+(?=[A-ZĐ])")
_TRAILING = re.compile(
    r"(?:\s*\((?:[^()]*)\))+$|\s+(?:thực hiện|triển khai|tổ chức thực hiện|cùng thực hiện)$"
)


def starts_unit(text: str) -> bool:
    """Whether text opens like an organisation's name ("Sở ...", "các cơ quan ...")."""
    text = text.strip()
    if not text:
        return False
    key = flat(text)
    if _HEAD.match(key) is None:
        return False
    if key.startswith("cac ") or key.startswith("tat ca"):
        return True
    # "ban", "phòng" in lower case are the tail of a list ("các sở, ban, ngành").
    return text[0].isupper()


# "các cơ quan, đơn vị", "các sở, ban, ngành" are units; "các nhiệm vụ cụ thể" is not.
_GROUP_OF_UNITS = re.compile(
    r"(?:cac|tat ca cac)\s+(?:co quan|don vi|so|ban|nganh|dia phuong|huyen|xa|phuong|thi tran"
    r"|thi xa|thanh pho|tinh|to chuc|hoi|doan the|bao|dai|phong|trung tam|truong|ubnd|uy ban"
    r"|thanh vien|doanh nghiep|hop tac xa|chi cuc|cuc|bo|thon|ap|khu|to|lien doan)\b")


def names_unit(text: str) -> bool:
    """Whether text is a unit's name, and not just a phrase that opens like one: a subject
    before "chủ trì" must be one ("các nhiệm vụ ..., cơ quan chủ trì" names none)."""
    key = flat(text.strip())
    if key.startswith(("cac ", "tat ca")):
        return _GROUP_OF_UNITS.match(key) is not None
    return starts_unit(text)


def split_units(text: str) -> list[str]:
    """The unit names in a list as plans write it, in order, without duplicates."""
    text = " ".join(text.replace("<br>", "; ").split()).strip(" .;:,")
    if not text:
        return []
    names: list[str] = []
    position = 0
    pieces: list[tuple[str, str]] = []  # (separator before, piece)
    separator = ""
    for match in _SEPARATOR.finditer(text):
        pieces.append((separator, text[position:match.start()]))
        separator = match.group(0)
        position = match.end()
    pieces.append((separator, text[position:]))
    for separator, piece in pieces:
        if not piece.strip():
            continue
        if names and (not starts_unit(piece) or names[-1].endswith("-")
                      or _part_of_name(names[-1], separator, piece)):
            names[-1] = names[-1] + separator + piece
        else:
            names.append(piece)
    result: list[str] = []
    for name in names:
        clean = clean_unit(name)
        if clean and clean not in result:
            result.append(clean)
    return result


# The elected and executive bodies an office serves; "Văn phòng Hội đồng nhân dân và Ủy ban nhân
# dân xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh" are one office, named after all of them.
_BODY = (r"(?:hoi dong nhan dan|hdnd|uy ban nhan dan|ubnd"
         r"|doan (?:dai bieu quoc hoi|dbqh)(?: tinh| thanh pho)?)")
_OFFICE_OF_BODIES = re.compile(rf"van phong {_BODY}(?:\s*,\s*{_BODY})*$")
_BODY_ONLY = re.compile(rf"{_BODY}(?![a-z])")
# "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh X": a branch is named after its parent.
_BRANCH = re.compile(r"(?:chi nhanh|van phong dai dien|phong giao dich)\b")


def _part_of_name(name: str, separator: str, piece: str) -> bool:
    """Whether a piece that opens like a unit is still the name before it."""
    key = flat(piece.strip())
    if separator.strip() == "-":
        return _BRANCH.match(key) is not None
    # The office's bodies are listed without their level, which only the last one takes:
    # "Văn phòng UBND tỉnh, UBND các huyện" names two units, "Văn phòng HĐND và UBND xã" one,
    # and so does "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh".
    if _OFFICE_OF_BODIES.match(flat(name.strip())) is None:
        return False
    if separator.strip() == ",":
        return _BODY_ONLY.fullmatch(key) is not None
    return separator.strip() == "và" and _BODY_ONLY.match(key) is not None


def clean_unit(name: str) -> str:
    name = name.strip(" .;:,-–+")
    name = _TRAILING.sub("", name).strip(" .;:,")
    return name
