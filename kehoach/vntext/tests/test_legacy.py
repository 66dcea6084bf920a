import codecs
import doctest
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.vntext import legacy
from kehoach.vntext.legacy import decode_bytes, detect, encode, to_unicode

SAMPLE_NAME = "soctrang-81-KH-UBND-2024.txt"
# CI clones the repository with shared/ beside it; on a workstation it is /work/shared.
SAMPLE_PATHS = [
    Path(__file__).resolve().parents[3].parent / "shared" / "samples" / SAMPLE_NAME,
    Path("/work/shared/samples") / SAMPLE_NAME,
]

TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # sắc huyền hỏi ngã nặng
VOWEL_BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
SMALL_LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWEL_BASES for t in TONES} - set("aeiouy")
    | {"đ"}
)
CAPITAL_LETTERS = [letter.upper() for letter in SMALL_LETTERS]
LETTERS = SMALL_LETTERS + CAPITAL_LETTERS
# The capitals TCVN3 (VN3) has codes for; the others are drawn by the uppercase fonts.
TCVN3_CAPITALS = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]

# The standards' tables, byte by byte, as an independent check on the module's tables.
TCVN3_BYTES = {
    "áàảãạ": "b8 b5 b6 b7 b9",
    "ăắằẳẵặ": "a8 be bb bc bd c6",
    "âấầẩẫậ": "a9 ca c7 c8 c9 cb",
    "éèẻẽẹ": "d0 cc ce cf d1",
    "êếềểễệ": "aa d5 d2 d3 d4 d6",
    "íìỉĩị": "dd d7 d8 dc de",
    "óòỏõọ": "e3 df e1 e2 e4",
    "ôốồổỗộ": "ab e8 e5 e6 e7 e9",
    "ơớờởỡợ": "ac ed ea eb ec ee",
    "úùủũụ": "f3 ef f1 f2 f4",
    "ưứừửữự": "ad f8 f5 f6 f7 f9",
    "ýỳỷỹỵ": "fd fa fb fc fe",
    "đ": "ae",
    "ĂÂÊÔƠƯĐ": "a1 a2 a3 a4 a5 a6 a7",
}
VNI_BYTES = {
    "áàảãạ": "61f9 61f8 61fb 61f5 61ef",
    "ăắằẳẵặ": "61ea 61e9 61e8 61fa 61fc 61eb",
    "âấầẩẫậ": "61e2 61e1 61e0 61e5 61e3 61e4",
    "éèẻẽẹ": "65f9 65f8 65fb 65f5 65ef",
    "êếềểễệ": "65e2 65e1 65e0 65e5 65e3 65e4",
    "íìỉĩị": "ed ec e6 f3 f2",
    "óòỏõọ": "6ff9 6ff8 6ffb 6ff5 6fef",
    "ôốồổỗộ": "6fe2 6fe1 6fe0 6fe5 6fe3 6fe4",
    "ơớờởỡợ": "f4 f4f9 f4f8 f4fb f4f5 f4ef",
    "úùủũụ": "75f9 75f8 75fb 75f5 75ef",
    "ưứừửữự": "f6 f6f9 f6f8 f6fb f6f5 f6ef",
    "ýỳỷỹỵ": "79f9 79f8 79fb 79f5 ee",
    "đ": "f1",
    "ÁÀẢÃẠ": "41d9 41d8 41db 41d5 41cf",
    "ĂẮẰẲẴẶ": "41ca 41c9 41c8 41da 41dc 41cb",
    "ÂẤẦẨẪẬ": "41c2 41c1 41c0 41c5 41c3 41c4",
    "ÉÈẺẼẸ": "45d9 45d8 45db 45d5 45cf",
    "ÊẾỀỂỄỆ": "45c2 45c1 45c0 45c5 45c3 45c4",
    "ÍÌỈĨỊ": "cd cc c6 d3 d2",
    "ÓÒỎÕỌ": "4fd9 4fd8 4fdb 4fd5 4fcf",
    "ÔỐỒỔỖỘ": "4fc2 4fc1 4fc0 4fc5 4fc3 4fc4",
    "ƠỚỜỞỠỢ": "d4 d4d9 d4d8 d4db d4d5 d4cf",
    "ÚÙỦŨỤ": "55d9 55d8 55db 55d5 55cf",
    "ƯỨỪỬỮỰ": "d6 d6d9 d6d8 d6db d6d5 d6cf",
    "ÝỲỶỸỴ": "59d9 59d8 59db 59d5 ce",
    "Đ": "d1",
}

