"""What an official document says, apart from how it looks.

Reports fill these dataclasses from the database; `exports.decree30` and `exports.annex` turn
them into files. Keeping the content plain data means one layout module serves every report and
the tests can build a document without a database.

The lines whose wording Decree 30/2020 fixes (number, place and date, recipients) are written
here, once, so that the .docx builder and anything else that shows a document agree:

>>> doc = OfficialDocument(issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", symbol="BC-STTTT",
...     number="5", place="Sóc Trăng", issued_on=date(2024, 5, 6), year=2024, title="Kết quả",
...     body=[], recipients=["UBND tỉnh", "Lưu: VT, TTBCXB"], signature_position="GIÁM ĐỐC")
>>> doc.number_line
'Số: 05/BC-STTTT'
>>> doc.date_line
'Sóc Trăng, ngày 06 tháng 5 năm 2024'
>>> doc.recipient_lines
['- UBND tỉnh;', '- Lưu: VT, TTBCXB.']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kehoach.vntext.dates import document_date
from kehoach.vntext.formats import cited_date

Cell = str | int | float | Decimal | None

# A draft leaves room to write the number and the date by hand once it is signed.
BLANK_NUMBER = " " * 6
BLANK_DAY = " " * 6


@dataclass(frozen=True)
class Heading:
    """A numbered heading: level 1 "I. ..." (part), 2 "1. ..." (item), 3 "a) ..." (point)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; `lead` (italic) names who did the work, e.g. "Báo Sóc Trăng: "."""

    text: str
    lead: str = ""
    italic: bool = False


@dataclass(frozen=True)
class Table:
    """A data table ("Biểu số 01"), inline in the report and as a sheet of the annex.

    `percent_columns` holds the indexes of columns whose values are ratios (0.155 is 15,5%).
    """

    number: int
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    percent_columns: frozenset[int] = frozenset()

    @property
    def label(self) -> str:
        """The name the report's text refers to it by: "Biểu số 01"."""
        return f"Biểu số {self.number:02d}"

    @property
    def grid(self) -> list[list[Cell]]:
        """Header, rows and total, each as wide as the header (short rows padded with None)."""
        lines: list[Sequence[Cell]] = [self.columns, *self.rows]
        if self.total is not None:
            lines.append(self.total)
        width = len(self.columns)
        return [[*line[:width], *[None] * (width - len(line))] for line in lines]


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Appendix:
    """A Phụ lục after the signature, each on a page of its own (REPORTS.md, part 7).

    Printed as "PHỤ LỤC 01", its title, then the document's attachment line ("(Kèm theo Báo
    cáo số ... của ...)", in italics), then its blocks: usually one table, whose own caption
    is not repeated. `landscape` gives a wide table an A4 landscape page, as Decree 30 allows.
    The body cites it by `label`: "(chi tiết tại Phụ lục 01 kèm theo)".
    """

    number: int
    title: str
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False

    @property
    def label(self) -> str:
        return f"Phụ lục {self.number:02d}"

    @property
    def caption(self) -> str:
        return f"PHỤ LỤC {self.number:02d}"


@dataclass(frozen=True, kw_only=True)
class OfficialDocument:
    """An administrative document (Decree 30/2020, Appendix I): header, title, body, closing.

    Bodies are written in capitals by the caller ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"); an unsigned
    draft has `number=""` and `issued_on=None`, and keeps `year` for its date line.
    """

    parent_body: str = ""
    issuing_body: str
    symbol: str
    number: str = ""
    place: str
    issued_on: date | None = None
    year: int
    type_name: str = "BÁO CÁO"
    title: str
    body: list[Block] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signature_prefix: str = ""
    signature_position: str = ""
    signer_name: str = ""
    # Who issues it, as the attachment line names it: "Sở Thông tin và Truyền thông".
    issuer_name: str = ""
    appendices: list[Appendix] = field(default_factory=list)

    @property
    def number_line(self) -> str:
        """The number line, "Số: 05/BC-STTTT": a leading zero under 10 so none can be added."""
        number = self.number.strip()
        if number.isdigit():
            number = f"{int(number):02d}"
        return f"Số:{' ' + number if number else BLANK_NUMBER}/{self.symbol}"

    @property
    def date_line(self) -> str:
        """The place-and-date line, "Sóc Trăng, ngày 06 tháng 5 năm 2024"; a draft's is blank."""
        if self.issued_on is None:
            return f"{self.place}, ngày{BLANK_DAY}tháng{BLANK_DAY}năm {self.year}"
        return f"{self.place}, {document_date(self.issued_on)}"

    @property
    def attachment_line(self) -> str:
        """What every appendix says it belongs to; a draft leaves number and date blank.

        >>> doc = OfficialDocument(issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG", symbol="BC-STTTT",
        ...     number="312", place="Sóc Trăng", issued_on=date(2024, 6, 20), year=2024,
        ...     title="Kết quả", issuer_name="Sở Thông tin và Truyền thông")
        >>> doc.attachment_line
        '(Kèm theo Báo cáo số 312/BC-STTTT ngày 20/6/2024 của Sở Thông tin và Truyền thông)'
        """
        number = self.number.strip()
        if number.isdigit():
            number = f"{int(number):02d}"
        day = (cited_date(self.issued_on) if self.issued_on
               else f"{BLANK_DAY}/{BLANK_DAY}/{self.year}")
        issuer = self.issuer_name or self.issuing_body.capitalize()
        kind = self.type_name.capitalize()
        reference = f"{number or BLANK_NUMBER}/{self.symbol}"
        return f"(Kèm theo {kind} số {reference} ngày {day} của {issuer})"

    @property
    def recipient_lines(self) -> list[str]:
        """One "- ...;" line per recipient, the last ending with "."."""
        names = [name.strip().rstrip(";.").strip() for name in self.recipients]
        names = [name for name in names if name]
        return [f"- {name}{'.' if i == len(names) - 1 else ';'}" for i, name in enumerate(names)]
