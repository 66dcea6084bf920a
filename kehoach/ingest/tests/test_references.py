"""Citations: "Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ"."""

from kehoach.ingest.parse import parse
from kehoach.ingest.references import Reference, find_references
from kehoach.ingest.source import Source
from kehoach.ingest.textutil import flat


def references(text: str, own: str | None = None) -> list[Reference]:
    return find_references(text, flat(text), own)


def keyed(text: str, own: str | None = None) -> dict[str, Reference]:
    return {f"{r.number}/{r.symbol}": r for r in references(text, own)}


def test_state_citation_with_date_and_issuer() -> None:
    [found] = references("Căn cứ Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng "
                         "Chính phủ phê duyệt Đề án truyền thông về quyền con người ở Việt Nam;")
    assert (found.type_name, found.number, found.symbol) == ("Quyết định", "1079", "QĐ-TTg")
    assert (found.date, found.issuer) == ("2022-09-14", "Thủ tướng Chính phủ")
    assert found.title == "phê duyệt Đề án truyền thông về quyền con người ở Việt Nam"


def test_party_and_yearly_symbols() -> None:
    found = keyed("Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị; Nghị định số 30/2020/NĐ-CP "
                  "ngày 05/3/2020 của Chính phủ; Chỉ thị 31-CT/TW ngày 19/3/2024 của Ban Bí thư.")
    assert set(found) == {"57/KL/TW", "30/2020/NĐ-CP", "31/CT/TW"}
    assert found["30/2020/NĐ-CP"].date == "2020-03-05"
    assert found["31/CT/TW"].date == "2024-03-19"


def test_one_reference_per_number_dated_by_any_mention() -> None:
    found = references("Triển khai Quyết định số 1079/QĐ-TTg của Thủ tướng Chính phủ. Căn cứ "
                       "Quyết định số 1079/QĐ-TTg ngày 14/9/2022 phê duyệt Đề án.")
    assert [(r.number, r.date) for r in found] == [("1079", "2022-09-14")]


def test_the_documents_own_number_is_no_reference() -> None:
    text = "(Kèm theo Kế hoạch số 77/KH-UBND ngày 05/02/2024 của UBND tỉnh)"
    assert references(text, own="77/KH-UBND") == []


def test_numbered_citation_without_a_bare_type_name() -> None:
    found = keyed("Thực hiện Chương trình hành động số 12-CTr/TU ngày 5/1/2024 của Tỉnh ủy; "
                  "tỷ lệ số 3/4 tổng số xã.")
    assert list(found) == ["12/CTr/TU"]
    assert (found["12/CTr/TU"].type_name, found["12/CTr/TU"].date) == ("Chương trình",
                                                                         "2024-01-05")


def test_footnote_citation() -> None:
    text = ("trên cơ sở chỉ đạo của Trung ương và của Tỉnh¹ về thông tin, tuyên truyền\n\n"
            "¹ Công văn số 05/BCĐNQ ngày 02/05/2024 của Ban Chỉ đạo Nhân quyền của tỉnh; Văn bản "
            "số 1531/BTTTT-TTĐN ngày 22 tháng 4 năm 2024 của Bộ Thông tin và Truyền thông")
    found = keyed(text)
    assert set(found) == {"05/BCĐNQ", "1531/BTTTT-TTĐN"}
    assert found["1531/BTTTT-TTĐN"].date == "2024-04-22"


def test_symbol_broken_at_a_line_end_hyphen() -> None:
    """PDFium writes a hyphen it took for word division as U+FFFE or U+0002; it is the hyphen."""
    for mark in ("\ufffe", "\x02"):
        text = f"KẾ HOẠCH\nVề việc X\n\nCăn cứ Kế hoạch số 58/KH{mark}UBND ngày 10/3/2023.\n"
        result = parse(Source(text, "pdf"))
        assert [(r["number"], r["symbol"]) for r in result["references"]] == [("58", "KH-UBND")]


def dates(text: str) -> dict[str, str | None]:
    return {key: reference.date for key, reference in keyed(text).items()}


def test_a_date_opening_the_clause_dates_the_document_issued_in_it() -> None:
    assert dates("Ngày 05/5/2023, UBND tỉnh ban hành Kế hoạch số 1297/KH-UBND về triển khai Đề án."
                 ) == {"1297/KH-UBND": "2023-05-05"}
    assert dates("Vào ngày 14 tháng 01 năm 2025, Bộ Văn hóa, Thể thao và Du lịch có Công văn số "
                 "112/BVHTTDL-TTĐN hướng dẫn.") == {"112/BVHTTDL-TTĐN": "2025-01-14"}


def test_a_date_is_never_taken_from_another_citation_or_paragraph() -> None:
    assert dates("Thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ và Kế "
                 "hoạch số 25/KH-UBND của UBND tỉnh,") == {"1079/QĐ-TTg": "2022-09-14",
                                                          "25/KH-UBND": None}
    assert dates("Ngày 20/3/2025, Sở tổ chức hội nghị.\nSở ban hành Kế hoạch số 31/KH-SVHTTDL."
                 ) == {"31/KH-SVHTTDL": None}
    assert dates("Ngày 20/3/2025, Sở tổ chức hội nghị. Kế hoạch số 31/KH-SVHTTDL được ban hành."
                 ) == {"31/KH-SVHTTDL": None}
    assert dates("Sở quán triệt Kế hoạch số 31/KH-SVHTTDL\nngày 20/3/2025 tại hội trường."
                 ) == {"31/KH-SVHTTDL": None}
    # A deadline is no date of issue: no verb of issuing between it and the citation.
    assert dates("Ngày 20/3/2025, Sở tổ chức hội nghị quán triệt Kế hoạch số 31/KH-SVHTTDL."
                 ) == {"31/KH-SVHTTDL": None}


def test_the_mention_with_its_own_date_wins() -> None:
    assert dates("Bám sát Kế hoạch số 1297/KH-UBND. Căn cứ Kế hoạch số 1297/KH-UBND ngày "
                 "05/5/2023 của UBND tỉnh;") == {"1297/KH-UBND": "2023-05-05"}
    assert dates("Ngày 06/5/2023, UBND tỉnh ban hành Kế hoạch số 1297/KH-UBND; Kế hoạch số "
                 "1297/KH-UBND ngày 05/5/2023 của UBND tỉnh") == {"1297/KH-UBND": "2023-05-05"}


def test_glued_words_and_spaced_symbols_still_cite() -> None:
    assert dates("Thực hiện Chỉ thị số 16/CT- TTg của Thủ tướng Chính phủ và kế hoạchsố "
                 "210/KH-UBND ngày 28/10/2024 của UBND tỉnh") == {
        "16/CT-TTg": None, "210/KH-UBND": "2024-10-28"}
    assert set(keyed("theo Quyết địnhsố 06 /QĐ - UBND của tỉnh")) == {"06/QĐ-UBND"}


def test_a_caption_names_the_document_itself_not_a_citation() -> None:
    text = ("KẾ HOẠCH\nTruyền thông về quyền con người\n(Ban hành kèm theo Quyết định số "
            "2112/QĐ-UBND ngày 17/10/2024 của UBND tỉnh)\nCăn cứ Quyết định số 1079/QĐ-TTg "
            "ngày 14/9/2022 của Thủ tướng Chính phủ;\n")
    assert set(keyed(text)) == {"1079/QĐ-TTg"}