MOTTO = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"
# How these lines look when a TCVN3 or VNI file is opened as Windows-1252.
MISREAD = [
    ("tcvn3", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("tcvn3", "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("tcvn3", "Sãc Tr¨ng, ngµy 06 th¸ng 5 n¨m 2024", "Sóc Trăng, ngày 06 tháng 5 năm 2024"),
    (
        "tcvn3",
        "TriÓn khai §Ò ¸n truyÒn th«ng vÒ quyÒn con ng\xadêi ë ViÖt Nam",
        "Triển khai Đề án truyền thông về quyền con người ở Việt Nam",
    ),
    ("vni", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("vni", "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("vni", "UÛy ban nhaân daân tænh Soùc Traêng", "Ủy ban nhân dân tỉnh Sóc Trăng"),
    ("vni", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (
        "vni",
        "Caên cöù Quyeát ñònh soá 1079/QÑ-TTg ngaøy 14 thaùng 9 naêm 2022",
        "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022",
    ),
]


def sample_text() -> str:
    for path in SAMPLE_PATHS:
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip(f"{SAMPLE_NAME} is not in shared/samples")


def cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: ă, ơ, ư, đ precomposed, tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONES)
        out.append(unicodedata.normalize("NFC", decomposed.replace(tones, "")) + tones)
    return "".join(out).encode("cp1258")


def test_the_doctests_pass() -> None:
    assert doctest.testmod(legacy).failed == 0


def test_there_are_134_letters() -> None:
    assert len(set(LETTERS)) == 134


# --- Tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("letters", "hex_bytes"), TCVN3_BYTES.items())
def test_tcvn3_codes_are_those_of_the_standard(letters: str, hex_bytes: str) -> None:
    data = bytes.fromhex(hex_bytes)
    assert encode(letters, "tcvn3") == data
    assert to_unicode(data.decode("cp1252"), "tcvn3") == letters


@pytest.mark.parametrize(("letters", "hex_bytes"), VNI_BYTES.items())
def test_vni_codes_are_those_of_vni_windows(letters: str, hex_bytes: str) -> None:
    data = bytes.fromhex(hex_bytes)
    assert encode(letters, "vni") == data
    assert to_unicode(data.decode("cp1252"), "vni") == letters


def test_the_tables_cover_every_letter() -> None:
    assert sorted("".join(VNI_BYTES)) == sorted(LETTERS)
    assert sorted("".join(TCVN3_BYTES)) == sorted(SMALL_LETTERS + TCVN3_CAPITALS)


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_vni(letter: str) -> None:
    data = encode(letter, "vni")
    assert to_unicode(data.decode("cp1252"), "vni") == letter
    assert to_unicode(data.decode("latin-1"), "vni") == letter
    text = f"{MOTTO} {letter}"
    assert decode_bytes(encode(text, "vni")) == text


@pytest.mark.parametrize("letter", SMALL_LETTERS + TCVN3_CAPITALS)
def test_every_letter_tcvn3_has_a_code_for_round_trips(letter: str) -> None:
    data = encode(letter, "tcvn3")
    assert len(data) == 1
    assert to_unicode(data.decode("cp1252"), "tcvn3") == letter
    text = f"{MOTTO} {letter}"
    assert decode_bytes(encode(text, "tcvn3")) == text


@pytest.mark.parametrize("letter", CAPITAL_LETTERS)
def test_every_capital_round_trips_through_an_uppercase_font(letter: str) -> None:
    data = encode(letter, "tcvn3-upper")
    assert data == encode(letter.lower(), "tcvn3")
    assert to_unicode(data.decode("cp1252"), "tcvn3-upper") == letter
    # A line typed in capitals: .VnTimeH draws its lowercase codes as capitals.
    heading = f"{MOTTO.upper()} {letter}"
    assert decode_bytes(encode(heading, "tcvn3")) == heading


def test_tcvn3_writes_a_capital_with_a_tone_as_abc_did() -> None:
    assert encode("Ủy ban", "tcvn3") == encode("ủy ban", "tcvn3") == b"\xf1y ban"
    assert decode_bytes(encode(f"Ủy ban nhân dân. {MOTTO}", "tcvn3")).startswith("ủy ban")


# --- Mis-decoded text -----------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "misread", "text"), MISREAD)
def test_it_repairs_misread_text(encoding: str, misread: str, text: str) -> None:
    assert to_unicode(misread, encoding) == text
    assert to_unicode(misread) == text
    assert detect(misread) == encoding


@pytest.mark.parametrize(("encoding", "misread", "text"), MISREAD)
def test_the_misread_text_is_what_encode_writes(encoding: str, misread: str, text: str) -> None:
    assert encode(text, encoding).decode("cp1252") == misread


@pytest.mark.parametrize(
    ("misread", "text"),
    [
        ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("UBND TØNH SãC TR¡NG", "UBND TỈNH SÓC TRĂNG"),
        ("KÕ HO¹CH", "KẾ HOẠCH"),
        # "Số" in .VnTime: a capital then a small letter, not a heading.
        ("Sè: 81/KH-UBND", "Số: 81/KH-UBND"),
        ("Sè: 81/KH-UBND\nKÕ HO¹CH\nTriÓn khai", "Số: 81/KH-UBND\nKẾ HOẠCH\nTriển khai"),
        # Outside a heading, only the words typed in capitals.
        ("§Ò ¸n cña UBND tØnh vµ HéI §åNG", "Đề án của UBND tỉnh và HỘI ĐỒNG"),
    ],
)
def test_tcvn3_words_typed_in_capitals_stay_capitals(misread: str, text: str) -> None:
    assert to_unicode(misread, "tcvn3") == text


def test_an_uppercase_font_makes_everything_capitals() -> None:
    assert to_unicode("Céng hoµ x· héi", "tcvn3-upper") == "CỘNG HOÀ XÃ HỘI"
    assert encode("CỘNG HOÀ XÃ HỘI", "tcvn3-upper") == b"c\xe9ng ho\xb5 x\xb7 h\xe9i"


def test_text_read_as_latin1_keeps_its_punctuation() -> None:
    misread = "\x93Céng hoµ\x94 \x96 ViÖt Nam"  # Latin-1 has C1 controls for “ ” –
    assert to_unicode(misread) == "“Cộng hoà” – Việt Nam"


def test_it_detects_the_sample_once_misread() -> None:
    text = sample_text()
    for encoding in ("tcvn3", "vni"):
        data = encode(text, encoding)
        assert detect(data.decode("cp1252")) == encoding
        assert detect(data.decode("latin-1")) == encoding


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ",
        "Ủy ban nhân dân tỉnh Sóc Trăng ban hành Kế hoạch triển khai Đề án",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Sóc Trăng",
        "Hoà hợp, thuỷ lợi, khoẻ mạnh",  # new-style tones
        unicodedata.normalize("NFD", MOTTO),
        "The plan was approved on 6 May 2024 by the People's Committee.",
        "Déjà vu at the café, naïve résumé",
        "81/KH-UBND",
        "Số: 81 /KH-UBND",
        "2023-2028; 06/5/2024; 0299.3822.123; 100%; “Quý III/2024” – 1.740 phút",
        "",
        "¹ ² ³ © ® ° ±",
    ],
)
def test_it_detects_nothing_in_unicode_english_or_numbers(text: str) -> None:
    assert detect(text) is None
    assert to_unicode(text) == unicodedata.normalize("NFC", text)


def test_it_detects_nothing_in_the_sample() -> None:
    text = sample_text()
    assert detect(text) is None
    assert to_unicode(text) == text
    for paragraph in text.split("\n\n"):
        assert detect(paragraph) is None, paragraph


def test_it_rejects_an_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        to_unicode("Céng", "viscii")
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        encode("Cộng", "utf-8")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Año", "vni"), ("naïve", "vni"), ("xuyên¹", "tcvn3"), ("«Cộng»", "tcvn3"), ("中文", "vni")],
)
def test_encode_refuses_what_would_not_read_back(text: str, encoding: str) -> None:
    with pytest.raises(ValueError, match="cannot be written"):
        encode(text, encoding)


# --- Bytes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        MOTTO.encode("utf-8"),
        codecs.BOM_UTF8 + MOTTO.encode("utf-8"),
        MOTTO.encode("utf-16"),
        codecs.BOM_UTF16_LE + MOTTO.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + MOTTO.encode("utf-16-be"),
        unicodedata.normalize("NFD", MOTTO).encode("utf-8"),
        encode(MOTTO, "vni"),
        encode(MOTTO, "tcvn3"),
        cp1258(MOTTO),
    ],
)
def test_decode_bytes_reads_every_encoding(data: bytes) -> None:
    assert decode_bytes(data) == MOTTO


