"""The header of an administrative document (Decree 30/2020, Appendix I) and its signature.

Documents reach us damaged: the two-column header flattened into lines, the issuer's lines lost
in conversion, the title broken over several lines. Each field is therefore read from where
Decree 30 puts it, and from where else the document says the same thing when that place is empty.
"""

import re
from dataclasses import dataclass, field

from kehoach.ingest.header_body import (
    article_title,
    authority_issuer,
    caption_fields,
    issuer_from_text,
)
from kehoach.ingest.header_cells import NATIONAL, header_cells, is_national
from kehoach.ingest.kinds import TYPES, type_of_symbol
from kehoach.ingest.lines import Line, sub_line
from kehoach.ingest.names import full_name, placed_by_date_line, under_parent
from kehoach.ingest.signature import read_signer
from kehoach.ingest.textutil import from_capitals, squash
from kehoach.ingest.units import starts_unit
from kehoach.vntext.dates import parse_date

_NUMBER = re.compile(r"(?:^|\s)so\s*[:.]?\s*(\d*)\s*[-/]\s*([a-z0-9][a-z0-9\-–&./]*[a-z0-9])")
_MOTTO_END = re.compile(r"hanh phuc[\s.]*")
_PLACE_DATE = re.compile(r"([a-z][a-z .'-]{1,40}?)\s*,\s*(ngay\b.*)$")
_BODY_START = re.compile(
    r"(can cu|thuc hien|kinh gui|nham|de |trong nhung nam|thuc hien chi dao|[ivx]+\s*[.)]\s)"
)
# Openings of a body that a title never has ("Căn cứ ...", "Kính gửi:", "I. MỤC ĐÍCH").
_BODY_ONLY = re.compile(r"(can cu\b|kinh gui|[ivx]+\s*[.)]\s)")
@dataclass
class Header:
    kind: str | None = None
    type_name: str | None = None
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    signer: dict[str, str | None] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    title_end: int = 0  # index of the first line after the title

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind, "type_name": self.type_name, "number": self.number,
            "symbol": self.symbol, "issuer": self.issuer, "parent_issuer": self.parent_issuer,
            "place": self.place, "date": self.date, "title": self.title,
            "signer": self.signer or None,
            "spans": {k: list(v) for k, v in self.spans.items()},
        }


def read_header(lines: list[Line]) -> Header:
    header = Header()
    top = _top_lines(lines)
    cells = header_cells(top)
    _read_number_place_date(header, cells)
    _read_type_and_title(header, lines, top)
    if header.title is None:
        _title_after_header(header, lines, cells)
    _read_issuer(header, cells)
    header.signer, signed = read_signer(lines)
    if signed:
        header.spans["signer"] = signed
    if header.type_name is None:
        _guess_type(header, lines)
    if header.kind == "article":
        # A news article has an author, not an issuing body; its capitals are a byline.
        header.issuer = header.parent_issuer = None
        header.spans.pop("issuer", None)
        return header
    if header.issuer is None:
        authority_issuer(header, lines)
    if header.number is None and header.symbol is None:
        caption_fields(header, lines)
    if header.issuer is None:
        issuer_from_text(header, lines)
    elif header.parent_issuer is None and header.place:
        header.issuer = placed_by_date_line(header.issuer, header.place)
    return header


def _top_lines(lines: list[Line]) -> list[Line]:
    """The lines before the body starts: where Decree 30 puts every header field."""
    top: list[Line] = []
    for line in lines:
        if len(top) > 60:
            break
        if line.blank:
            continue
        if top and len(line.text) > 160 and not line.is_row:
            break
        if _BODY_START.match(line.flat) and any(_is_type_line(t) for t in top):
            break
        top.append(line)
    return top


def _read_number_place_date(header: Header, top: list[Line]) -> None:
    for line in top:
        if header.symbol is None and (match := _own_number(line)):
            if match.group(1):
                header.number = line.text[match.start(1):match.end(1)]
            header.symbol = re.sub(r"\s+", "", line.text[match.start(2):match.end(2)])
            header.spans["number"] = (line.start + match.start(), line.start + match.end())
            rest = line.text[match.end():]
            if rest.strip():
                _read_place_date(header, Line(rest.strip(), line.start + match.end(), line.end,
                                              line.index))
        elif header.place is None:
            _read_place_date(header, line)


