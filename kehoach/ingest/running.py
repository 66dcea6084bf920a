"""Units named in running text: "Sở X chủ trì, phối hợp với Sở Y, Sở Z tổ chức ...".

A task's lead unit is often the subject of its sentence rather than the value of a field, in
the task's own paragraph, in a responsibility sentence after its content ("Sở X chủ trì, phối
hợp với ... thực hiện; thời gian: Quý II/2025"), or in an assignment ("Giao Sở X chủ trì ...",
"Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì ..."). The sentence gives the units, and the work
starts at the verb after them.
"""

import re

from kehoach.ingest.lines import Line
from kehoach.ingest.textutil import flat
from kehoach.ingest.units import names_unit, split_units, starts_unit

# The verbs that end the list of coordinating units and start the work.
WORK_VERBS = [
    "to chuc", "trien khai", "thuc hien", "xay dung", "tham muu", "huong dan", "tuyen truyen",
    "bien soan", "san xuat", "dang tai", "phat song", "ra soat", "theo doi", "tong hop",
    "duy tri", "cung cap", "chi dao", "long ghep", "van dong", "phat hanh", "in an",
    "nghien cuu", "tap huan", "boi duong", "khao sat", "danh gia", "kiem tra", "day manh",
    "tang cuong", "mo", "phoi hop", "dang phat", "cap nhat", "thiet ke", "lua chon",
    "dinh huong", "pho bien", "quan triet", "chu dong",
]
# What opens an assignment before its unit: "Giao Sở X ...", "Đề nghị Ban Tuyên giáo ...".
_ADDRESS = r"(?:giao|de nghi)"
RUNNING = re.compile(
    r"(?:(?:^|(?<=[.;:]\s))(?:" + _ADDRESS + r"\s+)?|" + _ADDRESS + r"\s+)"
    r"(?P<lead>[^.;:()]{3,220}?)\s+"
    r"(?:la (?:co quan|don vi) )?chu tri"
    r"(?:\s+thuc hien)?\s*(?:,|;|va)?\s*(?:phoi hop (?:voi|cung)\s+(?P<coord>[^.;:()]{3,300}?)"
    r"(?=\s(?:" + "|".join(WORK_VERBS) + r")\b)|(?=[\s,]))"
)
_ADDRESSED = re.compile(r"^(?:Giao|giao|GIAO|Đề nghị|đề nghị|ĐỀ NGHỊ)\s+")


def strip_address(text: str) -> str:
    """The unit without the word that addresses it: "Giao Sở X" → "Sở X"."""
    return _ADDRESSED.sub("", text.strip())


def is_addressed(key: str) -> bool:
    """Whether a flat text opens with "giao" or "đề nghị"."""
    return re.match(_ADDRESS + r"\s", key) is not None


def lead_text(text: str, match: re.Match[str]) -> str:
    return strip_address(text[match.start("lead"):match.end("lead")])


def names_lead(text: str) -> bool:
    """Whether "... chủ trì" in the text has a unit for its subject ("Sở X chủ trì, ..."), not a
    heading that only speaks of lead units ("Nhiệm vụ có đơn vị chủ trì")."""
    running = RUNNING.search(flat(text))
    if running is None:
        return False
    lead = lead_text(text, running)
    return any(starts_unit(piece) for piece in split_units(lead)) or run_in_at(lead) is not None


def duty_line(lines: list[Line]) -> tuple[Line, re.Match[str]] | None:
    """The paragraph that assigns the task, with its unit as subject: the first of the lines
    whose "... chủ trì" has a unit before it."""
    for line in lines:
        running = RUNNING.search(line.flat)
        if running and names_unit(lead_text(line.text, running)):
            return line, running
    return None


def run_in_at(text: str) -> int | None:
    """Where, after at least three words, a unit's name starts right after a lower-case word."""
    cut = None
    for word in re.finditer(r"(?<=[a-zà-ỹđ] )[A-ZĐÀ-Ỹ]", text):
        if len(text[:word.start()].split()) >= 3 and starts_unit(text[word.start():]):
            cut = word.start()
    return cut