def test_decode_bytes_falls_back_to_windows_1252() -> None:
    text = "Déjà vu at the “café”, naïve résumé – 10 €"
    assert decode_bytes(text.encode("cp1252")) == text
    assert decode_bytes(b"caf\xe9 \x81\x8d") == "café \x81\x8d"  # unassigned bytes stay


def test_decode_bytes_reads_the_sample_in_every_encoding() -> None:
    text = sample_text()
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(text.encode("utf-16")) == text
    assert decode_bytes(encode(text, "vni")) == text
    assert decode_bytes(cp1258(text)) == text
    # Only "Ủy" loses its capital: a capital with a tone outside a line in capitals.
    assert decode_bytes(encode(text, "tcvn3")) == text.replace("Ủy", "ủy")


def test_decode_bytes_reads_windows_1258_tones() -> None:
    assert decode_bytes(b"Vi\xea\xf2t Nam") == "Việt Nam"
    assert decode_bytes(b"C\xf4\xf2ng ho\xcca xa\xde h\xf4\xf2i") == "Cộng hòa xã hội"


@given(st.binary(max_size=300))
def test_decode_bytes_never_raises(data: bytes) -> None:
    text = decode_bytes(data)
    assert unicodedata.is_normalized("NFC", text)


LEGACY_CHUNKS = [
    *(encode(letter, "vni") for letter in LETTERS),
    *(encode(letter, "tcvn3") for letter in SMALL_LETTERS),
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xcc",
    b"\xf2",
    b"\x81",
    b" ",
    b"\r\n",
    b"ng",
    b"NG",
]


