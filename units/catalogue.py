"""The official catalogue of Vietnam's administrative units after the 2025 reorganisation.

From 1 July 2025 there are 34 provinces and centrally-run cities and 3,321 communes, wards
and special zones, each with the statistics office's code. The `vietnam-provinces` package
(pinned in pyproject.toml) carries that list; this module reads it and names the People's
Committee of each unit the way plans name them ("Ủy ban nhân dân phường Sóc Trăng"), since
the committee is the organisation that is assigned work and reports. Nothing here touches
the database: units.import_services does.
"""

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, VietNamDivisionType, Ward
from vietnam_provinces import __data_version__ as DATA_VERSION

from kehoach.vntext.text import nfc

__all__ = ["DATA_VERSION", "CatalogueCommune", "CatalogueProvince", "communes", "province",
           "provinces"]

COMMITTEE = "Ủy ban nhân dân"
COMMITTEE_SHORT = "UBND"


@dataclass(frozen=True)
class CatalogueProvince:
    """A province or centrally-run city: its code ("92"), place name and level."""

    code: str
    place: str  # "Cần Thơ"
    is_city: bool

    @property
    def level(self) -> str:
        return "thành phố" if self.is_city else "tỉnh"

    @property
    def title(self) -> str:
        """"Thành phố Cần Thơ", "Tỉnh Cà Mau": the name as a list of provinces shows it."""
        return f"{self.level.capitalize()} {self.place}"

    @property
    def committee_name(self) -> str:
        return f"{COMMITTEE} {self.level} {self.place}"

    @property
    def committee_short_name(self) -> str:
        return f"{COMMITTEE_SHORT} {'TP' if self.is_city else 'tỉnh'} {self.place}"


@dataclass(frozen=True)
class CatalogueCommune:
    """A commune, ward or special zone: its five-digit code and name ("Phường Sóc Trăng")."""

    code: str
    name: str
    province_code: str

    @property
    def committee_name(self) -> str:
        """"Phường Sóc Trăng" → "Ủy ban nhân dân phường Sóc Trăng"."""
        return f"{COMMITTEE} {self.name[:1].lower()}{self.name[1:]}"


def _clean(name: str) -> str:
    """NFC and single spaces: the package has "Xã  Phú Hữu" with two."""
    return " ".join(nfc(name).split())


def _province(item: Province) -> CatalogueProvince:
    is_city = item.division_type == VietNamDivisionType.THANH_PHO_TRUNG_UONG
    name = _clean(item.name)
    place = name.removeprefix("Thành phố ") if is_city else name
    return CatalogueProvince(code=f"{int(item.code):02d}", place=place, is_city=is_city)


@cache
def provinces() -> tuple[CatalogueProvince, ...]:
    """The 34 provinces and cities, in the catalogue's order (by code, north to south)."""
    return tuple(sorted((_province(p) for p in Province.iter_all()), key=lambda p: p.code))


def province(code: str) -> CatalogueProvince | None:
    return next((p for p in provinces() if p.code == code), None)


@cache
def _communes_by_province() -> dict[str, tuple[CatalogueCommune, ...]]:
    grouped: dict[str, list[CatalogueCommune]] = {}
    for ward in Ward.iter_all():
        commune = CatalogueCommune(code=f"{int(ward.code):05d}", name=_clean(ward.name),
                                   province_code=f"{int(ward.province_code):02d}")
        grouped.setdefault(commune.province_code, []).append(commune)
    return {code: tuple(sorted(items, key=lambda c: c.code)) for code, items in grouped.items()}


def communes(province_code: str) -> tuple[CatalogueCommune, ...]:
    """The communes, wards and special zones of a province, by code."""
    return _communes_by_province().get(province_code, ())
