"""Document types: the names Decree 30 gives them, their abbreviations, and our kinds."""

from kehoach.ingest.textutil import flat

# flat name → (name as written, kind in the JSON, abbreviation in the symbol)
TYPES: dict[str, tuple[str, str, str]] = {
    "ke hoach": ("Kế hoạch", "plan", "KH"),
    "bao cao": ("Báo cáo", "report", "BC"),
    "quyet dinh": ("Quyết định", "decision", "QĐ"),
    "cong van": ("Công văn", "official_letter", ""),
    "thong bao": ("Thông báo", "notice", "TB"),
    "huong dan": ("Hướng dẫn", "guidance", "HD"),
    "chi thi": ("Chỉ thị", "directive", "CT"),
    "nghi quyet": ("Nghị quyết", "resolution", "NQ"),
    "to trinh": ("Tờ trình", "submission", "TTr"),
    "chuong trinh": ("Chương trình", "programme", "CTr"),
    "de an": ("Đề án", "scheme", "ĐA"),
    "ket luan": ("Kết luận", "conclusion", "KL"),
    "quy dinh": ("Quy định", "regulation", "QyĐ"),
    "quy che": ("Quy chế", "regulation", "QC"),
    "nghi dinh": ("Nghị định", "decree", "NĐ"),
    "thong tu": ("Thông tư", "circular", "TT"),
    "luat": ("Luật", "law", ""),
    "cong dien": ("Công điện", "telegram", "CĐ"),
}

BY_ABBREVIATION = {flat(abbr): key for key, (_, _, abbr) in TYPES.items() if abbr}


def type_of_symbol(symbol: str) -> str | None:
    """The type a symbol names: "KH-UBND" is a plan, "STTTT-TTBCXB" (no type) a letter.

    State symbols put the type first after the year ("2020/NĐ-CP"); Party symbols put it
    before the issuer ("KL/TW", "CTr/TU").
    """
    for part in (symbol.split("/")[-1], symbol.split("/")[0]):
        if found := BY_ABBREVIATION.get(flat(part.split("-")[0])):
            return found
    return None
