"""Pairing what a plan holds with what its document says again, so a re-import keeps ids.

A coordinator imports a plan's document a second time to pick up a corrected version. The
tasks and targets already carry indicators, progress entries and links to products, all hung
on their ids; deleting and re-creating them would lose that work. Each existing item is
therefore paired with the new item most like it: tasks by their title, with the same code as
a strong hint (codes shift when a task is inserted), targets by their text, with the same
value as a hint. Values compare as numbers, so the stored 70.00 is the document's 70.

Plain Python: the items are any objects, read through the key functions given.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from typing import Generic, TypeVar

from kehoach.vntext.text import fold

Old = TypeVar("Old")
New = TypeVar("New")

# Below this score two items are different items: the old one is removed, the new one added.
MATCH_THRESHOLD = 0.6
# The hint a shared code or value adds to the texts' likeness.
HINT_BONUS = 0.3


@dataclass(frozen=True)
class Pairing(Generic[Old, New]):
    """Which old item each new item continues; the rest are added or removed."""

    pairs: list[tuple[Old, New]]
    added: list[New]
    removed: list[Old]


def text_key(text: str) -> str:
    """Text compared for likeness: folded (no marks, đ → d), one space between words.

    >>> text_key("  Tổ chức  tập huấn\\n cho ĐỘI NGŨ ")
    'to chuc tap huan cho doi ngu'
    """
    return " ".join(fold(text or "").split())


def likeness(a: str, b: str) -> float:
    """How alike two folded texts are, 0 to 1.

    >>> likeness("to chuc tap huan", "to chuc tap huan")
    1.0
    >>> likeness("to chuc tap huan", "") == 0.0
    True
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MATCH_THRESHOLD - HINT_BONUS:
        return matcher.real_quick_ratio()
    if matcher.quick_ratio() < MATCH_THRESHOLD - HINT_BONUS:
        return matcher.quick_ratio()
    return matcher.ratio()


def number(value: object) -> Decimal | None:
    """A value as a number to compare, whatever way it was written (70, "70", "70.00").

    >>> number("70.00") == number(70)
    True
    >>> number("") is None and number("bảy mươi") is None
    True
    """
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError):
        return None


def pair(old: Sequence[Old], new: Sequence[New], *, text_old: Callable[[Old], str],
         text_new: Callable[[New], str], hint_old: Callable[[Old], object],
         hint_new: Callable[[New], object]) -> Pairing[Old, New]:
    """Pair items by the likeness of their texts, with an equal hint adding `HINT_BONUS`.

    Best pairs are taken first, each item at most once; pairs scoring under
    `MATCH_THRESHOLD` are not pairs. Identical items are paired before any comparison, so
    importing the very same document again costs no text comparison at all.

    >>> result = pair(["II.1 Đăng tin", "II.2 Tập huấn"], ["II.1 Tập huấn", "II.2 Triển lãm"],
    ...               text_old=lambda s: s[5:], text_new=lambda s: s[5:],
    ...               hint_old=lambda s: s[:4], hint_new=lambda s: s[:4])
    >>> result.pairs, result.added, result.removed
    ([('II.2 Tập huấn', 'II.1 Tập huấn')], ['II.2 Triển lãm'], ['II.1 Đăng tin'])
    """
    old_keys = [(text_key(text_old(o)), hint_old(o)) for o in old]
    new_keys = [(text_key(text_new(n)), hint_new(n)) for n in new]
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    found: list[tuple[int, int]] = []
    exact: dict[tuple[str, object], list[int]] = {}
    for i, key in enumerate(old_keys):
        exact.setdefault(key, []).append(i)
    for j, key in enumerate(new_keys):
        if exact.get(key):
            i = exact[key].pop(0)
            taken_old.add(i)
            taken_new.add(j)
            found.append((i, j))
    scored = []
    for i, (old_text, old_hint) in enumerate(old_keys):
        if i in taken_old:
            continue
        for j, (new_text, new_hint) in enumerate(new_keys):
            if j in taken_new:
                continue
            hint = HINT_BONUS if old_hint == new_hint and old_hint not in (None, "") else 0.0
            score = likeness(old_text, new_text) + hint
            if score >= MATCH_THRESHOLD:
                scored.append((-score, i, j))
    for _score, i, j in sorted(scored):
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            found.append((i, j))
    found.sort(key=lambda ij: ij[1])
    return Pairing(
        pairs=[(old[i], new[j]) for i, j in found],
        added=[n for j, n in enumerate(new) if j not in taken_new],
        removed=[o for i, o in enumerate(old) if i not in taken_old],
    )
