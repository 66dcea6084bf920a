"""Normalising, folding and ordering Vietnamese text without ICU.

PyICU is not available here and SQLite has no Vietnamese collation, so the CLDR
`vi` ordering is reimplemented in plain Python. It is meant to agree with
PostgreSQL's `vi-x-icu` on real names (provinces, departments, people), with two
deliberate differences: tone placement variants ("hoà"/"hòa", "thuỷ"/"thủy")
compare equal, because official documents use both styles for the same word;
and punctuation only separates words instead of having weights of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

__all__ = [
    "CollationKey",
    "collation_key",
    "compare",
    "fold",
    "nfc",
    "tone_key",
    "vi_sorted",
]

T = TypeVar("T")

# Tone marks in their CLDR secondary order: none < huyền < hỏi < ngã < sắc < nặng.
_TONE_WEIGHT: dict[str, int] = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}

# Marks that make a separate letter of the alphabet, not a secondary difference.
_QUALITY: dict[tuple[str, str], str] = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

# The Vietnamese alphabet with f, j, w, z where the Latin alphabet puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_BASE = 100
_LETTER_WEIGHT: dict[str, int] = {ch: _LETTER_BASE + i for i, ch in enumerate(_ALPHABET)}
# Letters outside the alphabet sort after it, by code point, so the order stays total.
_OTHER_BASE = 1000

_VOWELS = frozenset("aeiouy")
# The only nuclei where the two spelling styles put the tone on different vowels.
_MOVABLE_NUCLEI = frozenset({("o", "a"), ("o", "e"), ("u", "y")})

# o/u followed by a toned a, e or y at the end of a word is the only place where
# tone_key may have to move a mark.
_NEW_STYLE_HINT = re.compile("[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]")

# đ/Đ have no Unicode decomposition, so stripping combining marks leaves them.
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


class _NonSpacingMarks(dict[int, int | None]):
    """A str.translate table that drops the non-spacing marks (Unicode category Mn: tones,
    breves, circumflexes, and Khmer's vowel signs too) and keeps every other character.

    Each character's category is looked up once; a report's fold of 34,000 sentences spent
    most of its time asking unicodedata character by character.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = kept
        return kept


_DROP_MARKS = _NonSpacingMarks()

# Large enough to hold every name of a typical list being sorted by SQLite,
# which calls compare() O(n log n) times with the same strings.
_KEY_CACHE_SIZE = 16384

# (primary words, secondary tones, tertiary case, identical-level text)
CollationKey = tuple[tuple[tuple[int, ...], ...], tuple[int, ...], tuple[int, ...], str]


def nfc(text: str) -> str:
    """NFC is the one form stored and shown, so equal text is equal bytes."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _clusters(decomposed: str) -> list[str]:
    """Split NFD text into base characters each followed by its combining marks."""
    clusters: list[str] = []
    for ch in decomposed:
        if clusters and unicodedata.category(ch).startswith("M"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _old_style_word(word: list[str]) -> list[str]:
    """Move a new-style tone (hoà, thuỷ, khoẻ) back onto the first vowel.

    Only a syllable whose vowels are exactly oa, oe or uy at its end (no final
    consonant) is ambiguous; "hoàn", "thuyền" and "ngoài" are spelt one way only.
    After q the u belongs to the onset, so "quý" is left alone.
    """
    if len(word) < 2:
        return word
    first, second = word[-2], word[-1]
    if (first[0].lower(), second[0].lower()) not in _MOVABLE_NUCLEI:
        return word
    onset = word[:-2]
    if any(c[0].lower() in _VOWELS for c in onset):
        return word
    if onset and onset[-1][0].lower() == "q":
        return word
    first_marks, second_marks = first[1:], second[1:]
    if first_marks or len(second_marks) != 1 or second_marks not in _TONE_WEIGHT:
        return word
    return [*onset, first[0] + second_marks, second[0]]


def _canonical_nfd(text: str) -> str:
    """NFD text with every tone in the old-style position."""
    decomposed = unicodedata.normalize("NFD", text)
    if decomposed.isascii():
        return decomposed
    out: list[str] = []
    word: list[str] = []
    for cluster in _clusters(decomposed):
        if cluster[0].isalpha():
            word.append(cluster)
            continue
        out.extend(_old_style_word(word))
        word = []
        out.append(cluster)
    out.extend(_old_style_word(word))
    return "".join(out)


def _may_be_new_style(composed: str) -> bool:
    """Cheap test that lets most text skip the syllable analysis."""
    for match in _NEW_STYLE_HINT.finditer(composed):
        end = match.end()
        if end == len(composed) or not composed[end].isalpha():
            return True
    return False


def tone_key(text: str) -> str:
    """Make "hoà" and "hòa" the same string, for keys and duplicate checks.

    NFC keeps the two placements distinct, yet the decree itself prints both
    "CỘNG HÒA" and "CỘNG HOÀ". The old style is canonical because it is the one
    in the decree's header. Case and every other mark are kept.
    """
    if text.isascii():
        return text
    composed = nfc(text)
    if not _may_be_new_style(composed):
        return composed
    return unicodedata.normalize("NFC", _canonical_nfd(composed))


def fold(text: str) -> str:
    """Reduce text to what a user can type without a Vietnamese keyboard.

    Searching "so thong tin" must find "Sở Thông tin", whether the stored text
    came in NFC or NFD and whatever its spacing.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).casefold())
    stripped = decomposed.translate(_DROP_MARKS)
    folded = unicodedata.normalize("NFC", stripped.translate(_FOLD_TABLE))
    return " ".join(folded.split())


