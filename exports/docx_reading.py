"""Reading a .docx as Word shows it: run and paragraph properties through styles and defaults.

`Properties` follows run, character style, paragraph style and document defaults, so that a
style-wide setting counts as much as a direct one; `Line` is a paragraph with the properties of
its text, as `exports.decree30_check` needs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml.ns import nsmap, qn
from docx.text.paragraph import Paragraph
from lxml import etree

_NS = {"w": nsmap["w"]}


class Properties:
    """Run and paragraph properties through styles and document defaults."""

    def __init__(self, document: DocxDocument) -> None:
        styles = document.styles.element
        self._styles = {s.get(qn("w:styleId")): s for s in xpath(styles, "./w:style")}
        default = xpath(styles, "./w:style[@w:type='paragraph' and @w:default='1']/@w:styleId")
        self._default_paragraph = default[0] if default else None
        self._rpr_default = xpath(styles, "./w:docDefaults/w:rPrDefault/w:rPr")
        self._ppr_default = xpath(styles, "./w:docDefaults/w:pPrDefault/w:pPr")

    def run_value(self, run: Any, paragraph: Paragraph, path: str) -> str | None:
        """The first value of path (e.g. "w:sz/@w:val") from the run up to the defaults."""
        return _first(self._rpr_chain(run, paragraph), path)

    def paragraph_value(self, paragraph: Paragraph, path: str) -> str | None:
        return _first(self._ppr_chain(paragraph), path)

    def font(self, run: Any, paragraph: Paragraph, attr: str) -> str | None:
        """The font of one rFonts slot ("ascii", "hAnsi"); a theme font counts as its name."""
        for rpr in self._rpr_chain(run, paragraph):
            for fonts in xpath(rpr, "./w:rFonts"):
                theme = fonts.get(qn(f"w:{attr}Theme"))
                if theme:
                    return f"theme font {theme}"
                if fonts.get(qn(f"w:{attr}")):
                    return str(fonts.get(qn(f"w:{attr}")))
        return None

    def size(self, run: Any, paragraph: Paragraph) -> float:
        value = self.run_value(run, paragraph, "./w:sz/@w:val")
        return int(value) / 2 if value else 10.0

    def flag(self, run: Any, paragraph: Paragraph, name: str) -> bool:
        for rpr in self._rpr_chain(run, paragraph):
            for element in xpath(rpr, f"./w:{name}"):
                return element.get(qn("w:val"), "true") not in ("0", "false", "off")
        return False

    def paragraph_flag(self, paragraph: Paragraph, name: str) -> bool:
        """An on/off paragraph property such as "pageBreakBefore", as styles leave it."""
        for ppr in self._ppr_chain(paragraph):
            for element in xpath(ppr, f"./w:{name}"):
                return element.get(qn("w:val"), "true") not in ("0", "false", "off")
        return False

    def _rpr_chain(self, run: Any, paragraph: Paragraph) -> Iterator[Any]:
        yield from xpath(run, "./w:rPr")
        for style_id in xpath(run, "./w:rPr/w:rStyle/@w:val"):
            yield from self.style_parts(style_id, "w:rPr")
        yield from self.style_parts(self._paragraph_style(paragraph), "w:rPr")
        yield from self._rpr_default

    def _ppr_chain(self, paragraph: Paragraph) -> Iterator[Any]:
        yield from xpath(paragraph._p, "./w:pPr")
        yield from self.style_parts(self._paragraph_style(paragraph), "w:pPr")
        yield from self._ppr_default

    def _paragraph_style(self, paragraph: Paragraph) -> str | None:
        ids = xpath(paragraph._p, "./w:pPr/w:pStyle/@w:val")
        return str(ids[0]) if ids else self._default_paragraph

    def style_parts(self, style_id: str | None, part: str) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            yield from xpath(style, f"./{part}")
            based = xpath(style, "./w:basedOn/@w:val")
            style_id = str(based[0]) if based else None


def xpath(element: Any, path: str) -> list[Any]:
    """XPath with the w: prefix on any element, python-docx's own classes or plain lxml ones."""
    return list(etree._Element.xpath(element, path, namespaces=_NS))


def _first(elements: Iterator[Any], path: str) -> str | None:
    for element in elements:
        found = xpath(element, path)
        if found:
            return str(found[0])
    return None


@dataclass(frozen=True)
class Line:
    """A paragraph with its text and the properties of its text runs, as the checks need them."""

    paragraph: Paragraph
    text: str
    sizes: frozenset[float]
    bold: bool
    italic: bool
    align: str | None

    @property
    def size_text(self) -> str:
        return "/".join(f"{size:g}" for size in sorted(self.sizes)) + " pt"


def read_line(paragraph: Paragraph, props: Properties) -> Line:
    runs = [r for r in xpath(paragraph._p, ".//w:r") if "".join(xpath(r, "./w:t/text()")).strip()]
    return Line(
        paragraph=paragraph,
        text=" ".join(paragraph.text.split()),
        sizes=frozenset(props.size(r, paragraph) for r in runs),
        bold=bool(runs) and all(props.flag(r, paragraph, "b") for r in runs),
        italic=bool(runs) and all(props.flag(r, paragraph, "i") for r in runs),
        align=props.paragraph_value(paragraph, "./w:jc/@w:val"),
    )


def read_lines(paragraphs: list[Paragraph], props: Properties) -> list[Line]:
    """The paragraphs that hold text."""
    return [read_line(p, props) for p in paragraphs if p.text.strip()]


def short(text: str, limit: int = 50) -> str:
    """Enough of a paragraph to find it: "Ngay sau khi Kế hoạch của Ủy ban nhân dân…"."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def size_problem(where: str, line: Line, low: float, high: float) -> list[str]:
    if line.sizes and all(low <= size <= high for size in line.sizes):
        return []
    return [f'{where}: "{short(line.text)}" is {line.size_text}, expected {low:g}–{high:g} pt']