def _own_number(line: Line) -> re.Match[str] | None:
    """The document's own "Số: 81/KH-UBND", not a citation ("theo Kế hoạch số 88/KH-UBND").

    Decree 30 opens the line with "Số"; a flattened header may put the issuer's name before
    it, but the word is then still written with its capital.
    """
    for match in _NUMBER.finditer(line.flat):
        word = match.start() + (1 if line.flat[match.start()].isspace() else 0)
        if word == 0 or line.text[word] == "S":
            return match
    return None


def _read_place_date(header: Header, line: Line) -> None:
    if (motto := _MOTTO_END.search(line.flat)) and motto.end() < len(line.text):
        # A flattened two-column header runs the motto into the place and date.
        line = sub_line(line, motto.end(), len(line.text))
    match = _PLACE_DATE.search(line.flat)
    if match is None or len(line.text) > 90:
        return
    place = line.text[match.start(1):match.end(1)].strip()
    if not place[:1].isupper():
        return
    header.place = squash(place)
    parsed = parse_date(line.text[match.start(2):])
    if parsed is not None and parsed.date is not None:
        header.date = parsed.date.isoformat()
    elif parsed is not None and parsed.year is not None:
        header.date = str(parsed.year)
    header.spans["date"] = (line.start + match.start(1), line.end)


def _type_key(line: Line) -> str | None:
    key = line.flat.strip(" .:")
    key = re.sub(r"\s+", " ", key)
    for name in TYPES:
        if key == name or (key.startswith(name + " ") and line.text[: len(name)].isupper()
                           and _upper_prefix(line.text, len(name))):
            return name
    return None


def _upper_prefix(text: str, length: int) -> bool:
    rest = text[length:].strip()
    return (bool(rest) and not rest[0].isupper()) or (rest[:1].isupper() and not rest.isupper())


def _is_type_line(line: Line) -> bool:
    key = _type_key(line)
    return (key is not None and line.text[:2].isupper() and line.upper_ratio() > 0.5) or (
        key is not None and line.text.split()[0].isupper()
    )


def _read_type_and_title(header: Header, lines: list[Line], top: list[Line]) -> None:
    for line in top:
        key = _type_key(line)
        if key is None or not line.text.split()[0].isupper():
            continue
        name, kind, _ = TYPES[key]
        header.type_name, header.kind = name, kind
        header.spans["type_name"] = (line.start, line.end)
        same_line = line.text[len(key):].strip(" :")
        title_lines = [Line(same_line, line.end - len(same_line), line.end, line.index)] \
            if same_line else []
        title_lines += _title_lines(lines, line.index + 1, bool(same_line))
        _set_title(header, title_lines)
        return
    for line in top:  # Công văn: "V/v ..." under the number, kept as written
        if line.flat.startswith("v/v") or line.flat.startswith("ve viec"):
            _set_title(header, [line, *_title_lines(lines, line.index + 1, True)])
            if header.type_name is None and type_of_symbol(header.symbol or "") is None:
                header.type_name, header.kind = TYPES["cong van"][:2]
            return


def _title_after_header(header: Header, lines: list[Line], cells: list[Line]) -> None:
    """Without a type line ("KẾ HOẠCH"), the title follows the header's last line, which is
    the place and date, the number, or the motto."""
    if header.symbol is None and header.place is None:
        return
    fields = [cell.index for cell in cells if is_national(cell) or _own_number(cell)
              or _PLACE_DATE.search(cell.flat)]
    if fields:
        _set_title(header, _title_lines(lines, max(fields) + 1, False))


_ATTACHED = re.compile(r"^\(?\s*(?:ban hanh )?kem theo\b")