def _slow_key(canonical: str) -> CollationKey:
    """Collation key of NFD text whose tones are already in old-style places."""
    words: list[tuple[int, ...]] = []
    word: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for cluster in _clusters(canonical):
        base, marks = cluster[0], cluster[1:]
        if not base.isalnum():
            # Spaces and punctuation only separate words: "An Giang" < "Anh".
            if word:
                words.append(tuple(word))
                word = []
            continue
        lower = base.lower()
        if len(lower) != 1:
            lower = base
        tone = 0
        extra = 0
        if base.isdecimal():
            weight = 1 + unicodedata.decimal(base)
            extra = sum(ord(m) for m in marks)
        else:
            letter = lower
            for mark in marks:
                if letter == lower and (lower, mark) in _QUALITY:
                    letter = _QUALITY[(lower, mark)]
                elif mark in _TONE_WEIGHT and tone == 0:
                    tone = _TONE_WEIGHT[mark]
                else:
                    # Marks foreign to Vietnamese still count, after the tones.
                    extra += ord(mark)
            weight = _LETTER_WEIGHT.get(letter, _OTHER_BASE + ord(letter))
        word.append(weight)
        secondary.append(tone + 6 * extra)
        tertiary.append(0 if base == lower else 1)
    if word:
        words.append(tuple(word))
    return (
        tuple(words),
        tuple(secondary),
        tuple(tertiary),
        unicodedata.normalize("NFC", canonical),
    )


def _build_char_table() -> dict[str, tuple[int, int, int] | None]:
    """Weights of each precomposed Vietnamese letter, digit and ASCII character.

    Built with _slow_key itself so the fast path cannot disagree with it;
    None marks a word separator.
    """
    letters = {
        unicodedata.normalize("NFC", base + tone)
        for base in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        for tone in ["", *_TONE_WEIGHT]
    }
    chars = letters | {ch.upper() for ch in letters} | {"đ", "Đ"}
    chars |= {chr(code) for code in range(0x20, 0x7F)} | {"\t", "\n", "\r", "\xa0"}
    table: dict[str, tuple[int, int, int] | None] = {}
    for ch in chars:
        words, secondary, tertiary, _ = _slow_key(unicodedata.normalize("NFD", ch))
        table[ch] = (words[0][0], secondary[0], tertiary[0]) if words else None
    return table


_CHAR_TABLE = _build_char_table()


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def _cached_key(text: str) -> CollationKey:
    canonical = tone_key(text)
    table = _CHAR_TABLE
    if not all(ch in table for ch in canonical):
        return _slow_key(unicodedata.normalize("NFD", canonical))
    words: list[tuple[int, ...]] = []
    word: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for ch in canonical:
        weights = table[ch]
        if weights is None:
            if word:
                words.append(tuple(word))
                word = []
            continue
        word.append(weights[0])
        secondary.append(weights[1])
        tertiary.append(weights[2])
    if word:
        words.append(tuple(word))
    return tuple(words), tuple(secondary), tuple(tertiary), canonical


def collation_key(text: str) -> CollationKey:
    """Sort key for the CLDR `vi` order, where SQLite and Python lack one.

    Levels: letters word by word (ă, â, đ, ê, ô, ơ, ư are letters of their own,
    digits come before letters), then tones, then case (lowercase first), then
    the text itself so that the order is total and deterministic. Tone
    placement variants and NFC/NFD forms get equal keys.
    """
    return _cached_key(text)


def vi_sorted(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """Sort in Vietnamese order where the database cannot do it."""
    return sorted(items, key=lambda item: _cached_key(key(item)))


def compare(a: str, b: str) -> int:
    """Three-way comparison for sqlite3's create_collation("vi", compare)."""
    if a == b:
        return 0
    key_a, key_b = _cached_key(a), _cached_key(b)
    return (key_a > key_b) - (key_a < key_b)


def first_words(text: str, count: int) -> str:
    """The first `count` words of `text`, with "…" when there were more; spaces made single.

    What Django's Truncator(text).words(count) gives, without its look-up of the ellipsis in
    the translation catalogue on every call: a filter box's seventy plans took 12 ms of it.

    >>> first_words("Triển khai  Đề án truyền thông về quyền con người", 4)
    'Triển khai Đề án…'
    >>> first_words("Kế hoạch năm 2024", 4)
    'Kế hoạch năm 2024'
    """
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
