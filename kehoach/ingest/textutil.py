"""Small text helpers the parser shares; offsets into the source text are always kept."""

import re
import unicodedata


class _FlatTable(dict[int, str]):
    """Each character's flat form, worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[:1].lower() or ch
        mapped = "d" if base in "đ" else base
        self[code] = mapped if len(mapped) == 1 else ch
        return self[code]


_FLAT = _FlatTable()


def flat(text: str) -> str:
    """Lower-case, diacritics removed, đ → d, one character for one character.

    `kehoach.vntext.fold` also collapses spaces, which moves offsets; the parser matches its
    patterns on this flat copy and cuts the original text at the same positions.
    """
    return text.translate(_FLAT)


# PDF text layers mark a hyphen at a line end as U+FFFE or U+0002 (PDFium) and word processors
# keep a soft hyphen (U+00AD) where a word may break; in a symbol ("58/KH" + mark + "UBND") each
# stands for the hyphen that was printed.
_LINE_END_HYPHEN = re.compile(r"[\ufffe\x02]|(?<=[0-9A-Za-zĐđ])\u00ad(?=[0-9A-ZĐ])")


def repair_hyphens(text: str) -> str:
    """Line-end and soft hyphens written as "-", one character for one, so offsets hold."""
    return _LINE_END_HYPHEN.sub("-", text)


def squash(text: str) -> str:
    """One line with single spaces: how titles and names are returned."""
    return " ".join(text.replace("<br>", " ").split())


_PLACE_WORDS = {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn"}
_PLACE_BODIES = {"ủy", "uỷ", "đoàn", "đội", "hội"}
_SECTOR_HEADS = {"sở", "bộ", "cục", "vụ", "ban", "đài", "báo", "hội", "tâm", "viện", "đoàn",
                 "phòng"}
_ABBREVIATIONS = {"UBND", "HĐND", "MTTQ", "UBMTTQ", "CAND", "QĐND", "TNCS", "HCM", "CT-XH"}
_VOWELS = set("aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


def from_capitals(text: str) -> str:
    """Write an all-capitals heading ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG") as names are written.

    Administrative names capitalise their first word, the first word of each sector a
    department is named after ("Sở Văn hóa, Thể thao và Du lịch") and the place name at the
    end ("Ủy ban nhân dân tỉnh Sóc Trăng"); abbreviations (UBND, HĐND) stay as they are.
    Mixed-case text is returned unchanged.
    """
    text = squash(text)
    if text != text.upper() or not any(ch.isalpha() for ch in text):
        return text
    words = text.split()
    result: list[str] = []
    first = 1 if words[0].lower() == "trung" and len(words) > 1 else 0
    sector = words[first].lower() in _SECTOR_HEADS
    in_place = capital_next = False
    for index, word in enumerate(words):
        lower = word.lower()
        if not (_VOWELS & set(lower)) or "&" in word or word in _ABBREVIATIONS:
            result.append(word)
        elif index == 0 or in_place or capital_next:
            result.append(lower[:1].upper() + lower[1:])
        else:
            result.append(lower)
        previous = words[index - 1].lower() if index else ""
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        # "tỉnh Kon Tum" opens a place; "Tỉnh ủy", "Tỉnh đoàn" and "Xã hội" do not.
        in_place = in_place or (lower in _PLACE_WORDS and previous != "các" and not capital_next
                                and following not in _PLACE_BODIES) or (
            previous in _PLACE_WORDS | {"thành"} and lower in _PLACE_BODIES - {"hội"})
        capital_next = sector and (index == first or lower in {"và", "-"} or word.endswith(","))
    return " ".join(result)


ROMAN = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
    "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15,
}
