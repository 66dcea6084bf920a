"""Task codes as plans number them ("II.1", "II.3.a"), ordered as in the document."""

import re

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Vietnamese documents letter points a), b), c), d), đ), e), ... (Decree 30).
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


def roman_to_int(text: str) -> int | None:
    if not text or any(ch not in ROMAN for ch in text):
        return None
    total = 0
    for current, following in zip(text, [*text[1:], ""], strict=True):
        value = ROMAN[current]
        total += -value if following and ROMAN[following] > value else value
    return total


def task_code_sort_key(code: str) -> str:
    """A string that sorts task codes in document order under any collation.

    Each part becomes six digits, so "II.10" sorts after "II.9" and "II.3.đ" after
    "II.3.d", using only digits and dots.
    """
    parts = []
    for raw in re.split(r"[.\s]+", code.strip().rstrip(").")):
        part = raw.strip(")(")
        if not part:
            continue
        if part.isdigit():
            number = int(part)
        elif (roman := roman_to_int(part.upper())) is not None and part.isupper():
            number = roman
        elif len(part) == 1 and part.lower() in LETTERS:
            number = LETTERS.index(part.lower()) + 1
        else:
            number = 999_999
        parts.append(f"{min(number, 999_999):06d}")
    return ".".join(parts)[:96]
