"""The pieces of a clerk's sentences: counted nouns, lists, shares, each figure marked with the
address of the records behind it.

A marked figure is written "⟦422 sản phẩm¦/records/products/?…⟧"; `unmark` takes the marks
out of a rendered text and returns the plain text with its links, so the stored report is
plain text and the page can still link every figure.

>>> text, links = unmark("đăng ⟦05 tin¦/r?a=1⟧ và ⟦12 bài¦/r?a=2⟧.")
>>> text
'đăng 05 tin và 12 bài.'
>>> links
[{'text': '05 tin', 'url': '/r?a=1'}, {'text': '12 bài', 'url': '/r?a=2'}]
>>> enumeration(["64 tin", "38 bài", "06 phóng sự"])
'64 tin, 38 bài và 06 phóng sự'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal

from django.utils.translation import gettext as _

from kehoach.vntext.formats import vn_count, vn_percent
from kehoach.vntext.text import collation_key
from records.models import ActivityKind, ParticipantGroup, ProductKind

_MARK = re.compile(r"⟦([^¦⟧]*)¦([^⟧]*)⟧")
UrlFor = Callable[[str], str]


def mark(text: str, url: str = "") -> str:
    return f"⟦{text}¦{url}⟧" if url else text


def unmark(text: str) -> tuple[str, list[dict[str, str]]]:
    links = [{"text": m.group(1), "url": m.group(2)} for m in _MARK.finditer(text)]
    return _MARK.sub(lambda m: m.group(1), text), links


def counted(n: int, noun: str, url: str = "") -> str:
    """ "05 lớp tập huấn", linked to its records when a url is given."""
    return mark(f"{vn_count(n)} {noun}", url)


def enumeration(items: Iterable[str]) -> str:
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def share(part: int, whole: int) -> str:
    """A part of a whole in percent, one decimal: 116 of 422 is "27,5%"."""
    if not whole:
        return ""
    return vn_percent(Decimal(part) * 100 / Decimal(whole))


def _kind_nouns() -> dict[str, str]:
    return {
        ProductKind.NEWS: _("tin"), ProductKind.ARTICLE: _("bài"),
        ProductKind.REPORTAGE: _("phóng sự"), ProductKind.COLUMN: _("kỳ chuyên mục"),
        ProductKind.INFOGRAPHIC: _("đồ họa thông tin"), ProductKind.VIDEO: _("video clip"),
        ProductKind.RADIO_PROGRAMME: _("chương trình phát thanh"),
        ProductKind.TV_PROGRAMME: _("chương trình truyền hình"),
        ProductKind.PUBLICATION: _("ấn phẩm"), ProductKind.POSTER: _("pano, áp phích"),
        ProductKind.OTHER: _("sản phẩm khác"),
    }


def _activity_nouns() -> dict[str, str]:
    return {
        ActivityKind.TRAINING: _("lớp tập huấn, bồi dưỡng"),
        ActivityKind.EXHIBITION: _("cuộc triển lãm"), ActivityKind.CONTEST: _("cuộc thi"),
        ActivityKind.PRESS_CONFERENCE: _("cuộc họp báo"),
        ActivityKind.SEMINAR: _("hội thảo, tọa đàm"),
        ActivityKind.INTEGRATED: _("buổi tuyên truyền lồng ghép trong hội nghị, sinh hoạt"),
        ActivityKind.OTHER: _("hoạt động khác"),
    }


def _ordered(counts: Counter[str], order: Iterable[str]) -> list[tuple[str, int]]:
    known = list(order)
    return sorted(((k, n) for k, n in counts.items() if n),
                  key=lambda kn: known.index(kn[0]) if kn[0] in known else len(known))


def product_kinds(counts: Counter[str], url_for: UrlFor) -> str:
    """ "64 tin, 38 bài và 06 phóng sự", in the order of the kinds' list."""
    nouns = _kind_nouns()
    return enumeration(counted(n, nouns.get(kind, kind), url_for(kind))
                       for kind, n in _ordered(counts, ProductKind.values))


def activity_kinds(counts: Counter[str], url_for: UrlFor) -> str:
    nouns = _activity_nouns()
    return enumeration(counted(n, nouns.get(kind, kind), url_for(kind))
                       for kind, n in _ordered(counts, ActivityKind.values))


def languages(counts: Counter[str], names: dict[str, str], url_for: UrlFor) -> str:
    """ "tiếng Khmer 116 sản phẩm, tiếng Anh 04 sản phẩm", most first."""
    ordered = sorted(counts.items(), key=lambda kn: (-kn[1], kn[0]))
    return ", ".join(f"{_lower_first(names.get(code, code))} "
                     f"{counted(n, _('sản phẩm'), url_for(code))}" for code, n in ordered if n)


def groups(counts: Counter[str]) -> str:
    """Who took part: "45 cán bộ chủ chốt, 25 phóng viên, biên tập viên"."""
    labels = dict(ParticipantGroup.choices)
    return ", ".join(f"{vn_count(n)} {_lower_first(str(labels.get(group, group)))}"
                     for group, n in _ordered(counts, ParticipantGroup.values))


def units(counts: Counter[int], names: dict[int, str], noun: str, url_for: Callable[[int], str],
          *, limit: int = 6) -> str:
    """The units that did most, each with its count: "Báo Sóc Trăng 102 sản phẩm; ..."."""
    ordered = sorted(((pk, n) for pk, n in counts.items() if n),
                     key=lambda kn: (-kn[1], collation_key(names.get(kn[0], ""))))
    said = [f"{names.get(pk, '')} {counted(n, noun, url_for(pk))}" for pk, n in ordered[:limit]]
    rest = sum(n for _pk, n in ordered[limit:])
    if rest:
        others = len(ordered) - limit
        said.append(_("%(units)s đơn vị khác %(count)s") % {
            "units": vn_count(others), "count": counted(rest, noun)})
    return "; ".join(said)


def _lower_first(text: str) -> str:
    """ "Tiếng Khmer" → "tiếng Khmer"; an acronym or a name in capitals stays."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


lower_first = _lower_first
