"""Header fields that the body gives when the header lost them.

A copy without its header still names its issuer in the text ("Sở X báo cáo như sau"), in the
signature's authority ("TM. ỦY BAN NHÂN DÂN") or in the authority line of a decision; a news
article has a headline above its first paragraph instead of a title under a type line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kehoach.ingest.lines import Line
from kehoach.ingest.names import (
    COMMITTEE,
    DEPARTMENT,
    body_of,
    full_name,
    place_level,
    with_place,
)
from kehoach.ingest.references import find_references
from kehoach.ingest.signature import AUTHORITY_MARK
from kehoach.ingest.textutil import flat, from_capitals, squash
from kehoach.ingest.units import split_units, starts_unit
from kehoach.vntext.dates import parse_date

if TYPE_CHECKING:
    from kehoach.ingest.header import Header

# A lookahead, so that "Truyền thông báo cáo" offers both "thông báo" and "báo cáo".
_PROMULGATION = re.compile(
    r"(?=\s(ban hanh|xay dung|bao cao|de nghi|thong bao|huong dan|trien khai ke hoach)\b)"
)


def issuer_from_text(header: Header, lines: list[Line]) -> None:
    """Without the header lines, the body names the issuer: "Sở X báo cáo ...", "TM. ỦY BAN ..."."""
    for line in lines[header.title_end:header.title_end + 40]:
        if len(line.text) > 800:
            continue
        verbs = list(_PROMULGATION.finditer(line.flat))
        for match, following in zip(verbs, [*verbs[1:], None], strict=False):
            if following is not None and following.start() < match.end(1):
                continue  # "thông báo cáo": the name ends in "thông", the verb is "báo cáo"
            name = _subject_before(line.text, match.start())
            if name is None:
                continue
            at = line.text.find(name)
            header.issuer = full_name(name)
            if header.place and (DEPARTMENT.match(flat(name))
                                 or COMMITTEE.match(flat(header.issuer))):
                header.issuer = with_place(header.issuer, *place_level(header.place))
            header.spans["issuer"] = (line.start + at, line.start + at + len(name))
            return
    authority = header.signer.get("authority")
    if authority and header.place:
        body = re.sub(AUTHORITY_MARK, "", authority, flags=re.IGNORECASE)
        header.issuer = with_place(from_capitals(body.upper()), *place_level(header.place))


# "(Kèm theo Quyết định số 2112/QĐ-UBND ngày 17 tháng 10 năm 2014 của UBND tỉnh ...)".
_CAPTION = re.compile(r"^\(?\s*(?:ban hanh\s+)?kem theo\b")
_RULE = set("-–—_=.* ")


def caption_fields(header: Header, lines: list[Line]) -> None:
    """Number, date and issuer from the caption that names the document issuing this one.

    A plan copied without its header keeps "(Kèm theo Quyết định số ... của UBND tỉnh ...)"
    under its title: the decision is the plan's own identity. A decision copied without its
    header names itself in the caption of the plan it issues, after its signature.
    """
    for line in lines:
        if not _CAPTION.match(line.flat) or line.index < header.title_end - 1:
            continue
        cited = find_references(line.text, line.flat, captions=True)
        if not cited:
            continue
        first = cited[0]
        own_type = header.type_name is not None and first.type_name == header.type_name
        if line.index > header.title_end + 3 and not own_type:
            continue
        header.number, header.symbol = first.number, first.symbol
        header.spans["number"] = (line.start + first.span[0], line.start + first.span[1])
        header.date = header.date or first.date
        if header.issuer is None and first.issuer:
            header.issuer = body_of(first.issuer)
        return


def authority_issuer(header: Header, lines: list[Line]) -> None:
    """The issuer from the authority line under a decision's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN
    TỈNH GIA LAI" above "Căn cứ ..." and "QUYẾT ĐỊNH:"."""
    for line in lines[header.title_end:header.title_end + 6]:
        if line.blank or set(line.text) <= _RULE:
            continue
        if line.upper_ratio() < 0.9 or len(line.text.split()) < 3:
            return
        name = body_of(from_capitals(line.text))
        if starts_unit(name):
            header.issuer = name
            header.spans["issuer"] = (line.start, line.end)
        return


def _subject_before(text: str, verb: int) -> str | None:
    """The unit that is the subject of the verb at `verb`: "..., Sở X báo cáo như sau"."""
    sentence = text[:verb]
    stop = max(sentence.rfind(". "), sentence.rfind(":"), sentence.rfind(";"))
    candidates = split_units(sentence[stop + 1:])
    if not candidates:
        return None
    name = candidates[-1]
    if not starts_unit(name) or name.startswith("các") or len(name.split()) < 2:
        return None
    return name


# Above a news article's headline: the site's breadcrumb ("Thời sự > Chính trị") and the time
# of publication ("Thứ Ba, 18/03/2025 - 15:42").
_BREADCRUMB = re.compile(r"^[^>»›|]{1,60}(?:\s[>»›|]\s[^>»›|]{1,60})+$")
# The lead paragraph of a news article opens with the paper's initials: "(BĐ) - UBND tỉnh ...".
_SAPO = re.compile(r"^\(?[A-ZĐ][A-ZĐa-z.]{0,8}\)?\s*[-–—]\s")
_DATELINE = re.compile(r"^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b|\b\d{1,2}:\d{2}\b")


def article_title(header: Header, lines: list[Line]) -> None:
    """The headline: a line of six words or more above the first paragraph, past the site's
    name, breadcrumb and time of publication; failing that, the first line long enough."""
    candidates: list[Line] = []
    for line in lines[:15]:
        if line.blank or _BREADCRUMB.match(line.text) or _DATELINE.search(line.flat):
            continue
        if len(line.text) >= 250 or _SAPO.match(line.text):
            break  # the first paragraph
        if len(line.text) > 15 and not parse_date(line.text):
            candidates.append(line)
    headline = next((line for line in candidates if len(line.text.split()) >= 6),
                    candidates[0] if candidates else None)
    if headline is not None:
        header.title = squash(headline.text).strip(" .")
        header.spans["title"] = (headline.start, headline.end)
        header.title_end = headline.index + 1
    for line in lines[:header.title_end + 6]:
        parsed = parse_date(line.text)
        if parsed is not None and parsed.date is not None and len(line.text) < 80:
            header.date = parsed.date.isoformat()
            header.spans["date"] = (line.start, line.end)
            break
