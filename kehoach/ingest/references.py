"""Documents a document cites: "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của ...".

Every citation with a number and symbol counts, in the "Căn cứ" lines, the body and footnotes;
one reference per number/symbol, keeping the date and issuer from whichever mention gives them.
"""

import re
from dataclasses import dataclass, field

from kehoach.ingest.kinds import TYPES, type_of_symbol
from kehoach.ingest.textutil import squash
from kehoach.vntext.dates import parse_date

_TYPE_NAMES = "|".join(sorted([*TYPES, "van ban", "thong tu lien tich", "thong tri",
                               "hien phap", "ke hoach lien tich", "nghi quyet lien tich"],
                              key=len, reverse=True))
_SYMBOL = (r"((?:\d{4}\s*/\s*)?[a-z][a-z0-9&]*(?:\s*[-–]\s*[a-z0-9&]+)*"
           r"(?:\s*/\s*[a-z][a-z0-9&-]*)?)")
# A copy may glue the words ("kế hoạchsố 210/KH-UBND") and space the symbol ("16/CT- TTg").
_CITATION = re.compile(rf"\b({_TYPE_NAMES})(?:\s*so\s*:?\s*|\s+)(\d{{1,6}})\s*[-/]\s*" + _SYMBOL)
# "Chương trình hành động số 12-CTr/TU", "tại số 356/SVHTTDL-TTBCXB": a number and symbol
# after "số" is a citation even when the words before it are not a bare type name.
_NUMBERED = re.compile(r"()(?:\b|(?<=[a-z]))so\s*:?\s*(\d{1,6})\s*[-/]\s*" + _SYMBOL)
# What follows a citation stays in its paragraph: "[ \t]", never a line break.
_DATE_NEXT = re.compile(r"^[ \t]*,?[ \t]*(?:ngay ban hanh|ngay)\s")
_ISSUER = re.compile(
    r"^[ \t]*,?[ \t]*(?:cua|do)\s+(.{3,140}?)(?=\s+(?:ve viec|ve|phe duyet|thuc hien|ban hanh"
    r"|huong dan|quy dinh|trien khai|giao|tiep tuc|tang cuong|day manh|bao cao|duoc)\b"
    rf"|\s+va\s+(?:{_TYPE_NAMES})\b|[;,.(:)\n]|$)"
)
_SUBJECT = re.compile(r"^[ \t]*,?[ \t]*((?:ve viec|ve|phe duyet|ban hanh|quy dinh|huong dan)"
                      r"\s[^;\n]{3,250}?)"
                      r"(?=[;\n(]|\.\s|\.$|,\s*(?:can cu|uy ban|so )|$)")
# "Ngày 05/5/2023, UBND tỉnh ban hành Kế hoạch số 1297/KH-UBND": the date opens the clause and
# a verb of issuing leads to the citation.
_DATE_OPENING = re.compile(
    r"(?:(?<![^\n])|(?<=[,;:.])\s*)(?:vao\s+)?ngay\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})\s*,?"
)
_ISSUING = re.compile(r"\b(?:ban hanh|ky|phat hanh|co|gui|phe duyet|ra)\b")
_KNOWN_ISSUERS = {
    "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BNG": "Bộ Ngoại giao", "BCA": "Bộ Công an",
    "QH": "Quốc hội", "TW": "Ban Chấp hành Trung ương Đảng",
}


@dataclass
class Reference:
    type_name: str
    number: str
    symbol: str
    date: str | None
    issuer: str | None
    title: str | None
    span: tuple[int, int]
    dated_after: bool = field(default=False, repr=False)  # "số ... ngày ...", not "Ngày ..., số"

    @property
    def key(self) -> str:
        return f"{self.number}/{self.symbol}".upper()

    def as_json(self) -> dict[str, object]:
        return {
            "type_name": self.type_name, "number": self.number, "symbol": self.symbol,
            "date": self.date, "issuer": self.issuer, "title": self.title, "span": list(self.span),
        }


