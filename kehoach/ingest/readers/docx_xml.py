"""XPath over WordprocessingML that works on every element of a python-docx tree.

python-docx gives its own element classes an `xpath` that knows the "w:" prefix, but parts it
does not model (numbering levels, footnotes) come back as plain lxml elements; compiled
expressions with an explicit namespace map work on both.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from docx.oxml.ns import nsmap
from lxml import etree


@cache
def _compiled(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces=nsmap)


def xpath(element: Any, path: str) -> list[Any]:
    result = _compiled(path)(element)
    return result if isinstance(result, list) else [result]
