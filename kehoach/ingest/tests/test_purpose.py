"""A plan's "Mục đích, yêu cầu" and general goal, read from the documents of several provinces;
the targets written under them stay targets."""

import doctest
from pathlib import Path

from kehoach.ingest import purpose
from kehoach.ingest.parse import ingest_file

HERE = Path(__file__).parent


def test_the_doctests_pass() -> None:
    result = doctest.testmod(purpose)
    assert result.attempted > 0 and result.failed == 0


def test_a_multiyear_plan_has_purposes_requirements_and_a_general_goal() -> None:
    found = ingest_file(HERE / "documents" / "plan-multiyear.txt")["purpose"]
    assert [len(found[k]) for k in ("purposes", "requirements", "general_goals")] == [2, 2, 1]
    assert found["general_goals"][0].startswith("Nâng cao chất lượng, hiệu quả công tác")


def test_targets_under_the_purposes_are_not_purposes() -> None:
    found = ingest_file(HERE / "relaid" / "hanam-pdf-copy.txt")["purpose"]
    assert found["purposes"] == [
        "Nâng cao nhận thức của các cấp ủy Đảng, chính quyền, đoàn thể và Nhân dân về vị trí, "
        "vai trò của gia đình; phòng ngừa, ngăn chặn bạo lực gia đình."]
    assert found["requirements"] == []


def test_a_report_has_no_purpose_section() -> None:
    found = ingest_file(HERE / "documents" / "bacgiang-BC-STTTT-2024-6thang.txt")["purpose"]
    assert found == {"purposes": [], "requirements": [], "general_goals": []}
