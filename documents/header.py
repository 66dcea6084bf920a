"""The header of an administrative document, in one place: who issues it, its number and
symbol, date, place, subject, signer, and how another document cites it.

Plans, guidance letters, stored documents, unit reports and consolidated reports all carry a
header; each gives its own as a `DocumentHeader`, and every citation ("Kế hoạch số 81/KH-UBND
ngày 06/5/2024 của Ủy ban nhân dân tỉnh Sóc Trăng") and every new report's header defaults
(`issuing_defaults`) are written here. Plain Python over exports.naming: a unit is anything
with a name, a kind and a parent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from exports import naming
from kehoach.vntext.formats import cited_date


class UnitLike(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def parent(self) -> UnitLike | None: ...


@dataclass(frozen=True)
class DocumentHeader:
    """What identifies a document (Decree 30/2020, Appendix I, parts of the header)."""

    type_name: str  # "Kế hoạch", "Công văn", "Báo cáo"
    number: str
    symbol: str
    issued_on: date | None
    issuer: str
    title: str = ""
    place: str = ""
    signer: str = ""

    @property
    def number_symbol(self) -> str:
        """ "81/KH-UBND"; a letter not yet numbered is its symbol alone."""
        return f"{self.number}/{self.symbol}" if self.number else self.symbol

    def citation(self, *, issuer: bool = True) -> str:
        """How another document cites this one.

        >>> plan = DocumentHeader("Kế hoạch", "81", "KH-UBND", date(2024, 5, 6),
        ...                       "Ủy ban nhân dân tỉnh Sóc Trăng")
        >>> plan.citation()
        'Kế hoạch số 81/KH-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh Sóc Trăng'
        >>> DocumentHeader("Công văn", "", "STTTT-TTBCXB", date(2024, 3, 5), "Sở").citation(
        ...     issuer=False)
        'Công văn ngày 05/3/2024'
        """
        words = [self.type_name]
        if self.number:
            words.append(f"số {self.number_symbol}")
        if self.issued_on:
            words.append(f"ngày {cited_date(self.issued_on)}")
        if issuer and self.issuer:
            words.append(f"của {self.issuer}")
        return " ".join(words)


@dataclass(frozen=True)
class IssuingDefaults:
    """A new report's header as far as its issuing unit says it."""

    parent_body: str
    issuing_body: str
    issuer_name: str
    symbol: str
    place: str
    signature_prefix: str
    signature_position: str


def issuing_defaults(unit: UnitLike, type_code: str = "BC") -> IssuingDefaults:
    """The header a unit's new report opens with: its parent body, itself in capitals, the
    symbol "BC-STTTT", the place of its people's committee, the usual signature block."""
    parent = unit.parent
    chain: list[tuple[str, str]] = []
    walker: UnitLike | None = unit
    while walker is not None and len(chain) < 10:
        chain.append((walker.kind, walker.name))
        walker = walker.parent
    own = naming.own_name(unit.name, parent.name if parent else "")
    prefix, position = naming.signature(unit.name)
    return IssuingDefaults(
        parent_body=naming.parent_body(parent.name) if parent else "",
        issuing_body=own.upper(), issuer_name=own,
        symbol=f"{type_code}-{naming.abbreviation(unit.name)}", place=naming.place_of(chain),
        signature_prefix=prefix, signature_position=position)
