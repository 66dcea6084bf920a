"""Vietnamese text in the legacy 8-bit encodings that provincial archives still hold.

Before Unicode, offices typed in fonts whose code points were Vietnamese letters:

* TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial): one byte per letter,
  lowercase only except for the seven bare capitals Ă Â Ê Ô Ơ Ư Đ. A capital with a tone
  has no code of its own: headings were set in the uppercase fonts (.VnTimeH, .VnArialH),
  which draw the lowercase codes as capitals.
* VNI (VNI-Times, VNI-Helve): a base letter followed by a byte for its marks, "oä" for "ộ";
  the bytes are Windows-1252 characters, so the files open as "Coäng hoøa".

Files saved from those fonts are plain Windows-1252 bytes, and whatever opens them shows
"Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi". This module decodes such files, detects and
repairs such text, and writes it back out so that tests can make legacy fixtures:

    >>> to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'Cộng hoà xã hội chủ nghĩa Việt Nam'
    >>> to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    >>> decode_bytes(encode("Độc lập - Tự do - Hạnh phúc", "vni"))
    'Độc lập - Tự do - Hạnh phúc'

Which encoding a text is in is decided by counting its words that are Vietnamese
syllables, before and after conversion: mis-decoded legacy text is full of non-words
("héi", "hoøa") that conversion turns into words, and real Unicode text is not.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from kehoach.vntext.text import nfc

__all__ = ["decode_bytes", "detect", "encode", "to_unicode"]

# --- Mapping tables ----------------------------------------------------------------------

# Each row: a vowel bare and with sắc, huyền, hỏi, ngã, nặng (the order of both tables),
# then đ. Legacy code points are written as the Windows-1252 characters of their bytes,
# which is how the text looks when it has been mis-decoded.
_LETTER_ROWS = (
    "aáàảãạ",
    "ăắằẳẵặ",
    "âấầẩẫậ",
    "eéèẻẽẹ",
    "êếềểễệ",
    "iíìỉĩị",
    "oóòỏõọ",
    "ôốồổỗộ",
    "ơớờởỡợ",
    "uúùủũụ",
    "ưứừửữự",
    "yýỳỷỹỵ",
    "đ",
)

# TCVN3 (VN3): bytes 0xA1-0xFE; a, e, i, o, u, y stay ASCII. "\xad" is ư (a soft hyphen
# in Windows-1252, hence invisible in mis-decoded text).
_TCVN3_ROWS = (
    "a¸µ¶·¹",
    "¨¾»¼½Æ",
    "©ÊÇÈÉË",
    "eÐÌÎÏÑ",
    "ªÕÒÓÔÖ",
    "iÝ×ØÜÞ",
    "oãßáâä",
    "«èåæçé",
    "¬íêëìî",
    "uóïñòô",
    "\xadøõö÷ù",
    "yýúûüþ",
    "®",
)
# The only capitals VN3 has. The others share the lowercase codes (see the module doc).
_TCVN3_CAPITALS = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}

# VNI: marks after the base letter. Tones are ù ø û õ ï, circumflex with a tone
# â á à å ã ä, breve with a tone ê é è ú ü ë; ơ ư đ and the toned i are single bytes,
# and so is ỵ (î). Capitals are the same sequences in capitals ("OÄ" for "Ộ"), the
# capital mark bytes being 0x20 below the small ones as in Latin-1.
_VNI_ROWS: tuple[tuple[str, ...], ...] = (
    ("a", "aù", "aø", "aû", "aõ", "aï"),
    ("aê", "aé", "aè", "aú", "aü", "aë"),
    ("aâ", "aá", "aà", "aå", "aã", "aä"),
    ("e", "eù", "eø", "eû", "eõ", "eï"),
    ("eâ", "eá", "eà", "eå", "eã", "eä"),
    ("i", "í", "ì", "æ", "ó", "ò"),
    ("o", "où", "oø", "oû", "oõ", "oï"),
    ("oâ", "oá", "oà", "oå", "oã", "oä"),
    ("ô", "ôù", "ôø", "ôû", "ôõ", "ôï"),
    ("u", "uù", "uø", "uû", "uõ", "uï"),
    ("ö", "öù", "öø", "öû", "öõ", "öï"),
    ("y", "yù", "yø", "yû", "yõ", "î"),
    ("ñ",),
)


def _pairs(rows: Iterable[Iterable[str]]) -> dict[str, str]:
    """Unicode letter -> legacy code, for the lowercase letters of _LETTER_ROWS."""
    table: dict[str, str] = {}
    for letters, codes in zip(_LETTER_ROWS, rows, strict=True):
        table.update(zip(letters, codes, strict=True))
    return table


def _tcvn3_encode_table() -> dict[str, str]:
    small = _pairs(_TCVN3_ROWS)
    table = {letter: code for letter, code in small.items() if not letter.isascii()}
    for letter, code in small.items():
        if not letter.isascii():
            # A capital with a tone is written with the lowercase code (an H font shows it).
            table.setdefault(letter.upper(), code)
    table.update(_TCVN3_CAPITALS)
    return table


def _vni_encode_table() -> dict[str, str]:
    small = _pairs(_VNI_ROWS)
    table = {letter: code for letter, code in small.items() if not letter.isascii()}
    table.update({letter.upper(): code.upper() for letter, code in table.items()})
    return table


_ENCODE: dict[str, dict[str, str]] = {"tcvn3": _tcvn3_encode_table(), "vni": _vni_encode_table()}

# TCVN3 is one code per letter, so decoding is a str.translate.
_TCVN3_DECODE: dict[int, str] = {
    ord(code): letter
    for letter, code in _ENCODE["tcvn3"].items()
    if letter == letter.lower() or letter in _TCVN3_CAPITALS
}

_VNI_MARKS = frozenset(code[1] for code in _ENCODE["vni"].values() if len(code) == 2)


def _vni_decode_table() -> dict[str, str]:
    """VNI sequence -> letter, also for a base and mark of different case ("Aù" for "Á").

    Typists mixed the two; the base letter decides the case.
    """
    table = {code: letter for letter, code in _ENCODE["vni"].items()}
    for code, letter in list(table.items()):
        if len(code) == 2:
            table.setdefault(code[0] + code[1].swapcase(), letter)
    return table


_VNI_DECODE = _vni_decode_table()
# Longest first, so that "oâ" (ô) wins over "o" and "ôù" (ớ) over "ô" (ơ).
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI_DECODE), key=len, reverse=True)))

# The characters that mean something in each encoding: anything else passes through.
_LEGACY_CHARS: dict[str, frozenset[str]] = {
    "tcvn3": frozenset(map(chr, _TCVN3_DECODE)),
    "vni": frozenset(code for code in _VNI_DECODE if len(code) == 1) | _VNI_MARKS,
}

_ENCODINGS = ("tcvn3", "tcvn3-upper", "vni")


# --- Bytes to text -----------------------------------------------------------------------


def _from_latin1(encoding: str) -> dict[int, str]:
    """Latin-1 character -> the one a Windows code page has for its byte.

    Decoding as Latin-1 and translating cannot fail, where the codec would raise on
    the bytes the code page leaves unassigned (they stay as Latin-1 has them).
    """
    table: dict[int, str] = {}
    for byte in range(256):
        try:
            ch = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            continue
        if ch != chr(byte):
            table[byte] = ch
    return table


_CP1252 = _from_latin1("cp1252")
_CP1258 = _from_latin1("cp1258")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _windows(data: bytes, table: dict[int, str]) -> str:
    return data.decode("latin-1").translate(table)


def decode_bytes(data: bytes) -> str:
    """Text of a file whose encoding nobody recorded, in NFC; never raises.

    A byte order mark decides; otherwise bytes that are valid UTF-8 are UTF-8, since
    legacy text practically never is. Anything else is 8-bit, and the reading with the
    most Vietnamese words wins among TCVN3, VNI, Windows-1258 and Windows-1252, the last
    being what Windows would show and so the fallback on a tie.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return nfc(data[len(bom) :].decode(encoding, errors="replace"))
    try:
        return nfc(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    windows = _windows(data, _CP1252)
    readings = [
        windows,
        _convert(windows, "tcvn3"),
        _convert(windows, "vni"),
        nfc(_windows(data, _CP1258)),
    ]
    scores = [_score(reading) for reading in readings]
    return readings[scores.index(max(scores))]


# --- Text to text ------------------------------------------------------------------------


def detect(text: str) -> str | None:
    """Which legacy encoding mis-decoded text is in: "tcvn3", "vni", or None.

    Mis-decoded text is legacy bytes read as Windows-1252 or Latin-1. The encoding must
    turn more words into Vietnamese syllables than it spoils, and leave more syllables
    than non-words among the words it could touch. Unicode Vietnamese, English and ASCII
    have nothing for it to gain and give None.
    """
    if text.isascii():
        return None
    before = _score(text.translate(_CP1252))
    best: str | None = None
    best_score = max(before, 0)
    for encoding in ("tcvn3", "vni"):
        score = _score(_convert(text, encoding))
        if score > best_score:
            best, best_score = encoding, score
    return best


def to_unicode(text: str, encoding: str | None = None) -> str:
    """Mis-decoded legacy text as NFC Unicode; unchanged (but NFC) if none is detected.

    `encoding` is "tcvn3", "tcvn3-upper" (text set in an uppercase font such as .VnTimeH,
    where every letter is a capital), "vni", or None to detect it.
    """
    if encoding is None:
        encoding = detect(text)
        if encoding is None:
            return nfc(text)
    if encoding not in _ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {_ENCODINGS}")
    return _convert(text, encoding)


def encode(text: str, encoding: str) -> bytes:
    """Unicode text as the bytes a legacy file would hold, for tests and fixtures.

    TCVN3 has no codes for capitals with a tone: as ABC did, they get the lowercase
    code, so decoding gives them back as capitals only in a line written in capitals
    (or with "tcvn3-upper", which writes everything as for an uppercase font).
    A character the encoding cannot hold, or that would read back as a Vietnamese
    letter ("ñ" is VNI's đ), raises ValueError.
    """
    if encoding not in _ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {_ENCODINGS}")
    text = nfc(text)
    if encoding == "tcvn3-upper":
        text, encoding = text.lower(), "tcvn3"
    table, reserved = _ENCODE[encoding], _LEGACY_CHARS[encoding]
    for ch in text:
        if ch not in table and ch in reserved:
            raise ValueError(
                f"{ch!r} cannot be written in {encoding}: it would read back as a letter"
            )
    legacy = "".join(table.get(ch, ch) for ch in text)
    try:
        return legacy.encode("cp1252")
    except UnicodeEncodeError as error:
        bad = legacy[error.start]
        raise ValueError(f"{bad!r} cannot be written in {encoding}") from error


def _convert(text: str, encoding: str) -> str:
    # Text decoded as Latin-1 has C1 controls where Windows-1252 has quotes and dashes.
    text = text.translate(_CP1252)
    if encoding == "vni":
        return nfc(_VNI_PATTERN.sub(lambda match: _VNI_DECODE[match[0]], text))
    converted = text.translate(_TCVN3_DECODE)
    if encoding == "tcvn3-upper":
        return nfc(converted.upper())
    return nfc(_restore_capitals(text, converted))


_WORD = re.compile(r"\S+")


def _restore_capitals(legacy: str, converted: str) -> str:
    """Capitalise TCVN3 letters in words typed in capitals ("CéNG HOµ" is "CỘNG HOÀ").

    In .VnTime no capital with a tone can be typed, so capital ASCII letters around a
    small toned letter mean the word was set in an H font. It takes two capitals and no
    small ASCII letter ("Sè" stays "Số"); a line whose ASCII letters are all capitals
    and that has such a word is a heading, and all of it is capitalised ("X·" in
    "CéNG HOµ X· HéI"). The translation is one character for one, so positions agree.
    """
    lines: list[str] = []
    start = 0
    for line in legacy.splitlines(keepends=True):
        out = converted[start : start + len(line)]
        start += len(line)
        spans = [
            m.span()
            for m in _WORD.finditer(line)
            if _typed_in_capitals(m[0], out[m.start() : m.end()])
        ]
        if spans and _ascii_letters_all_capitals(line):
            lines.append(out.upper())
            continue
        done = 0
        for begin, end in spans:
            lines += [out[done:begin], out[begin:end].upper()]
            done = end
        lines.append(out[done:])
    return "".join(lines)


def _typed_in_capitals(legacy_word: str, converted_word: str) -> bool:
    capitals = sum(1 for ch in legacy_word if ch.isascii() and ch.isupper())
    return (
        capitals >= 2 and _ascii_letters_all_capitals(legacy_word) and legacy_word != converted_word
    )


def _ascii_letters_all_capitals(text: str) -> bool:
    return not any(ch.isascii() and ch.islower() for ch in text)


# --- Scoring -----------------------------------------------------------------------------

# Combining huyền, sắc, ngã, hỏi, nặng.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")

# Onsets with the spelling rules that tell real words from noise: k, gh, ngh before
# e, ê, i (y for k); c, g, ng elsewhere.
_ONSET = (
    r"(?:ngh(?=[eêi])|gh(?=[eêi])|k(?=[eêiy])|ng(?![eêi])|g(?![eê])|c(?![eêiy])"
    r"|gi|kh|ph|th|tr|ch|nh|qu|[bdđhlmnprstvx])?"
)
# Every rhyme of the language, without tone. "ăk" is for Tây Nguyên names (Đăk Hà).
_RHYME_ROWS = (
    "a ac ach ai am an ang anh ao ap at au ay",
    "ăc ăk ăm ăn ăng ăp ăt",
    "âc âm ân âng âp ât âu ây",
    "e ec em en eng eo ep et",
    "ê êch êm ên ênh êp êt êu",
    "i ia ich im in inh ip it iu",
    "iêc iêm iên iêng iêp iêt iêu",
    "o oc oi om on ong op ot ooc oong",
    "oa oac oach oai oam oan oang oanh oao oap oat oay",
    "oăc oăm oăn oăng oăt",
    "oe oen oeo oet",
    "ô ôc ôi ôm ôn ông ôp ôt",
    "ơ ơi ơm ơn ơp ơt",
    "u ua uc ui um un ung up ut",
    "uân uâng uât uây",
    "uê uêch uên uênh",
    "uy uya uych uyên uyêt uyn uynh uyp uyt uyu",
    "uôc uôi uôm uôn uông uôt",
    "uơ",
    "ư ưa ưc ưi ưm ưn ưng ưt ưu",
    "ươc ươi ươm ươn ương ươp ươt ươu",
    "y yêm yên yêng yêt yêu",
)
_RHYMES = [rhyme for row in _RHYME_ROWS for rhyme in row.split()]
_SYLLABLE = re.compile(
    _ONSET + "(?P<rhyme>" + "|".join(sorted(_RHYMES, key=len, reverse=True)) + ")"
)
# A syllable closed by p, t, c or ch takes only sắc or nặng.
_STOP_CODA = re.compile("(?:p|t|c|ch)$")
_STOP_TONES = frozenset({"\u0301", "\u0323"})

# Words are split at spaces, ASCII punctuation and general punctuation (“ ” – …), but
# not at Latin-1 symbols, which in mis-decoded text are letters ("x·" is "xã").
_TOKEN = re.compile(r"[^\s!-/:-@\[-`{-~\u2000-\u206f]+")


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """Whether a word, in any case, is one Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return False
    if _STOP_CODA.search(match["rhyme"]):
        return bool(tones) and tones[0] in _STOP_TONES
    return True


def _score(text: str) -> int:
    """Syllables minus non-words, among the words with a character outside ASCII.

    ASCII words are left out: no conversion touches them, and "Nam" or "UBND" say
    nothing about the encoding.
    """
    score = 0
    for token in _TOKEN.findall(text):
        if not token.isascii():
            score += 1 if _is_syllable(token) else -1
    return score
