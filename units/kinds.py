"""The kind of a unit, guessed from its name when an imported plan names a new unit."""

from kehoach.vntext.text import fold
from units.models import UnitKind

_PREFIXES = [
    ("cong an", UnitKind.POLICE),
    ("bao ", UnitKind.PRESS), ("tap chi", UnitKind.PRESS), ("cong thong tin", UnitKind.PRESS),
    ("dai ", UnitKind.RADIO_TV),
    ("hoi ", UnitKind.MASS_ORGANISATION), ("doan ", UnitKind.MASS_ORGANISATION),
    ("lien doan", UnitKind.MASS_ORGANISATION), ("mat tran", UnitKind.MASS_ORGANISATION),
    ("uy ban mat tran", UnitKind.MASS_ORGANISATION), ("tinh doan", UnitKind.MASS_ORGANISATION),
    ("cong ty", UnitKind.COMPANY), ("tong cong ty", UnitKind.COMPANY),
    ("so ", UnitKind.DEPARTMENT), ("ban ", UnitKind.DEPARTMENT),
    ("van phong", UnitKind.DEPARTMENT), ("thanh tra", UnitKind.DEPARTMENT),
]


def guess_kind(name: str) -> str:
    """"Báo Sóc Trăng" is press, "Ủy ban nhân dân xã Phú Tâm" a commune; else "other"."""
    key = fold(name)
    if key.startswith(("uy ban nhan dan", "ubnd")):
        if any(w in key for w in (" xa ", " phuong ", " dac khu", " thi tran")):
            return UnitKind.COMMUNE
        if any(w in key for w in (" huyen ", " thi xa ", " quan ")):
            return UnitKind.DISTRICT
        return UnitKind.PROVINCE if " tinh " in f" {key} " else UnitKind.OTHER
    for prefix, kind in _PREFIXES:
        if key.startswith(prefix):
            return kind
    return UnitKind.OTHER
