"""The signature block at the end of a document (Decree 30/2020, Appendix I).

"TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", the seal and signature, then the
signer's name. Laid out beside "Nơi nhận", the block is the right-hand column of its lines.
"""

import re

from kehoach.ingest.lines import Line, columns
from kehoach.ingest.textutil import squash

# "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"; Party documents write "T/M BAN THƯỜNG VỤ".
_SIGN_AUTHORITY = re.compile(r"^(?:(?:tm|kt|tl|tuq|q|tm\s*/\s*kt)\s*\.|t/m|k/t|t/l)\s*")
AUTHORITY_MARK = r"^(?:(?:TM|KT|TL|TUQ|Q)\s*\.|T/M|K/T|T/L)\s*"
_SIGN_WORDS = re.compile(
    r"(chu tich|giam doc|truong ban|truong phong|bi thu|thu truong|bo truong|chanh van phong"
    r"|pho chu tich|pho giam doc|pho truong ban|thu tuong|truong|tong bien tap|pho truong)$"
)
# The title alone on its line, as a conversion that lost the capitals writes it: "Phó Giám đốc".
_SIGN_TITLE = re.compile(r"^(?:pho )?(?:chu tich|giam doc|truong ban|truong phong|bi thu"
                         r"|chanh van phong|cuc truong|vu truong)$")
_NOT_A_NAME = re.compile(r"(da ky|ky ten|dong dau|noi nhan|luu|\d)")


def read_signer(lines: list[Line]) -> tuple[dict[str, str | None], tuple[int, int] | None]:
    """The last signature block: authority lines ("TM. ỦY BAN NHÂN DÂN"), title, then name;
    with the span from the authority to the name, when the name was found."""
    block: list[Line] = []
    for line in reversed([columns(line)[-1] for line in lines]):
        if line.blank:
            continue
        if _SIGN_AUTHORITY.match(line.flat) or (
            _SIGN_WORDS.search(line.flat.strip(" .")) and line.upper_ratio() > 0.7
        ) or _SIGN_TITLE.match(line.flat.strip(" .")):
            block.insert(0, line)
        elif block:
            break
    if not block:
        return {}, None
    name = None
    for line in [columns(line)[-1] for line in lines[block[-1].index + 1:block[-1].index + 12]]:
        if _looks_like_name(line):
            name = line
            break
    title_line = block[-1]
    signer: dict[str, str | None] = {
        "name": squash(name.text).strip(" .") if name else None,
        "title": _person_title(title_line.text),
        "authority": squash(block[0].text) if len(block) > 1 else None,
    }
    return signer, (block[0].start, name.end) if name else None


def _person_title(text: str) -> str:
    text = re.sub(AUTHORITY_MARK, "", squash(text), flags=re.IGNORECASE)
    words = text.lower().split()
    if not words:
        return text
    capital = 2 if words[0] == "phó" and len(words) > 1 else 1
    return " ".join(w[:1].upper() + w[1:] if i < capital else w for i, w in enumerate(words))


def _looks_like_name(line: Line) -> bool:
    """A person's name: two to six capitalised words, no digits, no signature words."""
    words = line.text.strip(" .").split()
    return (
        2 <= len(words) <= 6
        and all(w[:1].isupper() for w in words)
        and not line.is_row
        and _NOT_A_NAME.search(line.flat) is None
        and _SIGN_WORDS.search(line.flat) is None
        and _SIGN_AUTHORITY.match(line.flat) is None
    )
