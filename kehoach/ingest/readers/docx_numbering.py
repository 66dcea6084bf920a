"""Numbers that Word draws in front of list paragraphs but does not store in the text.

Plans number their sections and tasks ("1.", "2.1.", "a)") and the parser relies on those labels;
when the author used Word's automatic numbering they exist only as list definitions. This module
recomputes them for the common formats; anything unusual falls back to decimal.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

from kehoach.ingest.readers.docx_xml import xpath

_VAL = qn("w:val")
_ILVL = qn("w:ilvl")
_STYLE_ID = qn("w:styleId")
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


class Level:
    def __init__(self, element: Any) -> None:
        self.start = _int(xpath(element, "./w:start/@w:val"), 1)
        fmt = xpath(element, "./w:numFmt/@w:val")
        self.fmt = fmt[0] if fmt else "decimal"
        text = xpath(element, "./w:lvlText/@w:val")
        self.text = text[0] if text else ""
        style = xpath(element, "./w:pStyle/@w:val")
        self.style = style[0] if style else None


class Numbering:
    """Counters for every list of one document, advanced in document order."""

    def __init__(self, numbering_element: Any | None, styles_element: Any) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if numbering_element is not None:
            for abstract in xpath(numbering_element, "./w:abstractNum"):
                levels = {
                    _int([lvl.get(_ILVL)], 0): Level(lvl) for lvl in xpath(abstract, "./w:lvl")
                }
                self._abstract[abstract.get(qn("w:abstractNumId"))] = levels
            for num in xpath(numbering_element, "./w:num"):
                abstract_id = xpath(num, "./w:abstractNumId/@w:val")
                overrides = {
                    _int([o.get(_ILVL)], 0): _int(xpath(o, "./w:startOverride/@w:val"), 1)
                    for o in xpath(num, "./w:lvlOverride[w:startOverride]")
                }
                if abstract_id:
                    self._nums[num.get(qn("w:numId"))] = (abstract_id[0], overrides)
        self._style_num: dict[str, tuple[str, int | None]] = {}
        for style in xpath(styles_element, "./w:style[@w:type='paragraph']"):
            num_id = xpath(style, "./w:pPr/w:numPr/w:numId/@w:val")
            if num_id:
                ilvl = xpath(style, "./w:pPr/w:numPr/w:ilvl/@w:val")
                self._style_num[style.get(_STYLE_ID)] = (num_id[0], _int(ilvl, 0) if ilvl else None)
        self._based_on = {
            style.get(_STYLE_ID): xpath(style, "./w:basedOn/@w:val")[0]
            for style in xpath(styles_element, "./w:style[w:basedOn]")
        }

    def label(self, paragraph: Any, style_id: str | None) -> str:
        """The label Word shows before this paragraph ("2.1.", "a)", "-"), or ""."""
        num_id = xpath(paragraph, "./w:pPr/w:numPr/w:numId/@w:val")
        ilvl_attr = xpath(paragraph, "./w:pPr/w:numPr/w:ilvl/@w:val")
        ilvl: int | None = _int(ilvl_attr, 0) if ilvl_attr else None
        if not num_id:
            found = self._from_style(style_id)
            if found is None:
                return ""
            num_id, style_ilvl = [found[0]], found[1]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id[0] not in self._nums:
            return ""  # numId 0 switches numbering off; unknown ids are treated the same way
        abstract_id, overrides = self._nums[num_id[0]]
        levels = self._abstract.get(abstract_id, {})
        if ilvl is None:
            ilvl = next((i for i, lvl in levels.items() if lvl.style == style_id), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if num_id[0] not in self._started:
            self._started.add(num_id[0])
            for i, start in overrides.items():
                counters[i] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [i for i in counters if i > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""

        def value(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            lvl = levels.get(i)
            if lvl is None:
                return ""
            count = counters.get(i, lvl.start)
            return _format(count, lvl.fmt)

        return _PLACEHOLDER.sub(value, level.text).strip()

    def _from_style(self, style_id: str | None) -> tuple[str, int | None] | None:
        for _ in range(20):
            if style_id is None:
                return None
            if style_id in self._style_num:
                return self._style_num[style_id]
            style_id = self._based_on.get(style_id)
        return None


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def _int(values: list[Any], default: int) -> int:
    try:
        return int(values[0])
    except (IndexError, TypeError, ValueError):
        return default
