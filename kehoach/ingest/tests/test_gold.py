"""Every gold document (documents/, holdout/, shapes/, relaid/) against its NAME.json, field by
field.

The gold files are written by hand from the documents and scored by the shared
`score_ingest.py`; these tests check the same components in-process (no subprocess, no
database), one test per scored item, so that a failure names the document and the field and
shows gold beside what the parser found. The documents in holdout/ were written by someone who
had not read the parser; the rules they led to are general ones, tested on their own in the
other test modules. Values are compared after the scorer's normalisation
(NFC, case, spaces, trailing punctuation), but exactly otherwise: a regression shows here before
it costs a point in the score.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kehoach.ingest.parse import ingest_file

DOCUMENTS = Path(__file__).parent / "documents"
HOLDOUT = Path(__file__).parent / "holdout"
SHAPES = Path(__file__).parent / "shapes"
RELAID = Path(__file__).parent / "relaid"
DIRECTORIES = (DOCUMENTS, HOLDOUT, SHAPES, RELAID)
FORMATS = (".txt", ".docx", ".pdf")
DOCUMENT_FIELDS = ("kind", "type_name", "number", "symbol", "place", "date", "title", "issuer")
# Free-text fields pass, as in the scorer, when this similar to gold; the others must be equal.
SIMILAR = {"title": 0.9, "issuer": 0.85, "signer": 0.9}
TASK_TITLE_SIMILARITY = 0.8  # the scorer pairs tasks by title at this similarity

# (document, what) → why the parser still misses it; the test then xfails with that reason
# instead of failing, and only that one assertion. "what" is the field name, "references",
# "references:dates", "task:CODE", "tasks:extra" or "targets".
KNOWN_MISSES: dict[tuple[str, str], str] = {}


def _gold_files() -> dict[str, Path]:
    """Gold files by document name, over both directories; names are unique across them."""
    found: dict[str, Path] = {}
    for directory in DIRECTORIES:
        for path in sorted(directory.glob("*.json")):
            name = path.name.removesuffix(".json")
            if any((directory / (name + ext)).exists() for ext in FORMATS):
                assert name not in found, f"{name} has gold in two directories"
                found[name] = path
    return found


GOLD = _gold_files()


@cache
def gold(name: str) -> dict[str, Any]:
    return json.loads(GOLD[name].read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def parsed(name: str) -> dict[str, Any]:
    directory = GOLD[name].parent
    document = next(directory / (name + ext) for ext in FORMATS
                    if (directory / (name + ext)).exists())
    return ingest_file(document)


def norm(value: object) -> str:
    """The scorer's normalisation: NFC, case-folded, one space, no trailing punctuation."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    return re.sub(r"[\s\u00a0]+", " ", text).strip(" .;:,*-–")


def similar(expected: object, found: object, threshold: float) -> bool:
    """The scorer's test for free text: close enough after normalisation."""
    a, b = norm(expected), norm(found)
    return (not a and not b) or SequenceMatcher(None, a, b).ratio() >= threshold


def ref_key(reference: dict[str, Any]) -> str:
    symbol = re.sub(r"\s+", "", norm(reference.get("symbol"))).upper()
    return f"{norm(reference.get('number'))}/{symbol}"


def check(name: str, what: str, ok: bool, expected: object, found: object) -> None:
    """Assert, with gold and found side by side; xfail only for a listed known miss."""
    if ok:
        return
    if (name, what) in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[(name, what)])
    pytest.fail(f"{name}: {what}\n  gold:  {expected!r}\n  found: {found!r}", pytrace=False)


def _cases(component: str) -> list[str]:
    return [name for name in GOLD if component in gold(name)]


