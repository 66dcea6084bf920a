"""What can be checked of PDF/A-2b without veraPDF (Java, not packaged by Debian).

The checks are the parts of ISO 19005-2 level B that decide whether a file can still be
read and shown as it was in thirty years, read with pyHanko's PDF reader: the XMP metadata
names PDF/A-2 level B, an output intent carries an ICC profile, every font used on every page
(and in annotations' appearances) is embedded, every annotation has an appearance and prints,
nothing is encrypted, there is no JavaScript or launch action, and the trailer has its /ID.
An incrementally updated file (a signed one) is checked as it stands at its last revision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
PRINT_FLAG = 4
HIDDEN_FLAGS = 1 | 2 | 32  # Invisible, Hidden, NoView


def pdfa_problems(pdf: bytes) -> list[str]:
    """Each way `pdf` falls short of PDF/A-2b, in English for the tests; empty when none."""
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    problems: list[str] = []
    if reader.encrypted:
        return ["the file is encrypted"]
    if "/ID" not in reader.trailer:
        problems.append("the trailer has no /ID")
    problems += _metadata_problems(reader.root)
    problems += _intent_problems(reader.root)
    if "/JavaScript" in _get(reader.root, "/Names", {}):
        problems.append("the document has JavaScript")
    for number, page in enumerate(_pages(reader), start=1):
        problems += [f"page {number}: {p}" for p in _page_problems(page)]
    return problems


def _metadata_problems(root: generic.DictionaryObject) -> list[str]:
    if "/Metadata" not in root:
        return ["no XMP metadata"]
    xmp = root["/Metadata"].data.decode("utf-8", errors="replace")
    part = re.search(r"pdfaid:part(?:>|=\")\s*(\d)", xmp)
    level = re.search(r"pdfaid:conformance(?:>|=\")\s*([ABU])", xmp)
    if not part or part.group(1) != "2" or not level or level.group(1) != "B":
        found = f"part {part.group(1) if part else '-'}, level {level.group(1) if level else '-'}"
        return [f"the XMP metadata does not say PDF/A-2b ({found})"]
    return []


def _intent_problems(root: generic.DictionaryObject) -> list[str]:
    intents = _get(root, "/OutputIntents")
    if not intents:
        return ["no output intent"]
    for intent in intents:
        intent = intent.get_object()
        if intent.get("/S") == "/GTS_PDFA1" and "/DestOutputProfile" in intent:
            return []
    return ["no GTS_PDFA1 output intent with an ICC profile"]


def _get(container: Any, key: str, default: Any = None) -> Any:
    """A dictionary's value with references followed (pyHanko's get() leaves them)."""
    value = container.get(key) if isinstance(container, dict) else None
    return default if value is None else value.get_object()


def _pages(reader: PdfFileReader) -> Iterator[generic.DictionaryObject]:
    for index in range(int(reader.root["/Pages"]["/Count"])):
        page, _inherited = reader.find_page_for_modification(index)
        yield page.get_object()


def _page_problems(page: generic.DictionaryObject) -> list[str]:
    problems = [f"font {name} is not embedded" for name in _unembedded_fonts(
        _get(page, "/Resources"), set())]
    for annotation in _get(page, "/Annots", []):
        annotation = annotation.get_object()
        subtype = annotation.get("/Subtype")
        if subtype in ("/Popup", "/Link"):
            continue
        flags = int(annotation.get("/F", 0))
        rect = [float(v) for v in annotation.get("/Rect", [0, 0, 0, 0])]
        has_area = abs(rect[2] - rect[0]) > 0 and abs(rect[3] - rect[1]) > 0
        if has_area and "/AP" not in annotation:
            problems.append(f"{subtype} annotation without an appearance")
        if has_area and not flags & PRINT_FLAG:
            problems.append(f"{subtype} annotation that does not print")
        if flags & HIDDEN_FLAGS:
            problems.append(f"{subtype} annotation that is hidden")
        if "/AA" in annotation or _get(_get(annotation, "/A", {}), "/S") == "/Launch":
            problems.append(f"{subtype} annotation with an action")
        appearance = _get(_get(annotation, "/AP", {}), "/N")
        if isinstance(appearance, generic.StreamObject):
            problems += [f"font {name} is not embedded in an appearance" for name in
                         _unembedded_fonts(_get(appearance, "/Resources"), set())]
    return problems


def _unembedded_fonts(resources: generic.PdfObject | None, seen: set[int]) -> list[str]:
    """Fonts without a font file, in these resources and the forms they draw."""
    if resources is None:
        return []
    resources = resources.get_object()
    missing: list[str] = []
    for font in _get(resources, "/Font", {}).values():
        font = font.get_object()
        if font.get("/Subtype") == "/Type3":
            continue
        descendants = [d.get_object() for d in _get(font, "/DescendantFonts", [])] or [font]
        for described in descendants:
            descriptor = _get(described, "/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in FONT_FILES):
                missing.append(str(font.get("/BaseFont", "?")))
    for xobject in _get(resources, "/XObject", {}).values():
        reference = getattr(xobject, "idnum", None)
        if reference in seen:
            continue
        if reference is not None:
            seen.add(reference)
        stream = xobject.get_object()
        if stream.get("/Subtype") == "/Form":
            missing += _unembedded_fonts(_get(stream, "/Resources"), seen)
    return missing