def attached_document(lines: list[Line], start: int) -> int | None:
    """Where the document issued with this one begins its body, after "(Ban hành kèm theo ...)".

    A decision that issues a plan ends with its signature; the plan follows under its own type
    line ("KẾ HOẠCH"), title and "(Ban hành kèm theo Quyết định số ...)", and holds the tasks.
    """
    for index in range(start, len(lines)):
        if not _is_type_line(lines[index]) or not lines[index].text.isupper():
            continue
        following = [line for line in lines[index + 1:index + 12] if not line.blank][:5]
        for at, line in enumerate(following):
            if _ATTACHED.match(line.flat):
                closing = next((later for later in following[at:] if ")" in later.text), line)
                return closing.index + 1
    return None


def _title_lines(lines: list[Line], start: int, started: bool) -> list[Line]:
    """The lines of the title (trích yếu) that Decree 30 puts under the type name.

    Titles open with the same verbs as bodies ("Thực hiện Đề án ...", "Triển khai ..."), so
    the first line is the title unless it opens the body in a way a title never does.
    """
    taken: list[Line] = []
    seen_blank = False
    for line in lines[start:start + 12]:
        if line.blank:
            seen_blank = True
            continue
        key = line.flat
        body = _BODY_START.match(key) if taken or started else _BODY_ONLY.match(key)
        if (body or NATIONAL.search(key) or key.startswith("so:") or _ATTACHED.match(key)
                or key.startswith("kinh gui") or set(line.text) <= set("-–_=. ")):
            break
        continues = line.text[:1].islower() or line.text[:1] in "(-–"
        if (taken or started) and seen_blank and not continues:
            break
        if taken and _capitals(line) and not _capitals(taken[-1]):
            break  # the authority of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."
        if len(line.text) > 200:
            break
        taken.append(line)
        seen_blank = False
    return taken


def _capitals(line: Line) -> bool:
    return line.upper_ratio() > 0.9 and len(line.text) > 3


_TRAILING_RULE = re.compile(r"\s+[_\-–—=*.]{3,}$")


def _set_title(header: Header, title_lines: list[Line]) -> None:
    if not title_lines:
        return
    title = squash(" ".join(t.text for t in title_lines))
    # The rule drawn under the title, when a conversion ran it into the title's last line.
    header.title = _TRAILING_RULE.sub("", title).strip(" .")
    header.spans["title"] = (title_lines[0].start, title_lines[-1].end)
    header.title_end = title_lines[-1].index + 1


def _read_issuer(header: Header, cells: list[Line]) -> None:
    """The issuing body's lines sit above "Số:"; the national title and the motto may come
    before, beside or between them."""
    names: list[Line] = []
    for line in cells:
        key = line.flat
        national = NATIONAL.search(key)
        text = line.text[: national.start()].strip() if national else line.text
        if national and not text:
            continue
        if _NUMBER.search(key) or _type_key(line) or _PLACE_DATE.search(key):
            break
        if set(text) <= set("-–_=. *"):
            continue
        part = Line(text, line.start, line.start + len(text), line.index)
        if part.upper_ratio() < 0.8 or len(text) > 90:  # the motto beside it does not count
            if names:
                break
            continue
        if names and not starts_unit(from_capitals(text)):
            names[-1] = Line(names[-1].text + " " + text, names[-1].start, part.end, line.index)
        else:
            names.append(part)
    if not names:
        return
    header.issuer = full_name(from_capitals(names[-1].text))
    header.spans["issuer"] = (names[-1].start, names[-1].end)
    if len(names) > 1:
        header.parent_issuer = full_name(from_capitals(names[-2].text))
        header.issuer = under_parent(header.issuer, header.parent_issuer)


def _guess_type(header: Header, lines: list[Line]) -> None:
    key = type_of_symbol(header.symbol or "")
    if key is not None:
        header.type_name, header.kind = TYPES[key][:2]
    elif header.symbol is not None or any(
        line.flat.startswith("kinh gui") for line in lines[:60]
    ):
        header.type_name, header.kind = TYPES["cong van"][:2]
    elif header.title is None:
        header.kind = "article"
        article_title(header, lines)