@pytest.mark.parametrize("directory", DIRECTORIES, ids=lambda path: path.name)
def test_every_document_has_gold(directory: Path) -> None:
    documents = {path.stem for ext in FORMATS for path in directory.glob("*" + ext)}
    documents = {name for name in documents if not name.endswith(".utf8")}
    gold_here = {name for name, path in GOLD.items() if path.parent == directory}
    assert documents, f"no documents in {directory}"
    assert documents <= gold_here, f"documents without gold: {sorted(documents - gold_here)}"
    assert {"soctrang-81-KH-UBND-2024", "hatinh-BC-UBND-2024-cchc"} <= set(GOLD)


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in _cases("document") for field in (*DOCUMENT_FIELDS, "signer")
     if field in gold(name)["document"]],
)
def test_document_field(name: str, field: str) -> None:
    expected = gold(name)["document"][field]
    found = parsed(name)["document"].get(field)
    if field == "signer":
        expected = (expected or {}).get("name")
        found = (found or {}).get("name")
    if field in SIMILAR:
        ok = similar(expected, found, SIMILAR[field])
    else:
        ok = norm(expected) == norm(found)
    check(name, field, ok, expected, found)


@pytest.mark.parametrize("name", _cases("references"))
def test_references(name: str) -> None:
    expected = {ref_key(r): r for r in gold(name)["references"]}
    found = {ref_key(r): r for r in parsed(name)["references"]}
    missing, extra = sorted(expected.keys() - found.keys()), sorted(found.keys() - expected.keys())
    check(name, "references", not missing and not extra,
          f"missing {missing}", f"extra {extra}")
    dates = {key: (expected[key].get("date"), found[key].get("date"))
             for key in expected.keys() & found.keys() if expected[key].get("date")}
    wrong = {key: pair for key, pair in dates.items() if norm(pair[0]) != norm(pair[1])}
    check(name, "references:dates", not wrong,
          {key: gold_date for key, (gold_date, _) in wrong.items()},
          {key: found_date for key, (_, found_date) in wrong.items()})


def _units(values: list[str] | None) -> set[str]:
    return {norm(value) for value in values or []}


@pytest.mark.parametrize(
    ("name", "code"),
    [(name, task["code"]) for name in _cases("tasks") for task in gold(name)["tasks"]],
)
def test_task(name: str, code: str) -> None:
    expected = next(task for task in gold(name)["tasks"] if task["code"] == code)
    by_code = {task["code"]: task for task in parsed(name)["tasks"]}
    what = f"task:{code}"
    check(name, what, code in by_code, expected["title"], sorted(by_code))
    found = by_code[code]
    check(name, what + " title",
          similar(expected["title"], found["title"], TASK_TITLE_SIMILARITY),
          expected["title"], found["title"])
    for role in ("lead_units", "coordinating_units"):
        check(name, f"{what} {role}", _units(expected.get(role)) == _units(found.get(role)),
              expected.get(role), found.get(role))
    frame, found_frame = expected.get("timeframe") or {}, found.get("timeframe") or {}
    if frame.get("start") or frame.get("end"):
        dates = (frame.get("start"), frame.get("end"))
        found_dates = (found_frame.get("start"), found_frame.get("end"))
        check(name, f"{what} timeframe", dates == found_dates, dates, found_dates)


@pytest.mark.parametrize("name", _cases("tasks"))
def test_no_extra_tasks(name: str) -> None:
    expected = {task["code"] for task in gold(name)["tasks"]}
    found = [task["code"] for task in parsed(name)["tasks"]]
    extra = [code for code in found if code not in expected]
    check(name, "tasks:extra", not extra and len(found) == len(set(found)), [], extra)


def _target_key(target: dict[str, Any]) -> tuple[float | None, float | None, str | None]:
    """Value and range as the scorer pairs targets, and the deadline, which it does not score
    but the plan's indicators are measured against."""
    def number(value: object) -> float | None:
        return None if value is None else float(value)  # type: ignore[arg-type]
    return number(target.get("value")), number(target.get("value_max")), target.get("deadline")


@pytest.mark.parametrize("name", _cases("targets"))
def test_targets(name: str) -> None:
    expected = Counter(_target_key(t) for t in gold(name)["targets"])
    found = Counter(_target_key(t) for t in parsed(name)["targets"])
    check(name, "targets", expected == found,
          f"missing {sorted((expected - found).elements(), key=str)}",
          f"extra {sorted((found - expected).elements(), key=str)}")
