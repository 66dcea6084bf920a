"""Which runs of a .docx are typed in a pre-Unicode Vietnamese font.

Documents from the 1990s-2000s (and templates copied from them ever since) store Vietnamese as
TCVN3 or VNI bytes shown through special fonts; the characters are only right on screen because of
the font. The font name is therefore the only reliable signal of the encoding, and it may be set on
the run, on its character style, on the paragraph style or in the document defaults.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from kehoach.ingest.readers.docx_xml import xpath

# rFonts attributes in priority order: hAnsi governs the bytes 0x80-0xFF where TCVN3 and VNI put
# the Vietnamese letters, ascii the rest.
_NAME_ATTRS = (qn("w:hAnsi"), qn("w:ascii"))
_THEME_ATTRS = (qn("w:hAnsiTheme"), qn("w:asciiTheme"))
_STYLE_ID = qn("w:styleId")
_VAL = qn("w:val")


def legacy_encoding(font_name: str | None) -> str | None:
    """The legacy encoding named by a font: tcvn3, tcvn3-upper (.VnTimeH capitals), vni or None."""
    if not font_name:
        return None
    name = font_name.strip()
    if name.casefold().startswith(".vn"):
        return "tcvn3-upper" if name.endswith("H") else "tcvn3"
    if name.casefold().startswith("vni-"):
        return "vni"
    return None


class FontResolver:
    """The effective legacy encoding of a run, following Word's inheritance of fonts."""

    def __init__(self, styles_element: Any) -> None:
        self._styles = {style.get(_STYLE_ID): style for style in xpath(styles_element, "./w:style")}
        defaults = xpath(styles_element, "./w:docDefaults/w:rPrDefault/w:rPr/w:rFonts")
        self._default = _font_name(defaults[0]) if defaults else None
        default_para = xpath(styles_element, "./w:style[@w:type='paragraph' and @w:default='1']")
        self._default_para_style = default_para[0].get(_STYLE_ID) if default_para else None
        self._style_cache: dict[str, tuple[bool, str | None]] = {}

    def encoding(self, run: Any, paragraph_style: str | None) -> str | None:
        return legacy_encoding(self.font(run, paragraph_style))

    def font(self, run: Any, paragraph_style: str | None) -> str | None:
        for fonts in xpath(run, "./w:rPr/w:rFonts"):
            found, name = _declared(fonts)
            if found:
                return name
        for style_id in xpath(run, "./w:rPr/w:rStyle/@w:val"):
            found, name = self._style_font(style_id)
            if found:
                return name
        found, name = self._style_font(paragraph_style or self._default_para_style)
        if found:
            return name
        return self._default

    def _style_font(self, style_id: str | None) -> tuple[bool, str | None]:
        """(declared, name) along the basedOn chain; the chain is cut at 20 against cycles."""
        if style_id is None:
            return False, None
        if style_id in self._style_cache:
            return self._style_cache[style_id]
        result: tuple[bool, str | None] = (False, None)
        current: str | None = style_id
        for _ in range(20):
            style = self._styles.get(current)
            if style is None:
                break
            fonts = xpath(style, "./w:rPr/w:rFonts")
            if fonts:
                result = _declared(fonts[0])
                if result[0]:
                    break
            based_on = xpath(style, "./w:basedOn/@w:val")
            if not based_on:
                break
            current = based_on[0]
        self._style_cache[style_id] = result
        return result


def _declared(fonts: Any) -> tuple[bool, str | None]:
    """Whether this rFonts decides the font, and its name (None for a theme font)."""
    if any(fonts.get(attr) for attr in _THEME_ATTRS):
        return True, None  # a theme attribute wins over a name, and themes are never legacy fonts
    for attr in _NAME_ATTRS:
        name = fonts.get(attr)
        if name:
            return True, name
    return False, None


def _font_name(fonts: Any) -> str | None:
    return _declared(fonts)[1]
