"""A plan broken where a page or a window ended parses exactly as the plan itself.

Every gold document is read, its text re-wrapped at 60, 70 and 80 columns as a PDF's text layer
or a web copy breaks it (and, for one width, pasted into Word one line per paragraph), and read
again; the parse must be the original's, but for the character offsets, which point into a
different text. A failure prints the first differences, field by field.
"""

from __future__ import annotations

import io
import re
import textwrap
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kehoach.ingest.parse import ingest_file, parse
from kehoach.ingest.readers import read_bytes, read_file
from kehoach.ingest.tests.test_gold import FORMATS, GOLD

WIDTHS = (60, 70, 80)
_OFFSETS = {"span", "spans", "recipients_span", "source"}
_APART = re.compile(r"\S {6,}\S|\t")


def document_path(name: str) -> Path:
    directory = GOLD[name].parent
    return next(directory / (name + ext) for ext in FORMATS if (directory / (name + ext)).exists())


def rewrap(text: str, width: int) -> list[str]:
    """The text's lines as a page of that width prints them; table rows and header cells set
    side by side stay whole, as they do in a copy of a table."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.lstrip().startswith("|") or _APART.search(line):
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return lines


def comparable(value: Any) -> Any:
    """The parse without offsets, its texts with single spaces."""
    if isinstance(value, dict):
        return {key: comparable(item) for key, item in value.items() if key not in _OFFSETS}
    if isinstance(value, list):
        return [comparable(item) for item in value]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def differences(expected: Any, found: Any, path: str = "") -> list[str]:
    if isinstance(expected, dict) and isinstance(found, dict):
        return [line for key in sorted(expected.keys() | found.keys())
                for line in differences(expected.get(key), found.get(key), f"{path}.{key}")]
    if isinstance(expected, list) and isinstance(found, list) and len(expected) == len(found):
        return [line for index, (a, b) in enumerate(zip(expected, found, strict=True))
                for line in differences(a, b, f"{path}[{index}]")]
    return [] if expected == found else [f"{path}\n    original: {expected!r}\n"
                                         f"    re-wrapped: {found!r}"]


@cache
def original(name: str) -> tuple[str, Any]:
    path = document_path(name)
    return read_file(path).text, comparable(ingest_file(path))


def assert_same(name: str, expected: Any, found: Any, how: str) -> None:
    diff = differences(expected, found)
    if diff:
        pytest.fail(f"{name} {how}: {len(diff)} differences\n" + "\n".join(diff[:8]),
                    pytrace=False)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(GOLD))
def test_rewrapped_text_parses_as_the_original(name: str, width: int) -> None:
    text, expected = original(name)
    wrapped = "\n".join(rewrap(text, width))
    found = comparable(parse(read_bytes(wrapped.encode(), name + ".txt")))
    assert_same(name, expected, found, f"re-wrapped at {width} columns")


@pytest.mark.parametrize("name", sorted(GOLD))
def test_pasted_into_word_line_by_line_parses_as_the_original(name: str) -> None:
    import docx

    text, expected = original(name)
    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*rewrap(text, 70), ""]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip("|"))])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value.replace("<br>", "\n")
            rows = []
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    found = comparable(parse(read_bytes(data.getvalue(), name + ".docx")))
    assert_same(name, expected, found, "pasted into Word one line per paragraph")