@given(st.lists(st.sampled_from(LEGACY_CHUNKS) | st.binary(max_size=4), max_size=40))
def test_decode_bytes_never_raises_on_legacy_looking_bytes(chunks: list[bytes]) -> None:
    text = decode_bytes(b"".join(chunks))
    assert unicodedata.is_normalized("NFC", text)


@given(st.text(max_size=100))
def test_to_unicode_and_detect_never_raise(text: str) -> None:
    assert detect(text) in {None, "tcvn3", "vni"}
    assert unicodedata.is_normalized("NFC", to_unicode(text))


@given(st.data())
def test_a_passage_round_trips(data: st.DataObject) -> None:
    # Eight words or more: a word or two can read as Vietnamese in more than one encoding
    # ("Soá" is VNI "Số" and also a word in itself), a passage cannot.
    words = sample_text().split()
    start = data.draw(st.integers(0, len(words) - 8))
    size = data.draw(st.integers(8, 40))
    passage = " ".join(words[start : start + size])
    assert decode_bytes(encode(passage, "vni")) == passage
    assert decode_bytes(cp1258(passage)) == passage
    assert decode_bytes(encode(passage.lower(), "tcvn3")) == passage.lower()
    assert decode_bytes(encode(passage.upper(), "tcvn3")) == passage.upper()
