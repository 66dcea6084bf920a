"""Precision and recall of tasks and of their lead units, over the gold documents.

Run `.venv/bin/python -m kehoach.ingest.tests.task_recall [DIRECTORY ...]` to print them per
document and per directory; `test_task_recall.py` holds them to the goal. Tasks are paired with
gold as the scorer pairs them (by title, similarity 0.8, greedily); a lead unit counts when the
task it belongs to is paired and the unit is among the paired task's (similarity 0.85), so a
task that is missed loses its units too.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from kehoach.ingest.parse import ingest_file
from kehoach.ingest.tests.test_gold import FORMATS, TASK_TITLE_SIMILARITY, gold, norm

HERE = Path(__file__).parent
SETS = ("documents", "holdout", "shapes", "relaid")
UNIT_SIMILARITY = 0.85


@dataclass
class Count:
    """Found, expected and right, for tasks and for lead units."""

    tasks_found: int = 0
    tasks_expected: int = 0
    tasks_right: int = 0
    leads_found: int = 0
    leads_expected: int = 0
    leads_right: int = 0

    def add(self, other: Count) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratios(self) -> dict[str, float]:
        def ratio(right: int, total: int) -> float:
            return right / total if total else 1.0
        return {
            "task precision": ratio(self.tasks_right, self.tasks_found),
            "task recall": ratio(self.tasks_right, self.tasks_expected),
            "lead precision": ratio(self.leads_right, self.leads_found),
            "lead recall": ratio(self.leads_right, self.leads_expected),
        }


def similar(a: object, b: object) -> float:
    x, y = norm(a), norm(b)
    return 1.0 if not x and not y else SequenceMatcher(None, x, y).ratio()


def pairs(expected: list[dict[str, Any]], found: list[dict[str, Any]],
          key: str | None, threshold: float) -> list[tuple[Any, Any]]:
    """The scorer's greedy one-to-one pairing by similarity."""
    paired, used = [], set()
    for item in expected:
        best, best_at = 0.0, None
        for at, candidate in enumerate(found):
            if at not in used:
                score = similar(item[key] if key else item, candidate[key] if key else candidate)
                if score > best:
                    best, best_at = score, at
        if best_at is not None and best >= threshold:
            used.add(best_at)
            paired.append((item, found[best_at]))
    return paired


def count(expected: list[dict[str, Any]], found: list[dict[str, Any]]) -> Count:
    result = Count(tasks_found=len(found), tasks_expected=len(expected),
                   leads_found=sum(len(task["lead_units"] or []) for task in found),
                   leads_expected=sum(len(task.get("lead_units") or []) for task in expected))
    for gold_task, task in pairs(expected, found, "title", TASK_TITLE_SIMILARITY):
        result.tasks_right += 1
        result.leads_right += len(pairs(gold_task.get("lead_units") or [],
                                        task["lead_units"] or [], None, UNIT_SIMILARITY))
    return result


def documents(directory: Path) -> list[tuple[str, Path]]:
    found = []
    for gold_file in sorted(directory.glob("*.json")):
        name = gold_file.stem
        document = next((directory / (name + ext) for ext in FORMATS
                         if (directory / (name + ext)).exists()), None)
        if document is not None and "tasks" in gold(name):
            found.append((name, document))
    return found


def measure(directory: Path, out: Any = None) -> Count:
    total = Count()
    for name, document in documents(directory):
        counted = count(gold(name)["tasks"], ingest_file(document)["tasks"])  # type: ignore[arg-type]
        total.add(counted)
        if out is not None:
            print(f"  {name:<42} " + "  ".join(f"{k} {v:.2f}" for k, v in
                                              counted.ratios().items()), file=out)
    return total


def main(argv: list[str]) -> int:
    overall = Count()
    for name in argv or SETS:
        print(name)
        counted = measure(HERE / name, sys.stdout)
        overall.add(counted)
        print(f"  {'all of ' + name:<42} " + "  ".join(
            f"{k} {v:.2f}" for k, v in counted.ratios().items()))
    print("overall  " + "  ".join(f"{k} {v:.2f}" for k, v in overall.ratios().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