def find_references(text: str, flat_text: str, own: str | None = None, *,
                    captions: bool = False) -> list[Reference]:
    """The documents the text cites, each once; with `captions`, also the one a "(Kèm theo
    ...)" caption names, which is the document's own identity and no citation."""
    found: dict[str, Reference] = {}
    typed = list(_CITATION.finditer(flat_text))
    covered = {match.start(2) for match in typed}
    numbered = [m for m in _NUMBERED.finditer(flat_text)
                if m.start(2) not in covered and _has_capitals(text[m.start(3):m.end(3)])]
    previous_end = 0
    for match in sorted([*typed, *numbered], key=lambda m: m.start(2)):
        reference = _reference(text, flat_text, match)
        if reference.date is None:
            reference.date = _date_before(text, flat_text, previous_end, match.start())
        previous_end = reference.span[1]
        if reference.key == (own or "").upper() or (
                not captions and _in_caption(flat_text, match.start())):
            continue
        known = found.get(reference.key)
        if known is None:
            found[reference.key] = reference
            continue
        if reference.date and (known.date is None or reference.dated_after > known.dated_after):
            known.date, known.dated_after = reference.date, reference.dated_after
        known.issuer = known.issuer or reference.issuer
        known.title = known.title or reference.title
    return list(found.values())


# "(Ban hành kèm theo Quyết định số ...)" under a title, "(Kèm theo Kế hoạch số ...)" over an
# appendix: the document that issues this one, or this one itself, never a document it cites.
_CAPTION = re.compile(r"[ \t]*\(?[ \t]*(?:ban hanh\s+)?kem theo\s+")


def _in_caption(flat_text: str, start: int) -> bool:
    line_start = flat_text.rfind("\n", 0, start) + 1
    return _CAPTION.fullmatch(flat_text, line_start, start) is not None


def _date_before(text: str, flat_text: str, previous_end: int, start: int) -> str | None:
    """The date that opens the citation's own clause, in its sentence and paragraph, with no
    other citation between: "Ngày 05/5/2023, UBND tỉnh ban hành Kế hoạch số 1297/KH-UBND"."""
    window = max(previous_end, flat_text.rfind("\n", 0, start) + 1,
                 flat_text.rfind(". ", 0, start) + 1)
    openings = list(_DATE_OPENING.finditer(flat_text, window, start))
    opening = openings[-1] if openings else None
    if opening is None or not _ISSUING.search(flat_text, opening.end(), start):
        return None
    parsed = parse_date(text[opening.start():opening.end()])
    return parsed.date.isoformat() if parsed is not None and parsed.date is not None else None


def _has_capitals(symbol: str) -> bool:
    """Symbols are written in capitals ("KH-UBND", "CTr/TU"); "số 3/4 tổng số" is no citation."""
    return sum(ch.isupper() for ch in symbol) >= 2


def _reference(text: str, flat_text: str, match: re.Match[str]) -> Reference:
    symbol = re.sub(r"\s+", "", text[match.start(3):match.end(3)]).strip("-–")
    type_key = match.group(1) or type_of_symbol(symbol) or "van ban"
    type_name = TYPES[type_key][0] if type_key in TYPES else text[match.start(1):match.end(1)]
    if not match.group(1) and type_key not in TYPES:
        type_name = "Văn bản"
    type_name = type_name[:1].upper() + type_name[1:].lower()
    end = match.end()
    date = None
    if _DATE_NEXT.match(flat_text[end:end + 12]):
        parsed = parse_date(text[end:end + 40])
        if parsed is not None and parsed.date is not None:
            date = parsed.date.isoformat()
            end += _date_length(flat_text[end:end + 40])
    issuer = None
    if issuer_match := _ISSUER.match(flat_text[end:end + 160]):
        issuer = squash(text[end + issuer_match.start(1):end + issuer_match.end(1)])
        end += issuer_match.end()
    else:
        issuer = _KNOWN_ISSUERS.get(symbol.split("-")[-1].split("/")[-1])
    title = None
    if subject := _SUBJECT.match(flat_text[end:end + 260]):
        title = squash(text[end + subject.start(1):end + subject.end(1)]).strip(" ,")
    return Reference(type_name, text[match.start(2):match.end(2)], symbol, date, issuer, title,
                     (match.start(), end), dated_after=date is not None)


_DATE_SHAPE = re.compile(
    r"^[ \t]*,?[ \t]*(?:ngay ban hanh|ngay)\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
)


def _date_length(flat_window: str) -> int:
    match = _DATE_SHAPE.match(flat_window)
    return match.end() if match else 0
