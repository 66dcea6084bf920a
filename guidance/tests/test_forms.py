"""Topics typed into a guidance letter's form, one a line as the letter numbers them."""

from guidance.forms import new_topics


def test_numbered_lines_lose_their_numbers_and_keep_their_descriptions() -> None:
    topics = new_topics("(1) Thành tựu bảo đảm quyền con người\n2. Quyền học tập: trẻ em "
                        "dân tộc thiểu số\n- Báo cáo quốc gia UPR")
    assert [(t.name, t.description) for t in topics] == [
        ("Thành tựu bảo đảm quyền con người", ""),
        ("Quyền học tập", "trẻ em dân tộc thiểu số"), ("Báo cáo quốc gia UPR", "")]


def test_a_line_of_digits_alone_is_a_name_not_a_crash() -> None:
    assert [t.name for t in new_topics("2147483647")] == ["2147483647"]
