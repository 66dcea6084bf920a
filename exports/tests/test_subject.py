"""The subject under "BÁO CÁO" breaks between phrases, never inside one."""

import re
from io import BytesIO

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from exports.decree30 import docx_bytes
from exports.metrics import TEXT_WIDTH_MM, text_width_mm
from exports.subject import subject_lines
from exports.tests.sample import REPORT

WIDTH = TEXT_WIDTH_MM - 5  # as decree30 breaks the subject

SUBJECTS = [
    (
        "Kết quả thực hiện Đề án truyền thông về quyền con người ở Việt Nam trên địa bàn tỉnh "
        "Sóc Trăng 6 tháng đầu năm 2024",
        ["Kết quả thực hiện Đề án truyền thông về quyền con người ở Việt Nam",
         "trên địa bàn tỉnh Sóc Trăng 6 tháng đầu năm 2024"],
    ),
    (
        "Kết quả 6 tháng đầu năm 2024 thực hiện Đề án truyền thông về quyền con người",
        ["Kết quả 6 tháng đầu năm 2024 thực hiện Đề án truyền thông",
         "về quyền con người"],
    ),
    (
        "Kết quả thực hiện Kế hoạch số 81/KH-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh Sóc "
        "Trăng về thực hiện Đề án truyền thông về quyền con người năm 2024",
        ["Kết quả thực hiện Kế hoạch số 81/KH-UBND ngày 06/5/2024",
         "của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện Đề án truyền thông",
         "về quyền con người năm 2024"],
    ),
    (
        "Sơ kết 6 tháng đầu năm 2024 công tác thông tin, tuyên truyền về quyền con người và "
        "phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
        ["Sơ kết 6 tháng đầu năm 2024 công tác thông tin, tuyên truyền",
         "về quyền con người và phương hướng, nhiệm vụ 6 tháng cuối năm 2024"],
    ),
    (
        "Kết quả công tác truyền thông về quyền con người của Sở Thông tin và Truyền thông "
        "tỉnh Sóc Trăng năm 2024",
        ["Kết quả công tác truyền thông về quyền con người",
         "của Sở Thông tin và Truyền thông tỉnh Sóc Trăng năm 2024"],
    ),
    (
        "Tổng kết thực hiện Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2021 - "
        "2025 trên địa bàn tỉnh Sóc Trăng",
        ["Tổng kết thực hiện Đề án truyền thông về quyền con người ở Việt Nam",
         "giai đoạn 2021 - 2025 trên địa bàn tỉnh Sóc Trăng"],
    ),
    (
        "Kết quả thực hiện nhiệm vụ của Kế hoạch số 81/KH-UBND trong Quý III/2024",
        ["Kết quả thực hiện nhiệm vụ của Kế hoạch số 81/KH-UBND", "trong Quý III/2024"],
    ),
    (
        "Tình hình thực hiện công tác thông tin đối ngoại và truyền thông về quyền con người "
        "trên địa bàn tỉnh Sóc Trăng từ năm 2021 đến năm 2024",
        ["Tình hình thực hiện công tác thông tin đối ngoại và truyền thông",
         "về quyền con người trên địa bàn tỉnh Sóc Trăng từ năm 2021 đến năm 2024"],
    ),
    (
        "Kết quả tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về quyền con người cho 70 "
        "phóng viên, biên tập viên các cơ quan báo chí tỉnh năm 2024",
        ["Kết quả tập huấn, bồi dưỡng kỹ năng thông tin,",
         "tuyên truyền về quyền con người cho 70 phóng viên,",
         "biên tập viên các cơ quan báo chí tỉnh năm 2024"],
    ),
    (
        "Kết quả thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024 của Ban Chỉ đạo về nhân "
        "quyền tỉnh về tuyên truyền quyền con người",
        ["Kết quả thực hiện Công văn số 2068/BCĐNQ-CAT ngày 10/6/2024",
         "của Ban Chỉ đạo về nhân quyền tỉnh về tuyên truyền quyền con người"],
    ),
    (
        "Kết quả triển khai Đề án truyền thông về quyền con người của Sở Văn hóa, Thể thao và "
        "Du lịch 9 tháng đầu năm 2024",
        ["Kết quả triển khai Đề án truyền thông về quyền con người",
         "của Sở Văn hóa, Thể thao và Du lịch 9 tháng đầu năm 2024"],
    ),
    ("Kết quả thực hiện Kế hoạch số 81/KH-UBND", ["Kết quả thực hiện Kế hoạch số 81/KH-UBND"]),
]

