"""Which of the units' recommendations the consolidated report carries upward.

A unit's "Đề nghị Sở tổ chức lớp bồi dưỡng ..." is addressed to the department that receives
the reports: the department answers it itself and never asks itself in its own report. What a
unit asks of the province or a ministry goes up, once.

>>> from reporting.drafting.facts import UnitText
>>> texts = [UnitText("Báo Sóc Trăng", "Đề xuất, kiến nghị",
...                   "Đề nghị Sở Thông tin và Truyền thông tổ chức lớp bồi dưỡng kỹ năng."),
...          UnitText("UBND huyện Trần Đề", "Đề xuất, kiến nghị",
...                   "Đề nghị tỉnh hỗ trợ nâng cấp hệ thống truyền thanh cơ sở."),
...          UnitText("Hội Nông dân tỉnh", "Kiến nghị", "Đề nghị Sở hướng dẫn cách nhập số liệu; "
...                   "đề nghị UBND tỉnh bố trí kinh phí cho tuyên truyền.")]
>>> upward(texts, "Sở Thông tin và Truyền thông tỉnh Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng")
['Đề nghị tỉnh hỗ trợ nâng cấp hệ thống truyền thanh cơ sở.', \
'Đề nghị UBND tỉnh bố trí kinh phí cho tuyên truyền.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from exports import naming
from kehoach.vntext.text import fold
from reporting.drafting import roles
from reporting.drafting.facts import UnitText

_ASKS = re.compile(r"(?:(?<=^)|(?<=[.;]\s))(?=(?:đề nghị|kiến nghị|đề xuất)\b)", re.IGNORECASE)
_ASK_START = ("de nghi", "kien nghi", "de xuat")


def upward(texts: Iterable[UnitText], receiver: str, parent: str = "",
           short_name: str = "") -> list[str]:
    """The recommendations in the units' texts that are not addressed to `receiver`."""
    names = _receiver_names(receiver, parent, short_name)
    found: list[str] = []
    seen: set[str] = set()
    for text in texts:
        if roles.role_of(text.part) != roles.RECOMMENDATIONS:
            continue
        for sentence in _asks(text.text):
            key = " ".join(fold(sentence).split())
            if key in seen or _addressed_to(key, names):
                continue
            seen.add(key)
            found.append(sentence)
    return found


def _asks(text: str) -> list[str]:
    """Each request in a text, as a sentence of its own with a capital and a full stop."""
    result = []
    for paragraph in text.splitlines():
        for piece in _ASKS.split(paragraph.strip()):
            piece = piece.strip().rstrip(" ;.")
            if piece and fold(piece).startswith(_ASK_START):
                result.append(piece[0].upper() + piece[1:] + ".")
    return result


def _receiver_names(receiver: str, parent: str, short_name: str) -> list[str]:
    own = naming.own_name(receiver, parent)
    names = {fold(receiver), fold(own), fold(naming.abbreviation(receiver))}
    if short_name:
        names.add(fold(short_name))
    return [name for name in names if len(name) > 2]


def _addressed_to(key: str, names: list[str]) -> bool:
    """Whether the request names the receiver, or says "Sở" alone when the receiver is one."""
    head = key.split(" ", 2)[2] if key.count(" ") >= 2 else key
    if any(head.startswith(name) or f" {name}" in f" {head[:len(name) + 40]}" for name in names):
        return True
    generic = re.match(r"(so|ban|hoi|uy ban) ([a-z]+)", head)
    return bool(generic and any(name.startswith(generic.group(1) + " ") for name in names)
                and generic.group(2) in _VERBS)


# Words that follow a bare "Sở" when it means the receiving department ("Đề nghị Sở tổ chức").
_VERBS = {"to", "ho", "quan", "bo", "phoi", "huong", "cung", "tham", "som", "xem", "kip",
          "tang", "tiep", "chi", "dau", "trien", "cap", "giup", "tao", "nghien"}