# Groups that must stay on one line wherever they occur.
WHOLE = [
    "quyền con người", "Đề án", "Kế hoạch số 81/KH-UBND", "Công văn số 2068/BCĐNQ-CAT",
    "6 tháng đầu năm 2024", "9 tháng đầu năm 2024", "6 tháng cuối năm 2024", "năm 2024",
    "năm 2021", "Quý III/2024", "giai đoạn 2021 - 2025", "ngày 06/5/2024", "ngày 10/6/2024",
    "70 phóng viên", "Sóc Trăng", "Việt Nam", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Thông tin và Truyền thông", "Ủy ban nhân dân",
]


@pytest.mark.parametrize(("subject", "expected"), SUBJECTS, ids=[s[:40] for s, _ in SUBJECTS])
def test_it_breaks_between_phrases(subject: str, expected: list[str]) -> None:
    lines = subject_lines(subject, WIDTH)
    assert lines == expected
    assert " ".join(lines) == subject
    assert all(text_width_mm(line, 14, bold=True) <= WIDTH for line in lines)


@pytest.mark.parametrize(("subject", "expected"), SUBJECTS, ids=[s[:40] for s, _ in SUBJECTS])
def test_it_never_splits_a_name_a_reference_or_a_number_and_its_unit(
    subject: str, expected: list[str]
) -> None:
    lines = subject_lines(subject, WIDTH)
    for group in WHOLE:
        if group in subject:
            assert any(group in line for line in lines), (group, lines)


@pytest.mark.parametrize(("subject", "expected"), SUBJECTS, ids=[s[:40] for s, _ in SUBJECTS])
def test_no_line_ends_with_a_phrase_starter_and_the_last_is_no_lone_word(
    subject: str, expected: list[str]
) -> None:
    lines = subject_lines(subject, WIDTH)
    starters = ("về", "của", "trong", "trên", "tại", "theo", "và", "đến", "số")
    assert not [line for line in lines[:-1] if line.split()[-1] in starters]
    assert len(lines) == 1 or len(lines[-1].split()) > 1


@given(st.lists(st.sampled_from(
    ["Kết", "quả", "về", "quyền", "con", "người", "Kế", "hoạch", "số", "81/KH-UBND", "năm",
     "2024", "6", "tháng", "đầu", "của", "Sở", "Thông", "tin", "và", "Truyền", "thông,", "tỉnh"]
), min_size=1, max_size=60))
def test_it_keeps_every_word_in_order_and_every_line_within_the_width(words: list[str]) -> None:
    subject = " ".join(words)
    lines = subject_lines(subject, WIDTH)
    assert " ".join(lines) == subject
    assert all(text_width_mm(line, 14, bold=True) <= WIDTH for line in lines)


def test_a_group_wider_than_the_line_is_broken_rather_than_overflow() -> None:
    lines = subject_lines("quyền con người " * 3, 40)
    assert all(text_width_mm(line, 14, bold=True) <= 40 for line in lines)


def test_the_report_prints_the_subject_in_one_paragraph_with_line_breaks() -> None:
    document = Document(BytesIO(docx_bytes(REPORT)))
    subject = next(p for p in document.paragraphs if p.text.startswith("Kết quả 6 tháng"))
    assert subject.text.split("\n") == subject_lines(REPORT.title, WIDTH)
    assert len(subject._p.xpath(".//w:br")) == 1
    assert re.search(r"truyền thông\nvề quyền con người$", subject.text)
